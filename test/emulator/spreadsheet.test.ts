// Tests of the emulated SpreadsheetApp: typed parsing, dates in the spreadsheet zone, display, bounds, errors, counters.

import { COST_MODEL, Runtime } from '../../emulator/runtime';
import {
  createChartsGlobal,
  createSpreadsheetApp,
  type FakeSheet,
  FakeSpreadsheet,
  parseA1,
  SHEET_ERRORS,
} from '../../emulator/spreadsheet';

function setup(opts: { locale?: string; timeZone?: string } = {}) {
  const rt = new Runtime();
  const ss = new FakeSpreadsheet({ name: 'DOU ASN 2026', ...opts });
  const app = createSpreadsheetApp(rt, ss, { ui: true });
  return { rt, ss, app, sheet: ss._sheets[0] as FakeSheet };
}

/** Writes one string into A1 and reads back value, display and formula. */
function typed(s: unknown, opts: { locale?: string; format?: string } = {}) {
  const { sheet } = setup({ locale: opts.locale });
  const r = sheet.getRange('A1');
  if (opts.format) r.setNumberFormat(opts.format);
  r.setValues([[s]]);
  return {
    value: r.getValue(),
    display: r.getDisplayValue(),
    formula: r.getFormula(),
    format: r.getNumberFormat(),
  };
}

