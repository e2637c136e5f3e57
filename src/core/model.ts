// The domain model: typed records read from the workbook's sheets and from form responses.
// Table parsing (src/core/table.ts + src/core/workbook.ts) produces these; every rule in src/core consumes them.

/** Where a value came from, so a problem can name its cell. `row` is the 1-based sheet row. */
export interface Source {
  sheet: string;
  row: number;
}

export type EmploymentStatus = 'PNS' | 'PPPK';

/** A training (Kegiatan). */
export interface Training {
  src: Source;
  code: string;
  theme: string;
  competencyType: string;
  smartAsn: string;
  pattern: string;
  startDate: Date | null;
  endDate: Date | null;
  place: string;
  /** Kegiatan.JP when filled, else null (then the sum of its sessions' JP is used). */
  jp: number | null;
  signer: string;
  signerNip: string;
  signerTitle: string;
  /** Kegiatan's Jenis Diklat SIASN as typed ('' when blank or the column is absent): core/siasn.ts reads it. */
  siasnType: string;
}

/** A session (Sesi) of a training. Clock times are minutes after midnight, read in the spreadsheet's zone. */
export interface Session {
  src: Source;
  trainingCode: string;
  number: number;
  date: Date | null;
  startMinutes: number | null;
  endMinutes: number | null;
  topic: string;
  method: string;
  speaker: string;
  /** NIP Narasumber: the 18 digits when the cell holds a valid NIP as text, else the text as typed. */
  speakerNip: string;
  /**
   * Whether NIP Narasumber was read as a valid NIP typed as text (a number-typed one may show 18 digits that are not
   * the ones typed, so `speakerNip` alone cannot tell).
   */
  speakerNipOk: boolean;
  speakerAgency: string;
  /** The JP cell when filled, else null (then computed from the times, DESIGN §4.2). */
  jp: number | null;
  /** Golongan Narasumber as typed ('' when blank or the column is absent; issue 15 item 5, core/speakers.ts). */
  speakerGrade?: string;
  /** Kategori Tarif as read (one of RATE_CATEGORIES, else the unknown text as typed, '' when blank). */
  rateCategory?: string;
}

/** A participant (Peserta) enrolled in one training. */
export interface Participant {
  src: Source;
  trainingCode: string;
  /** Normalised NIP (digits only when valid; the normalised text otherwise). */
  nip: string;
  nipValid: boolean;
  name: string;
  position: string;
  rank: string;
  unit: string;
  email: string;
  /** No. HP normalised to 628… (an Indonesian mobile number), '' when blank or not valid. */
  phone?: string;
  /** As typed, or derived from the NIP layout when blank; '' when unknown. */
  status: EmploymentStatus | '';
}

/** A Kehadiran row. */
export interface AttendanceRecord {
  src: Source;
  trainingCode: string;
  session: number;
  nip: string;
  present: boolean;
}

/** A Nilai row: scores a person typed (they win over imported ones). null = blank. */
export interface ScoreRecord {
  src: Source;
  trainingCode: string;
  nip: string;
  name: string;
  pre: number | null;
  post: number | null;
  activity: number | null;
  task: number | null;
}

export type OptionLetter = 'A' | 'B' | 'C' | 'D' | 'E';
export const OPTION_LETTERS: readonly OptionLetter[] = ['A', 'B', 'C', 'D', 'E'];

/** A Soal row: a multiple-choice question of a training's pre/post test. */
export interface Question {
  src: Source;
  trainingCode: string;
  no: number;
  text: string;
  /** Options A..E in order; '' where empty. */
  options: string[];
  key: OptionLetter;
  /** Bobot, default 1. */
  weight: number;
}

export type AspectKind = 'Narasumber' | 'Penyelenggaraan' | 'Pasca Pelatihan';

/** An Aspek Evaluasi row. */
export interface Aspect {
  src: Source;
  kind: AspectKind;
  aspect: string;
}

export type FormKind = 'Pre-Test' | 'Post-Test' | 'Evaluasi' | 'Presensi' | 'Pasca Pelatihan';
export const FORM_KINDS: readonly FormKind[] = [
  'Pre-Test',
  'Post-Test',
  'Evaluasi',
  'Presensi',
  'Pasca Pelatihan',
];

/** A Formulir ledger row. */
export interface FormRecord {
  src: Source;
  trainingCode: string;
  kind: FormKind;
  title: string;
  formId: string;
  fillUrl: string;
  editUrl: string;
  responseSheet: string;
  created: Date | null;
}

/** A response to a Pre-Test or Post-Test, from FormApp or from a linked response sheet. */
export interface TestResponse {
  src: Source;
  trainingCode: string;
  kind: 'Pre-Test' | 'Post-Test';
  timestamp: Date | null;
  /** The NIP answer exactly as read (a number here means the linked sheet already damaged it). */
  nipRaw: unknown;
  name: string;
  /** Points scored and the maximum, when the form is a quiz or the answers were checked against Soal.Kunci. */
  points: number | null;
  maxPoints: number | null;
  /** Answer per question No (the option letter when it could be matched, else the text). */
  answers: Record<number, string>;
}

/** A response to a Presensi form: one session attended. */
export interface AttendanceResponse {
  src: Source;
  trainingCode: string;
  timestamp: Date | null;
  nipRaw: unknown;
  session: number;
  /** The Kode Sesi answer as typed; undefined when the form has no Kode Sesi question (check-in, issue 16). */
  code?: string;
  /** The form's title (problems name it); undefined on older stored rows. */
  form?: string;
}

/** What an evaluation grid row rates. */
export type EvaluationSubject =
  | { type: 'Narasumber'; session: number }
  | { type: 'Penyelenggaraan' }
  | { type: 'Pasca Pelatihan' };

/** A response to an Evaluasi or Pasca Pelatihan form. */
export interface EvaluationResponse {
  src: Source;
  trainingCode: string;
  kind: 'Evaluasi' | 'Pasca Pelatihan';
  timestamp: Date | null;
  nipRaw: unknown;
  /** One entry per answered grid row; `value` as read (number or text), validated against the scale later. */
  ratings: Array<{ subject: EvaluationSubject; aspect: string; value: unknown; column: string }>;
  /** Free-text suggestions, if any. */
  comments: string[];
}

/** Every response of the workbook, whichever path (FormApp or response sheet) produced it. */
export interface Responses {
  tests: TestResponse[];
  attendance: AttendanceResponse[];
  evaluations: EvaluationResponse[];
}

export const emptyResponses = (): Responses => ({ tests: [], attendance: [], evaluations: [] });
