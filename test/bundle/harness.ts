// Test harness: the built dist/Code.js loaded in the emulator, called as Google would call it.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createEnvironment, type Environment, type EnvironmentOptions } from '../../emulator/environment';
import { type Addon, loadBundle } from '../../emulator/loader';
import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import { importXlsx } from '../../emulator/xlsx';
import { OUTPUTS, SHEETS } from '../../src/core/schema';
import type { CertificateProgress, PreflightResult, ProblemView, Rpc } from '../../src/shared/rpc';
import { correctSample } from '../../tools/sample-corrections';
import { everyTrainingIn, type Scope } from '../../tools/scope';
import { synthWorkbook } from '../../tools/synth';

export const ROOT = join(__dirname, '..', '..');
export const CODE = join(ROOT, 'dist', 'Code.js');

export interface Harness {
  env: Environment;
  addon: Addon;
  ss: FakeSpreadsheet;
  /** google.script.run call; unwraps the Rpc envelope and fails the test on an expected failure. */
  call<T>(name: string, ...args: unknown[]): Promise<T>;
  /** google.script.run call returning the raw envelope. */
  raw<T>(name: string, ...args: unknown[]): Promise<Rpc<T>>;
  /** A sheet's values (no service call counted). */
  values(sheet: string): unknown[][];
}

/**
 * What the admin types into `Pengaturan` once after Setup (the certificate prints them; empty, a run that prints
 * them is refused): every harness workbook names an agency and a city, unless `blankLook` is set.
 */
export const TEST_LOOK = {
  'Nama Pemerintah Daerah': 'PEMERINTAH KOTA CONTOH',
  'Kota Penerbitan': 'Kota Contoh',
} as const;

function fillLook(ss: FakeSpreadsheet): void {
  const sheet = ss.getSheetByName(SHEETS.settings.name);
  if (!sheet) return;
  const values = sheet._dump() as unknown[][];
  values.forEach((r, i) => {
    const key = String(r[0]).trim() as keyof typeof TEST_LOOK;
    if (key in TEST_LOOK && (r[1] === '' || r[1] === null)) sheet._writeBlock(i + 1, 2, [[TEST_LOOK[key]]]);
  });
}

export function harness(opts: EnvironmentOptions & { blankLook?: boolean } = {}): Harness {
  if (!existsSync(CODE))
    throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  const env = createEnvironment({ distDir: join(ROOT, 'dist'), ...opts });
  const addon = loadBundle(env, CODE);
  const raw = async <T>(name: string, ...args: unknown[]) => {
    const r = (await addon.rpc(name, ...args)) as Rpc<T>;
    if (name === 'runSetup' && r?.ok && !opts.blankLook) fillLook(env.ss);
    return r;
  };
  return {
    env,
    addon,
    ss: env.ss,
    raw,
    async call<T>(name: string, ...args: unknown[]): Promise<T> {
      const r = await raw<T>(name, ...args);
      if (!r) throw new Error(`${name} returned null`);
      if (!r.ok) throw new Error(`${name} failed: ${r.error}`);
      return r.value;
    },
    values(sheet: string): unknown[][] {
      const s = env.ss.getSheetByName(sheet);
      if (!s) throw new Error(`no sheet ${sheet}`);
      return s._dump() as unknown[][];
    },
  };
}

/** The sheets a person types in (and the Formulir ledger): no run may change a value in them. */
export const INPUT_SHEETS = [
  'Kegiatan',
  'Sesi',
  'Peserta',
  'Kehadiran',
  'Nilai',
  'Soal',
  'Aspek Evaluasi',
  'Pengaturan',
  'Formulir',
] as const;

/** Valid PNS NIPs for tests: birth 1985-01-0d, appointed 2010-01, male, serial d (d = 1..9). */
export const testNip = (d: number): string => `198501${String(d).padStart(2, '0')}201001100${d}`;

