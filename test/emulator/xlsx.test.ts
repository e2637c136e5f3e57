// Tests of xlsx import/export: a round trip keeps sheets, typed values, formats, notes, validations and frozen rows.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Runtime } from '../../emulator/runtime';
import { createSpreadsheetApp, FakeSpreadsheet } from '../../emulator/spreadsheet';
import { exportXlsx, exportXlsxBuffer, importXlsx } from '../../emulator/xlsx';

function buildSample(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet({ name: 'DOU ASN 2026' });
  const peserta = ss._sheets[0];
  peserta._name = 'Peserta';
  peserta.getRange('B2:B4').setNumberFormat('@');
  peserta.getRange('A1:H4').setValues([
    ['Kode', 'NIP', 'Nama', 'Tanggal', 'Jam', 'Nilai', 'Hadir', 'Rumus'],
    ['DOU-01', '198501012010011001', 'Budi', '2026-11-24', '08:00', 85.5, true, '=F2*2'],
    ['DOU-01', '199002022015022002', "'=Ani", '24/11/2026 13:30:00', '13:45:30', '90,25', false, ''],
    ['DOU-01', '007', 'Çitra $1 \\ "kutip"', new Date('2026-11-25T00:00:00+07:00'), '', 0.755, true, ''],
  ]);
  peserta.getRange('F2:F4').setNumberFormat('0.00');
  peserta.getRange('I2').setNumberFormat('0.00%').setValue(0.125);
  peserta.getRange('J2').setValue('198501012010011001'); // General cell: a lossy number, as on Google
  peserta.getRange('A1').setNote('Dibuat otomatis; jangan diubah.');
  peserta.getRange('A1:H1').setFontWeight('bold');
  peserta.getRange('G2:G4').insertCheckboxes();
  const app = createSpreadsheetApp(new Runtime(), ss, {});
  peserta
    .getRange('K2:K4')
    .setDataValidation(app.newDataValidation().requireValueInList(['PNS', 'PPPK']).build());
  peserta
    .getRange('L2:L4')
    .setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build());
  peserta.setFrozenRows(1);
  const rekap = ss._insertSheet('Rekap Nilai');
  rekap.getRange('A1:B2').setValues([
    ['Peringkat', 'Nilai Akhir'],
    [1, 88.75],
  ]);
  rekap.hideSheet();
  ss._attach(null);
  return ss;
}

