// The emulator's runtime: a simulated clock with the GAS-FACTS cost model, per-method call counters,
// the 6-minute execution limit, daily quotas that reset 24 hours after their first use, and injectable faults.

/** Cost model (ms) from GAS-FACTS.md, "A cost model for the simulated clock". Printed beside every figure. */
export const COST_MODEL = {
  sheetRoundTrip: 150, // getValues, setValues, formats, insert, clear…
  perCell: 0.005, // added per cell read or written by a round trip
  sheetLookup: 20, // getSheetByName, getRange, getLastRow…
  driveCopy: 1000,
  docOpenOrCreate: 600,
  docReplaceText: 80,
  docSaveAndClose: 400,
  docGetAsPdf: 1200,
  driveCreateWithBlob: 600,
  driveOther: 300, // Drive.Files.get / list / update (assumed)
  mailSendBase: 400,
  mailPerAttachment: 200,
  formCreate: 500,
  formItemAdd: 150,
  formGetResponsesBase: 300,
  formPerResponse: 2,
  formOther: 100, // other form calls (assumed)
  propertiesRead: 30,
  propertiesWrite: 60,
  trivial: 1, // pure in-memory helpers (Utilities.formatDate, Logger…)
  urlFetch: 400, // UrlFetchApp.fetch of a Drive file's content (assumed)
  zip: 100, // Utilities.zip (assumed)
} as const;

export const COST_MODEL_TEXT =
  'model: sheet round trip 150 ms + 0.005 ms/cell, lookup 20 ms, Drive copy 1000 ms, Doc open/create 600 ms, ' +
  'replaceText 80 ms, saveAndClose 400 ms, PDF 1200 ms, Drive create 600 ms, mail 400 ms + 200/attachment, ' +
  'form create 500 ms, item 150 ms, getResponses 300 ms + 2/response, properties 30/60 ms, ' +
  'UrlFetch 400 ms (GAS-FACTS.md)';

/** The limit on one execution (GAS-FACTS: "One execution stops at 6 minutes"). */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** Daily quotas, consumer account (GAS-FACTS: documents 250, conversions 2000, email recipients 100). */
export interface Quotas {
  documentsCreated: number;
  filesConverted: number;
  emailRecipients: number;
  triggerRuntimeMs: number;
}
export const CONSUMER_QUOTAS: Quotas = {
  documentsCreated: 250,
  filesConverted: 2000,
  emailRecipients: 100,
  triggerRuntimeMs: 90 * 60 * 1000,
};
export const WORKSPACE_QUOTAS: Quotas = {
  documentsCreated: 1500,
  filesConverted: 4000,
  emailRecipients: 1500,
  triggerRuntimeMs: 6 * 60 * 60 * 1000,
};

/** Google's message when a daily quota is spent. */
export const QUOTA_MESSAGES: Record<keyof Quotas, string> = {
  documentsCreated: 'Service invoked too many times for one day: docs create.',
  filesConverted: 'Service invoked too many times for one day: file conversion.',
  emailRecipients: 'Service invoked too many times for one day: email.',
  triggerRuntimeMs: 'Service using too much computer time for one day.',
};

/** Thrown when the simulated execution passes 6 minutes. Once thrown, every later call throws too (uncatchable). */
export class ExecutionTimeoutError extends Error {
  constructor() {
    super('Exceeded maximum execution time');
    this.name = 'ExecutionTimeoutError';
  }
}

