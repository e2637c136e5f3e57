// Output sheets laid out for reading (issue 14 item 6) through the built bundle: each column as wide as its header
// and its texts need (within bounds), long text columns wrapped, and a few layout calls per sheet, none per row.

import { OUTPUTS, SHEETS } from '../../src/core/schema';
import { correctedSample, oneTraining, rowsByKey } from './harness';

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

describe('tabs and Masalah links (issue 14 items 3 and 6)', () => {
  const people = [
    { nip: '198501012010011001', name: 'Sari' },
    { nip: '199002022015022002', name: 'Budi' },
  ];

  test('tabs read inputs, outputs, then response sheets; making forms leaves the admin on their sheet', async () => {
    const h = await oneTraining('ETK-01', people);
    const peserta = h.ss.getSheetByName('Peserta')!;
    h.ss.setActiveSheet(peserta);
    await h.call('createForms', 'ETK-01');
    // Google inserts a response sheet first; it was moved, and the admin is back on Peserta
    expect(h.ss.getActiveSheet().getName()).toBe('Peserta');
    await h.call('computeScores');
    await h.call('computeJp');
    const names = h.ss.getSheets().map((s) => s.getName());
    const inputs: string[] = Object.values(SHEETS).map((d) => d.name);
    const outputs: string[] = Object.values(OUTPUTS).map((d) => d.name);
    const group = (n: string) => (inputs.includes(n) ? 0 : outputs.includes(n) ? 1 : 2);
    const groups = names.map(group);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(names.filter((n) => n.startsWith('Respons ')).length).toBeGreaterThan(0);
    expect(groups.includes(1)).toBe(true);
    // every output says it is generated where the admin sees it: a grey tab, a warning before typing in it
    for (const n of names.filter((x) => outputs.includes(x))) {
      const sheet = h.ss.getSheetByName(n)!;
      expect(sheet.getTabColor()).toBe('#9aa0a6');
      const [p] = sheet.getProtections('SHEET');
      expect(p?.isWarningOnly()).toBe(true);
      expect(p?.getDescription()).toMatch(/dibuat otomatis.*Jangan mengetik di sini/);
    }
  });

  test('Masalah says the training of each problem and links to its cell', async () => {
    const h = await oneTraining('ETK-01', [...people, { nip: '19850101201001', name: 'Pendek' }]);
    await h.call('runCheck');
    const rows = rowsByKey(h, OUTPUTS.problems);
    const short = rows.find((r) => r.sheet === 'Peserta' && r.column === 'NIP');
    expect(short?.trainingCode).toBe('ETK-01');
    const masalah = h.ss.getSheetByName('Masalah')!;
    const header = masalah.getRange(1, 1, 1, OUTPUTS.problems.columns.length).getValues()[0].map(String);
    const at = rows.indexOf(short!) + 2;
    const cell = masalah.getRange(at, header.indexOf('Buka Sel') + 1).getRichTextValue();
    const pHeader = h.values('Peserta')[0].map(String);
    const a1 = `${String.fromCharCode(65 + pHeader.indexOf('NIP'))}${short?.row}`;
    expect(cell?.getText()).toBe(`Buka ${a1}`);
    const gid = h.ss.getSheetByName('Peserta')!.getSheetId();
    expect(cell?.getLinkUrl()).toBe(
      `https://docs.google.com/spreadsheets/d/${h.ss.getId()}/edit#gid=${gid}&range=${a1}`,
    );
  });
});
