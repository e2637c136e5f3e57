// The emulated Apps Script environment: one runtime, one spreadsheet, every service global, and the execution bookkeeping.

import { join } from 'node:path';
import { MIME_TYPE } from './base';
import { type CacheStore, type CacheStores, createCacheService, createCacheStores } from './cache';
import { createDocumentApp } from './docs';
import { createDrive, type EmulatedDrive } from './drive';
import { createFormApp } from './forms';
import { createHtmlService } from './html';
import { createLockService, LockManager } from './lock';
import { createMailApp } from './mail';
import {
  createPropertiesService,
  createPropertyStores,
  PropertyStore,
  type PropertyStores,
} from './properties';
import { type AuthMode, type Quotas, Runtime } from './runtime';
import { createScriptApp, type Deployment, TriggerManager } from './script';
import { createChartsGlobal, createSpreadsheetApp, FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';
import { createUrlFetchApp, emulatedToken } from './urlfetch';
import { createLogging, createSession, createUtilities, type LogEntry } from './utilities';

/** What started the current execution: a simple trigger (onOpen…), a menu click, a sidebar call, an installable trigger. */
export type ExecutionContext = 'simple' | 'menu' | 'rpc' | 'trigger';

export const UI_CONTEXT_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';

/**
 * How the script is deployed: `'bound'` a script bound to the spreadsheet, `'addon'` an installed editor add-on,
 * `'addon-test'` an editor add-on test deployment (Deploy > Test deployments). In both add-on modes a time-driven
 * trigger runs with no containing document; a test deployment supports no installable triggers.
 */
export type { Deployment };

export interface EnvironmentOptions {
  spreadsheet?: FakeSpreadsheet;
  /** Simulated start time (default 2026-11-27 09:00 WIB, see Runtime). */
  start?: Date;
  quotas?: Quotas;
  /** Where HtmlService finds `<name>.html` (default `<cwd>/dist`). */
  distDir?: string;
  /** The running user's email (default admin@example.go.id); change it between executions with `setUser`. */
  user?: string;
  /**
   * The Cloud project (OAuth client) the script runs under (default 'default', the Apps Script-managed one).
   * drive.file grants are per user and per OAuth client: `setCloudProject` models moving the script.
   */
  cloudProject?: string;
  /** The user's locale for Session.getActiveUserLocale (default 'id'). */
  locale?: string;
  /** Caption of createAddonMenu() (the add-on's name). */
  addonName?: string;
  /** Print Logger/console output to stderr as well as recording it. */
  verbose?: boolean;
  /** How the script is deployed (default 'bound'); see Deployment. */
  deployment?: Deployment;
}

export interface Environment {
  rt: Runtime;
  ss: FakeSpreadsheet;
  ui: FakeUi;
  /** The globals the bundle sees (SpreadsheetApp, HtmlService, …). */
  globals: Record<string, unknown>;
  /** The user the next (or current) execution runs as: Session, drive.file, DocumentApp, user properties/cache. */
  user: string;
  /** The Cloud project the script runs under. */
  cloudProject: string;
  /** Runs the following executions as another user (between executions only). */
  setUser(email: string): void;
  /** Moves the script to another Cloud project (between executions only). */
  setCloudProject(project: string): void;
  /** Runs `fn` as `email`, then switches back (the loader runs an installable trigger as its owner). */
  runAs<T>(email: string, fn: () => T): T;
  distDir: string;
  /** The emulated Drive (files made by Drive/DocumentApp), for inspection. */
  drive: EmulatedDrive;
  /** Property stores (emulator side); `user` is the current user's store (`userProps(email)` for any). */
  props: PropertyStores;
  caches: CacheStores;
  /** The user properties of one user. */
  userProps(email: string): PropertyStore;
  locks: LockManager;
  triggers: TriggerManager;
  /** Logger.log and console.* records. */
  logs: LogEntry[];
  /** The current execution's context, null between executions. */
  context: ExecutionContext | null;
  /** Id of the current execution (0 between executions). */
  execution: number;
  /** Number of executions started so far. */
  executions: number;
  deployment: Deployment;
  /** Whether the current execution has a containing document (not so in an add-on's time-driven trigger). */
  hasDocument(): boolean;
  /** SpreadsheetApp.getUi() as the script sees it: throws in a time-driven trigger. */
  getUi(): FakeUi;
  beginExecution(opts: { context: ExecutionContext; authMode: AuthMode }): number;
  /** Ends the execution: releases its locks (Google does at the end of every execution). */
  endExecution(): void;
}

/** One store per user, made on first use; `first` is the starting user's. */
function perUser<T>(firstUser: string, first: T, make: () => T): (email: string) => T {
  const stores = new Map<string, T>([[firstUser, first]]);
  return (email) => {
    let s = stores.get(email);
    if (!s) {
      s = make();
      stores.set(email, s);
    }
    return s;
  };
}

export function createEnvironment(opts: EnvironmentOptions = {}): Environment {
  const ss = opts.spreadsheet ?? new FakeSpreadsheet({});
  const rt = new Runtime({ start: opts.start, quotas: opts.quotas, timeZone: 'Asia/Jakarta' });
  const user = opts.user ?? 'admin@example.go.id';
  const ui = new FakeUi(rt, opts.addonName ?? 'DOU ASN');
  const logs: LogEntry[] = [];
  const shared = createPropertyStores();
  const sharedCaches = createCacheStores();
  // User properties and the user cache belong to one user each; document and script stores are shared.
  const userProps = perUser<PropertyStore>(user, shared.user, () => new PropertyStore('user'));
  const userCache = perUser<CacheStore>(user, sharedCaches.user, () => createCacheStores().user);
  const props: PropertyStores = {
    document: shared.document,
    script: shared.script,
    get user() {
      return userProps(env.user);
    },
  };
  const caches: CacheStores = {
    document: sharedCaches.document,
    script: sharedCaches.script,
    get user() {
      return userCache(env.user);
    },
  };
  const triggers = new TriggerManager(rt);
  const between = (what: string) => {
    if (env.execution !== 0) throw new Error(`[emulator] ${what} only between executions`);
  };

  const env: Environment = {
    rt,
    ss,
    ui,
    globals: {},
    user,
    cloudProject: opts.cloudProject ?? 'default',
    setUser(email: string) {
      between('setUser');
      env.user = String(email);
    },
    setCloudProject(project: string) {
      between('setCloudProject');
      env.cloudProject = String(project);
    },
    runAs<T>(email: string, fn: () => T): T {
      const before = env.user;
      env.setUser(email);
      try {
        return fn();
      } finally {
        env.user = before;
      }
    },
    userProps,
    distDir: opts.distDir ?? join(process.cwd(), 'dist'),
    drive: undefined as unknown as EmulatedDrive,
    props,
    caches,
    locks: undefined as unknown as LockManager,
    triggers,
    logs,
    context: null,
    execution: 0,
    executions: 0,
    deployment: opts.deployment ?? 'bound',
    hasDocument: () => env.deployment === 'bound' || env.context !== 'trigger',
    getUi(): FakeUi {
      if (env.context === 'trigger') throw new Error(UI_CONTEXT_MESSAGE);
      return ui;
    },
    beginExecution({ context, authMode }) {
      if (env.execution !== 0) throw new Error('[emulator] an execution is already running');
      env.executions += 1;
      env.execution = env.executions;
      env.context = context;
      rt.beginExecution();
      rt.authMode = authMode;
      return env.execution;
    },
    endExecution() {
      if (env.execution !== 0) env.locks.releaseExecution(env.execution);
      env.execution = 0;
      env.context = null;
      rt.endExecution();
      rt.authMode = 'FULL';
    },
  };
  env.locks = new LockManager(rt, () => env.execution);

  const { Logger, console } = createLogging(rt, logs, { verbose: opts.verbose });
  const hasDocument = () => env.hasDocument();
  const spreadsheetApp = createSpreadsheetApp(rt, ss, ui);
  // Without a containing document (an add-on's time-driven trigger) the active spreadsheet, sheet and range are
  // null; the call is still made and counted.
  for (const name of ['getActiveSpreadsheet', 'getActive', 'getActiveSheet', 'getActiveRange'] as const) {
    const plain = spreadsheetApp[name] as () => unknown;
    (spreadsheetApp as Record<string, unknown>)[name] = () => {
      const value = plain();
      return hasDocument() ? value : null;
    };
  }
  const plainGetUi = spreadsheetApp.getUi;
  // The call is made (and counted) first, then refused outside a UI context, as on Google.
  spreadsheetApp.getUi = () => {
    plainGetUi();
    return env.getUi();
  };
  const drive = createDrive(rt, { user: () => env.user, project: () => env.cloudProject });
  env.drive = drive;
  env.globals = {
    SpreadsheetApp: spreadsheetApp,
    Charts: createChartsGlobal(),
    HtmlService: createHtmlService(rt, { distDir: () => env.distDir }),
    PropertiesService: createPropertiesService(rt, () => props, hasDocument),
    LockService: createLockService(rt, env.locks, { hasDocument, user: () => env.user }),
    CacheService: createCacheService(rt, () => caches, hasDocument),
    Session: createSession(rt, { user: () => env.user, locale: opts.locale ?? 'id' }),
    Utilities: createUtilities(rt),
    Logger,
    console,
    ScriptApp: createScriptApp(rt, triggers, {
      user: () => env.user,
      documentId: () => (hasDocument() ? ss._id : null),
      deployment: () => env.deployment,
      token: () => emulatedToken(env.user, env.cloudProject),
    }),
    MimeType: MIME_TYPE,
    // ---- services defined in their own modules (one line each) ----
    FormApp: createFormApp(rt, ss),
    Drive: drive.api,
    DocumentApp: createDocumentApp(rt, drive),
    MailApp: createMailApp(rt),
    UrlFetchApp: createUrlFetchApp(rt, drive),
  };
  return env;
}
