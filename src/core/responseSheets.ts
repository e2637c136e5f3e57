// Google-Forms-linked response sheets (DESIGN §3.3, secondary path) read by header, in the Indonesian or English
// locale, into the same response model the FormApp path produces.

import { asText, isBlank, isDate } from './cells';
import type {
  AttendanceResponse,
  EvaluationResponse,
  EvaluationSubject,
  FormRecord,
  Responses,
  TestResponse,
} from './model';
import type { Problems } from './problems';

const TIMESTAMP = ['timestamp', 'stempel waktu', 'cap waktu'];
const SCORE = ['score', 'skor', 'nilai'];
const EMAIL = ['email address', 'alamat email', 'email'];

const norm = (h: unknown) => asText(h).toLowerCase().replace(/\s+/g, ' ');

/** Columns found in a response sheet's header row. */
export interface ResponseColumns {
  timestamp: number;
  score: number;
  email: number;
  nip: number;
  name: number;
  session: number;
  /** Quiz items: question No → column. */
  questions: Map<number, number>;
  /** Grid columns `<Title> [<Row>]`. */
  grids: Array<{
    col: number;
    title: string;
    row: string;
    header: string;
    subject: EvaluationSubject | null;
  }>;
  /** Other text columns (suggestions). */
  other: number[];
}

export function responseColumns(header: readonly unknown[]): ResponseColumns {
  const c: ResponseColumns = {
    timestamp: -1,
    score: -1,
    email: -1,
    nip: -1,
    name: -1,
    session: -1,
    questions: new Map(),
    grids: [],
    other: [],
  };
  header.forEach((h, i) => {
    const t = norm(h);
    if (!t) return;
    const grid = /^(.*\S)\s*\[(.+)\]$/.exec(asText(h));
    const quiz = /^(\d+)\s*[.)]\s+\S/.exec(t);
    if (c.timestamp < 0 && TIMESTAMP.includes(t)) c.timestamp = i;
    else if (c.score < 0 && SCORE.includes(t)) c.score = i;
    else if (c.email < 0 && EMAIL.includes(t)) c.email = i;
    else if (grid)
      c.grids.push({
        col: i,
        title: grid[1].trim(),
        row: grid[2].trim(),
        header: asText(h),
        subject: gridSubject(grid[1]),
      });
    else if (quiz && !c.questions.has(Number(quiz[1]))) c.questions.set(Number(quiz[1]), i);
    else if (c.nip < 0 && /\bnip\b/.test(t)) c.nip = i;
    else if (c.name < 0 && /\b(nama|name)\b/.test(t)) c.name = i;
    else if (c.session < 0 && /^(sesi|session)\b/.test(t)) c.session = i;
    else c.other.push(i);
  });
  return c;
}

/** "7 / 10" → 7 of 10; a plain number n → n of 100 (DESIGN §3.3). */
export function parseScoreCell(v: unknown): { points: number; max: number } | null {
  if (typeof v === 'number' && Number.isFinite(v)) return { points: v, max: 100 };
  const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)\s*$/.exec(asText(v));
  if (m) {
    const max = Number(m[2].replace(',', '.'));
    return max > 0 ? { points: Number(m[1].replace(',', '.')), max } : null;
  }
  return null;
}

/** The session number from an attendance answer "Sesi 2: Materi" (or a plain number). */
export function parseSessionAnswer(v: unknown): number | null {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  const m = /^\s*(?:sesi|session)?\s*(\d+)\b/i.exec(asText(v));
  return m ? Number(m[1]) : null;
}

/** What a grid title rates: `Sesi <n>: …`, `Penyelenggaraan`, `Pasca Pelatihan`. */
export function gridSubject(title: string): EvaluationSubject | null {
  const m = /^\s*(?:sesi|session)\s*(\d+)\b/i.exec(title);
  if (m) return { type: 'Narasumber', session: Number(m[1]) };
  if (/^\s*penyelenggaraan\b/i.test(title)) return { type: 'Penyelenggaraan' };
  if (/^\s*pasca\s*pelatihan\b/i.test(title)) return { type: 'Pasca Pelatihan' };
  return null;
}

