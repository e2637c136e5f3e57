// Tests of the emulated base services: Ui, HtmlService, Properties, Lock, Cache, Session, Utilities, Logger/console, ScriptApp.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { FakeBlob } from '../../emulator/base';
import { createCacheService, createCacheStores } from '../../emulator/cache';
import { createEnvironment, UI_CONTEXT_MESSAGE } from '../../emulator/environment';
import { createHtmlService } from '../../emulator/html';
import { createLockService, LOCK_TIMEOUT_MESSAGE, LockManager } from '../../emulator/lock';
import { createPropertiesService, createPropertyStores, PROPERTY_MESSAGES } from '../../emulator/properties';
import { COST_MODEL, Runtime } from '../../emulator/runtime';
import { createScriptApp, TRIGGER_MESSAGES, TriggerManager } from '../../emulator/script';
import { Button, ButtonSet, FakeUi } from '../../emulator/ui';
import { createLogging, createSession, createUtilities, type LogEntry } from '../../emulator/utilities';

const START = new Date('2026-11-27T09:00:00+07:00');
const newRt = () => new Runtime({ start: START });

describe('Ui', () => {
  test('menus are recorded as a tree; adding the same menu again replaces it', () => {
    const rt = newRt();
    const ui = new FakeUi(rt, 'DOU ASN');
    const sub = ui.createMenu('Sertifikat').addItem('Buat', 'buatSertifikat');
    ui.createAddonMenu().addItem('Buka Panel', 'bukaPanel').addSeparator().addSubMenu(sub).addToUi();
    expect(ui._menus).toEqual([
      {
        caption: 'DOU ASN',
        addon: true,
        items: [
          { type: 'item', caption: 'Buka Panel', functionName: 'bukaPanel' },
          { type: 'separator' },
          {
            type: 'submenu',
            caption: 'Sertifikat',
            items: [{ type: 'item', caption: 'Buat', functionName: 'buatSertifikat' }],
          },
        ],
      },
    ]);
    ui.createAddonMenu().addItem('Bantuan', 'bantuan').addToUi();
    expect(ui._menus).toHaveLength(1);
    expect(ui._findItem('Bantuan')).toEqual({ type: 'item', caption: 'Bantuan', functionName: 'bantuan' });
    expect(ui._findItem('Buka Panel')).toBeNull();
    expect(rt.counts.get('SpreadsheetApp.Menu.addItem')).toBe(3);
  });

  test('addItem wants the function NAME (a string), as on Google', () => {
    const ui = new FakeUi(newRt(), 'X');
    expect(() => ui.createAddonMenu().addItem('A', (() => 1) as unknown as string)).toThrow(
      "don't match the method signature for Menu.addItem",
    );
  });

  test('building the menu is allowed in AuthMode.NONE, an alert is not', () => {
    const rt = newRt();
    rt.authMode = 'NONE';
    const ui = new FakeUi(rt, 'DOU ASN');
    ui.createAddonMenu().addItem('Buka', 'buka').addToUi();
    expect(ui._menus).toHaveLength(1);
    expect(() => ui.alert('hai')).toThrow('Required permissions are not available in AuthMode.NONE');
  });

  test('alert answers from the scripted queue, default the first button; all overloads', () => {
    const ui = new FakeUi(newRt(), 'X');
    expect(ui.alert('Selesai')).toBe(Button.OK);
    expect(ui.alert('Hapus?', ButtonSet.YES_NO)).toBe(Button.YES);
    ui._respond('NO', 'CLOSE');
    expect(ui.alert('Judul', 'Hapus?', ButtonSet.YES_NO)).toBe(Button.NO);
    expect(ui.alert('Lanjut?', ButtonSet.OK_CANCEL)).toBe(Button.CLOSE);
    expect(ui._alerts.map((a) => [a.title, a.prompt, a.buttonSet, a.response])).toEqual([
      ['', 'Selesai', 'OK', 'OK'],
      ['', 'Hapus?', 'YES_NO', 'YES'],
      ['Judul', 'Hapus?', 'YES_NO', 'NO'],
      ['', 'Lanjut?', 'OK_CANCEL', 'CLOSE'],
    ]);
    ui._respond('YES');
    expect(() => ui.alert('x', ButtonSet.OK)).toThrow('not a button of ButtonSet.OK');
    expect(String(Button.OK)).toBe('OK');
  });

  test('prompt returns the scripted text and button', () => {
    const ui = new FakeUi(newRt(), 'X');
    ui._respondPrompt('K-01');
    const r = ui.prompt('Kode kegiatan?');
    expect(r.getResponseText()).toBe('K-01');
    expect(r.getSelectedButton()).toBe(Button.OK);
  });

  test('sidebars and dialogs are recorded from HtmlOutput; anything else is refused', () => {
    const rt = newRt();
    const ui = new FakeUi(rt, 'X');
    const html = createHtmlService(rt, { distDir: () => tmpdir() });
    ui.showSidebar(html.createHtmlOutput('<p>hai</p>').setTitle('DOU ASN'));
    ui.showModalDialog(html.createHtmlOutput('<p>d</p>').setWidth(400).setHeight(300), 'Bantuan');
    expect(ui._currentSidebar()).toMatchObject({ kind: 'sidebar', title: 'DOU ASN', content: '<p>hai</p>' });
    expect(ui._dialogs[0]).toMatchObject({ kind: 'modal', title: 'Bantuan', width: 400, height: 300 });
    expect(() => ui.showSidebar('<p>x</p>')).toThrow("don't match the method signature for Ui.showSidebar");
  });

  test('getUi() throws from a time-driven trigger, works in other contexts', () => {
    const env = createEnvironment({ start: START });
    const app = env.globals.SpreadsheetApp as { getUi(): FakeUi };
    env.beginExecution({ context: 'trigger', authMode: 'FULL' });
    expect(() => app.getUi()).toThrow(UI_CONTEXT_MESSAGE);
    env.endExecution();
    env.beginExecution({ context: 'menu', authMode: 'FULL' });
    expect(app.getUi()).toBe(env.ui);
    env.endExecution();
  });
});

