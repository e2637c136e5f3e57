// The kinds of problem: a stable code, its level and the parameters its text needs (the text is in
// src/text/id/problems.ts). Tests assert codes; the `Masalah` sheet and the sidebar show the rendered text.

import type { ScoreFault } from './scoreDomain';
import type { NipMatch } from './similar';

export type Severity = 'Error' | 'Peringatan';

/** What every cell-level problem knows: the column's header and the cell as text. */
export interface CellParams {
  column: string;
  text: string;
}

/** A number cell out of its rule: `field` is `<sheet key>.<column key>` (the catalog names it). */
export interface NumberParams extends CellParams {
  field: string;
  min?: number;
  max?: number;
}

/** How a setting's value must look (for the suggestion of an unreadable one). */
export type SettingKind =
  | { t: 'number'; min?: number; max?: number; integer?: boolean; percent?: boolean }
  | { t: 'choice'; choices: readonly string[] }
  | { t: 'yesno' }
  | { t: 'text' }
  /** One visible non-letter, non-digit character (Karakter Tag TTE, core/tte.ts readTag). */
  | { t: 'tagChar' }
  /** A whole amount of rupiah ≥ 0, as a number or text with thousands dots ("900.000", "Rp 900.000"). */
  | { t: 'rupiah' };

type None = Record<never, never>;
type Code = { code: string };
type Nip = { nip: string };

/** A check-in that is Tidak sah: the form, the response's time (spreadsheet zone), the NIP, the session. */
export interface CheckinParams {
  form: string;
  time: string;
  nip: string;
  session: number;
  code: string;
  /** The session whose code was typed instead (codeOtherSession / codeOtherTraining), else '' and 0. */
  otherCode: string;
  otherSession: number;
}