/** A fault to inject at the n-th call (1-based, counted from when it was armed) of a method. */
export interface Fault {
  /** Method key as counted, e.g. 'Drive.Files.create'; '*' matches any call. */
  method: string;
  /** Fire on this call number of that method since arming (1 = the next call). */
  atCall: number;
  /** 'timeout' ends the execution like the 6-minute limit; 'error' throws a service error once. */
  kind: 'timeout' | 'error';
  /** Whether the faulted call takes effect before the fault fires (a crash after the work was done). */
  after?: boolean;
  message?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const QUOTA_KINDS: ReadonlyArray<keyof Quotas> = [
  'documentsCreated',
  'filesConverted',
  'emailRecipients',
  'triggerRuntimeMs',
];

/** ScriptApp.AuthMode values the emulator distinguishes. */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/**
 * Calls allowed in AuthMode.NONE (an add-on's onOpen before it is used in the document): building the
 * menu only (GAS-FACTS "Runtime"; Google's editor add-on authorization lifecycle). Everything else throws.
 */
const ALLOWED_IN_NONE = [
  /^SpreadsheetApp\.getUi$/,
  /^SpreadsheetApp\.Ui\.create(Addon)?Menu$/,
  /^SpreadsheetApp\.Menu\./,
];

export class Runtime {
  /** The authorization mode of the current execution. */
  authMode: AuthMode = 'FULL';
  /** Simulated wall clock (epoch ms). */
  now: number;
  readonly timeZone: string;
  quotas: Quotas;
  /** Calls per method over the whole life of the runtime. */
  readonly counts = new Map<string, number>();
  /** Simulated ms spent per method. */
  readonly costs = new Map<string, number>();
  /** Usage of the daily quotas, in each quota's current 24-hour window. */
  readonly used: Quotas = { documentsCreated: 0, filesConverted: 0, emailRecipients: 0, triggerRuntimeMs: 0 };
  /**
   * When each quota's current window started (its first request since the last reset), null when none is open.
   * Google's quotas page: a daily quota is refreshed at the end of a 24-hour window that starts with the first
   * request, so the moment differs per user; it is not midnight.
   */
  readonly windowStart: Record<keyof Quotas, number | null> = {
    documentsCreated: null,
    filesConverted: null,
    emailRecipients: null,
    triggerRuntimeMs: null,
  };
  private executionStart: number | null = null;
  private timedOut = false;
  private faults: Array<Fault & { seen: number }> = [];
  /** When set, every call's method key is appended in order (tests check what happened before what). */
  trace: string[] | null = null;
  /** Whether the 6-minute limit is enforced (the bench's naive baseline turns it off to measure). */
  enforceLimit = true;

  constructor(opts: { start?: Date; timeZone?: string; quotas?: Quotas } = {}) {
    this.now = (opts.start ?? new Date('2026-11-27T09:00:00+07:00')).getTime();
    this.timeZone = opts.timeZone ?? 'Asia/Jakarta';
    this.quotas = opts.quotas ?? { ...CONSUMER_QUOTAS };
  }

  /** The current simulated time as a Date. */
  date(): Date {
    return new Date(this.now);
  }

  /** Closes every quota window that is 24 hours old: its usage is back to zero. */
  private rollWindows(): void {
    for (const k of QUOTA_KINDS) {
      const from = this.windowStart[k];
      if (from !== null && this.now >= from + DAY_MS) {
        this.windowStart[k] = null;
        this.used[k] = 0;
      }
    }
  }

  /** When the quota's current window resets (24 h after its first request), null when no window is open. */
  quotaResetAt(kind: keyof Quotas): number | null {
    this.rollWindows();
    const from = this.windowStart[kind];
    return from === null ? null : from + DAY_MS;
  }

  /** Moves the clock on (between executions: waiting for a quota, a user's pause). */
  advance(ms: number): void {
    this.now += ms;
    this.rollWindows();
  }

  /**
   * Moves the clock to the moment every open quota window has reset (24 h after its first request), plus `ms`.
   * With no window open it moves one day. (Quotas do not reset at midnight: see `windowStart`.)
   */
  advanceToQuotaReset(ms = 60_000): void {
    const resets = QUOTA_KINDS.map((k) => this.quotaResetAt(k)).filter((t): t is number => t !== null);
    const to = resets.length ? Math.max(...resets) : this.now + DAY_MS;
    this.now = Math.max(this.now, to) + ms;
    this.rollWindows();
  }

  /** Former name of advanceToQuotaReset, kept for callers written when quotas were modelled per calendar day. */
  advanceToNextDay(ms = 60_000): void {
    this.advanceToQuotaReset(ms);
  }