describe('HtmlService', () => {
  const dir = mkdtempSync(join(tmpdir(), 'html-'));
  writeFileSync(join(dir, 'sidebar.html'), '<!doctype html><p>Panel</p>');

  test('createHtmlOutputFromFile reads <distDir>/<name>.html as is', () => {
    const rt = newRt();
    const html = createHtmlService(rt, { distDir: () => dir });
    const out = html.createHtmlOutputFromFile('sidebar').setTitle('DOU ASN').setWidth(300);
    expect(out.getContent()).toBe('<!doctype html><p>Panel</p>');
    expect(out.getTitle()).toBe('DOU ASN');
    expect(out.getWidth()).toBe(300);
    expect(rt.counts.get('HtmlService.createHtmlOutputFromFile')).toBe(1);
  });

  test("a missing file throws Google's message (also for the name with its extension)", () => {
    const html = createHtmlService(newRt(), { distDir: () => dir });
    expect(() => html.createHtmlOutputFromFile('panel')).toThrow('No HTML file named panel was found.');
    expect(() => html.createHtmlOutputFromFile('sidebar.html')).toThrow(
      'No HTML file named sidebar.html was found.',
    );
  });

  test('append, appendUntrusted escapes, enums and options are recorded', () => {
    const html = createHtmlService(newRt(), { distDir: () => dir });
    const out = html
      .createHtmlOutput('<b>')
      .append('x</b>')
      .appendUntrusted('<script>')
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)
      .setSandboxMode(html.SandboxMode.IFRAME);
    expect(out.getContent()).toBe('<b>x</b>&#60;script&#62;');
    expect(out._snapshot()).toMatchObject({ xFrameOptionsMode: 'ALLOWALL', sandboxMode: 'IFRAME' });
    expect(out.getBlob().getContentType()).toBe('text/html');
  });
});

