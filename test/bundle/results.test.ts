// Hitung Nilai, Rekap JP and Rekap Evaluasi through the bundle: outputs written whole and safely, inputs untouched,
// reruns identical, charts recorded, and service calls flat from 100 to 10,000 participants.

import { join } from 'node:path';
import { importXlsx } from '../../emulator/xlsx';
import { OUTPUTS } from '../../src/core/schema';
import type { JpResult, ScoresResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { harness, INPUT_SHEETS, ROOT, rowsByKey } from './harness';

const SAMPLE = join(ROOT, 'examples/dou-asn-contoh.xlsx');

async function sample() {
  const h = harness({ spreadsheet: await importXlsx(SAMPLE) });
  return h;
}

describe('on the sample workbook', () => {
  test('Rekap Nilai: contract headers, NIPs as text, numbers as numbers, names never formulas', async () => {
    const h = await sample();
    const r = await h.call<ScoresResult>('computeScores');
    expect(r.trainings.map((t) => t.code)).toEqual(['DOU-2026-01', 'DOU-2026-02', 'DOU-2026-03']);
    const sheet = h.ss.getSheetByName('Rekap Nilai')!;
    const rows = h.values('Rekap Nilai');
    expect(rows[0]).toEqual(OUTPUTS.results.columns.map((c) => c.header));
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(1, 1).getNote()).toMatch(/dibuat otomatis/);
    const body = rowsByKey(h, OUTPUTS.results);
    expect(body).toHaveLength(rows.length - 1);
    for (const row of body) {
      expect(typeof row.nip).toBe('string');
      if (row.rank !== '') expect(typeof row.rank).toBe('number');
      if (row.finalScore !== '') expect(typeof row.finalScore).toBe('number');
      expect(['Ya', 'Tidak']).toContain(row.certificate);
      expect(['Ya', '']).toContain(row.award);
    }
    const formulas = sheet
      .getRange(1, 1, rows.length, rows[0].length)
      .getFormulas()
      .flat()
      .filter((f) => f !== '');
    expect(formulas).toEqual([]);
    expect(body.some((r) => r.name === '=Budi')).toBe(true);
    expect(body.some((r) => r.name === '<img src=x onerror=alert(1)>')).toBe(true);
    // ranked rows by rank within a training, then the unranked
    for (const code of ['DOU-2026-01', 'DOU-2026-02']) {
      const ranks = body.filter((r) => r.trainingCode === code).map((r) => r.rank);
      const ranked = ranks.filter((x) => x !== '') as number[];
      expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
      expect(ranks.slice(0, ranked.length)).toEqual(ranked);
    }
    const award = body.filter((r) => r.trainingCode === 'DOU-2026-01' && r.award === 'Ya');
    expect(award.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...award.map((r) => r.rank as number))).toBeLessThanOrEqual(5);
  });

  test('charts: pre vs post per training, evaluation index, JP per unit', async () => {
    const h = await sample();
    await h.call('computeScores');
    await h.call('computeJp');
    await h.call('computeEvaluation');
    const spec = (name: string) =>
      h.ss
        .getSheetByName(name)!
        .getCharts()
        .map((c) => (c as unknown as { _spec: { type: string; ranges: string[] } })._spec);
    expect(spec('Ringkasan Nilai')).toEqual([
      expect.objectContaining({
        type: 'COLUMN',
        ranges: ["'Ringkasan Nilai'!A1:A4", "'Ringkasan Nilai'!C1:D4"],
      }),
    ]);
    expect(spec('Rekap JP Unit')[0].type).toBe('BAR');
    expect(spec('Ringkasan Evaluasi')[0].ranges[0]).toMatch(/^'Ringkasan Evaluasi'!A1:B\d+$/);
  });

  test('running twice gives identical outputs and changes no input value', async () => {
    const h = await sample();
    const before = INPUT_SHEETS.map((n) => JSON.stringify(h.ss.getSheetByName(n)?._dump()));
    const outputs = () =>
      ['Rekap Nilai', 'Analisis Soal', 'Rekap JP', 'Rekap JP Unit', 'Rekap Evaluasi', 'Masalah'].map((n) =>
        JSON.stringify(h.values(n)),
      );
    for (const fn of ['computeScores', 'computeJp', 'computeEvaluation']) await h.call(fn);
    const first = outputs();
    for (const fn of ['computeScores', 'computeJp', 'computeEvaluation']) await h.call(fn);
    expect(outputs()).toEqual(first);
    expect(INPUT_SHEETS.map((n) => JSON.stringify(h.ss.getSheetByName(n)?._dump()))).toEqual(before);
  });

  test('Masalah is the same whichever feature ran last (every run checks all the current data)', async () => {
    const h = await sample();
    const seen: string[] = [];
    for (const fn of ['runCheck', 'computeScores', 'computeJp', 'computeEvaluation']) {
      await h.call(fn);
      seen.push(JSON.stringify(h.values('Masalah')));
    }
    expect(new Set(seen).size).toBe(1);
    expect(h.values('Masalah').length).toBeGreaterThan(10);
  });

  test('Rekap JP: a row per valid NIP, target and shortfall; units add up', async () => {
    const h = await sample();
    const r = await h.call<JpResult>('computeJp');
    const rows = rowsByKey(h, OUTPUTS.jp);
    expect(rows.length).toBe(r.people);
    for (const row of rows) {
      const [jp, target] = [row.jp as number, row.target as number];
      expect(row.nip).toMatch(/^\d{18}$/);
      expect(row.shortfall).toBe(Math.max(0, Math.round((target - jp) * 100) / 100));
      expect(row.achieved).toBe(jp >= target ? 'Tercapai' : 'Belum Tercapai');
    }
    const units = rowsByKey(h, OUTPUTS.jpUnits);
    expect(units.reduce((s, u) => s + (u.asn as number), 0)).toBe(rows.length);
  });
});

describe('service calls stay flat as participants grow', () => {
  async function calls(participants: number, fn: string): Promise<number> {
    const h = harness({ spreadsheet: synthWorkbook({ participants }) });
    h.env.rt.resetCounters();
    await h.call(fn);
    return h.env.rt.totalCalls();
  }

  test.each(['computeScores', 'computeJp', 'computeEvaluation'])(
    '%s: the same calls for 1,000 and 10,000; at most a grow per output sheet above 100',
    async (fn) => {
      const [small, mid, large] = [await calls(100, fn), await calls(1000, fn), await calls(10000, fn)];
      expect(large).toBe(mid);
      // an output sheet past the new-sheet size of 1,000 rows is grown once (insertRowsAfter)
      expect(large - small).toBeLessThanOrEqual(3);
    },
  );
});