describe('spreadsheet and sheets', () => {
  test('new spreadsheet has one sheet "Sheet1" of 1000 x 26, id_ID and Asia/Jakarta by default', () => {
    const { ss, sheet } = setup();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getSpreadsheetLocale()).toBe('id_ID');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(new FakeSpreadsheet({ firstSheetName: 'Lembar1' })._sheets[0]._name).toBe('Lembar1');
  });

  test("insertSheet with an existing name throws Google's message (case-insensitive)", () => {
    const { ss } = setup();
    ss.insertSheet('Peserta');
    expect(() => ss.insertSheet('Peserta')).toThrow(
      'A sheet with the name "Peserta" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet('peserta')).toThrow('already exists');
    expect(() => ss.getSheetByName('Peserta')?.setName('Sheet1')).toThrow('A sheet with the name "Sheet1"');
  });

  test('insertSheet puts the sheet at the index, activates it; unnamed sheets get the next SheetN', () => {
    const { ss } = setup();
    const a = ss.insertSheet('A', 0);
    expect(ss.getActiveSheet()).toBe(a);
    expect(a.getIndex()).toBe(1);
    expect(ss.insertSheet().getName()).toBe('Sheet3');
    expect(ss.getSheetByName('sheet1')).toBeNull(); // lookup is exact
    expect(ss.getSheetById(a.getSheetId())).toBe(a);
  });

  test('moveActiveSheet moves the active sheet to a 1-based position, its ID kept; a position outside throws', () => {
    const { ss } = setup();
    const a = ss.insertSheet('A');
    ss.insertSheet('B');
    const id = a.getSheetId();
    ss.setActiveSheet(a);
    ss.moveActiveSheet(3);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'B', 'A']);
    expect(a.getIndex()).toBe(3);
    expect(a.getSheetId()).toBe(id);
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'Sheet1', 'B']);
    expect(() => ss.moveActiveSheet(0)).toThrow();
    expect(() => ss.moveActiveSheet(4)).toThrow();
    expect(() => ss.moveActiveSheet(1.5)).toThrow();
  });

  test("getSheetId is kept through setName and hiding; a deleted sheet's ID is never given again", () => {
    const { ss } = setup();
    const a = ss.insertSheet('Rekap Nilai');
    const id = a.getSheetId();
    expect(Number.isInteger(id)).toBe(true);
    a.setName('rekap nilai (lama)');
    a.hideSheet();
    expect(a.getSheetId()).toBe(id);
    expect(ss.getSheetById(id)).toBe(a);
    ss.deleteSheet(a);
    const b = ss.insertSheet('Rekap Nilai');
    expect(b.getSheetId()).not.toBe(id);
    expect(ss.getSheets().map((x) => x.getSheetId())).not.toContain(id);
  });

  test('deleteSheet cannot delete the last sheet; hideSheet cannot hide all', () => {
    const { ss, sheet } = setup();
    expect(() => ss.deleteSheet(sheet)).toThrow(SHEET_ERRORS.lastSheet);
    expect(() => sheet.hideSheet()).toThrow(SHEET_ERRORS.hideAll);
    const b = ss.insertSheet('B');
    b.hideSheet();
    expect(b.isSheetHidden()).toBe(true);
    ss.deleteSheet(b);
    expect(ss.getSheets()).toHaveLength(1);
  });

  test('reading or writing outside the grid throws; grow it first', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1001, 1)).toThrow(SHEET_ERRORS.outside);
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(SHEET_ERRORS.outside);
    expect(() => sheet.getRange('A995:A1005')).toThrow(SHEET_ERRORS.outside);
    expect(() => sheet.getRange(0, 1)).toThrow(SHEET_ERRORS.rowTooSmall);
    expect(() => sheet.getRange(1, 0)).toThrow(SHEET_ERRORS.colTooSmall);
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(SHEET_ERRORS.numRows);
    sheet.insertRowsAfter(1000, 10);
    sheet.insertColumnsAfter(26, 1);
    expect(sheet.getRange(1010, 27).getA1Notation()).toBe('AA1010');
  });

  test('a range taken before rows were deleted throws when used outside the new grid', () => {
    const { sheet } = setup();
    const r = sheet.getRange(990, 1, 10, 1);
    sheet.deleteRows(1, 5);
    expect(() => r.getValues()).toThrow(SHEET_ERRORS.outside);
  });

  test('insertRows/deleteRows/deleteColumns shift cells; deleting every row throws', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B3').setValues([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['a', '', '', 'c', 'e']);
    sheet.deleteRows(2, 2);
    sheet.deleteColumns(1, 1);
    expect(sheet.getDataRange().getValues()).toEqual([['b'], ['d'], ['f']]);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('B1').getValue()).toBe('b');
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.deleteRows(1, 1000)).toThrow(SHEET_ERRORS.allRows);
    expect(() => sheet.deleteRows(999, 5)).toThrow(SHEET_ERRORS.rowsOut);
  });

  test('getLastRow/getLastColumn: last cell with content, 0 when empty; getDataRange A1 to that corner', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setNote('only a note'); // a note is not content
    sheet.getRange('D7').setNumberFormat('@');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B3').setValue(0);
    sheet.getRange('E2').setValue(false);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 5]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E3');
  });

  test('appendRow writes after the last row, parses strings as typed, grows the grid', () => {
    const { sheet, rt } = setup();
    sheet.appendRow(['Stempel waktu', 'NIP']);
    sheet.appendRow(['24/11/2026 09:00:00', '198501012010011001']);
    const v = sheet.getRange('A2:B2').getValues()[0];
    expect(Object.prototype.toString.call(v[0])).toBe('[object Date]');
    expect(v[1]).toBe(198501012010011000);
    sheet.deleteRows(3, 998);
    expect(sheet.getMaxRows()).toBe(2);
    sheet.appendRow(['x']);
    expect(sheet.getMaxRows()).toBe(3);
    expect(rt.counts.get('SpreadsheetApp.Sheet.appendRow')).toBe(3);
  });

  test('frozen rows/columns, tab colour, widths, form link and activate', () => {
    const { ss, sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    sheet.setTabColor('#ff0000');
    expect(sheet.getTabColor()).toBe('#ff0000');
    sheet.setColumnWidths(1, 3, 150);
    sheet.autoResizeColumns(4, 2);
    expect(sheet.getColumnWidth(2)).toBe(150);
    expect(sheet.getFormUrl()).toBeNull();
    sheet._linkForm('https://docs.google.com/forms/d/abc/edit');
    expect(sheet.getFormUrl()).toBe('https://docs.google.com/forms/d/abc/edit');
    const other = ss.insertSheet('Lain');
    sheet.activate();
    expect(ss.getActiveSheet()).toBe(sheet);
    ss.setActiveSelection('Lain!B2');
    expect(ss.getActiveSheet()).toBe(other);
    expect(ss.getActiveRange().getA1Notation()).toBe('B2');
  });

  test('toast is recorded', () => {
    const { ss } = setup();
    ss.toast('Selesai', 'DOU ASN', 3);
    expect(ss.toasts).toEqual([
      expect.objectContaining({ msg: 'Selesai', title: 'DOU ASN', timeoutSeconds: 3 }),
    ]);
  });

  test('A1 notation: sheet prefixes, open ranges, whole columns', () => {
    const { ss, sheet } = setup();
    const s2 = ss.insertSheet("Rekap 'JP'");
    expect(ss.getRange("'Rekap ''JP'''!B2:C3").getSheet()).toBe(s2);
    expect(sheet.getRange('A:B').getA1Notation()).toBe('A1:B1000');
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
    expect(sheet.getRange('C2:C').getNumRows()).toBe(999);
    expect(parseA1('$B$2')).toEqual({ sheet: null, r1: 2, c1: 2, r2: 2, c2: 2 });
    expect(() => sheet.getRange('nonsense!!')).toThrow('Range not found');
  });
});