describe('xlsx', () => {
  test('round trip keeps sheets, values with types, formats, notes, validations, frozen rows', async () => {
    const ss = buildSample();
    const back = await importXlsx(await exportXlsxBuffer(ss), {
      name: 'DOU ASN 2026',
      minRows: 1000,
      minColumns: 26,
    });
    expect(back._sheets.map((s) => s._name)).toEqual(['Peserta', 'Rekap Nilai']);
    const [a, b] = [ss._sheets[0], back._sheets[0]];
    expect(b.getRange('A1:L4').getValues()).toEqual(a.getRange('A1:L4').getValues());
    expect(b.getRange('A1:L4').getDisplayValues()).toEqual(a.getRange('A1:L4').getDisplayValues());
    expect(b.getRange('A1:L4').getNumberFormats()).toEqual(a.getRange('A1:L4').getNumberFormats());
    expect(b.getRange('A1:L4').getFormulas()).toEqual(a.getRange('A1:L4').getFormulas());
    expect(b.getRange('H2').getFormula()).toBe('=F2*2');
    expect(b.getRange('B2').getValue()).toBe('198501012010011001');
    expect(b.getRange('J2').getValue()).toBe(198501012010011000);
    expect(b.getRange('A1').getNote()).toBe('Dibuat otomatis; jangan diubah.');
    expect(b.getRange('C1').getFontWeight()).toBe('bold');
    expect(b.getFrozenRows()).toBe(1);
    expect(b.getRange('G3').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    expect(b.getRange('K3').getDataValidation()?.getCriteriaValues()).toEqual([['PNS', 'PPPK'], true]);
    const num = b.getRange('L2').getDataValidation();
    expect([num?.getCriteriaType(), num?.getCriteriaValues(), num?.getAllowInvalid()]).toEqual([
      'NUMBER_BETWEEN',
      [0, 100],
      false,
    ]);
    expect(back._sheets[1].isSheetHidden()).toBe(true);
    expect(back._sheets[1]._dump()).toEqual([
      ['Peringkat', 'Nilai Akhir'],
      [1, 88.75],
    ]);
  });

  test('dates and times survive as wall-clock serials (time-only keeps the Jakarta LMT instant)', async () => {
    const back = await importXlsx(await exportXlsxBuffer(buildSample()));
    const s = back._sheets[0];
    const [date, time] = s.getRange('D2:E2').getValues()[0] as Date[];
    expect(date).toEqual(new Date('2026-11-24T00:00:00+07:00'));
    expect(time.getTime()).toBe(new Date(1899, 11, 30, 8, 0).getTime());
    expect(s.getRange('E3').getDisplayValue()).toBe('13:45:30');
    expect(s.getRange('D3').getDisplayValue()).toBe('24/11/2026 13:30:00');
  });

  test('the imported grid is the used range by default (stricter), and grows with options', async () => {
    const buf = await exportXlsxBuffer(buildSample());
    const exact = await importXlsx(buf);
    expect([exact._sheets[1].getMaxRows(), exact._sheets[1].getMaxColumns()]).toEqual([2, 2]);
    expect(() => exact._sheets[1].getRange(3, 1)).toThrow('outside the dimensions');
    const padded = await importXlsx(buf, { minRows: 1000, minColumns: 26 });
    expect(padded._sheets[1].getMaxRows()).toBe(1000);
  });

  test('import reads a workbook made elsewhere: strings stay strings, numbers stay numbers; nothing is counted', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nilai');
    ws.addRow(['NIP', 'Pre-Test', 'Tanggal', 'Jam']);
    ws.addRow([
      '198501012010011001',
      70,
      new Date(Date.UTC(2026, 10, 24)),
      new Date(Date.UTC(1899, 11, 30, 8, 0)),
    ]);
    ws.getCell('C2').numFmt = 'dd/mm/yyyy';
    ws.getCell('D2').numFmt = 'hh:mm';
    ws.addRow(['01234', '80', 'TRUE', '=1+1']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const rt = new Runtime();
    const ss = await importXlsx(buf, { locale: 'en_US', timeZone: 'UTC' });
    createSpreadsheetApp(rt, ss, {});
    rt.resetCounters();
    const sh = ss._sheets[0];
    sh._ss._attach(null);
    expect(sh.getRange('A2:B3').getValues()).toEqual([
      ['198501012010011001', 70],
      ['01234', '80'],
    ]);
    expect(sh.getRange('C3:D3').getValues()).toEqual([['TRUE', '=1+1']]);
    expect((sh.getRange('C2').getValue() as Date).toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(sh.getRange('D2').getDisplayValue()).toBe('08:00');
    expect(ss._locale).toBe('en_US');
    expect(rt.totalCalls()).toBe(0);
  });

  test('merged cells: the value stays in the top-left cell only, the rest of the merge is empty', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Rekap');
    ws.getCell('A1').value = 'Rekap Nilai DOU ASN';
    ws.mergeCells('A1:C2');
    ws.getCell('D1').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    ws.mergeCells('D1:D2');
    ws.getCell('A3').value = 'NIP';
    ws.getCell('B3').value = 70;
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    // exceljs itself reports the master's value on every cell of a merge
    const probe = new ExcelJS.Workbook();
    await probe.xlsx.load(buf as unknown as ArrayBuffer);
    expect(probe.worksheets[0].getCell('B2').value).toBe('Rekap Nilai DOU ASN');
    const sh = (await importXlsx(buf))._sheets[0];
    sh._ss._attach(null);
    expect(sh.getRange('A1:D3').getValues()).toEqual([
      ['Rekap Nilai DOU ASN', '', '', 2],
      ['', '', '', ''],
      ['NIP', 70, '', ''],
    ]);
    expect(sh.getRange('D1:D2').getFormulas()).toEqual([['=1+1'], ['']]);
  });

  test('exportXlsx writes a file that imports with the file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const path = join(dir, 'DOU ASN 2026.xlsx');
    await exportXlsx(buildSample(), path);
    const back = await importXlsx(path);
    expect(back._name).toBe('DOU ASN 2026');
    expect(back._sheets[0].getRange('C2').getValue()).toBe('Budi');
  });
});
