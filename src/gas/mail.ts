// MailApp (script.send_mail scope, never GmailApp) and the hourly trigger that continues a certificate run unattended.

import { ADDON_TITLE } from '../shared/strings';

/** Recipients left today (100 consumer / 1,500 Workspace; GAS-FACTS). */
export function remainingEmailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Sends one certificate: plain-text body (and the same as simple HTML), the PDF attached. */
export function sendCertificateMail(
  to: string,
  subject: string,
  body: string,
  pdf: GoogleAppsScript.Base.Blob,
): void {
  MailApp.sendEmail({
    to,
    subject,
    body,
    htmlBody: body
      .split('\n')
      .map((l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
      .join('<br>'),
    attachments: [pdf],
    name: ADDON_TITLE,
  });
}

// ---- the unattended continuation (add-on time triggers: at most hourly, one per type per document) ----

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