describe('setValues: strings are parsed as if typed', () => {
  test("setValues requires exactly the range shape (Google's messages)", () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 2, 3);
    expect(() => r.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      r.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => r.setValues('x' as unknown as unknown[][])).toThrow("The parameters (String) don't match");
  });

  test.each([
    ['01234', 1234],
    ['1.5', '1.5'], // id_ID: '.' groups thousands; '1.5' is no valid grouping
    ['1,5', 1.5],
    ['1.234', 1234],
    ['1.234.567,25', 1234567.25],
    ['-3', -3],
    ['1e5', 100000],
    ['TRUE', true],
    ['false', false],
    ['BENAR', true],
    ['Salah', false],
    ["'01234", '01234'],
    ["'=1+1", '=1+1'],
    ['  42 ', 42],
    ['Budi', 'Budi'],
    ['', ''],
  ])('id_ID: %j → %j', (input, expected) => {
    expect(typed(input).value).toEqual(expected);
  });

  test.each([
    ['1,234', 1234],
    ['1.5', 1.5],
    ['BENAR', 'BENAR'],
  ])('en_US: %j → %j', (input, expected) => {
    expect(typed(input, { locale: 'en_US' }).value).toEqual(expected);
  });

  test('an 18-digit NIP string becomes a number that lost digits, shown in scientific notation', () => {
    const t = typed('198501012010011001');
    expect(t.value).toBe(Number('198501012010011001'));
    expect(String(t.value)).not.toBe('198501012010011001');
    expect(t.display).toBe('1,98501E+17');
    expect(typed('198501012010011001', { locale: 'en_US' }).display).toBe('1.98501E+17');
  });

  test('percent strings become fractions with a percent format', () => {
    expect(typed('50%')).toMatchObject({ value: 0.5, display: '50%', format: '0%' });
    expect(typed('12,5%')).toMatchObject({ value: 0.125, display: '12,50%' });
  });

  test("'=…' becomes a formula (getFormulas shows it), also in a plain-text cell", () => {
    expect(typed('=SUM(A2:A3)')).toMatchObject({ formula: '=SUM(A2:A3)', value: '#ERROR!' });
    expect(typed('=HYPERLINK("x")', { format: '@' }).formula).toBe('=HYPERLINK("x")');
  });

  test("'+…' / '-…' text that is no number becomes a formula (#ERROR!)", () => {
    expect(typed('+62 812 3456')).toMatchObject({ formula: '=+62 812 3456', value: '#ERROR!' });
    expect(typed('- catatan').formula).toBe('=- catatan');
    expect(typed('-', {}).value).toBe('-');
  });

  test('a plain-text (@) cell keeps number-, date- and boolean-like strings and the apostrophe', () => {
    expect(typed('01234', { format: '@' }).value).toBe('01234');
    expect(typed('198501012010011001', { format: '@' }).value).toBe('198501012010011001');
    expect(typed('2026-11-24', { format: '@' }).value).toBe('2026-11-24');
    expect(typed('TRUE', { format: '@' }).value).toBe('TRUE');
    expect(typed("'0123", { format: '@' }).value).toBe("'0123");
    expect(typed('+62 812', { format: '@' }).formula).toBe('');
  });

  test('date strings become dates: ISO always, dd/mm/yyyy in id_ID, mm/dd/yyyy in en_US; invalid stays text', () => {
    const iso = typed('2026-11-24');
    expect(iso.value).toEqual(new Date('2026-11-24T00:00:00+07:00'));
    expect(iso.display).toBe('2026-11-24');
    const id = typed('24/11/2026');
    expect(id.value).toEqual(new Date('2026-11-24T00:00:00+07:00'));
    expect(id.display).toBe('24/11/2026');
    expect(typed('11/24/2026').value).toBe('11/24/2026');
    expect(typed('11/24/2026', { locale: 'en_US' }).value).toEqual(new Date('2026-11-24T00:00:00+07:00'));
    expect(typed('24/11/2026', { locale: 'en_US' }).value).toBe('24/11/2026');
    expect(typed('31/02/2026').value).toBe('31/02/2026');
    expect(typed('24 November 2026').value).toEqual(new Date('2026-11-24T00:00:00+07:00'));
    expect(typed('24–26 November 2026').value).toBe('24–26 November 2026');
  });

  test('date-time and time strings', () => {
    const dt = typed('24/11/2026 09:15:30');
    expect(dt.value).toEqual(new Date('2026-11-24T09:15:30+07:00'));
    expect(dt.display).toBe('24/11/2026 09:15:30');
    const t = typed('08:00');
    expect(t.display).toBe('08:00');
    expect(t.format).toBe('HH:mm');
    expect(typed('25:00').value).toBe('25:00');
  });

  test("strings longer than 50,000 characters throw Google's message", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
  });

  test('JS numbers, booleans, null and Dates are stored as such; setValue fills the whole range', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([[1.25, true, null, new Date('2026-11-24T10:30:00+07:00')]]);
    const [row] = sheet.getRange('A1:D1').getValues();
    expect(row.slice(0, 3)).toEqual([1.25, true, '']);
    expect(row[3]).toEqual(new Date('2026-11-24T10:30:00+07:00'));
    expect(sheet.getRange('D1').getDisplayValue()).toBe('24/11/2026 10:30:00');
    sheet.getRange('E1:F2').setValue('Ya');
    expect(sheet.getRange('E1:F2').getValues()).toEqual([
      ['Ya', 'Ya'],
      ['Ya', 'Ya'],
    ]);
  });
});

