// ScriptApp triggers: the hourly one that continues a certificate run unattended (add-on time triggers run at
// most hourly, one per type per document; GAS-FACTS "Runtime").

/** Installs the hourly trigger for `handler` unless one exists; returns false when Google refuses it. */
export function ensureHourlyTrigger(handler: string): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const mine = ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === handler);
  if (mine.length) return true;
  try {
    ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
    return true;
  } catch {
    // e.g. another time-based trigger of this add-on exists for the document (one per type): the panel still works
    return false;
  }
}

/** Deletes the hourly trigger(s) of `handler` for this document. */
export function removeHourlyTrigger(handler: string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  for (const t of ScriptApp.getUserTriggers(ss))
    if (t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t);
}