describe('PropertiesService', () => {
  const setup = (hasDocument = true) => {
    const rt = newRt();
    const stores = createPropertyStores();
    return {
      rt,
      stores,
      svc: createPropertiesService(
        rt,
        () => stores,
        () => hasDocument,
      ),
    };
  };

  test('values are strings; missing keys read null; costs 30 ms read, 60 ms write', () => {
    const { rt, stores, svc } = setup();
    const p = svc.getDocumentProperties()!;
    p.setProperty('n', 42 as unknown as string).setProperty('b', true as unknown as string);
    expect(p.getProperty('n')).toBe('42');
    expect(p.getProperty('nope')).toBeNull();
    expect(p.getProperties()).toEqual({ n: '42', b: 'true' });
    expect(p.getKeys().sort()).toEqual(['b', 'n']);
    expect(rt.costs.get('PropertiesService.Properties.getProperty')).toBe(2 * COST_MODEL.propertiesRead);
    expect(rt.costs.get('PropertiesService.Properties.setProperty')).toBe(2 * COST_MODEL.propertiesWrite);
    p.setProperties({ a: '1' }, true);
    expect(stores.document.toObject()).toEqual({ a: '1' });
    p.deleteProperty('a').setProperties({ x: '1', y: '2' });
    p.deleteAllProperties();
    expect(p.getKeys()).toEqual([]);
  });

  test('the returned object is a copy, not a live view', () => {
    const { svc } = setup();
    const p = svc.getUserProperties();
    p.setProperty('k', 'v');
    const all = p.getProperties();
    all.k = 'changed';
    expect(p.getProperty('k')).toBe('v');
  });

  test('9 KB per value (enforced: the measured 8,066 bytes) and 500 KB per store, with nothing half-written', () => {
    const { stores, svc } = setup();
    const p = svc.getScriptProperties();
    expect(() => p.setProperty('big', 'x'.repeat(8067))).toThrow(PROPERTY_MESSAGES.valueTooLarge);
    expect(() => p.setProperty('big', 'x'.repeat(9 * 1024))).toThrow(PROPERTY_MESSAGES.valueTooLarge);
    expect(() => p.setProperty('big', 'é'.repeat(4034))).toThrow('Argument too large: value'); // 8,068 bytes
    expect(() => p.setProperties({ a: 'x', big: 'x'.repeat(8067) })).toThrow('Argument too large: value');
    p.setProperty('ok', 'x'.repeat(8066));
    const many: Record<string, string> = {};
    for (let i = 0; i < 70; i++) many[`k${i}`] = 'y'.repeat(8000);
    expect(() => p.setProperties(many)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(Object.keys(stores.script.toObject())).toEqual(['ok']);
  });

  test('document properties throw in AuthMode.NONE; null without a document', () => {
    const { rt, svc } = setup();
    rt.authMode = 'NONE';
    expect(() => svc.getDocumentProperties()).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(setup(false).svc.getDocumentProperties()).toBeNull();
  });
});

describe('LockService', () => {
  const setup = () => {
    const rt = newRt();
    let execution = 1;
    const mgr = new LockManager(rt, () => execution);
    const svc = createLockService(rt, mgr);
    return { rt, mgr, svc, setExecution: (n: number) => (execution = n) };
  };

  test('tryLock succeeds when free; a second lock object waits, fails and the clock moves on', () => {
    const { rt, svc } = setup();
    const a = svc.getDocumentLock()!;
    expect(a.hasLock()).toBe(false);
    expect(a.tryLock(1000)).toBe(true);
    expect(a.hasLock()).toBe(true);
    const b = svc.getDocumentLock()!;
    const before = rt.now;
    expect(b.tryLock(5000)).toBe(false);
    expect(rt.now - before).toBe(5000);
    expect(() => b.waitLock(2000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    a.releaseLock();
    expect(b.tryLock(0)).toBe(true);
  });

  test('another execution holding the lock: waits until it lets go, or times out', () => {
    const { rt, svc } = setup();
    svc._holdDocumentLock();
    expect(svc.getDocumentLock()!.tryLock(10_000)).toBe(false);
    svc._releaseExternal();
    expect(svc.getDocumentLock()!.tryLock(10_000)).toBe(true);

    const s2 = setup();
    s2.svc._holdDocumentLock(3000);
    const t0 = s2.rt.now;
    s2.svc.getDocumentLock()!.waitLock(10_000);
    expect(s2.rt.now - t0).toBe(3000);
    expect(rt.totalCalls('LockService')).toBeGreaterThan(0);
  });

  test('a lock is released when its execution ends', () => {
    const { mgr, svc, setExecution } = setup();
    expect(svc.getDocumentLock()!.tryLock(0)).toBe(true);
    expect(mgr.isHeld('document')).toBe(true);
    mgr.releaseExecution(1);
    setExecution(2);
    expect(svc.getDocumentLock()!.tryLock(0)).toBe(true);
  });

  test('environment: the lock of an execution is freed at endExecution', () => {
    const env = createEnvironment({ start: START });
    const ls = env.globals.LockService as ReturnType<typeof createLockService>;
    env.beginExecution({ context: 'rpc', authMode: 'FULL' });
    expect(ls.getDocumentLock()!.tryLock(0)).toBe(true);
    env.endExecution();
    expect(env.locks.isHeld('document')).toBe(false);
  });

  test('getDocumentLock is null without a document; waiting past 6 minutes ends the execution', () => {
    const rt = newRt();
    const mgr = new LockManager(rt, () => 1);
    expect(createLockService(rt, mgr, { hasDocument: () => false }).getDocumentLock()).toBeNull();
    const svc = createLockService(rt, mgr);
    svc._holdDocumentLock();
    rt.beginExecution();
    expect(() => svc.getDocumentLock()!.tryLock(7 * 60 * 1000)).toThrow('Exceeded maximum execution time');
  });
});

describe('CacheService', () => {
  test('put/get/getAll/putAll/remove/removeAll; entries expire on the simulated clock', () => {
    const rt = newRt();
    const stores = createCacheStores();
    const cache = createCacheService(rt, () => stores).getDocumentCache()!;
    cache.put('a', '1', 60);
    cache.putAll({ b: '2', c: '3' }, 3600);
    expect(cache.get('a')).toBe('1');
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    rt.advance(61_000);
    expect(cache.get('a')).toBeNull();
    cache.remove('b');
    expect(cache.get('b')).toBeNull();
    cache.removeAll(['c']);
    expect(cache.getAll(['c'])).toEqual({});
    cache.put('d', '4'); // default 600 s
    rt.advance(599_000);
    expect(cache.get('d')).toBe('4');
    stores.document.evictAll();
    expect(cache.get('d')).toBeNull();
  });

  test('limits: 100 KB per value, 250-character keys, at most 21600 s', () => {
    const cache = createCacheService(newRt(), () => createCacheStores()).getScriptCache();
    expect(() => cache.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'v', 21_601)).toThrow('Argument out of range: expirationInSeconds');
    cache.put('k', 'v', 21_600);
    expect(cache.get('k')).toBe('v');
  });
});

describe('Session', () => {
  test('time zone, locale and user', () => {
    const rt = newRt();
    const s = createSession(rt, { user: () => 'admin@example.go.id' });
    expect(s.getScriptTimeZone()).toBe('Asia/Jakarta');
    expect(s.getActiveUserLocale()).toBe('id');
    expect(s.getActiveUser().getEmail()).toBe('admin@example.go.id');
    expect(s.getEffectiveUser().getEmail()).toBe('admin@example.go.id');
    expect(s.getTemporaryActiveUserKey()).toBe(s.getTemporaryActiveUserKey());
    expect(rt.counts.get('Session.User.getEmail')).toBe(2);
  });
});

describe('Utilities.formatDate (outputs checked against Java 17 SimpleDateFormat, Locale.US)', () => {
  const u = createUtilities(newRt());
  const at = new Date(1795744800000); // 2026-11-27 09:00 WIB
  test.each([
    [at, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm:ss', '2026-11-27 09:00:00'],
    [at, 'Asia/Jakarta', 'EEEE, d MMMM yyyy', 'Friday, 27 November 2026'],
    [at, 'Asia/Jakarta', "EEE, MMM d, ''yy h:mm a z", "Fri, Nov 27, '26 9:00 AM WIB"],
    [at, 'Asia/Jakarta', 'Z X XX XXX zzzz', '+0700 +07 +0700 +07:00 Western Indonesia Time'],
    [at, 'UTC', "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", '2026-11-27T02:00:00.000Z'],
    [at, 'GMT+7', 'HH:mm z', '09:00 GMT+07:00'],
    [new Date(1766880000000), 'Asia/Jakarta', "YYYY-'W'ww u D", '2026-W01 7 362'],
    [new Date(1735666200000), 'Asia/Jakarta', 'h:mm a k K H', '12:30 AM 24 0 0'],
    [
      new Date(1717200000000),
      'America/New_York',
      'yyyy-MM-dd HH:mm zzz Z XXX',
      '2024-05-31 20:00 EDT -0400 -04:00',
    ],
  ])('%s in %s as %s', (d, tz, pattern, expected) => {
    expect(u.formatDate(d, tz, pattern)).toBe(expected);
  });

  test('a time-only cell (1899-12-30 08:00 in Jakarta, LMT +07:07:12) reads 08:00 and prints +0707', () => {
    // 08:00 local mean time = 00:52:48 UTC on 1899-12-30.
    const t = new Date(Date.UTC(1899, 11, 30, 0, 52, 48));
    expect(u.formatDate(t, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm:ss')).toBe('1899-12-30 08:00:00');
    expect(u.formatDate(t, 'Asia/Jakarta', 'Z')).toBe('+0707');
    expect(u.formatDate(t, 'Asia/Jakarta', 'XXX')).toBe('+07:07');
    // A fixed offset is 7 min 12 s off, as GAS-FACTS warns.
    expect(u.formatDate(t, 'GMT+7', 'HH:mm:ss')).toBe('07:52:48');
  });

  test('errors: illegal letters, unterminated quotes, wrong argument types, unknown zones', () => {
    expect(() => u.formatDate(at, 'Asia/Jakarta', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
    expect(() => u.formatDate(at, 'Asia/Jakarta', "'abc")).toThrow('Unterminated quote');
    expect(() => u.formatDate('2026-11-27' as unknown as Date, 'Asia/Jakarta', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
    expect(() => u.formatDate(at, 'WIB', 'yyyy')).toThrow('Invalid argument: timeZone');
    expect(() => u.formatDate(at, 'UTC+7', 'yyyy')).toThrow('Invalid argument: timeZone');
  });
});

describe('Utilities: blobs, digests, base64, sleep, uuid, formatString', () => {
  test('newBlob: signed bytes, string, name and type; getAs only to its own type', () => {
    const u = createUtilities(newRt());
    const b = u.newBlob('é', 'text/plain', 'a.txt');
    expect(b.getBytes()).toEqual([-61, -87]);
    expect(b.getDataAsString()).toBe('é');
    expect(b.getName()).toBe('a.txt');
    expect(b.setName('b.txt').getName()).toBe('b.txt');
    expect(b.copyBlob().getContentType()).toBe('text/plain');
    expect(u.newBlob([-61, -87]).getDataAsString()).toBe('é');
    expect(u.newBlob('x').getContentType()).toBeNull();
    expect(b.getAs('text/plain')).toBeInstanceOf(FakeBlob);
    expect(() => b.getAs('application/pdf')).toThrow(
      'Converting from text/plain to application/pdf is not supported.',
    );
  });

  test('computeDigest and base64 round trip', () => {
    const u = createUtilities(newRt());
    const md5 = u.computeDigest(u.DigestAlgorithm.MD5, 'abc');
    expect(md5.slice(0, 4)).toEqual([-112, 1, 80, -104]); // 900150983cd2…
    const sha = u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc');
    expect(sha).toHaveLength(32);
    expect(u.base64Encode('DOU ASN')).toBe('RE9VIEFTTg==');
    expect(u.newBlob(u.base64Decode('RE9VIEFTTg==')).getDataAsString()).toBe('DOU ASN');
    expect(u.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(() => u.base64Decode('%%%')).toThrow('Could not decode string.');
  });

  test('sleep advances the simulated clock and is counted; over 5 minutes is refused', () => {
    const rt = newRt();
    const u = createUtilities(rt);
    const t0 = rt.now;
    u.sleep(2000);
    expect(rt.now - t0).toBe(2000);
    expect(rt.counts.get('Utilities.sleep')).toBe(1);
    expect(() => u.sleep(300_001)).toThrow('Invalid argument: milliseconds');
  });

  test('getUuid is UUID-shaped and reproducible; formatString is sprintf-like', () => {
    const a = createUtilities(newRt());
    const b = createUtilities(newRt());
    const id = a.getUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b.getUuid()).toBe(id);
    expect(a.getUuid()).not.toBe(id);
    expect(a.formatString('%s: %05d %.2f %%', 'Nilai', 42, 80.5)).toBe('Nilai: 00042 80.50 %');
  });

  test('parseCsv handles quotes and newlines', () => {
    const u = createUtilities(newRt());
    expect(u.parseCsv('a,"b,""c"""\n1,2')).toEqual([
      ['a', 'b,"c"'],
      ['1', '2'],
    ]);
  });
});

describe('Logger and console', () => {
  test('records instead of printing; Logger.log accepts a format', () => {
    const rt = newRt();
    const logs: LogEntry[] = [];
    const { Logger, console } = createLogging(rt, logs);
    Logger.log('Baris %s dari %s', 3, 10);
    Logger.log({ a: 1 });
    console.warn('awas', 1);
    console.error(new Error('gagal').message);
    expect(logs.map((l) => [l.level, l.message])).toEqual([
      ['Logger', 'Baris 3 dari 10'],
      ['Logger', '{ a: 1 }'],
      ['warn', 'awas 1'],
      ['error', 'gagal'],
    ]);
    expect(Logger.getLog()).toBe('Baris 3 dari 10\n{ a: 1 }\n');
    expect(rt.counts.get('console.warn')).toBe(1);
  });
});

describe('ScriptApp', () => {
  const setup = (doc = 'doc-1') => {
    const rt = newRt();
    const mgr = new TriggerManager(rt);
    let documentId = doc;
    const app = createScriptApp(rt, mgr, { user: () => 'admin@example.go.id', documentId: () => documentId });
    return { rt, mgr, app, setDoc: (d: string) => (documentId = d) };
  };

  test('AuthMode values are enum objects, not strings', () => {
    const { app } = setup();
    expect(String(app.AuthMode.NONE)).toBe('NONE');
    expect(app.AuthMode.FULL).not.toBe('FULL');
    expect(app.AuthMode.LIMITED.name()).toBe('LIMITED');
  });

  test('add-on limits: hourly at most; one time-based trigger per user per document', () => {
    const { app } = setup();
    expect(() => app.newTrigger('job').timeBased().everyMinutes(30).create()).toThrow(
      TRIGGER_MESSAGES.addonTooFrequent,
    );
    expect(() =>
      app
        .newTrigger('job')
        .timeBased()
        .after(10 * 60 * 1000)
        .create(),
    ).toThrow("Add-ons can't create a time-based trigger that runs more frequently than once per hour.");
    const t = app.newTrigger('job').timeBased().everyHours(1).create();
    expect(t.getHandlerFunction()).toBe('job');
    expect(String(t.getEventType())).toBe('CLOCK');
    expect(() => app.newTrigger('other').timeBased().everyHours(2).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(app.getProjectTriggers()).toHaveLength(1);
    app.deleteTrigger(t);
    expect(app.getProjectTriggers()).toHaveLength(0);
    expect(app.newTrigger('job').timeBased().everyHours(4).create().getUniqueId()).toMatch(/^\d+$/);
  });

  test('a one-shot trigger fires once and stays listed; everyHours takes 1, 2, 4, 6, 8 or 12', () => {
    const { rt, mgr, app } = setup();
    const fired: string[] = [];
    mgr.runner = (handler) => {
      fired.push(handler);
    };
    expect(() => app.newTrigger('job').timeBased().everyHours(3)).toThrow('Invalid argument: everyHours');
    app
      .newTrigger('later')
      .timeBased()
      .after(2 * 60 * 60 * 1000)
      .create();
    rt.advance(2 * 60 * 60 * 1000);
    app._fireDueTriggers();
    rt.advance(10 * 60 * 60 * 1000);
    app._fireDueTriggers();
    expect(fired).toEqual(['later']);
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['later']);
  });

  test('20 triggers per user per script', () => {
    const { app, setDoc } = setup();
    for (let i = 0; i < 20; i++) {
      setDoc(`doc-${i}`);
      app.newTrigger('job').timeBased().everyHours(1).create();
    }
    setDoc('doc-x');
    expect(() => app.newTrigger('job').timeBased().everyHours(1).create()).toThrow(TRIGGER_MESSAGES.tooMany);
    expect(app.getUserTriggers('doc-3')).toHaveLength(1);
  });

  test('due clock triggers fire on the simulated clock, once per period; failures are recorded', () => {
    const { rt, mgr, app } = setup();
    const fired: Array<[string, unknown]> = [];
    mgr.runner = (handler, event) => {
      fired.push([handler, event.authMode]);
      if (fired.length === 2) throw new Error('boom');
    };
    app.newTrigger('job').timeBased().everyHours(1).create();
    expect(app._fireDueTriggers()).toEqual([]);
    rt.advance(60 * 60 * 1000);
    expect(app._fireDueTriggers().map((r) => r.ok)).toEqual([true]);
    rt.advance(3 * 60 * 60 * 1000); // three periods missed: runs once
    const r = app._fireDueTriggers();
    expect(r.map((x) => x.ok)).toEqual([false]);
    expect((r[0].error as Error).message).toBe('boom');
    expect(fired).toHaveLength(2);
    expect(String(fired[0][1])).toBe('FULL');
  });
});

describe('deployment modes: bound script, editor add-on, add-on test deployment', () => {
  type G = {
    SpreadsheetApp: { getActiveSpreadsheet(): unknown; getActive(): unknown; getActiveSheet(): unknown };
    PropertiesService: { getDocumentProperties(): unknown; getUserProperties(): unknown };
    LockService: { getDocumentLock(): unknown; getScriptLock(): unknown };
    CacheService: { getDocumentCache(): unknown };
    ScriptApp: ReturnType<typeof createScriptApp>;
  };
  const envOf = (deployment?: 'bound' | 'addon' | 'addon-test') => {
    const env = createEnvironment({ start: START, ...(deployment ? { deployment } : {}) });
    return { env, g: env.globals as unknown as G };
  };
  const inTrigger = <T>(env: ReturnType<typeof createEnvironment>, fn: () => T): T => {
    env.beginExecution({ context: 'trigger', authMode: 'FULL' });
    try {
      return fn();
    } finally {
      env.endExecution();
    }
  };
  const containerView = (g: G) => ({
    ss: g.SpreadsheetApp.getActiveSpreadsheet() !== null,
    active: g.SpreadsheetApp.getActive() !== null,
    sheet: g.SpreadsheetApp.getActiveSheet() !== null,
    docProps: g.PropertiesService.getDocumentProperties() !== null,
    docLock: g.LockService.getDocumentLock() !== null,
    docCache: g.CacheService.getDocumentCache() !== null,
    userProps: g.PropertiesService.getUserProperties() !== null,
    scriptLock: g.LockService.getScriptLock() !== null,
  });
  const all = (v: boolean) => ({
    ss: v,
    active: v,
    sheet: v,
    docProps: v,
    docLock: v,
    docCache: v,
    userProps: true,
    scriptLock: true,
  });

  test('bound (the default): a time-driven trigger sees its spreadsheet, properties and lock', () => {
    const { env, g } = envOf();
    expect(env.deployment).toBe('bound');
    expect(inTrigger(env, () => containerView(g))).toEqual(all(true));
    expect(String(g.ScriptApp.getInstallationSource())).toBe('NONE');
  });

  test('editor add-on: a time-driven trigger has no containing document (null spreadsheet, properties, lock)', () => {
    const { env, g } = envOf('addon');
    expect(inTrigger(env, () => containerView(g))).toEqual(all(false));
    // the calls are still made and counted
    expect(env.rt.counts.get('SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
    // from the menu or the sidebar the document is there
    env.beginExecution({ context: 'rpc', authMode: 'FULL' });
    expect(containerView(g)).toEqual(all(true));
    env.endExecution();
    expect(g.ScriptApp.getInstallationSource()).toBe(g.ScriptApp.InstallationSource.WEB_STORE_ADD_ON);
    // installable triggers work; a clock trigger made in a document is listed for that document
    const t = g.ScriptApp.newTrigger('job').timeBased().everyHours(1).create();
    expect(g.ScriptApp.getUserTriggers(env.ss).map((x) => x.getUniqueId())).toEqual([t.getUniqueId()]);
    // without a document only getProjectTriggers can find it
    inTrigger(env, () => {
      expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
      expect(() => g.ScriptApp.getUserTriggers(g.SpreadsheetApp.getActiveSpreadsheet())).toThrow(
        /don't match the method signature/,
      );
    });
  });

  test('add-on test deployment: no document in a trigger, and every installable-trigger call throws', () => {
    const { env, g } = envOf('addon-test');
    expect(inTrigger(env, () => containerView(g))).toEqual(all(false));
    expect(String(g.ScriptApp.getInstallationSource())).toBe('NONE');
    const before = env.rt.totalCalls('ScriptApp');
    expect(() => g.ScriptApp.newTrigger('job').timeBased().everyHours(1).create()).toThrow(
      TRIGGER_MESSAGES.testDeployment,
    );
    expect(() => g.ScriptApp.getUserTriggers(env.ss)).toThrow(TRIGGER_MESSAGES.testDeployment);
    expect(() => g.ScriptApp.getProjectTriggers()).toThrow(TRIGGER_MESSAGES.testDeployment);
    expect(() => g.ScriptApp.deleteTrigger({} as never)).toThrow(TRIGGER_MESSAGES.testDeployment);
    expect(env.triggers.live()).toEqual([]);
    expect(env.rt.totalCalls('ScriptApp')).toBeGreaterThan(before); // refused calls are counted calls
  });
});

describe('Utilities: zip', () => {
  test('one application/zip blob, each blob an entry by its name, read back byte for byte', async () => {
    const u = createUtilities(newRt());
    const a = u.newBlob([1, 2, 3, -1], 'application/pdf', 'a.pdf');
    const b = u.newBlob('halo', 'text/plain', 'b.txt');
    const z = u.zip([a, b], 'sertifikat.zip');
    expect([z.getContentType(), z.getName()]).toEqual(['application/zip', 'sertifikat.zip']);
    const zip = await JSZip.loadAsync(Buffer.from(z.getBytes().map((x) => x & 255)));
    expect(Object.keys(zip.files).sort()).toEqual(['a.pdf', 'b.txt']);
    expect([...(await zip.file('a.pdf')!.async('uint8array'))]).toEqual([1, 2, 3, 255]);
    expect(await zip.file('b.txt')!.async('string')).toBe('halo');
  });

  test('stricter: a blob without a name or two of the same name is refused; not a list is a signature error', () => {
    const u = createUtilities(newRt());
    expect(() => u.zip([u.newBlob('x')])).toThrow(/without a name/);
    expect(() => u.zip([u.newBlob('x', 'text/plain', 'a'), u.newBlob('y', 'text/plain', 'a')])).toThrow(
      /two entries named a/,
    );
    expect(() => u.zip('x' as unknown)).toThrow(/don't match the method signature/);
  });
});