describe('dates and times in the spreadsheet time zone', () => {
  test("a time-only cell is 1899-12-30 at that clock time with Jakarta's historical offset (+07:07:12)", () => {
    const t = typed('08:00').value as Date;
    expect(t.getTime()).toBe(new Date(1899, 11, 30, 8, 0).getTime()); // TZ=Asia/Jakarta in tests
    expect(t.toISOString()).toBe('1899-12-30T00:52:48.000Z');
    expect(t.toString()).toContain('GMT+0707');
  });

  test('the zone of the spreadsheet, not of the process, decides the instant (UTC spreadsheet)', () => {
    const { sheet } = setup({ timeZone: 'UTC' });
    sheet.getRange('A1:B1').setValues([['08:00', '2026-11-24']]);
    const [t, d] = sheet.getRange('A1:B1').getValues()[0] as Date[];
    expect(t.toISOString()).toBe('1899-12-30T08:00:00.000Z');
    expect(d.toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });

  test('a Date written and read back is the same instant; a number in a date-formatted cell reads as a Date', () => {
    const { sheet } = setup();
    const d = new Date('1899-12-30T00:52:48.000Z');
    sheet.getRange('A1').setValue(d);
    expect(sheet.getRange('A1').getValue()).toEqual(d);
    sheet.getRange('B1').setNumberFormat('dd/MM/yyyy').setValue(46350);
    expect(sheet.getRange('B1').getValue()).toEqual(new Date('2026-11-24T00:00:00+07:00'));
  });

  test('changing the spreadsheet zone changes the instants of stored wall-clock values', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1').setValue('2026-11-24');
    ss.setSpreadsheetTimeZone('UTC');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });
});

