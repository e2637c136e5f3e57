// Hitung Nilai, Rekap JP and Rekap Evaluasi through the bundle: outputs written whole and safely, inputs untouched,
// reruns identical, charts recorded, and service calls flat from 100 to 10,000 participants.

import { join } from 'node:path';
import { importXlsx } from '../../emulator/xlsx';
import { OUTPUTS } from '../../src/core/schema';
import type { JpResult, ScoresResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { harness, INPUT_SHEETS, ROOT } from './harness';

const SAMPLE = join(ROOT, 'examples/dou-asn-contoh.xlsx');

async function sample() {
  const h = harness({ spreadsheet: await importXlsx(SAMPLE) });
  // every step reads the responses Tarik Respons stored
  await h.call('pullResponses');
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
    const body = rows.slice(1);
    for (const row of body) {
      expect(typeof row[2]).toBe('string'); // NIP
      if (row[1] !== '') expect(typeof row[1]).toBe('number'); // Peringkat
      if (row[12] !== '') expect(typeof row[12]).toBe('number'); // Nilai Akhir
      expect(['Ya', 'Tidak']).toContain(row[14]);
      expect(['Ya', '']).toContain(row[15]);
    }
    const formulas = sheet
      .getRange(1, 1, rows.length, rows[0].length)
      .getFormulas()
      .flat()
      .filter((f) => f !== '');
    expect(formulas).toEqual([]);
    expect(body.some((r) => r[3] === '=Budi')).toBe(true);
    expect(body.some((r) => r[3] === '<img src=x onerror=alert(1)>')).toBe(true);
    // ranked rows by rank within a training, then the unranked
    for (const code of ['DOU-2026-01', 'DOU-2026-02']) {
      const ranks = body.filter((r) => r[0] === code).map((r) => r[1]);
      const ranked = ranks.filter((x) => x !== '') as number[];
      expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
      expect(ranks.slice(0, ranked.length)).toEqual(ranked);
    }
    const award = body.filter((r) => r[0] === 'DOU-2026-01' && r[15] === 'Ya');
    expect(award.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...award.map((r) => r[1] as number))).toBeLessThanOrEqual(5);
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
    const rows = h.values('Rekap JP').slice(1);
    expect(rows.length).toBe(r.people);
    for (const row of rows) {
      expect(row[1]).toMatch(/^\d{18}$/);
      expect(row[8]).toBe(Math.max(0, Math.round(((row[7] as number) - (row[6] as number)) * 100) / 100));
      expect(row[9]).toBe((row[6] as number) >= (row[7] as number) ? 'Tercapai' : 'Belum Tercapai');
    }
    const units = h.values('Rekap JP Unit').slice(1);
    expect(units.reduce((s, u) => s + (u[2] as number), 0)).toBe(rows.length);
  });
});

describe('service calls stay flat as participants grow', () => {
  async function calls(participants: number, fn: string): Promise<number> {
    const h = harness({ spreadsheet: synthWorkbook({ participants }) });
    await h.call('pullResponses');
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
