// The emulator's runtime: simulated clock and cost model, call counters, the 6-minute limit, daily quotas on the
// simulated calendar, AuthMode.NONE, and injected faults.

import {
  CONSUMER_QUOTAS,
  COST_MODEL,
  EXECUTION_LIMIT_MS,
  ExecutionTimeoutError,
  QUOTA_MESSAGES,
  Runtime,
} from '../../emulator/runtime';

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

  test("daily quotas fail with Google's message and reset on the next day in the script zone", () => {
    const rt = new Runtime({ start: new Date('2026-11-27T23:30:00+07:00') });
    rt.quotas.documentsCreated = 2;
    rt.consumeQuota('documentsCreated');
    rt.consumeQuota('documentsCreated');
    expect(() => rt.consumeQuota('documentsCreated')).toThrow(QUOTA_MESSAGES.documentsCreated);
    expect(rt.remainingQuota('documentsCreated')).toBe(0);
    rt.advance(31 * 60_000); // 00:01 WIB
    expect(rt.remainingQuota('documentsCreated')).toBe(2);
    expect(CONSUMER_QUOTAS.emailRecipients).toBe(100);
  });

  test('advanceToNextDay moves to just after midnight in Asia/Jakarta', () => {
    const rt = new Runtime({ start: new Date('2026-11-27T15:20:00+07:00') });
    rt.advanceToNextDay(60_000);
    expect(new Date(rt.now).toISOString()).toBe('2026-11-27T17:01:00.000Z'); // 2026-11-28 00:01 WIB
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