describe('display values and number formats', () => {
  test.each([
    [1234.5, '', '1234,5', '1234.5'],
    [1 / 3, '', '0,3333333333', '0.3333333333'],
    [1234.5, '0', '1235', '1235'],
    [1.005, '0.00', '1,01', '1.01'],
    [1234567.891, '#,##0', '1.234.568', '1,234,568'],
    [1234567.891, '#,##0.00', '1.234.567,89', '1,234,567.89'],
    [0.756, '0%', '76%', '76%'],
    [0.756, '0.00%', '75,60%', '75.60%'],
    [-2.5, '0', '-3', '-3'],
    [42, '@', '42', '42'],
  ])('%p with %j → id_ID %j, en_US %j', (v, fmt, id, en) => {
    for (const [locale, want] of [
      ['id_ID', id],
      ['en_US', en],
    ]) {
      const { sheet } = setup({ locale });
      const r = sheet.getRange('A1');
      if (fmt) r.setNumberFormat(fmt);
      r.setValue(v);
      expect(r.getDisplayValue()).toBe(want);
    }
  });

  test('date formats (tokens y M d H h m s) and Indonesian month names', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:F1');
    r.setValues([[new Date('2026-11-24T13:05:09+07:00'), '', '', '', '', '']]);
    r.setValues([[r.getValue(), r.getValue(), r.getValue(), r.getValue(), r.getValue(), r.getValue()]]);
    r.setNumberFormats([
      ['dd/MM/yyyy', 'yyyy-MM-dd', 'd MMMM yyyy', 'HH:mm', 'dd/MM/yyyy HH:mm:ss', 'h:mm AM/PM'],
    ]);
    expect(r.getDisplayValues()).toEqual([
      ['24/11/2026', '2026-11-24', '24 November 2026', '13:05', '24/11/2026 13:05:09', '1:05 PM'],
    ]);
    sheet.getRange('A2').setNumberFormat('d MMMM yyyy').setValue('2026-08-17');
    expect(sheet.getRange('A2').getDisplayValue()).toBe('17 Agustus 2026');
  });

  test('booleans and checkboxes display TRUE/FALSE; getNumberFormats reports what was set', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').insertCheckboxes();
    sheet.getRange('A1').setValue(true);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['TRUE', 'FALSE']]);
    sheet.getRange('C1').setNumberFormat('@');
    expect(sheet.getRange('C1').getNumberFormat()).toBe('@');
  });
});

describe('number formats beside values (issue 11: the reader reads both)', () => {
  test('getNumberFormats matches getValues cell for cell; a typed percent reports a % format', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C2').setValues([
      ['Nilai', 'Persen', 'Tanggal'],
      [85, '90%', '12,5%'],
    ]);
    sheet.getRange('D2').setNumberFormat('dd/MM/yyyy').setValue(0);
    const range = sheet.getDataRange();
    const values = range.getValues();
    const formats = range.getNumberFormats();
    expect(formats.length).toBe(values.length);
    expect(formats.map((r) => r.length)).toEqual(values.map((r) => r.length));
    expect(values[1].slice(0, 3)).toEqual([85, 0.9, 0.125]);
    expect(formats[1].slice(1, 3).every((f) => f.includes('%'))).toBe(true);
    expect(formats[1][0]).not.toContain('%');
    // a number in a date-formatted cell comes back as a Date (serial 0 is 30/12/1899)
    const d = values[1][3] as Date;
    expect(Object.prototype.toString.call(d)).toBe('[object Date]');
    expect(formats[1][3]).toBe('dd/MM/yyyy');
  });
});

