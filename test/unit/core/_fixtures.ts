// Test fixtures for src/core: small builders for the model records with sensible defaults.

import { type LedgerRow, ledgerRowOf } from '../../../src/core/certificates';
import type {
  AttendanceRecord,
  AttendanceResponse,
  EvaluationResponse,
  FormRecord,
  Participant,
  Question,
  ScoreRecord,
  Session,
  TestResponse,
  Training,
} from '../../../src/core/model';
import { checkNip, deriveStatus } from '../../../src/core/nip';
import { SHEETS } from '../../../src/core/schema';
import { openLedger } from '../../../src/core/table';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid PNS NIP, distinct for every i in 0..10079. */
export function nipFor(i: number, gender: 1 | 2 = 1): string {
  const year = 1970 + (i % 30);
  const month = 1 + (Math.floor(i / 30) % 12);
  const day = 1 + (Math.floor(i / 360) % 28);
  return `${year}${pad(month)}${pad(day)}${year + 22}03${gender}${pad(i % 1000, 3)}`;
}

export function training(code: string, o: Partial<Training> = {}): Training {
  return {
    src: { sheet: 'Kegiatan', row: 2 },
    code,
    theme: `Tema ${code}`,
    competencyType: 'Teknis',
    smartAsn: 'Teknologi Informasi',
    pattern: 'Mandiri',
    startDate: new Date(2026, 10, 24),
    endDate: new Date(2026, 10, 26),
    place: 'Aula',
    jp: null,
    signer: '',
    signerNip: '',
    signerTitle: '',
    siasnType: '',
    ...o,
  };
}

export function session(code: string, number: number, o: Partial<Session> = {}): Session {
  return {
    src: { sheet: 'Sesi', row: number + 1 },
    trainingCode: code,
    number,
    date: null,
    startMinutes: null,
    endMinutes: null,
    topic: `Materi ${number}`,
    method: 'Ceramah',
    speaker: `Narasumber ${number}`,
    speakerNip: '',
    speakerAgency: '',
    jp: 2,
    ...o,
    // as the reader gives it: a NIP typed as text is valid when its digits are (a test of a number-typed cell says so)
    speakerNipOk: o.speakerNipOk ?? checkNip(o.speakerNip ?? '').ok,
  };
}

export function participant(
  code: string,
  nip: string,
  name: string,
  o: Partial<Participant> = {},
): Participant {
  const c = checkNip(nip);
  return {
    src: { sheet: 'Peserta', row: 2 },
    trainingCode: code,
    nip: c.nip,
    nipValid: c.ok,
    name,
    position: '',
    rank: '',
    unit: 'Dinas A',
    email: '',
    status: deriveStatus(nip),
    ...o,
  };
}

export function present(
  code: string,
  sessionNo: number,
  nip: string,
  isPresent = true,
  row = 2,
): AttendanceRecord {
  return {
    src: { sheet: 'Kehadiran', row },
    trainingCode: code,
    session: sessionNo,
    nip,
    present: isPresent,
  };
}

export function presensi(code: string, sessionNo: number, nipRaw: unknown, row = 2): AttendanceResponse {
  return {
    src: { sheet: `Respons Presensi ${code}`, row },
    trainingCode: code,
    timestamp: null,
    nipRaw,
    session: sessionNo,
  };
}

export function scoreRow(code: string, nip: string, o: Partial<ScoreRecord> = {}, row = 2): ScoreRecord {
  return {
    src: { sheet: 'Nilai', row },
    trainingCode: code,
    nip,
    name: '',
    pre: null,
    post: null,
    activity: null,
    task: null,
    ...o,
  };
}

export function question(
  code: string,
  no: number,
  key: Question['key'],
  o: Partial<Question> = {},
): Question {
  return {
    src: { sheet: 'Soal', row: no + 1 },
    trainingCode: code,
    no,
    text: `Pertanyaan ${no}`,
    options: ['Satu', 'Dua', 'Tiga', 'Empat', ''],
    key,
    weight: 1,
    ...o,
  };
}

export function testResponse(
  code: string,
  kind: TestResponse['kind'],
  nipRaw: unknown,
  o: Partial<TestResponse> = {},
): TestResponse {
  return {
    src: { sheet: `Respons ${kind} ${code}`, row: 2 },
    trainingCode: code,
    kind,
    timestamp: new Date(2026, 10, 24, 9, 0),
    nipRaw,
    name: '',
    points: null,
    maxPoints: null,
    answers: {},
    ...o,
  };
}

export function evaluation(
  code: string,
  ratings: EvaluationResponse['ratings'],
  o: Partial<EvaluationResponse> = {},
): EvaluationResponse {
  return {
    src: { sheet: `Respons Evaluasi ${code}`, row: 2 },
    trainingCode: code,
    kind: 'Evaluasi',
    timestamp: null,
    nipRaw: '',
    ratings,
    comments: [],
    ...o,
  };
}

/** A Formulir row: a Post-Test read from the response sheet `Respons Post`. */
export function formRecord(code: string, o: Partial<FormRecord> = {}, row = 2): FormRecord {
  return {
    src: { sheet: 'Formulir', row },
    trainingCode: code,
    kind: 'Post-Test',
    title: `Post-Test ${code}`,
    formId: '',
    fillUrl: '',
    editUrl: '',
    responseSheet: 'Respons Post',
    created: null,
    ...o,
  };
}

/** One `Sertifikat` row to read back: its status, and whether it has a PDF link and an address (default both). */
export interface LedgerSpec {
  status: string;
  pdf?: boolean;
  email?: boolean;
  note?: string;
}

/**
 * `Sertifikat` rows of training A, one per spec, read as the add-on reads the ledger (the table module, then the
 * rules' row reader).
 */
export function ledgerRows(specs: readonly LedgerSpec[]): LedgerRow[] {
  const header = SHEETS.certificates.columns.map((c) => c.header);
  const at = (key: string) => SHEETS.certificates.columns.findIndex((c) => c.key === key);
  const rows = specs.map((s, i) => {
    const r: unknown[] = header.map(() => '');
    r[at('trainingCode')] = 'A';
    r[at('kind')] = 'Sertifikat';
    r[at('number')] = `${i + 1}/DOU`;
    r[at('nip')] = ledgerNip(i);
    r[at('name')] = `Peserta ${i + 1}`;
    r[at('status')] = s.status;
    r[at('pdf')] = s.pdf === false ? '' : `https://drive.google.com/file/d/f${i}abcdefghij/view`;
    r[at('email')] = s.email === false ? '' : `p${i}@contoh.go.id`;
    r[at('note')] = s.note ?? '';
    return r;
  });
  return openLedger([header, ...rows], SHEETS.certificates)
    .rows.map((e) => ledgerRowOf(e.cells, e.sheetRow))
    .filter((r): r is LedgerRow => r !== null);
}

/** The NIP of ledgerRows' row i. */
export const ledgerNip = (i: number): string => `19850101201001${String(1000 + i).slice(-4)}`;
