// Emulated ScriptApp: AuthMode and trigger enums, installable triggers with the editor add-on limits, firing due clock triggers.

import { isDateValue, makeEnum, signatureError } from './base';
import type { Runtime } from './runtime';
import { COST_MODEL } from './runtime';

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const EventType = makeEnum([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
] as const);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED'] as const);
export const InstallationSource = makeEnum([
  'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  'NONE',
  'WEB_STORE_ADD_ON',
] as const);

/** How the script is deployed (see emulator/environment.ts). */
export type Deployment = 'bound' | 'addon' | 'addon-test';

const HOUR = 3_600_000;

export const TRIGGER_MESSAGES = {
  addonTooFrequent: "Add-ons can't create a time-based trigger that runs more frequently than once per hour.",
  addonPerDocument: (type: string) =>
    `This add-on has created too many ${type} triggers in this document for this Google user account.`,
  tooMany:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  /** Google documents that test deployments do not support installable triggers; this wording is a guess. */
  testDeployment: 'Installable triggers are not supported in a test deployment of an editor add-on.',
};

/** Google: 20 triggers per user per script. */
export const MAX_TRIGGERS_PER_USER = 20;

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string | null;
  user: string;
  /** The document the add-on was running in when the trigger was made (add-on triggers belong to it). */
  documentId: string | null;
  /** Repeat interval in ms (clock triggers), null for one-shot (after/at) or event triggers. */
  everyMs: number | null;
  /** Next simulated time the clock trigger is due, null when it will not fire again. */
  nextAt: number | null;
  runs: number;
  deleted: boolean;
}

export interface TriggerRunResult {
  triggerId: string;
  handler: string;
  at: number;
  ok: boolean;
  error?: unknown;
}

/** Emulator-side list of installable triggers. */
export class TriggerManager {
  readonly triggers: TriggerRecord[] = [];
  readonly runs: TriggerRunResult[] = [];
  /** Set by the loader: runs a handler as one execution in 'trigger' context. */
  runner: ((handler: string, event: Record<string, unknown>) => void) | null = null;
  private seq = 0;

  constructor(private readonly rt: Runtime) {}

  nextId(): string {
    this.seq += 1;
    return String(1_000_000 + this.seq);
  }

  live(user?: string): TriggerRecord[] {
    return this.triggers.filter((t) => !t.deleted && (user === undefined || t.user === user));
  }

  /**
   * Runs every clock trigger that is due at the simulated now, oldest first, each as its own execution.
   * Missed periods are not caught up (Google runs a periodic trigger once, then schedules the next).
   */
  fireDue(): TriggerRunResult[] {
    const due = this.live()
      .filter((t) => t.nextAt !== null && t.nextAt <= this.rt.now)
      .sort((a, b) => (a.nextAt as number) - (b.nextAt as number));
    const results: TriggerRunResult[] = [];
    if (due.length > 0 && !this.runner) throw new Error('[emulator] no bundle loaded to run triggers');
    for (const t of due) {
      if (t.everyMs !== null) {
        while ((t.nextAt as number) <= this.rt.now) t.nextAt = (t.nextAt as number) + t.everyMs;
      } else {
        t.nextAt = null;
      }
      t.runs += 1;
      const result: TriggerRunResult = { triggerId: t.id, handler: t.handler, at: this.rt.now, ok: true };
      try {
        this.runner?.(t.handler, clockEvent(this.rt.now, t.id));
      } catch (e) {
        result.ok = false;
        result.error = e;
      }
      results.push(result);
      this.runs.push(result);
    }
    return results;
  }
}

