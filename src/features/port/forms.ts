// The forms port: Google Forms as plain data (see src/gas/port/forms.ts).

// biome-ignore lint/suspicious/noEmptyInterface: filled by the response-store work
export interface FormsPort {}
