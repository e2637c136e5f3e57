// MailApp (script.send_mail scope, never GmailApp): a certificate's or an invitation letter's e-mail, and the
// quota left today.

import { ADDON_TITLE } from '../shared/strings';

/** Recipients left today (100 consumer / 1,500 Workspace; GAS-FACTS). */
export function remainingEmailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Sends one message (a certificate, an invitation letter): plain-text body, the same as simple HTML, the PDF attached. */
export function sendPdfMail(
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
