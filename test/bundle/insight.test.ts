// Insight where the admin acts (issue 14 item 8) through the built bundle on the corrected sample: Hitung Nilai
// returns the questions of Analisis Soal that call for a look, exactly those whose Catatan flags them; Rekap JP
// returns everyone below the target, per year and unit, largest shortfall first, matching Rekap JP's rows.

import { OUTPUTS } from '../../src/core/schema';
import type { JpResult, ScoresResult } from '../../src/shared/rpc';
import { correctedSample, rowsByKey } from './harness';

describe('insight in the panel', () => {
  test('the flagged questions are the Analisis Soal rows whose Catatan calls for a look, a wrong key first', async () => {
    const h = await correctedSample();
    await h.call('pullResponses');
    const r = await h.call<ScoresResult>('computeScores');
    const sheet = rowsByKey(h, OUTPUTS.items);
    const flagging = /Memburuk|Terlalu mudah|Terlalu sukar|Daya beda negatif|Daya beda rendah/;
    const expected = sheet.filter((row) => flagging.test(String(row.note)));
    expect(expected.length).toBeGreaterThan(0);
    expect(r.items).toHaveLength(expected.length);
    for (const i of r.items) {
      const row = sheet.find((x) => x.trainingCode === i.code && x.no === i.no);
      expect(row?.note).toBe(i.note);
      expect(i.flags.length).toBeGreaterThan(0);
    }
    // within a training, a negative discrimination comes before any other flag
    for (const code of new Set(r.items.map((i) => i.code))) {
      const mine = r.items.filter((i) => i.code === code);
      const firstOther = mine.findIndex((i) => !i.flags.includes('negative'));
      const lastNegative = mine.map((i) => i.flags.includes('negative')).lastIndexOf(true);
      if (firstOther >= 0 && lastNegative >= 0) expect(lastNegative).toBeLessThan(firstOther);
    }
  });

  test('everyone below the JP target, as Rekap JP says, ordered by unit and shortfall', async () => {
    const h = await correctedSample();
    await h.call('pullResponses');
    const r = await h.call<JpResult>('computeJp');
    const sheet = rowsByKey(h, OUTPUTS.jp).filter((row) => row.achieved !== 'Tercapai');
    expect(r.below.length).toBe(sheet.length);
    expect(r.below.length).toBeGreaterThan(0);
    for (const b of r.below) {
      const row = sheet.find((x) => x.nip === b.nip && x.year === b.year);
      expect(row).toBeDefined();
      expect(b.shortfall).toBe(row?.shortfall);
    }
    const sorted = [...r.below].sort(
      (a, b) =>
        b.year - a.year ||
        a.unit.localeCompare(b.unit) ||
        b.shortfall - a.shortfall ||
        (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0),
    );
    expect(r.below.map((b) => b.nip)).toEqual(sorted.map((b) => b.nip));
  });
});