/** Types rows into a sheet below its header (row 2 on), as a person would: strings parsed as typed. */
export function typeBelowHeader(ss: FakeSpreadsheet, name: string, rows: unknown[][]): void {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
}

/**
 * A set-up workbook with one finished one-day training (24/11/2026, one 2-JP session) and its roster typed in, and
 * `forms` typed into Formulir: the smallest workbook a scores or import test needs.
 */
export async function oneTraining(
  code: string,
  people: ReadonlyArray<{ nip: string; name: string }>,
  forms: unknown[][] = [],
): Promise<Harness> {
  const day = new Date(2026, 10, 24);
  const h = harness();
  await h.call('runSetup');
  typeBelowHeader(h.ss, 'Kegiatan', [
    [code, 'Etika Pelayanan', 'Teknis', '', 'Mandiri', day, day, 'Aula', '', '', '', ''],
  ]);
  typeBelowHeader(h.ss, 'Sesi', [
    [code, 1, day, '', '', 'Kode Etik ASN', 'Ceramah', 'Dr. Sari', '', 'BKPSDM', 2],
  ]);
  typeBelowHeader(
    h.ss,
    'Peserta',
    people.map((p) => [code, p.nip, p.name, 'Analis', 'III/a', 'BKPSDM', '', '']),
  );
  if (forms.length) typeBelowHeader(h.ss, 'Formulir', forms);
  return h;
}

/** Every problem as written to `Masalah` (an RPC result carries only the first 50), read by column key. */
export function masalah(h: Harness): ProblemView[] {
  return rowsByKey(h, OUTPUTS.problems).map((r) => ({
    // the sheet says Kesalahan (DESIGN §8 Language); tests speak of the level by its code
    level: (r.level === 'Kesalahan' ? 'Error' : r.level) as ProblemView['level'],
    sheet: String(r.sheet),
    row: typeof r.row === 'number' ? r.row : null,
    column: String(r.column),
    message: String(r.message),
    suggestion: String(r.suggestion),
    ...(r.trainingCode ? { trainingCode: String(r.trainingCode) } : {}),
  }));
}

/** The `Sertifikat` ledger as objects by header (blank rows left out). */
export function ledger(h: Harness): Array<Record<string, unknown>> {
  const [head, ...rows] = h.values(SHEETS.certificates.name);
  return rows
    .filter((r) => r[0] !== '')
    .map((r) => Object.fromEntries(head.map((k, i) => [String(k), r[i]])));
}