function clockEvent(now: number, triggerUid: string): Record<string, unknown> {
  const d = new Date(now);
  return {
    authMode: AuthMode.FULL,
    triggerUid,
    timezone: 'UTC',
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

export class FakeTrigger {
  constructor(
    private readonly rt: Runtime,
    readonly _record: TriggerRecord,
  ) {}
  private c<T>(method: string, effect: () => T): T {
    return this.rt.call(`ScriptApp.Trigger.${method}`, COST_MODEL.trivial, effect);
  }
  getUniqueId(): string {
    return this.c('getUniqueId', () => this._record.id);
  }
  getHandlerFunction(): string {
    return this.c('getHandlerFunction', () => this._record.handler);
  }
  getEventType(): unknown {
    return this.c('getEventType', () => EventType[this._record.eventType]);
  }
  getTriggerSource(): unknown {
    return this.c('getTriggerSource', () => TriggerSource[this._record.source]);
  }
  getTriggerSourceId(): string | null {
    return this.c('getTriggerSourceId', () => this._record.sourceId);
  }
}

export interface ScriptAppOptions {
  /** The running user's email. */
  user: () => string;
  /** The ID of the document the script runs in (null: standalone). */
  documentId: () => string | null;
  /** Editor add-on limits apply (default true). */
  addon?: boolean;
  /** Apps Script project ID (ScriptApp.getScriptId). */
  scriptId?: string;
  /** How the script is deployed (default 'bound'): a test deployment has no installable triggers. */
  deployment?: () => Deployment;
  /** ScriptApp.getOAuthToken(): the running user's token in this Cloud project (see emulator/urlfetch.ts). */
  token?: () => string;
}

export function createScriptApp(rt: Runtime, mgr: TriggerManager, opts: ScriptAppOptions) {
  const t = COST_MODEL.trivial;
  const addon = opts.addon ?? true;
  const deployment = opts.deployment ?? (() => 'bound' as const);
  /** In a test deployment every installable-trigger call throws (after being counted). */
  const refuseInTest = (): void => {
    if (deployment() === 'addon-test') throw new Error(TRIGGER_MESSAGES.testDeployment);
  };

  const create = (
    method: string,
    spec: Omit<TriggerRecord, 'id' | 'user' | 'documentId' | 'runs' | 'deleted'>,
  ): FakeTrigger =>
    rt.call(method, t, () => {
      refuseInTest();
      const user = opts.user();
      const documentId = opts.documentId();
      const mine = mgr.live(user);
      if (addon) {
        if (spec.eventType === 'CLOCK' && spec.everyMs !== null && spec.everyMs < HOUR) {
          throw new Error(TRIGGER_MESSAGES.addonTooFrequent);
        }
        if (
          spec.eventType === 'CLOCK' &&
          spec.everyMs === null &&
          spec.nextAt !== null &&
          spec.nextAt - rt.now < HOUR
        ) {
          // One-shot add-on triggers sooner than an hour: not documented either way; refused (stricter).
          throw new Error(TRIGGER_MESSAGES.addonTooFrequent);
        }
        if (mine.some((x) => x.documentId === documentId && x.eventType === spec.eventType)) {
          const kind =
            spec.eventType === 'CLOCK' ? 'time-based' : spec.eventType.toLowerCase().replace('on_', '');
          throw new Error(TRIGGER_MESSAGES.addonPerDocument(kind));
        }
      }
      if (mine.length >= MAX_TRIGGERS_PER_USER) throw new Error(TRIGGER_MESSAGES.tooMany);
      const rec: TriggerRecord = { ...spec, id: mgr.nextId(), user, documentId, runs: 0, deleted: false };
      mgr.triggers.push(rec);
      return new FakeTrigger(rt, rec);
    });

  const clockBuilder = (handler: string) => {
    let everyMs: number | null = null;
    let at: number | null = null;
    const c = <T>(m: string, f: () => T) => rt.call(`ScriptApp.ClockTriggerBuilder.${m}`, t, f);
    const b = {
      everyMinutes(n: number) {
        return c('everyMinutes', () => {
          if (![1, 5, 10, 15, 30].includes(n))
            throw new Error('Invalid argument: everyMinutes (1, 5, 10, 15 or 30)');
          everyMs = n * 60_000;
          return b;
        });
      },
      everyHours(n: number) {
        return c('everyHours', () => {
          if (![1, 2, 4, 6, 8, 12].includes(n))
            throw new Error('Invalid argument: everyHours (1, 2, 4, 6, 8 or 12)');
          everyMs = n * HOUR;
          return b;
        });
      },
      everyDays(n: number) {
        return c('everyDays', () => {
          if (!Number.isInteger(n) || n < 1) throw new Error('Invalid argument: everyDays');
          everyMs = n * 24 * HOUR;
          return b;
        });
      },
      everyWeeks(n: number) {
        return c('everyWeeks', () => {
          if (!Number.isInteger(n) || n < 1) throw new Error('Invalid argument: everyWeeks');
          everyMs = n * 7 * 24 * HOUR;
          return b;
        });
      },
      after(durationMilliseconds: number) {
        return c('after', () => {
          if (typeof durationMilliseconds !== 'number' || durationMilliseconds < 0) {
            throw signatureError('ClockTriggerBuilder.after', [durationMilliseconds]);
          }
          at = rt.now + durationMilliseconds;
          return b;
        });
      },
      at(date: Date) {
        return c('at', () => {
          if (!isDateValue(date)) throw signatureError('ClockTriggerBuilder.at', [date]);
          at = date.getTime();
          return b;
        });
      },
      create(): FakeTrigger {
        if (everyMs === null && at === null) {
          rt.call('ScriptApp.ClockTriggerBuilder.create', t);
          throw new Error('Invalid trigger: the time-based trigger has no schedule.');
        }
        return create('ScriptApp.ClockTriggerBuilder.create', {
          handler,
          eventType: 'CLOCK',
          source: 'CLOCK',
          sourceId: null,
          everyMs,
          nextAt: everyMs !== null ? rt.now + everyMs : at,
        });
      },
    };
    return b;
  };

  const spreadsheetBuilder = (handler: string, sourceId: string) => {
    let type: TriggerRecord['eventType'] | null = null;
    const c = <T>(m: string, f: () => T) => rt.call(`ScriptApp.SpreadsheetTriggerBuilder.${m}`, t, f);
    const choose = (eventType: TriggerRecord['eventType']) => {
      type = eventType;
      return b;
    };
    const b = {
      onOpen: () => c('onOpen', () => choose('ON_OPEN')),
      onEdit: () => c('onEdit', () => choose('ON_EDIT')),
      onChange: () => c('onChange', () => choose('ON_CHANGE')),
      onFormSubmit: () => c('onFormSubmit', () => choose('ON_FORM_SUBMIT')),
      create(): FakeTrigger {
        if (type === null) {
          rt.call('ScriptApp.SpreadsheetTriggerBuilder.create', t);
          throw new Error('Invalid trigger: no event type chosen.');
        }
        return create('ScriptApp.SpreadsheetTriggerBuilder.create', {
          handler,
          eventType: type,
          source: 'SPREADSHEETS',
          sourceId,
          everyMs: null,
          nextAt: null,
        });
      },
    };
    return b;
  };

  const sourceIdOf = (ss: unknown): string => {
    if (typeof ss === 'string') return ss;
    const getId = (ss as { getId?: () => string } | null)?.getId;
    if (typeof getId === 'function') return getId.call(ss);
    throw signatureError('TriggerBuilder.forSpreadsheet', [ss]);
  };

  return {
    AuthMode,
    EventType,
    TriggerSource,
    AuthorizationStatus,
    InstallationSource,
    /**
     * NONE in a bound script ("not running as an add-on"); WEB_STORE_ADD_ON for an add-on the user installed; in a
     * test deployment NONE (not documented; a test deployment is not an installation).
     */
    getInstallationSource: () =>
      rt.call('ScriptApp.getInstallationSource', t, () =>
        deployment() === 'addon' ? InstallationSource.WEB_STORE_ADD_ON : InstallationSource.NONE,
      ),
    getScriptId: () => rt.call('ScriptApp.getScriptId', t, () => opts.scriptId ?? 'emulated-script-id'),
    getOAuthToken: () =>
      rt.call('ScriptApp.getOAuthToken', t, () => (opts.token ? opts.token() : 'ya29.emu.none')),
    getAuthorizationInfo: (_authMode?: unknown) =>
      rt.call('ScriptApp.getAuthorizationInfo', t, () => ({
        getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED,
        getAuthorizationUrl: () => null,
      })),
    newTrigger(functionName: string) {
      return rt.call('ScriptApp.newTrigger', t, () => {
        if (typeof functionName !== 'string') throw signatureError('ScriptApp.newTrigger', [functionName]);
        const b = {
          timeBased: () => rt.call('ScriptApp.TriggerBuilder.timeBased', t, () => clockBuilder(functionName)),
          forSpreadsheet: (ss: unknown) =>
            rt.call('ScriptApp.TriggerBuilder.forSpreadsheet', t, () =>
              spreadsheetBuilder(functionName, sourceIdOf(ss)),
            ),
        };
        return b;
      });
    },
    getProjectTriggers: (): FakeTrigger[] =>
      rt.call('ScriptApp.getProjectTriggers', t, () => {
        refuseInTest();
        return mgr.live(opts.user()).map((r) => new FakeTrigger(rt, r));
      }),
    getUserTriggers: (ss: unknown): FakeTrigger[] =>
      rt.call('ScriptApp.getUserTriggers', t, () => {
        refuseInTest();
        const id = sourceIdOf(ss);
        return mgr
          .live(opts.user())
          .filter((r) => r.sourceId === id || (r.source === 'CLOCK' && r.documentId === id))
          .map((r) => new FakeTrigger(rt, r));
      }),
    deleteTrigger: (trigger: FakeTrigger): void =>
      rt.call('ScriptApp.deleteTrigger', t, () => {
        refuseInTest();
        if (!(trigger instanceof FakeTrigger)) throw signatureError('ScriptApp.deleteTrigger', [trigger]);
        trigger._record.deleted = true;
      }),
    /** Emulator-only: runs the clock triggers due at the simulated now (see TriggerManager.fireDue). */
    _fireDueTriggers: () => mgr.fireDue(),
  };
}
