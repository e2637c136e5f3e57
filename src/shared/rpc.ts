// The data of the RPC contract between the sidebar and src/server.ts: the envelope and the result types. Which
// functions the sidebar may call, with which arguments, is src/server.ts's API table (its type is `ServerApi`).
// Values are JSON-only (google.script.run turns a Date into null): dates travel as ISO strings.

import type { UnknownMail } from '../core/certificateJob';
import type { CertKind } from '../core/certificates';
import type { FailureKind } from '../core/errors';

export type { FailureKind };

/**
 * Expected failures travel as data: `kind` says what happened (the sidebar branches on it), `error` says it to the
 * admin in plain Indonesian. Bugs and Google's 6-minute limit reach the sidebar's failure handler instead.
 */
export type Rpc<T> =
  | { ok: true; value: T }
  /** `detail`: Google's own words for a Google failure (the panel folds it under the plain `error`). */
  | { ok: false; kind: FailureKind; error: string; detail?: string };

export interface ProblemView {
  /**
   * The problem's kind (src/core/problemCodes.ts), for the sidebar and tests. Absent on problems read back from
   * `Masalah`, which does not show it.
   */
  code?: string;
  level: 'Error' | 'Peringatan';
  sheet: string;
  row: number | null;
  column: string;
  message: string;
  suggestion: string;
  /** The training the problem concerns (Masalah's Kode Kegiatan); absent for a problem of the whole workbook. */
  trainingCode?: string;
  /** What fixing this problem also fixes (src/core/problems.ts foldByCause); absent when read back from `Masalah`. */
  consequences?: Array<{
    level: 'Error' | 'Peringatan';
    sheet: string;
    row: number | null;
    column: string;
    message: string;
  }>;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

export interface TrainingInfo {
  code: string;
  theme: string;
  /** "24–26 November 2026" */
  dates: string;
  participants: number;
}

export interface SetupResult {
  created: string[];
  addedColumns: Array<{ sheet: string; columns: string[] }>;
  presets: string[];
  message: string;
}

export interface CheckResult extends ProblemCounts {
  trainings: Array<{ code: string; theme: string }>;
  participants: number;
  problems: ProblemView[];
  message: string;
}

export interface TopEntry {
  rank: number;
  nip: string;
  name: string;
  unit: string;
  finalScore: number | null;
  award: boolean;
}

export interface TrainingScores {
  code: string;
  theme: string;
  participants: number;
  ranked: number;
  certified: number;
  awards: number;
  meanPre: number | null;
  meanPost: number | null;
  /** Mean of individual N-Gains, and the N-Gain of the class means (DESIGN §4.5). */
  meanGain: number | null;
  gainOfMeans: number | null;
  top: TopEntry[];
}

/** A question of Analisis Soal that calls for a look (core/itemAnalysis.ts ItemFlag). */
export interface ItemFlagView {
  code: string;
  no: number;
  text: string;
  postPercent: number | null;
  improvement: number | null;
  discrimination: number | null;
  flags: Array<'worse' | 'tooEasy' | 'tooHard' | 'negative' | 'low'>;
  note: string;
}

export interface ScoresResult extends ProblemCounts {
  trainings: TrainingScores[];
  /** The flagged questions of Analisis Soal (at most 100), worst first within a training. */
  items: ItemFlagView[];
  problems: ProblemView[];
  message: string;
}

export interface UnitJp {
  year: number;
  unit: string;
  asn: number;
  totalJp: number;
  meanJp: number;
  reached: number;
  percent: number;
}

/** An ASN still below the year's target (the JP section's list per unit), from Capaian 20 JP. */
export interface BelowTarget {
  year: number;
  unit: string;
  status: string;
  nip: string;
  name: string;
  /** JP Diakui of that year (a PPPK's at most 24). */
  jp: number;
  shortfall: number;
  /** In Daftar ASN with no JP that year. */
  untrained: boolean;
}

/** A year Riwayat JP and Capaian 20 JP cover: whose figures they are and how many ASN were counted. */
export interface JpYearView {
  year: number;
  /** This workbook's trainings have that year. */
  own: boolean;
  /** The earlier years' sheets that gave rows of that year. */
  sources: string[];
  asn: number;
  reached: number;
  /** Counted over Daftar ASN or over the people with JP that year (Peserta). */
  basis: string;
}

/** A row of Capaian 20 JP: a unit's PNS or PPPK of one year. */
export interface UnitCoverage {
  year: number;
  unit: string;
  status: string;
  asn: number;
  reached: number;
  percent: number;
  target: number;
  basis: string;
}

export interface JpResult extends ProblemCounts {
  /** Rekap JP (this workbook's trainings): rows, reached, and the target of Pengaturan. */
  people: number;
  reached: number;
  target: number;
  units: UnitJp[];
  /** Every year Riwayat JP and Capaian 20 JP cover, ascending. */
  years: JpYearView[];
  coverage: UnitCoverage[];
  /** Everyone below the target in Capaian 20 JP (at most 2,000), by year (latest first), unit, largest shortfall, NIP. */
  below: BelowTarget[];
  problems: ProblemView[];
  message: string;
}

export interface EvaluationSubjectView {
  code: string;
  kind: string;
  session: number | null;
  speaker: string;
  respondents: number;
  mean: number | null;
  index: number | null;
  category: string;
}

/** Rekap Narasumber of one training, for the panel (issue 15 item 5). */
export interface SpeakerPayView {
  code: string;
  speakers: number;
  /** JP Mengajar of all its speakers. */
  jp: number;
  /** Whether the honorarium is computed for it (a rate set, or a Golongan / Kategori Tarif typed in its Sesi). */
  inUse: boolean;
  /** Speakers whose honorarium is blank (a rate, Golongan or Kategori Tarif missing: Kesalahan in Masalah). */
  missing: number;
  /** Sums over the speakers with an honorarium (rupiah); null when none has one. */
  gross: number | null;
  tax: number | null;
  net: number | null;
}

export interface EvaluationResult extends ProblemCounts {
  /** The `Keseluruhan` row of each subject. */
  subjects: EvaluationSubjectView[];
  /** Rekap Narasumber per training with a speaker, in Kegiatan order. */
  speakers: SpeakerPayView[];
  problems: ProblemView[];
  message: string;
}

export interface FormInfo {
  code: string;
  kind: string;
  title: string;
  formId: string;
  fillUrl: string;
  editUrl: string;
  responseSheet: string;
  responses: number;
  /** When its responses were last pulled into the store ("ditarik …", "belum ditarik"); '' when not known. */
  imported: string;
}

export interface FormsResult extends ProblemCounts {
  created: number;
  updated: number;
  unchanged: number;
  /**
   * Forms a new version would replace (createForms with `{newVersion: true}`, the panel's Buat Versi Baru): their
   * content changed after responses came, or they were made by hand. 0 when nothing calls for one.
   */
  versionable: number;
  /** Forms left alone because they already have responses, or not made because of Soal problems. */
  notes: string[];
  forms: FormInfo[];
  problems: ProblemView[];
  message: string;
}

export interface ParticipantLink {
  code: string;
  nip: string;
  name: string;
  kind: string;
  url: string;
}

export interface ImportResult extends ProblemCounts {
  tests: number;
  attendance: number;
  evaluations: number;
  /** Forms not finished in this execution (time budget): run Tarik Respons again to go on. */
  remaining: number;
  problems: ProblemView[];
  message: string;
}

export interface TemplateInfo {
  id: string;
  name: string;
  url: string;
}

/** Uji Layanan Google: the counts per status; the rows are in the sheet `Uji Layanan`. */
export interface SelfTestResult {
  sesuai: number;
  berbeda: number;
  dilewati: number;
  /** Check ids whose status is Berbeda (to report). */
  berbedaIds: string[];
  message: string;
  sheet: string;
}

export interface TemplatesState {
  certificate: TemplateInfo | null;
  charter: TemplateInfo | null;
  /** The Sertifikat Narasumber template (absent from an old server). */
  speaker?: TemplateInfo | null;
  folder: TemplateInfo | null;
  /** Why this admin cannot use the recorded set (another admin's, or unreachable), or null. */
  notice?: string | null;
  /** The admin must choose: ask the other admin, or confirm their own set (createTemplates({confirmOwn: true})). */
  needsOwn?: boolean;
}

export interface PreflightResult {
  ok: boolean;
  errors: string[];
  warnings: string[];
  /** Certificates and charters still to be made. */
  toIssue: number;
  /** Remaining daily quotas; null where Google does not report it (or email is off). */
  quotas: { documents: number | null; conversions: number | null; email: number | null };
  /** The gate's confirmation (issue 12): what the run is for and what it will make; absent only in an old server. */
  gate?: GateView;
}

/** One training of a run's scope as the confirmation shows it. */
export interface GateTraining {
  code: string;
  theme: string;
  dates: string;
  /** Tanggal Selesai (else Mulai) is today or earlier in the spreadsheet's time zone. */
  ended: boolean;
  /** Not ended, and the admin confirmed it for this run. */
  confirmed: boolean;
}

/** The pre-flight's one confirmation of a certificate run (src/core/certificateGate.ts). */
export interface GateView {
  trainings: GateTraining[];
  /** Every training of `Kegiatan` (code and theme), for the choice. */
  choices: Array<{ code: string; theme: string; dates: string }>;
  certificates: { toMake: number; made: number };
  charters: { toMake: number; made: number };
  /** Sertifikat Narasumber (issue 15 item 5); absent from an old server. */
  speakers?: { toMake: number; made: number };
  emails: number;
  emailQuota: number | null;
  /** Of the certificates still to be made: how many print which predicate ("tanpa predikat" for none). */
  predicates: Array<{ label: string; count: number }>;
  /** Who of the chosen trainings gets nothing, by reason, with the first names. */
  nothing: Array<{ reason: string; count: number; names: string[] }>;
  /** The Errors that stop the run, one sentence per cause with counts and places. */
  blocking: string[];
  /** Peringatan of `Masalah` about the chosen trainings (they do not stop the run). */
  warnings: number;
}

export type { UnknownMail };

export type JobState = 'idle' | 'running' | 'done' | 'paused' | 'quota' | 'error';

export interface CertificateProgress {
  state: JobState;
  total: number;
  done: number;
  failed: number;
  /** E-mails confirmed sent (Terkirim). */
  emailed: number;
  /** E-mails started whose outcome is unknown (Mengirim): the admin resends them or marks them sent. */
  unknown: number;
  /** The first of them (at most MAX_UNKNOWN_LISTED; the `Sertifikat` sheet has every row). */
  unknownMails: UnknownMail[];
  remaining: number;
  message: string;
  /** ISO time when a quota-stopped run can resume (the quota is expected back 24 h after its first use). */
  resumeAt: string | null;
  /** A note for the admin left by the hourly trigger when it stopped and removed itself (panel state only). */
  notice?: string | null;
  /** Whether an hourly trigger can continue a run here (a bound script); else the panel drives the batches. */
  autoContinue?: boolean;
  // ---- delivery (src/core/delivery.ts) ----
  /** The run's ONE progress line with its estimate ("Dibuat 30 dari 121 · Terkirim 2 dari 105 (16 tanpa email) · ± 12 menit lagi"). */
  count?: string;
  /** Who received nothing, counted by reason (names on demand: listUndelivered). */
  nothing?: NothingCount[];
}

/** How many received nothing for one reason, with the reason as the admin reads it. */
export interface NothingCount {
  reason: string;
  text: string;
  n: number;
}

/** The WhatsApp-ready texts of one training (whatsAppMessages). */
export interface WhatsAppView {
  /** Bagikan Tautan PDF = Ya (without it there is no link to send). */
  sharing: boolean;
  /** What the panel says above the list (sharing off, nobody with a No. HP, …); '' when all is well. */
  message: string;
  rows: WhatsAppRow[];
}

export interface WhatsAppRow {
  name: string;
  nip: string;
  kind: string;
  /** 628… */
  phone: string;
  /** The text to copy (greeting, training, the PDF's view link); '' when there is no link yet. */
  text: string;
  /** https://wa.me/628…?text=… ; null when there is no link yet. */
  waLink: string | null;
  /** Why there is no text yet ('' when there is one). */
  missing: string;
}

/** "Unduh ZIP" of one training (zipCertificates). */
export interface ZipResult {
  parts: Array<{ name: string; url: string; files: number; bytes: number }>;
  /** PDFs put in the parts. */
  files: number;
  /** Made PDFs of the training that could not be read (gone, another admin's): not in the ZIP. */
  missing: number;
  /** The time budget ran out before every PDF was in a part (the parts made are complete). */
  incomplete: boolean;
  message: string;
}

/** One person who received nothing (listUndelivered). */
export interface UndeliveredView {
  trainingCode: string;
  kind: string;
  nip: string;
  name: string;
  /** 1-based row of `Sertifikat`. */
  row: number | null;
  text: string;
}

export interface PanelState {
  spreadsheetName: string;
  /** All sheets of the contract exist. */
  ready: boolean;
  missingSheets: string[];
  trainings: TrainingInfo[];
  activeTraining: string | null;
  problems: ProblemCounts & {
    list: ProblemView[];
    /** `Masalah` exists: some step has checked the data. */
    checked: boolean;
    /** When the data was last checked (an ISO instant), null when unknown. */
    checkedAt: string | null;
  };
  /** Whether `Rekap Nilai`, `Rekap Evaluasi` and `Rekap JP` have been made (the panel's next step). */
  done: { scores: boolean; evaluation: boolean; jp: boolean };
  forms: FormInfo[];
  templates: TemplatesState;
  certificates: CertificateProgress;
  /** Trainings that ended 6–12 months ago whose Pasca Pelatihan form has no responses yet. */
  followUps: Array<{ code: string; theme: string; endDate: string }>;
}

// ---- check-in (issue 16): the projector view of a training's Presensi sessions

export interface CheckinSessionView {
  session: number;
  /** "Sesi 1: Materi", as the form's choice. */
  label: string;
  /** "24 November 2026, 07.45–08.30" in the spreadsheet's zone; '' when the session has no Tanggal/Jam Mulai. */
  window: string;
  /** The Presensi form's URL with this session pre-filled (the code is never in it). */
  url: string;
  /** The code to show now (for the admin's screen only). */
  code: string;
  /** Milliseconds the code still holds (rotating), null for a fixed code. */
  validForMs: number | null;
}

export interface CheckinView {
  code: string;
  formTitle: string;
  /** The Presensi form asks for the Kode Sesi (false: an older form, made before the check-in). */
  hasCodeItem: boolean;
  /** Seconds per code (0 = fixed). */
  rotateSeconds: number;
  sessions: CheckinSessionView[];
  /** Why nothing can be shown ('' when sessions are there). */
  message: string;
}

export interface CheckinCodeNow {
  code: string;
  validForMs: number | null;
  /** A rotating code's next codes, each starting `inMs` after this answer (about 10 minutes ahead); [] when fixed. */
  next: Array<{ code: string; inMs: number }>;
}

// ---- Pratinjau and Terbitkan Ulang (issue 12 items 3 and 5) ----

/** The preview picker's choices: the trainings, and one training's participants (default: the longest name). */
export interface PreviewOptions {
  trainings: Array<{ code: string; theme: string }>;
  trainingCode: string | null;
  people: Array<{ nip: string; name: string }>;
  defaultNip: string | null;
  /** The training's speakers with a valid NIP Narasumber (Sertifikat Narasumber), the longest name first chosen. */
  speakers?: Array<{ nip: string; name: string }>;
  defaultSpeaker?: string | null;
}

/** A preview PDF made (no number given, no ledger written). */
export interface PreviewResult {
  kind: CertKind;
  trainingCode: string;
  nip: string;
  name: string;
  fileName: string;
  /** The PDF in Drive (opens in a new tab). */
  link: string;
  /** Drive's embeddable viewer for the same file. */
  embed: string;
  /** What was printed where it matters. */
  printed: { name: string; number: string; predicate: string; score: string };
  message: string;
}

/** A made certificate as the re-issue picker lists it (the ledger's row now, never a Diganti one). */
export interface IssuedCertificate {
  trainingCode: string;
  kind: CertKind;
  nip: string;
  name: string;
  number: string;
  status: string;
  /** 1-based row of `Sertifikat`. */
  row: number | null;
  /** Earlier numbers of the same certificate (Diganti rows), oldest first. */
  replaced: string[];
}

/** "Terbitkan Ulang" for one certificate, by its current number. */
export interface ReissueRequest {
  number: string;
  trainingCode: string;
  kind: CertKind;
  nip: string;
  reason: string;
  /** E-mail the corrected certificate (only when the admin ticks it). */
  email: boolean;
  /** Re-issue although the data printed did not change. */
  confirmUnchanged: boolean;
}

/** The reissueCertificate call's argument as the panel sends it (a Piagam flagged, the rest as ReissueRequest). */
export interface ReissueArgs {
  number: string;
  trainingCode: string;
  nip: string;
  reason: string;
  piagam: boolean;
  /** A Sertifikat Narasumber (issue 15 item 5). */
  narasumber?: boolean;
  email: boolean;
  confirmUnchanged: boolean;
}

// ---- the images uploaded for the certificate templates (issue 12 item 4) ----

/** An uploaded image as the panel shows it. */
export interface CertImageInfo {
  /** The name the admin's file had. */
  name: string;
  /** Its size in bytes. */
  size: number;
  url: string;
}

export interface CertImagesState {
  logo: CertImageInfo | null;
  signature: CertImageInfo | null;
  /** Templates were made already (an upload does not change them: the admin is told how to add the image). */
  templatesExist: boolean;
}

// ---- revocation (issue 13 item 3) ----

/** "Cabut" one made certificate, by its number and NIP, with the reason shown on the verification page. */
export interface RevokeRequest {
  number: string;
  nip: string;
  reason: string;
}

export interface RevokeResult {
  number: string;
  message: string;
}

// ---- TTE (issue 13 item 4, features/certificateTte.ts) ----

/** One signed PDF picked in the panel: its name and content (standard base64, no data: prefix). */
export interface SignedImportArgs {
  name: string;
  base64: string;
}

/** What became of one picked file: stored, already there, or refused with the reason. */
export interface SignedImportResult {
  file: string;
  outcome: 'stored' | 'already' | 'refused';
  /** One sentence for the admin. */
  reason: string;
  /** The certificate it matched ('' when none). */
  number: string;
  name: string;
}

/** Paket TTE of one training: the ZIP parts of its issued PDFs and the manifest files beside them. */
export interface TteBundleResult extends ZipResult {
  manifest: Array<{ name: string; url: string }>;
  /** Mode TTE = Tag (else the PDFs carry no tag and the message says so). */
  tagMode: boolean;
}

/** Ekspor SIASN (issue 15 item 1): the sheet's rows, how many are ready, and each training's files. */
export interface SiasnExportResult {
  rows: number;
  ready: number;
  /** Per training: its rows, those ready, and the links of its xlsx and JSON ('' when none was made). */
  trainings: Array<{ code: string; rows: number; ready: number; xlsx: string; json: string }>;
  errors: number;
  warnings: number;
  problems: ProblemView[];
  message: string;
}

/** Kirim Email Undangan (issue 15 item 4): each unit's letter of a training e-mailed at most once, by outcome. */
export interface InvitationMailResult {
  code: string;
  /** Units whose letter left in this run. */
  sent: string[];
  /** Units whose letter was sent before (Status Email Terkirim). */
  already: string[];
  /** Units whose letter's outcome is unknown (Mengirim): never sent again by itself. */
  unknown: string[];
  /** Why a unit's letter was not sent (a refused address, the letter gone), one sentence each. */
  failed: string[];
  /** Units without a usable address in Daftar Unit, one sentence each naming the row. */
  noAddress: string[];
  /** Units left for another run (the daily quota, or this run's share). */
  waiting: string[];
  /** 'made': Daftar Unit was missing and was made now (its Email column to fill). */
  unitsSheet: 'made' | null;
  message: string;
}

/** Pemanggilan (issue 15 item 4): who is (to be) invited per unit, and each unit's letter once made. */
export interface InvitationsResult {
  code: string;
  year: number;
  people: number;
  letters: number;
  units: Array<{
    unit: string;
    letter: string;
    people: Array<{ nip: string; name: string; shortfall: number }>;
  }>;
  /** Units already invited to this training (not invited again). */
  notes: string[];
  message: string;
}
