// The emulator's runtime: simulated clock and cost model, call counters, the 6-minute limit, daily quotas in
// 24-hour windows from their first request, AuthMode.NONE, injected faults, and the 10-million-cell limit.

import {
  CONSUMER_QUOTAS,
  COST_MODEL,
  EXECUTION_LIMIT_MS,
  ExecutionTimeoutError,
  QUOTA_MESSAGES,
  Runtime,
} from '../../emulator/runtime';
import { FakeSpreadsheet, MAX_CELLS, SHEET_ERRORS } from '../../emulator/spreadsheet';

describe('Runtime', () => {
  test('every call is counted per method and advances the simulated clock by its cost', () => {
    const rt = new Runtime();
    const t0 = rt.now;
    rt.call('SpreadsheetApp.Range.getValues', COST_MODEL.sheetRoundTrip);
    rt.call('SpreadsheetApp.Range.getValues', COST_MODEL.sheetRoundTrip);
    rt.call('SpreadsheetApp.Spreadsheet.getSheetByName', COST_MODEL.sheetLookup);
    expect(rt.snapshot()).toEqual({
      'SpreadsheetApp.Range.getValues': 2,
      'SpreadsheetApp.Spreadsheet.getSheetByName': 1,
    });
    expect(rt.now - t0).toBe(320);
    expect(rt.totalCalls('SpreadsheetApp')).toBe(3);
    expect(rt.totalCostMs('SpreadsheetApp.Range')).toBe(300);
  });

  test('an execution past 6 simulated minutes throws "Exceeded maximum execution time", and keeps throwing', () => {
    const rt = new Runtime();
    rt.beginExecution();
    const calls = Math.floor(EXECUTION_LIMIT_MS / 1000);
    for (let i = 0; i < calls; i++) rt.call('Drive.Files.copy', COST_MODEL.driveCopy);
    expect(() => rt.call('Drive.Files.copy', COST_MODEL.driveCopy)).toThrow(
      'Exceeded maximum execution time',
    );
    // uncatchable on Google: the next call in the same execution fails too
    expect(() => rt.call('SpreadsheetApp.getActiveSpreadsheet', 1)).toThrow(ExecutionTimeoutError);
    rt.endExecution();
    rt.beginExecution();
    expect(() => rt.call('SpreadsheetApp.getActiveSpreadsheet', 1)).not.toThrow();
  });

  test("daily quotas fail with Google's message and reset 24 hours after the first request, not at midnight", () => {
    const rt = new Runtime({ start: new Date('2026-11-27T15:00:00+07:00') });
    rt.quotas.documentsCreated = 2;
    expect(rt.quotaResetAt('documentsCreated')).toBeNull(); // no window before the first request
    rt.consumeQuota('documentsCreated'); // 15:00: the window opens
    rt.advance(8 * 3600e3); // 23:00
    rt.consumeQuota('documentsCreated');
    expect(() => rt.consumeQuota('documentsCreated')).toThrow(QUOTA_MESSAGES.documentsCreated);
    expect(rt.remainingQuota('documentsCreated')).toBe(0);
    expect(rt.quotaResetAt('documentsCreated')).toBe(Date.parse('2026-11-28T15:00:00+07:00'));
    rt.advance(2 * 3600e3); // 01:00 the next day: midnight passed, the window did not
    expect(rt.remainingQuota('documentsCreated')).toBe(0);
    expect(() => rt.consumeQuota('documentsCreated')).toThrow(QUOTA_MESSAGES.documentsCreated);
    rt.advance(14 * 3600e3); // 15:00: 24 h after the first request
    expect(rt.remainingQuota('documentsCreated')).toBe(2);
    expect(rt.quotaResetAt('documentsCreated')).toBeNull();
    rt.advance(3600e3);
    rt.consumeQuota('documentsCreated'); // 16:00: a new window from this request
    expect(rt.quotaResetAt('documentsCreated')).toBe(Date.parse('2026-11-29T16:00:00+07:00'));
    expect(CONSUMER_QUOTAS.emailRecipients).toBe(100);
  });

  test('each quota has its own window: it starts at the first use of that quota', () => {
    const rt = new Runtime({ start: new Date('2026-11-27T09:00:00+07:00') });
    rt.consumeQuota('emailRecipients', 10);
    rt.advance(5 * 3600e3);
    rt.consumeQuota('filesConverted', 3);
    rt.advance(19 * 3600e3); // 24 h after the email, 19 h after the conversion
    expect(rt.remainingQuota('emailRecipients')).toBe(CONSUMER_QUOTAS.emailRecipients);
    expect(rt.remainingQuota('filesConverted')).toBe(CONSUMER_QUOTAS.filesConverted - 3);
  });

  test('advanceToQuotaReset moves past every open window (24 h after its first request) plus ms', () => {
    const rt = new Runtime({ start: new Date('2026-11-27T15:20:00+07:00') });
    rt.consumeQuota('emailRecipients');
    rt.advance(3600e3);
    rt.consumeQuota('filesConverted');
    rt.advanceToQuotaReset(60_000);
    expect(new Date(rt.now).toISOString()).toBe('2026-11-28T09:21:00.000Z'); // 28 Nov 16:21 WIB
    expect(rt.used).toEqual({
      documentsCreated: 0,
      filesConverted: 0,
      emailRecipients: 0,
      triggerRuntimeMs: 0,
    });
    // with no window open it moves a day; advanceToNextDay is the same helper under its former name
    rt.advanceToNextDay(0);
    expect(new Date(rt.now).toISOString()).toBe('2026-11-29T09:21:00.000Z');
  });

  test('in AuthMode.NONE only the menu may be built', () => {
    const rt = new Runtime();
    rt.authMode = 'NONE';
    expect(() => rt.call('SpreadsheetApp.Ui.createAddonMenu', 1)).not.toThrow();
    expect(() => rt.call('SpreadsheetApp.Menu.addItem', 1)).not.toThrow();
    expect(() => rt.call('PropertiesService.getDocumentProperties', 30)).toThrow(/permission/);
  });

  test('an injected fault fires at the chosen call; with `after` the work is done first', () => {
    const rt = new Runtime();
    let made = 0;
    rt.injectFault({ method: 'Drive.Files.create', atCall: 2, kind: 'error', after: true });
    rt.call('Drive.Files.create', 600, () => made++);
    expect(() => rt.call('Drive.Files.create', 600, () => made++)).toThrow(/server error/);
    expect(made).toBe(2);
    rt.call('Drive.Files.create', 600, () => made++); // a fault fires once
    rt.injectFault({ method: '*', atCall: 1, kind: 'timeout' });
    rt.beginExecution();
    expect(() => rt.call('MailApp.sendEmail', 400, () => made++)).toThrow(ExecutionTimeoutError);
    expect(made).toBe(3);
  });

  test('the trace records calls in order when enabled', () => {
    const rt = new Runtime();
    rt.call('A.x', 1);
    rt.trace = [];
    rt.call('B.y', 1);
    rt.call('C.z', 1);
    expect(rt.trace).toEqual(['B.y', 'C.z']);
  });
});