/** Parameters per problem code. */
export interface ProblemParams {
  // sheets and headers (the table reader)
  'sheet.missing': { sheet: string };
  'header.notFound': { sheet: string; required: readonly string[] };
  'header.rival': { sheet: string; rival: number; used: number };
  'header.duplicate': { header: string };
  'header.missing': { sheet: string; header: string };
  // cells, by column type
  'trainingRef.blank': CellParams;
  'trainingRef.unknown': Code & { similar: string | null; known: readonly string[] };
  'nip.blank': CellParams;
  'nip.numberTyped': CellParams;
  'nip.invalid': CellParams & { reason: string };
  'choice.unknown': CellParams & { choices: readonly string[] };
  'integer.invalid': NumberParams;
  'number.invalid': NumberParams;
  'score.invalid': NumberParams;
  'date.blank': CellParams;
  'date.invalid': CellParams;
  'time.invalid': CellParams;
  'bool.invalid': CellParams;
  // Kegiatan
  'training.codeBlank': CellParams;
  'training.duplicate': Code;
  'training.themeBlank': CellParams;
  'training.endBeforeStart': None;
  'training.signerNipNumberTyped': None;
  'training.signerNipInvalid': { reason: string };
  'training.jpUncomputable': Code;
  'training.noSessions': Code;
  'training.noParticipants': Code;
  // Ekspor SIASN (issue 15 item 1)
  'siasn.typeBlank': Code & { typed: string };
  'siasn.typeUnknown': Code & { typed: string };
  'siasn.typeDefaulted': Code & { name: string; from: string };
  'siasn.fractionalJp': Code & { nip: string; jp: number; count: number };
  // Sesi
  'session.numberBlank': CellParams;
  'session.duplicate': Code & { number: number };
  'session.dateOutside': None;
  'session.timesInverted': { start: string; end: string };
  'session.jpUncomputable': Code & { number: number };
  'session.endNotAfterStart': Code & { number: number };
  'session.durationNotWholeJp': Code & { number: number; minutes: string; minutesPerJp: number; jp: number };
  // Peserta
  'participant.nameBlank': CellParams;
  'participant.duplicate': Code & Nip & { firstRow: number };
  'participant.statusMismatch': { status: string; derived: string };
  'participant.emailInvalid': { email: string };
  'participant.phoneInvalid': { phone: string };
  // references to the roster (Kehadiran, Nilai)
  'reference.nipStoredAsNumber': Nip & { rosterRow: number };
  'reference.nipNotEnrolled': Code & Nip;
  // Kehadiran and Presensi
  'attendance.sessionUnknown': Code & { session: number };
  'attendance.duplicate': Nip & { session: number };
  'attendance.presentBlank': Code & { count: number };
  'attendance.notRecorded': Code;
  'attendance.zeroJp': Code;
  'presensi.nipNumberTyped': Nip;
  'presensi.sessionUnknown': Code & { session: number };
  'presensi.nipNotEnrolled': Code & Nip & { match: NipMatch | null };
  // check-in (issue 16): a Presensi response that is Tidak sah, and why
  'checkin.sessionUnknown': CheckinParams;
  'checkin.noTimestamp': CheckinParams;
  'checkin.codeBlank': CheckinParams;
  'checkin.codeWrong': CheckinParams;
  'checkin.codeOtherSession': CheckinParams;
  'checkin.codeOtherTraining': CheckinParams;
  'checkin.codeExpired': CheckinParams;
  'checkin.tooEarly': CheckinParams;
  'checkin.tooLate': CheckinParams;
  'checkin.sessionNoTime': Code & { session: number };
  'checkin.formWithoutCode': Code & { form: string };
  // Nilai and Nilai Akhir
  'score.duplicate': Code & Nip & { firstRow: number };
  'finalScore.componentDropped': Code & { component: string };
  'finalScore.componentMissing': Code &
    Nip & {
      name: string;
      component: string;
      /** Where a response that is probably theirs could not be matched (its sheet and row), else null. */
      pending: { sheet: string; row: number | null } | null;
    };
  // Soal
  'question.textBlank': CellParams;
  'question.tooFewOptions': None;
  'question.keyBlank': CellParams;
  'question.keyInvalid': CellParams;
  'question.keyEmptyOption': { key: string };
  'question.weightZero': None;
  'question.duplicate': Code & { no: number };
  'question.optionRepeated': { option: string };
  // Aspek Evaluasi
  'aspect.kindBlank': CellParams;
  'aspect.kindInvalid': CellParams;
  'aspect.blank': CellParams;
  'aspect.duplicate': { aspect: string; kind: string };
  // Formulir
  'form.kindBlank': CellParams;
  'form.kindInvalid': CellParams;
  'form.unreadable': None;
  'form.responseSheetMissing': { sheet: string };
  'form.linkUnopenable': None;
  'form.responseSheetNotFound': Code & { kind: string };
  // a form or response sheet as a whole (it stops its responses from being read)
  'form.noNipQuestion': { title: string };
  'form.noSessionQuestion': { title: string };
  'form.noNipColumn': { sheet: string };
  'form.noSessionColumn': { sheet: string };
  'form.cannotOpen': Code & { kind: string; id: string };
  'form.sheetMismatch': Code & { kind: string; sheet: string; reason: string };
  'responses.sheetTwice': { sheet: string };
  // the response store behind the forms
  'store.neverImported': Code & { kind: string };
  'store.newRows': Code & { kind: string; sheet: string; count: number };
  // responses
  'response.trainingUnknown': Code & { kind: string };
  'response.nipNumberTyped': Nip & { kind: string; match: NipMatch | null; score: string | null };
  'response.nipNumberTypedTyped': Nip & { kind: string; match: NipMatch | null; score: string | null };
  'response.nipNotEnrolled': Code & Nip & { kind: string; match: NipMatch | null; score: string | null };
  'response.nipNotEnrolledTyped': Code & Nip & { kind: string; match: NipMatch | null; score: string | null };
  'response.unscorable': Code & Nip & { kind: string };
  'response.duplicate': Code & Nip & { kind: string; count: number; policy: string };
  'response.scoreUnreadable': { shown: string };
  'response.sessionUnreadable': { shown: string };
  'evaluation.outOfScale': { value: string; scale: number };
  'evaluation.sessionUnknown': Code & { session: number };
  // Pengaturan
  'setting.unknown': { key: string };
  'setting.duplicate': { key: string };
  'setting.invalid': { text: string; key: string; fallback: string; kind: SettingKind };
  'setting.weightsZero': None;
  // imported scores outside their domain (issue 11, H2)
  'response.scoreOutOfRange': Code & {
    shown: string;
    fault: ScoreFault;
    route: 'sheet' | 'form' | 'store';
    kind: string;
    form: string;
    nip: string;
    time: string;
    item: string;
  };
  'response.keyWeightsZero': Code & Nip & { kind: string };
  'score.outOfDomain': Code & Nip & { what: string; value: string };
  // JP across years (issue 15, src/core/jpHistory.ts): earlier years' Rekap JP copied in, and Daftar ASN
  'jpImport.sheetYear': { sheet: string; year: number; from: number; to: number };
  'jpImport.nipNumberTyped': CellParams & { sheet: string };
  'jpImport.nipInvalid': CellParams & { sheet: string; reason: string };
  'jpImport.yearMissing': { sheet: string };
  'jpImport.yearInvalid': CellParams & { from: number; to: number };
  'jpImport.yearMismatch': { sheet: string; year: number; typed: number };
  'jpImport.jpInvalid': CellParams;
  'jpImport.duplicate': Nip & { year: number; first: string; firstRow: number };
  'jpImport.ownYear': Nip & { year: number; ownRow: number };
  'roster.duplicate': Nip & { firstRow: number };
  'roster.notListed': { year: number; count: number; nips: string };
  // sheet names and the add-on's own sheets (src/core/sheetNames.ts, the output writer)
  'sheet.nameCase': { sheet: string; actual: string };
  'output.nameTaken': { output: string; actual: string };
  'output.textCut': { sheet: string; row: number; column: string; length: number; limit: number };
  // value domains at the reader (issue 11: number formats, date window, settings as a whole)
  'number.percentFormat': NumberParams;
  'number.dateFormat': NumberParams;
  'date.implausible': CellParams & { from: string; to: string };
  'setting.percentFormat': { text: string; key: string; fallback: string };
  // speakers and their honorarium (issue 15 item 5, core/speakers.ts)
  'session.speakerNipNumberTyped': None;
  'session.speakerNipInvalid': { reason: string };
  'speaker.gradeBlank': Code & { speaker: string };
  'speaker.gradeUnknown': Code & { speaker: string; text: string };
  'speaker.categoryBlank': Code & { speaker: string };
  'speaker.categoryUnknown': Code & { speaker: string; text: string; choices: readonly string[] };
  'speaker.gradeConflict': Code & { speaker: string; used: string; other: string; rows: string };
  'speaker.categoryConflict': Code & { speaker: string; used: string; other: string; rows: string };
  /** Sertifikat Narasumber = Ya: a speaker without a valid NIP Narasumber gets none (the ledger keys by NIP). */
  'speaker.certificateNoNip': Code & { speaker: string; blank: boolean };
  /** A rate (or a PPh 21 rate) a speaker needs is blank in Pengaturan: one problem per setting, naming whom. */
  'speaker.rateMissing': { key: string; speakers: number; names: string };
  'speaker.taxMissing': { key: string; speakers: number; names: string };
  'setting.bandsOrder': {
    /** The group's name as the admin reads it ("Batas Predikat"). */
    group: string;
    key: string;
    value: string;
    /** The key of the band above, which must be higher, and its value. */
    above: string;
    aboveValue: string;
    /** The group's defaults, as used instead. */
    defaults: string;
  };
}

