// ScriptApp triggers: the hourly one that continues a certificate run unattended (add-on time triggers run at
// most hourly, one per type per document; GAS-FACTS "Runtime").
//
// Only a script bound to the spreadsheet can continue by itself. An editor add-on's time-driven trigger runs with
// no containing document (getActiveSpreadsheet() and the document properties and lock are null), and opening the
// spreadsheet by ID would need the broader `spreadsheets` scope, which this add-on does not ask for (it keeps
// `spreadsheets.currentonly`). A test deployment supports no installable triggers at all (GAS-FACTS "Added 2026-12").
// Every function here returns instead of throwing: a trigger problem must never break the run that asked for it.

/**
 * Whether this execution has its spreadsheet, document properties and document lock: not so in an editor add-on's
 * time-driven trigger, where Google gives null for each.
 */
export function hasContainingDocument(): boolean {
  return (
    SpreadsheetApp.getActiveSpreadsheet() !== null &&
    PropertiesService.getDocumentProperties() !== null &&
    LockService.getDocumentLock() !== null
  );
}

/**
 * Whether an hourly continuation can work here: a script bound to the spreadsheet (not running as an add-on). A
 * test deployment may also say NONE; there listing the triggers throws, which tells it apart.
 */
export function hourlyContinuationPossible(): boolean {
  try {
    if (String(ScriptApp.getInstallationSource()) !== String(ScriptApp.InstallationSource.NONE)) return false;
    ScriptApp.getProjectTriggers();
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs the hourly trigger for `handler` unless one exists; false when it cannot continue here (an add-on) or
 * Google refuses it (a test deployment, or another time-based trigger of this add-on exists for the document).
 */
export function ensureHourlyTrigger(handler: string): boolean {
  if (!hourlyContinuationPossible()) return false;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (!ss) return false;
    const mine = ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === handler);
    if (mine.length) return true;
    ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
    return true;
  } catch {
    return false;
  }
}

/**
 * Deletes the hourly trigger(s) of `handler`: those of this document when there is one, else (a trigger running
 * with no document) the one with `triggerUid`, found among the user's project triggers. Never throws.
 */
export function removeHourlyTrigger(handler: string, triggerUid: string | null = null): void {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const list = ss ? ScriptApp.getUserTriggers(ss) : ScriptApp.getProjectTriggers();
    for (const t of list) {
      if (t.getHandlerFunction() !== handler) continue;
      if (!ss && triggerUid !== null && t.getUniqueId() !== triggerUid) continue;
      ScriptApp.deleteTrigger(t);
    }
  } catch {
    // a test deployment has no installable triggers: nothing to delete
  }
}