describe('notes, formats, validation, checkboxes', () => {
  test('notes: setNote/getNote/setNotes/getNotes; empty note is ""', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNote('Dibuat otomatis');
    expect(sheet.getRange('A1').getNote()).toBe('Dibuat otomatis');
    sheet.getRange('A2:B2').setNotes([['x', null]]);
    expect(sheet.getRange('A1:B2').getNotes()).toEqual([
      ['Dibuat otomatis', ''],
      ['x', ''],
    ]);
  });

  test('font weight, background, colours', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1').setFontWeight('bold').setBackground('#eeeeee');
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(sheet.getRange('C1').getFontWeight()).toBe('normal');
    expect(sheet.getRange('A1').getBackground()).toBe('#eeeeee');
    sheet.getRange('A1').setFontWeights([['normal']]);
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
  });

  test('text wrap per cell (Range and RangeList setWrap); a new cell reports true', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A2').getWrap()).toBe(true);
    sheet.getRange('A2:C4').setWrap(false);
    sheet.getRangeList(['A2:A4', 'C2:C3']).setWrap(true);
    expect(sheet.getRange('A3').getWrap()).toBe(true);
    expect(sheet.getRange('C3').getWrap()).toBe(true);
    expect(sheet.getRange('B2').getWrap()).toBe(false);
    sheet.getRange('A3').setWrap(false);
    expect(sheet.getRange('A3').getWrap()).toBe(false);
  });

  test('sheet protection (warning only) and tab colour: metadata, script writes go on', () => {
    const { app, sheet, rt } = setup();
    sheet.setTabColor('#9aa0a6');
    expect(sheet.getTabColor()).toBe('#9aa0a6');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
    const p = sheet.protect().setDescription('Jangan diketik').setWarningOnly(true);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([p]);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getDescription()).toBe('Jangan diketik');
    expect(p.getProtectionType()).toBe('SHEET');
    sheet.getRange('A1').setValue('ditulis skrip');
    expect(sheet.getRange('A1').getValue()).toBe('ditulis skrip');
    expect(rt.counts.get('SpreadsheetApp.Sheet.protect')).toBe(1);
    // stricter: a second protect() is not modelled
    expect(() => sheet.protect()).toThrow(/not modelled/);
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });

  test("rich text links: one link over each cell's text, set with setRichTextValues, gone when a value is written", () => {
    const { app, sheet, rt } = setup();
    const url = 'https://docs.google.com/spreadsheets/d/x/edit#gid=0&range=C13';
    const b = app.newRichTextValue();
    const grid = [
      [b.setText('Buka C13').setLinkUrl(url).build()],
      [b.setText('Buka lembar').setLinkUrl(null).build()],
    ];
    rt.resetCounters();
    sheet.getRange('A2:A3').setRichTextValues(grid);
    expect(rt.counts.get('SpreadsheetApp.Range.setRichTextValues')).toBe(1);
    expect(sheet.getRange('A2:A3').getValues()).toEqual([['Buka C13'], ['Buka lembar']]);
    const got = sheet.getRange('A2:A3').getRichTextValues();
    expect(got.map((r) => r[0]?.getLinkUrl())).toEqual([url, null]);
    expect(got[0][0]?.getText()).toBe('Buka C13');
    // a number holds no text: null; a value written over a link removes it, as clearing the contents does
    sheet.getRange('B2').setValue(5);
    expect(sheet.getRange('B2').getRichTextValue()).toBeNull();
    sheet.getRange('A2').setValue('x');
    expect(sheet.getRange('A2').getRichTextValue()?.getLinkUrl()).toBeNull();
    sheet.getRange('A3').setRichTextValue(b.setText('y').setLinkUrl(url).build());
    sheet.getRange('A3').clearContent();
    expect(sheet.getRange('A3').getRichTextValue()?.getLinkUrl()).toBeNull();
    // stricter: text is read as if typed; a link that is not https, a link on part of the text, a plain string
    sheet.getRange('A4').setRichTextValue(b.setText('=1+1').setLinkUrl(null).build());
    expect(sheet.getRange('A4').getFormula()).toBe('=1+1');
    expect(() => b.setLinkUrl('javascript:alert(1)')).toThrow(/not modelled/);
    expect(() => b.setLinkUrl(0, 2, url)).toThrow(/not modelled/);
    expect(() => sheet.getRange('A5').setRichTextValues([['teks']])).toThrow(/parameters/);
    expect(() => sheet.getRange('A5:A6').setRichTextValues(grid.slice(0, 1))).toThrow();
  });

  test('requireValueInList rule: criteria type and values; scripts may write invalid values when allowed', () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['PNS', 'PPPK'], true)
      .setHelpText('Pilih status')
      .build();
    sheet.getRange('A2:A5').setDataValidation(rule);
    const got = sheet.getRange('A3').getDataValidation();
    expect(got?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(got?.getCriteriaValues()).toEqual([['PNS', 'PPPK'], true]);
    expect(got?.getHelpText()).toBe('Pilih status');
    sheet.getRange('A2').setValue('Honorer'); // allowInvalid defaults to true
    expect(sheet.getRange('A2').getValue()).toBe('Honorer');
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  test('a rule that rejects invalid data makes a script write throw, and nothing is written', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    expect(() => sheet.getRange('B1:B3').setValues([[1], [50], [101]])).toThrow(
      'The data you entered in cell B3 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[''], [''], ['']]);
    sheet.getRange('B2').setValue('');
  });

  test('insertCheckboxes: checkbox rule, blank cells become FALSE, existing values stay; removeCheckboxes clears', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1').setValue('Hadir');
    sheet.getRange('A1:A3').insertCheckboxes();
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['Hadir'], [false], [false]]);
    expect(sheet.getRange('A2').getDataValidation()?.getCriteriaType()).toBe(
      app.DataValidationCriteria.CHECKBOX,
    );
    sheet.getRange('A2').setValue('TRUE');
    expect(sheet.getRange('A2').getValue()).toBe(true);
    expect(sheet.getRange('A2').isChecked()).toBe(true);
    sheet.getRange('A1:A3').removeCheckboxes();
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['Hadir'], [''], ['']]);
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
  });

  test('clear() removes contents, formats and validation but keeps notes; clearContent keeps formats', () => {
    const { app, sheet } = setup();
    const r = sheet.getRange('A1');
    r.setNumberFormat('@').setValue('01').setNote('n').setFontWeight('bold');
    r.setDataValidation(app.newDataValidation().requireCheckbox().build());
    r.clearContent();
    expect([r.getValue(), r.getNumberFormat(), r.getNote()]).toEqual(['', '@', 'n']);
    r.setValue('x');
    r.clear();
    expect([
      r.getValue(),
      r.getNumberFormat(),
      r.getFontWeight(),
      r.getDataValidation(),
      r.getNote(),
    ]).toEqual(['', 'General', 'normal', null, 'n']);
    r.clear({ commentsOnly: true });
    expect(r.getNote()).toBe('');
  });

  test('getRangeList applies one call to every range', () => {
    const { sheet, rt } = setup();
    sheet.getRangeList(['A1:A3', 'C1:C3']).setNumberFormat('@').setValue('007');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['007', '', '007']]);
    expect(rt.counts.get('SpreadsheetApp.RangeList.setNumberFormat')).toBe(1);
    expect(rt.counts.get('SpreadsheetApp.RangeList.setValue')).toBe(1);
    expect(rt.counts.get('SpreadsheetApp.Range.setValue')).toBeUndefined();
  });

  test('offset, getCell and coordinate getters', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:D5');
    expect([
      r.getRow(),
      r.getColumn(),
      r.getNumRows(),
      r.getNumColumns(),
      r.getLastRow(),
      r.getLastColumn(),
    ]).toEqual([2, 2, 4, 3, 5, 4]);
    expect(r.offset(1, 1, 2, 2).getA1Notation()).toBe('C3:D4');
    expect(r.getCell(2, 3).getA1Notation()).toBe('D3');
    expect(r.getSheet()).toBe(sheet);
  });
});