export type ProblemCode = keyof ProblemParams;

/** A cell rule's code: one whose parameters are the cell's (the typed cell readers report these). */
/** The codes of a Tidak sah check-in the classifier gives (src/core/attendance.ts). */
export type CheckinProblemCode = {
  [C in ProblemCode]: ProblemParams[C] extends CheckinParams ? C : never;
}[ProblemCode];

export type CellProblemCode = {
  [C in ProblemCode]: ProblemParams[C] extends CellParams
    ? CellParams extends ProblemParams[C]
      ? C
      : never
    : never;
}[ProblemCode];

const E = 'Error';
const W = 'Peringatan';

export const PROBLEM_LEVELS: { readonly [C in ProblemCode]: Severity } = {
  'sheet.missing': E,
  'header.notFound': E,
  'header.rival': W,
  'header.duplicate': W,
  'header.missing': E,
  'trainingRef.blank': E,
  'trainingRef.unknown': E,
  'nip.blank': E,
  'nip.numberTyped': E,
  'nip.invalid': E,
  'choice.unknown': W,
  'integer.invalid': E,
  'number.invalid': E,
  'score.invalid': E,
  'date.blank': E,
  'date.invalid': E,
  'time.invalid': E,
  'bool.invalid': E,
  'training.codeBlank': E,
  'training.duplicate': E,
  'training.themeBlank': E,
  'training.endBeforeStart': E,
  'training.signerNipNumberTyped': W,
  'training.signerNipInvalid': W,
  'training.jpUncomputable': E,
  'training.noSessions': W,
  'training.noParticipants': W,
  'siasn.typeBlank': E,
  'siasn.typeUnknown': E,
  'siasn.typeDefaulted': W,
  'siasn.fractionalJp': E,
  'session.numberBlank': E,
  'session.duplicate': E,
  'session.dateOutside': W,
  'session.timesInverted': W,
  'session.jpUncomputable': E,
  'session.endNotAfterStart': E,
  'session.durationNotWholeJp': W,
  'participant.nameBlank': E,
  'participant.duplicate': E,
  'participant.statusMismatch': W,
  'participant.emailInvalid': W,
  'participant.phoneInvalid': W,
  'reference.nipStoredAsNumber': E,
  'reference.nipNotEnrolled': E,
  'attendance.sessionUnknown': E,
  'attendance.duplicate': W,
  'attendance.presentBlank': W,
  'attendance.notRecorded': W,
  'attendance.zeroJp': W,
  'presensi.nipNumberTyped': E,
  'presensi.sessionUnknown': E,
  'presensi.nipNotEnrolled': W,
  'checkin.sessionUnknown': W,
  'checkin.noTimestamp': W,
  'checkin.codeBlank': W,
  'checkin.codeWrong': W,
  'checkin.codeOtherSession': W,
  'checkin.codeOtherTraining': W,
  'checkin.codeExpired': W,
  'checkin.tooEarly': W,
  'checkin.tooLate': W,
  'checkin.sessionNoTime': W,
  'checkin.formWithoutCode': W,
  'score.duplicate': E,
  'finalScore.componentDropped': W,
  'finalScore.componentMissing': W,
  'question.textBlank': E,
  'question.tooFewOptions': E,
  'question.keyBlank': E,
  'question.keyInvalid': E,
  'question.keyEmptyOption': E,
  'question.weightZero': W,
  'question.duplicate': E,
  'question.optionRepeated': E,
  'aspect.kindBlank': E,
  'aspect.kindInvalid': E,
  'aspect.blank': E,
  'aspect.duplicate': W,
  'form.kindBlank': E,
  'form.kindInvalid': E,
  'form.unreadable': W,
  'form.responseSheetMissing': E,
  'form.linkUnopenable': W,
  'form.responseSheetNotFound': W,
  'form.noNipQuestion': E,
  'form.noSessionQuestion': E,
  'form.noNipColumn': E,
  'form.noSessionColumn': E,
  'form.cannotOpen': W,
  'form.sheetMismatch': W,
  'responses.sheetTwice': W,
  'store.neverImported': W,
  'store.newRows': W,
  'response.trainingUnknown': W,
  'response.nipNumberTyped': E,
  'response.nipNumberTypedTyped': W,
  'response.nipNotEnrolled': E,
  'response.nipNotEnrolledTyped': W,
  'response.unscorable': E,
  'response.duplicate': W,
  'response.scoreUnreadable': W,
  'response.sessionUnreadable': E,
  'evaluation.outOfScale': W,
  'evaluation.sessionUnknown': W,
  'setting.unknown': W,
  'setting.duplicate': W,
  'setting.invalid': E,
  'setting.weightsZero': E,
  // imported scores outside their domain (issue 11, H2)
  'response.scoreOutOfRange': E,
  'response.keyWeightsZero': E,
  'score.outOfDomain': E,
  'jpImport.sheetYear': E,
  'jpImport.nipNumberTyped': E,
  'jpImport.nipInvalid': E,
  'jpImport.yearMissing': E,
  'jpImport.yearInvalid': E,
  'jpImport.yearMismatch': E,
  'jpImport.jpInvalid': E,
  'jpImport.duplicate': W,
  'jpImport.ownYear': W,
  'roster.duplicate': W,
  'roster.notListed': W,
  'sheet.nameCase': W,
  'output.nameTaken': E,
  'output.textCut': W,
  // value domains at the reader
  'number.percentFormat': E,
  'number.dateFormat': E,
  'date.implausible': E,
  'setting.percentFormat': E,
  'setting.bandsOrder': E,
  'session.speakerNipNumberTyped': W,
  'session.speakerNipInvalid': W,
  'speaker.gradeBlank': E,
  'speaker.gradeUnknown': E,
  'speaker.categoryBlank': E,
  'speaker.categoryUnknown': E,
  'speaker.gradeConflict': W,
  'speaker.categoryConflict': W,
  'speaker.certificateNoNip': W,
  'speaker.rateMissing': E,
  'speaker.taxMissing': E,
};

/** A text of the catalog: fixed, or made from the problem's parameters. */
export type ProblemText<P> = string | ((p: P) => string);

/** The catalog of one language: message and suggestion for every code. */
export type ProblemCatalog = {
  readonly [C in ProblemCode]: {
    message: ProblemText<ProblemParams[C]>;
    suggestion: ProblemText<ProblemParams[C]>;
  };
};
