// The ledgers through the bundle: the writer touches only the add-on's columns, re-adds a deleted one after every
// used column, and gives NIP and code columns plain-text format on every write, so 18-digit NIPs stay whole.

import { SHEETS } from '../../src/core/schema';
import type { CertificateProgress } from '../../src/shared/rpc';
import { correctedSampleSpreadsheet, type Harness, harness, rowsByHeader, startAll } from './harness';

const NAME = SHEETS.certificates.name;

async function sampleWithTemplates(): Promise<Harness> {
  const h = harness({ spreadsheet: await correctedSampleSpreadsheet() });
  await h.call('runSetup');
  await h.call('createTemplates');
  return h;
}

/** The NIP column's 1-based index, its values below the header, and their number formats. */
function nipColumn(h: Harness) {
  const sheet = h.ss.getSheetByName(NAME)!;
  const head = h.values(NAME)[0];
  const col = head.indexOf('NIP') + 1;
  const n = h.values(NAME).length - 1;
  const range = sheet.getRange(2, col, n, 1);
  return { col, values: range.getValues().flat(), formats: range.getNumberFormats().flat() };
}

describe('Sertifikat ledger', () => {
  test('NIP column deleted by hand: re-added after the last used column as text, NIPs whole, every write', async () => {
    const h = await sampleWithTemplates();
    const sheet = h.ss.getSheetByName(NAME)!;
    const nipAt = (h.values(NAME)[0] as string[]).indexOf('NIP') + 1;
    sheet.deleteColumns(nipAt, 1);
    // and a column of the admin's own, at the end (the ledger fills a new sheet's 26 columns: one is inserted first)
    const own = sheet.getLastColumn() + 1;
    if (own > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    sheet.getRange(1, own).setValue('Catatan Admin');

    let p = await startAll(h);
    const head = h.values(NAME)[0];
    expect(head.indexOf('NIP') + 1).toBe(own + 1);
    expect(head.filter((x) => x === 'NIP')).toHaveLength(1);
    const first = nipColumn(h);
    expect(first.values.length).toBeGreaterThan(50);
    for (const v of first.values) expect(v).toMatch(/^\d{18}$/);
    expect(new Set(first.formats)).toEqual(new Set(['@']));

    // the admin types in their own column and formats the NIP column as a number between batches
    sheet.getRange(2, own).setValue('cek ulang');
    sheet.getRange(2, first.col, first.values.length, 1).setNumberFormat('0');
    let batches = 0;
    while (p.state === 'running' && batches++ < 20) {
      p = await h.call<CertificateProgress>('continueCertificates');
      const now = nipColumn(h);
      expect(now.values).toEqual(first.values);
      expect(new Set(now.formats)).toEqual(new Set(['@']));
    }
    expect(batches).toBeGreaterThan(0);
    expect(p.state).toBe('done');
    const rows = rowsByHeader(h, NAME);
    expect(rows[0]['Catatan Admin']).toBe('cek ulang');
    expect(rows.slice(1).every((r) => r['Catatan Admin'] === '')).toBe(true);
  });

  test('rows a person added and their own columns keep their values; a formula in an own column stays', async () => {
    const h = await sampleWithTemplates();
    const p = await startAll(h);
    expect(p.state).toBe('running'); // so the next batch writes the ledger again
    const sheet = h.ss.getSheetByName(NAME)!;
    const width = sheet.getLastColumn();
    if (width + 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    sheet.getRange(1, width + 1).setValue('Paraf');
    sheet.getRange(2, width + 1).setValue('ok');
    const catatan = (h.values(NAME)[0] as string[]).indexOf('Catatan') + 1;
    sheet.getRange(3, catatan).setFormula('=1+1');
    h.env.rt.resetCounters();
    await h.call<CertificateProgress>('continueCertificates');
    expect(h.env.rt.counts.get('SpreadsheetApp.Range.setValues')).toBeGreaterThan(0);
    expect(sheet.getRange(2, width + 1).getValue()).toBe('ok');
    expect(sheet.getRange(3, catatan).getFormula()).toBe('=1+1');
  });
});
