// Generates the sample workbook "DOU ASN 2026" (examples/dou-asn-contoh.xlsx) and examples/README.md, deterministically.
// The content is data in tools/sample/{content,questions,cast}.ts; each step of the generation is one module of
// tools/sample/; the expected figures come from the reference implementation (tools/sample/expected.ts).

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KNOCK_ON_WHAT } from './sample/cast';
import { T1, T2, T3 } from './sample/content';
import { expectFromReference } from './sample/expected';
import { type Cast, castPeople, enrolAll } from './sample/participants';
import { type Plan01, planScores01 } from './sample/plans';
import { renderReadme } from './sample/readme';
import { kehadiranRows, nilaiRows } from './sample/records';
import { evaluation01, postTest01, presensi03, preTest01, tests02 } from './sample/responses';
import {
  aspekSheet,
  formulirSheet,
  kegiatanSheet,
  kehadiranSheet,
  nilaiSheet,
  pengaturanSheet,
  pesertaSheet,
  sesiSheet,
  soalSheet,
} from './sample/sheets';
import type { Enrolment, Plant, Resp, SampleBuild, SampleDataset } from './sample/types';
import {
  addSheet,
  type Cell,
  newWorkbook,
  nipLayout,
  type PlantedProblem,
  Rng,
  type SheetSpec,
  workbookBytes,
} from './sample-data';

export type { ExpectedRank, SampleBuild, SampleDataset } from './sample/types';
export { renderReadme };

export const SAMPLE_SEED = 2026;
export const SAMPLE_PATH = path.join(__dirname, '..', 'examples', 'dou-asn-contoh.xlsx');
export const README_PATH = path.join(__dirname, '..', 'examples', 'README.md');

type Planted = PlantedProblem & { ref: Cell[] };

/** Sheet row numbers for the planted rows (header = row 1), plus the knock-on of the number-typed roster NIP. */
function resolvePlanted(
  sheets: SheetSpec[],
  planted: Planted[],
  cast: Cast,
  t1: Enrolment[],
): PlantedProblem[] {
  const rowOf = (sheet: string, ref: Cell[]) => {
    const i = sheets.find((s) => s.name === sheet)!.rows.indexOf(ref);
    if (i < 0) throw new Error(`planted row not found in ${sheet}`);
    return i + 2;
  };
  const out: PlantedProblem[] = planted.map(({ ref, ...p }) => ({ ...p, row: rowOf(p.sheet, ref) }));
  const nip = cast.special.numNip.nip;
  const kehadiran = sheets.find((s) => s.name === 'Kehadiran')!.rows;
  const pesertaRow = rowOf('Peserta', t1.find((e) => e.p === cast.special.numNip)!.row);
  const row = rowOf('Kehadiran', kehadiran.find((r) => r[2] === nip)!);
  out.push({ sheet: 'Kehadiran', row, column: 'NIP', level: 'Error', what: KNOCK_ON_WHAT(pesertaRow, nip) });
  return out;
}

/** What the README says about the designed top of DOU-2026-01: its NIPs, notes and post-test send times. */
function design01(
  p01: Plan01,
  posts: readonly Resp[],
): Pick<SampleBuild, 'designedNip' | 'notes' | 'postSent'> {
  const designedNip = new Map([...p01.designed].map(([k, e]) => [k, e.nip]));
  const notes = new Map<string, string>();
  const postSent = new Map<string, Date | null>();
  for (const [e, pl] of p01.plan) {
    if (pl.note) notes.set(e.nip, pl.note);
    const own = posts.filter((r) => r.e === e).sort((a, b) => a.time!.getTime() - b.time!.getTime());
    postSent.set(e.nip, pl.postTyped !== undefined ? null : (own[0]?.time ?? null));
  }
  return { designedNip, notes, postSent };
}

/** Builds every sheet of the sample workbook, drawing from one seeded generator in a fixed order. */
export function buildSampleSheets(seed = SAMPLE_SEED): SampleBuild {
  const rng = new Rng(seed);
  const planted: Planted[] = [];
  const plant: Plant = (sheet, ref, column, level, what) =>
    planted.push({ sheet, row: 0, column, level, what, ref });
  const cast = castPeople(rng);
  const { enrol, rows: pesertaRows, listedTwice } = enrolAll(rng, cast, plant);
  const p01 = planScores01(rng, cast, enrol[T1], listedTwice);
  const sesi = sesiSheet(plant);
  const kehadiran = kehadiranRows(rng, cast, enrol[T1], enrol[T3], p01, plant);
  const nilai = nilaiRows(rng, cast, enrol, p01, plant);
  const pre1 = preTest01(rng, cast, enrol[T1], p01);
  const post1 = postTest01(rng, cast, enrol[T1], p01, plant);
  const eval1 = evaluation01(rng, plant);
  const [pre2, post2] = tests02(rng, cast, enrol[T2], nilai.plan02);
  const pres3 = presensi03(rng, enrol[T3], kehadiran.t3);
  const sheets: SheetSpec[] = [
    kegiatanSheet(),
    sesi,
    pesertaSheet(pesertaRows),
    kehadiranSheet(kehadiran.rows),
    nilaiSheet(nilai.rows),
    soalSheet(),
    aspekSheet(),
    pengaturanSheet(),
    formulirSheet(),
    pre1,
    post1.sheet,
    eval1,
    pre2,
    post2,
    pres3,
  ];
  for (const p of cast.people.all)
    if (p !== cast.special.invalid && nipLayout(p.nip) !== p.status)
      throw new Error(`generated NIP ${p.nip} has the wrong layout`);
  return {
    sheets,
    planted: resolvePlanted(sheets, planted, cast, enrol[T1]),
    ...design01(p01, post1.responses),
  };
}

/** The sample workbook as reproducible xlsx bytes. */
export async function sampleBytes(build: SampleBuild = buildSampleSheets()): Promise<Buffer> {
  const wb = newWorkbook('DOU ASN 2026');
  for (const s of build.sheets) addSheet(wb, s);
  return workbookBytes(wb);
}

/** The sheets, their bytes, and the figures the reference implementation expects of them. */
export async function buildSampleDataset(seed = SAMPLE_SEED): Promise<SampleDataset> {
  const build = buildSampleSheets(seed);
  const bytes = await sampleBytes(build);
  return { ...build, bytes, ...(await expectFromReference(bytes, build)) };
}

/** Writes the sample workbook and README (defaults: examples/). */
export async function writeSample(
  xlsxPath = SAMPLE_PATH,
  readmePath: string | null = README_PATH,
): Promise<SampleDataset> {
  const ds = await buildSampleDataset();
  mkdirSync(path.dirname(xlsxPath), { recursive: true });
  writeFileSync(xlsxPath, ds.bytes);
  if (readmePath) writeFileSync(readmePath, renderReadme(ds));
  return ds;
}

if (require.main === module) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : SAMPLE_PATH;
  writeSample(out, i > 0 ? null : README_PATH).then(
    (ds) => console.log(`ditulis: ${out} (${ds.sheets.length} lembar, ${ds.planted.length} masalah sengaja)`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
