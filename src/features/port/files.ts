// The Docs, Drive and Mail ports used by templates and certificates (see src/gas/port/files.ts).

// biome-ignore lint/suspicious/noEmptyInterface: filled by the certificate work
export interface DocsPort {}
// biome-ignore lint/suspicious/noEmptyInterface: filled by the certificate work
export interface DrivePort {}
// biome-ignore lint/suspicious/noEmptyInterface: filled by the certificate work
export interface MailPort {}
