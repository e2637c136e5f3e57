// Output sheets laid out for reading (issue 14 item 6) through the built bundle: each column as wide as its header
// and its texts need (within bounds), long text columns wrapped, and a few layout calls per sheet, none per row.

import { OUTPUTS } from '../../src/core/schema';
import { correctedSample } from './harness';

describe('output sheets are laid out for reading', () => {
  test('widths follow the content, long texts wrap, and the calls do not grow with the rows', async () => {
    const h = await correctedSample();
    await h.call('pullResponses');
    const before = h.env.rt.counts.get('SpreadsheetApp.Sheet.setColumnWidths') ?? 0;
    await h.call('computeScores');
    const items = h.ss.getSheetByName(OUTPUTS.items.name)!;
    const header = (items.getRange(1, 1, 1, OUTPUTS.items.columns.length).getValues()[0] as string[]).map(
      String,
    );
    const col = (name: string) => header.indexOf(name) + 1;
    // the question and its note are long texts: as wide as allowed, wrapped; No is narrow
    expect(items.getColumnWidth(col('Pertanyaan'))).toBe(336);
    expect(items.getRange(2, col('Pertanyaan')).getWrap()).toBe(true);
    expect(items.getColumnWidth(col('No'))).toBeLessThanOrEqual(72);
    const results = h.ss.getSheetByName(OUTPUTS.results.name)!;
    const rHeader = (
      results.getRange(1, 1, 1, OUTPUTS.results.columns.length).getValues()[0] as string[]
    ).map(String);
    // a NIP (18 digits) fits its column
    expect(results.getColumnWidth(rHeader.indexOf('NIP') + 1)).toBeGreaterThanOrEqual(18 * 7);
    // at most one width call per column of each output written, whatever the number of rows
    const calls = (h.env.rt.counts.get('SpreadsheetApp.Sheet.setColumnWidths') ?? 0) - before;
    const columns = [OUTPUTS.results, OUTPUTS.items, OUTPUTS.scoreSummary, OUTPUTS.problems].reduce(
      (n, d) => n + d.columns.length,
      0,
    );
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(columns + 10);
  });
});