/** Untrashed PDFs per certificate key (appProperties douasnKey) over every user's emulated Drive. */
export function pdfsByKey(h: Harness): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of h.env.drive._files()) {
    if (f.trashed || f.mimeType !== 'application/pdf') continue;
    const k = f.appProperties.douasnKey;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/**
 * An output sheet's body rows as records by key of its schema definition (header row 1 checked against it), so
 * tests name columns instead of counting them.
 */
export function rowsByKey<
  D extends { name: string; columns: ReadonlyArray<{ key: string; header: string }> },
>(h: Harness, def: D): Array<Record<D['columns'][number]['key'], unknown>> {
  const [head, ...rows] = h.values(def.name);
  const at = def.columns.map((c) => {
    const i = head.indexOf(c.header);
    if (i < 0) throw new Error(`${def.name}: no column "${c.header}"`);
    return [c.key, i] as const;
  });
  return rows.map((r) => Object.fromEntries(at.map(([k, i]) => [k, r[i]]))) as Array<
    Record<D['columns'][number]['key'], unknown>
  >;
}

/** A sheet's rows as records by header text, from the given 1-based header row (blank rows kept). */
export function rowsByHeader(h: Harness, sheet: string, headerRow = 1): Array<Record<string, unknown>> {
  const values = h.values(sheet);
  const head = values[headerRow - 1].map(String);
  return values.slice(headerRow).map((r) => Object.fromEntries(head.map((k, i) => [k, r[i]])));
}

/**
 * Types a value into `Pengaturan` beside its key (the key's row as runSetup wrote it), as the admin would. Tests of
 * the forms and import machinery that predate the check-in (issue 16) turn "Presensi dengan Kode Sesi" off with it.
 */
export function typeSetting(h: Harness, key: string, value: unknown): void {
  const sheet = h.ss.getSheetByName('Pengaturan');
  if (!sheet) throw new Error('no Pengaturan sheet: run runSetup first');
  const values = sheet._dump() as unknown[][];
  const row = values.findIndex((r) => String(r[0]).trim() === key);
  if (row < 0) throw new Error(`no setting ${key}`);
  sheet.getRange(row + 1, 2).setValue(value);
}

/** The check-in off: Presensi forms without the Kode Sesi question, every response counted as before. */
export const noCheckin = (h: Harness): void => typeSetting(h, 'Presensi dengan Kode Sesi', 'Tidak');

// ---- certificate runs past the gate (issue 12): tests of the engine issue every training -------------------------

/** The scope an admin ticks to issue every training of `Kegiatan` (at most 10), confirming the unfinished ones. */
export function everyTraining(h: Harness): Scope {
  return everyTrainingIn(h.ss);
}

/** "Mulai" for every training (the panel's start after ticking them all), optionally unattended. */
export const startAll = <T = CertificateProgress>(h: Harness, unattended = false): Promise<T> =>
  h.call<T>('startCertificates', unattended, everyTraining(h));

/** "Kirim Email" for every training. */
export const emailAll = <T = CertificateProgress>(h: Harness): Promise<T> =>
  h.call<T>('sendCertificateEmails', everyTraining(h));

/** The gate's confirmation for every training. */
export const preflightAll = <T = PreflightResult>(h: Harness): Promise<T> =>
  h.call<T>('preflightCertificates', everyTraining(h));

/**
 * The bundled sample as an admin has it after acting on `Masalah` (tools/sample-corrections.ts): its planted Errors
 * corrected, so the gate lets every training through. Tests of the gate itself use the sample as it is.
 */
export async function correctedSample(opts: EnvironmentOptions = {}): Promise<Harness> {
  return harness({ spreadsheet: await correctedSampleSpreadsheet(), ...opts });
}

/** The corrected sample's spreadsheet, for a test that changes it further before loading the add-on. */
export async function correctedSampleSpreadsheet(): Promise<FakeSpreadsheet> {
  const ss = await importXlsx(join(ROOT, 'examples', 'dou-asn-contoh.xlsx'));
  correctSample(ss);
  return ss;
}

/** The panel's certificate loop: continueCertificates while the run says running (at most `max` batches). */
export async function runToEnd(
  h: Harness,
  first: CertificateProgress,
  max = 100,
): Promise<CertificateProgress> {
  let p = first;
  for (let i = 0; i < max && p.state === 'running'; i++)
    p = await h.call<CertificateProgress>('continueCertificates');
  return p;
}

/**
 * A synthetic workbook of one training (tools/synth.ts) with its responses pulled, an e-mail address for every
 * participant, the default templates and every certificate made; `before` edits it first (e.g. a name).
 */
export async function issuedSynth(participants = 12, before?: (h: Harness) => void): Promise<Harness> {
  const h = harness({ spreadsheet: synthWorkbook({ participants, trainings: 1 }) });
  await h.call('pullResponses');
  const s = h.ss.getSheetByName('Peserta') as ReturnType<FakeSpreadsheet['getSheetByName']> & object;
  const values = s._dump() as unknown[][];
  const col = values[0].indexOf('Email');
  for (let i = 1; i < values.length; i++) s.getRange(i + 1, col + 1).setValue(`peserta${i}@contoh.go.id`);
  before?.(h);
  await h.call('createTemplates');
  const done = await runToEnd(h, await h.call<CertificateProgress>('startCertificates'));
  if (done.state !== 'done')
    throw new Error(`the certificates did not finish: ${done.state} ${done.message}`);
  return h;
}
