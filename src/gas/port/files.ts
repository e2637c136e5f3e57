// The Docs, Drive and Mail ports.

import type { DocsPort, DrivePort, MailPort } from '../../features/port';

export function googleDocs(): DocsPort {
  return {};
}
export function googleDrive(): DrivePort {
  return {};
}
export function googleMail(): MailPort {
  return {};
}
