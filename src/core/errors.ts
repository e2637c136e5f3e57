// Expected failures and their kinds: the errors a feature throws for the admin (with a kind the sidebar branches on),
// and the one place where Google's English error messages are mapped to a kind.

/**
 * Why a call did not give its result, as the sidebar and the menu tell it apart:
 * - `busy`: another run holds the spreadsheet's document lock; try again in a moment.
 * - `quota`: a daily Google quota ran out; it comes back 24 hours after its first use.
 * - `timeout`: Google's 6-minute limit ended the execution (uncatchable: seen only by the sidebar's failure handler).
 * - `cellLimit`: the spreadsheet is at Google's 10-million-cell limit.
 * - `permission`: the add-on lacks an authorization, or Google refused access.
 * - `google`: another failure of a Google service (a server error on Google's side).
 * - `network`: the browser lost its connection to Google before the call was answered (the panel's side only).
 * - `missingSheet`: a sheet the add-on needs is not there (Siapkan Lembar Kerja makes it).
 * - `invalidArgument`: a call's argument has the wrong type or shape (a bug of the caller, never coerced).
 * - `blocked`: the action waits for the admin's decision (e.g. another admin's templates are recorded).
 * - `userError`: any other expected failure the admin can act on, said in the message.
 */
export type FailureKind =
  | 'busy'
  | 'quota'
  | 'timeout'
  | 'cellLimit'
  | 'permission'
  | 'google'
  | 'network'
  | 'missingSheet'
  | 'invalidArgument'
  | 'blocked'
  | 'userError';

/** The kinds a UserError (thrown by the add-on itself) can carry. */
export type UserErrorKind = 'busy' | 'missingSheet' | 'invalidArgument' | 'blocked' | 'userError';

/** An expected failure the admin can act on: shown as its (Indonesian) message, not as a bug. */
export class UserError extends Error {
  readonly kind: UserErrorKind;
  constructor(message: string, kind: UserErrorKind = 'userError') {
    super(message);
    this.name = 'UserError';
    this.kind = kind;
  }
}

/** Another run holds the document lock. */
export class BusyError extends UserError {
  constructor(message: string) {
    super(message, 'busy');
  }
}

/** A sheet the add-on needs is missing; the message names it and says to run Siapkan Lembar Kerja. */
export class MissingSheetError extends UserError {
  constructor(message: string) {
    super(message, 'missingSheet');
  }
}

/** A call's argument has the wrong type or shape. */
export class InvalidArgumentError extends UserError {
  constructor(message: string) {
    super(message, 'invalidArgument');
  }
}

/** The action needs the admin's decision first; the message says which. */
export class BlockedError extends UserError {
  constructor(message: string) {
    super(message, 'blocked');
  }
}

// By name and kind, not instanceof: a UserError may come from another realm (the emulator's vm) or a subclass.
export const isUserError = (e: unknown): e is UserError =>
  typeof e === 'object' && e !== null && (e as { name?: string }).name === 'UserError';

/** An exception's message (Google's errors, and errors from another realm, are not always `instanceof Error`). */
export function messageOf(e: unknown): string {
  const m = e && typeof e === 'object' ? (e as { message?: unknown }).message : undefined;
  return typeof m === 'string' ? m : String(e);
}

/** The kinds of failure Google reports with an English message (GAS-FACTS, emulator/README.md). */
export type GoogleFailureKind =
  | 'timeout'
  | 'quota'
  | 'busy'
  | 'cellLimit'
  | 'permission'
  | 'google'
  | 'network';

/**
 * Google's messages by kind, first match wins. The only place in the add-on that reads Google's English: the server's
 * RPC and menu wrappers use it, and so does the sidebar for what reaches its failure handler (the 6-minute limit and
 * a missing authorization end the call before the server can answer).
 */
const GOOGLE_FAILURES: ReadonlyArray<readonly [RegExp, GoogleFailureKind]> = [
  [/Exceeded maximum execution time/i, 'timeout'],
  [
    /too many times for one day|too much computer time for one day|Limit Exceeded: Email Recipients Per Day/i,
    'quota',
  ],
  [/Lock timeout|another process was holding the lock/i, 'busy'],
  // the Sheets API's wording for the 10-million-cell limit (unsure; GAS-FACTS)
  [/above the limit of \d+ cells|cells in the workbook above the limit/i, 'cellLimit'],
  [/authorization|permission/i, 'permission'],
  [
    // "Service Spreadsheets failed while accessing document…" also arrives as "Exception: Service Spreadsheets failed…"
    /Service error|server error occurred|Service unavailable|temporarily unavailable|Internal error|Backend Error|(?:^|: )Service \w+ failed/i,
    'google',
  ],
  // google.script.run's own failure when the page cannot reach Google ("NetworkError: Connection failure due to HTTP
  // 0"), and a browser's fetch failure ("Failed to fetch")
  [/NetworkError|Failed to fetch|Connection failure due to HTTP|network error/i, 'network'],
];

/** The kind of a Google failure, or null when the error is not one Google is known to give (a bug). */
export function googleFailureKind(e: unknown): GoogleFailureKind | null {
  const m = messageOf(e);
  for (const [re, kind] of GOOGLE_FAILURES) if (re.test(m)) return kind;
  return null;
}
