// The expected figures of the sample, computed by the independent reference implementation of DESIGN §4
// (test/reference/reference.ts) from the very bytes that are written, and the check that the designed ties hold.
// The generator carries no model of the rules of its own.

import {
  type Cell,
  HEADERS,
  type RefOutputs,
  type Row,
  referenceFromBuffer,
} from '../../test/reference/reference';
import { DESIGNED_01, DESIGNED_FLOOR } from './cast';
import { CODES, T1 } from './content';
import type { Expected, ExpectedRank, SampleBuild } from './types';

/** Reads a reference row by header name. */
const reader =
  <K extends keyof typeof HEADERS>(sheet: K) =>
  (r: Row, header: (typeof HEADERS)[K][number]): Cell =>
    r[(HEADERS[sheet] as readonly string[]).indexOf(header)];
const res = reader('results');
const num = (v: Cell): number | null => (typeof v === 'number' ? v : null);

/** The ranked rows of DOU-2026-01, in rank order; throws when a designed rank or the floor below them breaks. */
function ranked01(ref: RefOutputs, build: SampleBuild): Row[] {
  const ranked = ref.results.filter((r) => res(r, 'Kode Kegiatan') === T1 && res(r, 'Peringkat') !== null);
  for (const d of DESIGNED_01) {
    const row = ranked.find((r) => res(r, 'NIP') === build.designedNip.get(d.key));
    const got = row ? res(row, 'Peringkat') : undefined;
    if (got !== d.rank) throw new Error(`designed rank broken: ${d.key} expected ${d.rank}, got ${got}`);
  }
  const next = ranked[DESIGNED_01.length];
  if (!next || !((num(res(next, 'Nilai Akhir')) ?? 0) < DESIGNED_FLOOR))
    throw new Error('a drawn participant reaches the designed top of DOU-2026-01');
  return ranked.slice(0, DESIGNED_01.length);
}

const toExpectedRank = (r: Row, build: SampleBuild): ExpectedRank => {
  const nip = String(res(r, 'NIP'));
  return {
    rank: num(res(r, 'Peringkat'))!,
    nip,
    name: String(res(r, 'Nama')),
    pre: num(res(r, 'Pre-Test')),
    post: num(res(r, 'Post-Test'))!,
    gain: num(res(r, 'N-Gain')),
    activity: num(res(r, 'Keaktifan')),
    task: num(res(r, 'Tugas')),
    attendance: num(res(r, 'Kehadiran (%)')),
    final: num(res(r, 'Nilai Akhir'))!,
    postTime: build.postSent.get(nip) ?? null,
    note: build.notes.get(nip) ?? '',
  };
};

/**
 * Each training's JP, read back from the reference's Rekap JP: with Pengakuan JP = Bersertifikat a certified
 * person in only that training is credited exactly its JP; all such people must agree.
 */
function trainingJp(ref: RefOutputs, jpOf: Map<string, number>): Record<string, number> {
  const codesOf = new Map<string, string[]>();
  for (const r of ref.results) {
    const nip = String(res(r, 'NIP'));
    codesOf.set(nip, [...(codesOf.get(nip) ?? []), String(res(r, 'Kode Kegiatan'))]);
  }
  const out: Record<string, number> = {};
  for (const code of CODES) {
    const seen = new Set<number | undefined>();
    for (const r of ref.results) {
      const nip = String(res(r, 'NIP'));
      if (res(r, 'Kode Kegiatan') === code && res(r, 'Sertifikat') === 'Ya' && codesOf.get(nip)!.length === 1)
        seen.add(jpOf.get(nip));
    }
    const [jp] = seen;
    if (seen.size !== 1 || jp === undefined)
      throw new Error(`no single JP for ${code}: ${[...seen].join(', ')}`);
    out[code] = jp;
  }
  return out;
}

/** The README's and tests' expectations of the sample workbook `bytes` built as `build`. */
export async function expectFromReference(bytes: Buffer, build: SampleBuild): Promise<Expected> {
  const ref = await referenceFromBuffer(bytes);
  const jp = reader('jp');
  const expectedJp = new Map(ref.jp.map((r) => [String(jp(r, 'NIP')), num(jp(r, 'JP'))!]));
  return {
    expectedRanking01: ranked01(ref, build).map((r) => toExpectedRank(r, build)),
    expectedJp,
    trainingJp: trainingJp(ref, expectedJp),
  };
}