  /** Starts one execution (a menu click, an RPC, a trigger run): the 6-minute clock starts now. */
  beginExecution(): void {
    this.executionStart = this.now;
    this.timedOut = false;
  }

  endExecution(): void {
    this.executionStart = null;
    this.timedOut = false;
  }

  /** Simulated ms used by the current execution. */
  elapsedInExecution(): number {
    return this.executionStart === null ? 0 : this.now - this.executionStart;
  }

  /** Arms a fault; counts start from now. */
  injectFault(fault: Fault): void {
    this.faults.push({ ...fault, seen: 0 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /**
   * Method keys are `<Service>.<method>` for top-level calls (`SpreadsheetApp.getActiveSpreadsheet`,
   * `Drive.Files.copy`, `MailApp.sendEmail`) and `<Service>.<Class>.<method>` for object methods
   * (`SpreadsheetApp.Range.getValues`, `DocumentApp.Body.replaceText`, `FormApp.Form.getResponses`).
   *
   * Records one service call: counts it, advances the clock by its cost, enforces the 6-minute limit
   * and fires injected faults. `effect` (optional) is the call's work; with a fault marked `after`, the
   * work happens and then the fault fires.
   */
  call<T>(method: string, costMs: number, effect?: () => T): T {
    if (this.timedOut) throw new ExecutionTimeoutError();
    if (this.authMode === 'NONE' && !ALLOWED_IN_NONE.some((re) => re.test(method))) {
      throw new Error(
        `You do not have permission to call ${method.replace(/^(\w+)\.(\w+\.)?/, '$1.')}. ` +
          'Required permissions are not available in AuthMode.NONE.',
      );
    }
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.trace?.push(method);
    this.costs.set(method, (this.costs.get(method) ?? 0) + costMs);
    this.now += costMs;
    let fired: (Fault & { seen: number }) | undefined;
    for (const f of this.faults) {
      if (f.method === '*' || f.method === method) {
        f.seen += 1;
        if (f.seen === f.atCall && !fired) fired = f;
      }
    }
    if (fired) this.faults = this.faults.filter((f) => f !== fired);
    if (fired && !fired.after) this.fire(fired);
    if (
      this.enforceLimit &&
      this.executionStart !== null &&
      this.now - this.executionStart > EXECUTION_LIMIT_MS
    ) {
      this.timedOut = true;
      throw new ExecutionTimeoutError();
    }
    const result = effect ? effect() : (undefined as T);
    if (fired?.after) this.fire(fired);
    return result;
  }

  private fire(f: Fault): never {
    if (f.kind === 'timeout') {
      this.timedOut = true;
      throw new ExecutionTimeoutError();
    }
    throw new Error(
      f.message ?? 'Service error: we are sorry, a server error occurred. Please wait a bit and try again.',
    );
  }

  /**
   * Spends `n` of a daily quota or throws Google's message (nothing is spent then). The first request after a
   * reset opens the quota's 24-hour window, even when it is refused.
   */
  consumeQuota(kind: keyof Quotas, n = 1): void {
    this.rollWindows();
    this.windowStart[kind] ??= this.now;
    if (this.used[kind] + n > this.quotas[kind]) throw new Error(QUOTA_MESSAGES[kind]);
    this.used[kind] += n;
  }

  remainingQuota(kind: keyof Quotas): number {
    this.rollWindows();
    return Math.max(0, this.quotas[kind] - this.used[kind]);
  }

  /** Total calls (optionally only methods starting with a prefix, e.g. 'SpreadsheetApp'). */
  totalCalls(prefix = ''): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }

  totalCostMs(prefix = ''): number {
    let n = 0;
    for (const [k, v] of this.costs) if (k.startsWith(prefix)) n += v;
    return n;
  }

  resetCounters(): void {
    this.counts.clear();
    this.costs.clear();
  }

  /** Counters as a plain sorted object, for tests and reports. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** One simulated day, exported for tests. */
export const ONE_DAY_MS = DAY_MS;
