// The minimal client-side `google.script` surface the sidebar and help dialog use (HtmlService iframe globals).

interface GoogleScriptRunner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): GoogleScriptRunner;
  withFailureHandler(handler: (error: Error, userObject?: unknown) => void): GoogleScriptRunner;
  withUserObject(userObject: unknown): GoogleScriptRunner;
}

interface GoogleScriptHost {
  close(): void;
  editor: { focus(): void };
  setHeight?(height: number): void;
  setWidth?(width: number): void;
}

interface Window {
  google?: { script: { run: GoogleScriptRunner; host: GoogleScriptHost } };
}