const timestampOf = (v: unknown): Date | null => (isDate(v) ? v : null);

/**
 * Reads one response sheet registered in `Formulir` into `out`. Header is row 1 (Forms writes it there).
 * Columns the kind needs but the sheet lacks are reported once.
 */
export function readResponseSheet(
  values: readonly (readonly unknown[])[],
  form: FormRecord,
  out: Responses,
  problems: Problems,
): number {
  const sheet = form.responseSheet;
  if (!values.length) return 0;
  const cols = responseColumns(values[0]);
  // evaluation and follow-up forms may be anonymous (DESIGN §4.7); tests and attendance need the NIP
  const needNip = form.kind === 'Pre-Test' || form.kind === 'Post-Test' || form.kind === 'Presensi';
  if (needNip && cols.nip < 0) {
    problems.error(
      sheet,
      1,
      'NIP',
      `Lembar respons "${sheet}" tidak punya kolom NIP.`,
      'Formulir harus punya pertanyaan yang judulnya memuat "NIP".',
    );
    return 0;
  }
  if (form.kind === 'Presensi' && cols.session < 0) {
    problems.error(
      sheet,
      1,
      'Sesi',
      `Lembar respons presensi "${sheet}" tidak punya kolom Sesi.`,
      'Formulir presensi harus punya pertanyaan "Sesi".',
    );
    return 0;
  }
  let n = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.every(isBlank)) continue;
    const src = { sheet, row: r + 1 };
    const timestamp = cols.timestamp >= 0 ? timestampOf(row[cols.timestamp]) : null;
    const nipRaw = cols.nip >= 0 ? row[cols.nip] : '';
    n++;
    if (form.kind === 'Pre-Test' || form.kind === 'Post-Test') {
      const answers: Record<number, string> = {};
      for (const [no, c] of cols.questions) {
        const a = asText(row[c]);
        if (a) answers[no] = a;
      }
      let points: number | null = null;
      let maxPoints: number | null = null;
      if (cols.score >= 0) {
        // a quiz's response sheet: the score column is the result; answers are re-checked only without one (§3.3)
        const s = parseScoreCell(row[cols.score]);
        if (!s) {
          const shown = asText(row[cols.score]);
          problems.warn(
            sheet,
            r + 1,
            asText(values[0][cols.score]),
            shown
              ? `Skor "${shown}" tidak dapat dibaca; respons ini tidak dinilai.`
              : 'Skor kosong; respons ini tidak dinilai.',
            'Ketik nilai peserta ini di lembar Nilai bila perlu.',
          );
          continue;
        }
        points = s.points;
        maxPoints = s.max;
      }
      const t: TestResponse = {
        src,
        trainingCode: form.trainingCode,
        kind: form.kind,
        timestamp,
        nipRaw,
        name: cols.name >= 0 ? asText(row[cols.name]) : '',
        points,
        maxPoints,
        answers,
      };
      out.tests.push(t);
    } else if (form.kind === 'Presensi') {
      const session = parseSessionAnswer(row[cols.session]);
      if (session === null) {
        problems.error(
          sheet,
          r + 1,
          asText(values[0][cols.session]),
          `Jawaban sesi "${asText(row[cols.session])}" tidak dapat dibaca.`,
          'Pilihan sesi harus berbentuk "Sesi <nomor>: <materi>".',
        );
        continue;
      }
      const a: AttendanceResponse = { src, trainingCode: form.trainingCode, timestamp, nipRaw, session };
      out.attendance.push(a);
    } else {
      const ratings: EvaluationResponse['ratings'] = [];
      for (const g of cols.grids) {
        if (!g.subject || isBlank(row[g.col])) continue;
        ratings.push({ subject: g.subject, aspect: g.row, value: row[g.col], column: g.header });
      }
      const comments = cols.other.map((c) => asText(row[c])).filter((s) => s !== '');
      const e: EvaluationResponse = {
        src,
        trainingCode: form.trainingCode,
        kind: form.kind === 'Pasca Pelatihan' ? 'Pasca Pelatihan' : 'Evaluasi',
        timestamp,
        nipRaw,
        ratings,
        comments,
      };
      out.evaluations.push(e);
    }
  }
  return n;
}