describe('the 10-million-cell limit of a spreadsheet', () => {
  test('inserting sheets, rows or columns (and appendRow growing the grid) past 10,000,000 cells throws', () => {
    const rt = new Runtime();
    const ss = new FakeSpreadsheet({ rt });
    expect(ss._cellCount()).toBe(26_000); // Sheet1, 1000 x 26
    const big = ss.insertSheet('Besar'); // 26,000 more: insertSheet's default grid counts
    big.insertRowsAfter(1000, 382_000); // 383,000 x 26 = 9,958,000
    expect(ss._cellCount()).toBe(9_984_000); // 16,000 cells of room left
    expect(() => ss.insertSheet('Lagi')).toThrow(SHEET_ERRORS.cellLimit);
    expect(() => big.insertRowsAfter(1, 1000)).toThrow(SHEET_ERRORS.cellLimit);
    expect(() => big.insertColumnsAfter(26, 1)).toThrow(SHEET_ERRORS.cellLimit);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['Sheet1', 'Besar']);
    expect(ss._cellCount()).toBe(9_984_000); // nothing was added
    big.insertRowsAfter(1, 600); // 15,600 cells still fit
    // deleting rows frees room
    big.deleteRows(2, 1000);
    expect(() => ss.insertSheet('Lagi')).not.toThrow();
    expect(SHEET_ERRORS.cellLimit).toBe(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  test('appendRow that grows the grid past the limit throws and writes nothing', () => {
    const ss = new FakeSpreadsheet({ rt: new Runtime() });
    const sheet = ss.getSheets()[0];
    sheet.deleteColumns(11, 16);
    sheet.insertRowsAfter(1000, 999_000); // 1,000,000 x 10: exactly 10,000,000 cells
    expect(ss._cellCount()).toBe(MAX_CELLS);
    sheet.getRange(1_000_000, 1).setValue('terakhir');
    expect(() => sheet.appendRow(['satu lagi'])).toThrow(SHEET_ERRORS.cellLimit);
    expect(sheet.getLastRow()).toBe(1_000_000);
    expect(sheet.getMaxRows()).toBe(1_000_000);
  });
});