describe('charts', () => {
  test('newChart builder records type, ranges, options and position; insert/get/remove', () => {
    const { sheet } = setup();
    const Charts = createChartsGlobal();
    sheet.setName('Rekap Nilai');
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('C1:D6'))
      .setPosition(2, 8, 0, 0)
      .setOption('title', 'Pre-Test vs Post-Test')
      .build();
    sheet.insertChart(chart);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0]._spec).toMatchObject({
      type: 'COLUMN',
      ranges: ["'Rekap Nilai'!C1:D6"],
      options: { title: 'Pre-Test vs Post-Test' },
      position: { row: 2, column: 8, offsetX: 0, offsetY: 0 },
    });
    expect(charts[0].getOptions().get('title')).toBe('Pre-Test vs Post-Test');
    sheet.updateChart(charts[0].modify().setOption('title', 'Baru').build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Baru');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(() => sheet.newChart().build()).toThrow(SHEET_ERRORS.noChartType);
  });
});

describe('counters and the simulated clock', () => {
  test('each getValues/setValues is exactly one call costing 150 ms + 0.005 ms per cell', () => {
    const { sheet, rt } = setup();
    const r = sheet.getRange(1, 1, 100, 10);
    const before = rt.now;
    rt.resetCounters();
    r.setValues(Array.from({ length: 100 }, () => Array(10).fill('x')));
    r.getValues();
    expect(rt.counts.get('SpreadsheetApp.Range.setValues')).toBe(1);
    expect(rt.counts.get('SpreadsheetApp.Range.getValues')).toBe(1);
    expect(rt.costs.get('SpreadsheetApp.Range.setValues')).toBeCloseTo(
      COST_MODEL.sheetRoundTrip + 1000 * COST_MODEL.perCell,
    );
    expect(rt.now - before).toBeCloseTo(2 * (150 + 5));
  });

  test('lookups cost 20 ms; getActiveSpreadsheet/getSheetByName/getLastRow/getDataRange counted once each', () => {
    const { app, rt } = setup();
    rt.resetCounters();
    const ss = app.getActiveSpreadsheet();
    const sh = ss.getSheetByName('Sheet1') as FakeSheet;
    sh.getLastRow();
    sh.getDataRange();
    expect(rt.snapshot()).toEqual({
      'SpreadsheetApp.Sheet.getDataRange': 1,
      'SpreadsheetApp.Sheet.getLastRow': 1,
      'SpreadsheetApp.Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(rt.totalCostMs()).toBe(4 * COST_MODEL.sheetLookup);
  });

  test('getUi returns the ui given; flush is counted; AuthMode.NONE forbids sheet access', () => {
    const { app, rt } = setup();
    expect(app.getUi()).toEqual({ ui: true });
    app.flush();
    expect(rt.counts.get('SpreadsheetApp.flush')).toBe(1);
    rt.authMode = 'NONE';
    expect(() => app.getActiveSpreadsheet()).toThrow('AuthMode.NONE');
    expect(app.getUi()).toEqual({ ui: true });
  });

  test('a spreadsheet without a runtime counts nothing (fixtures)', () => {
    const ss = new FakeSpreadsheet();
    ss._sheets[0].getRange('A1').setValue(1);
    expect(ss._dump()).toEqual({ Sheet1: [[1]] });
  });

  test('10,000 x 17 setValues and getValues stay fast (local CPU)', () => {
    const { sheet, rt } = setup();
    sheet.insertRowsAfter(1000, 9000);
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      Array.from({ length: 17 }, (_, j) => (j % 3 === 0 ? `Peserta ${i}` : j % 3 === 1 ? i * j : true)),
    );
    const r = sheet.getRange(1, 1, 10_000, 17);
    r.setValues(rows); // warm up
    const t0 = performance.now();
    r.setValues(rows);
    const got = r.getValues();
    const ms = performance.now() - t0;
    expect(got[9999][0]).toBe('Peserta 9999');
    expect(ms).toBeLessThan(400); // generous for a loaded CI box; typically ~40 ms
    expect(rt.costs.get('SpreadsheetApp.Range.getValues')).toBeCloseTo(150 + 170_000 * 0.005);
  });
});
