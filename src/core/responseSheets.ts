// How a Google-Forms-linked response sheet (DESIGN §3.3, secondary path) is read: its columns found by header, in
// the Indonesian or English locale, and the cell parsers of the score and session answers (src/core/answers.ts reads
// its rows into answer rows).

import { asText, isBlank } from './cells';
import type { EvaluationSubject } from './model';

const TIMESTAMP = ['timestamp', 'stempel waktu', 'cap waktu'];
const SCORE = ['score', 'skor', 'nilai'];
const EMAIL = ['email address', 'alamat email', 'email'];

/** The check-in's code item or column: titled "Kode Sesi" (issue 16). */
export const CODE_TITLE = /^kode sesi\b/;

const norm = (h: unknown) => asText(h).toLowerCase().replace(/\s+/g, ' ');

/** Columns found in a response sheet's header row. */
export interface ResponseColumns {
  timestamp: number;
  score: number;
  email: number;
  nip: number;
  name: number;
  session: number;
  /** The check-in's Kode Sesi (issue 16). */
  code: number;
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
    code: -1,
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
    else if (c.code < 0 && CODE_TITLE.test(t)) c.code = i;
    else if (c.nip < 0 && /\bnip\b/.test(t)) c.nip = i;
    else if (c.name < 0 && /\b(nama|name)\b/.test(t)) c.name = i;
    else if (c.session < 0 && /^(sesi|session)\b/.test(t)) c.session = i;
    else c.other.push(i);
  });
  return c;
}

/**
 * The syntax of a score cell: "7 / 10" or "7/10" → 7 of 10 (a decimal comma read), "85%" → 85 of 100, a plain
 * number n (or its text) → n of 100 (DESIGN §3.3); null when the cell is not written as a score. The domain (0 ≤ points ≤ max,
 * max > 0) is not checked here: `scoreFault` (src/core/scoreDomain.ts) does, so "11 / 10" is an Error, not a skip.
 */
export function parseScoreCell(v: unknown): { points: number; max: number } | null {
  if (typeof v === 'number') return { points: v, max: 100 };
  const t = asText(v);
  const dec = (x: string) => Number(x.replace(',', '.'));
  const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*\/\s*(-?\d+(?:[.,]\d+)?)\s*$/.exec(t);
  if (m) return { points: dec(m[1]), max: dec(m[2]) };
  // a number kept as text (a plain-text column), with or without a percent sign: n of 100
  const plain = /^\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(t);
  if (plain) return { points: dec(plain[1]), max: 100 };
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

/** The non-blank response rows of a response sheet (indices into `values`, header at 0). */
export function responseRows(values: readonly (readonly unknown[])[]): number[] {
  const rows: number[] = [];
  for (let r = 1; r < values.length; r++) if (!values[r].every(isBlank)) rows.push(r);
  return rows;
}
