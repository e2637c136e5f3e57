// Uji Layanan Google through the built bundle, clicked in the menu as Google would run it: every check agrees with
// the emulator (its stricter assumptions included), the scratch objects are gone afterwards, the admin's sheets are
// untouched, and the run stays far below the 6-minute limit.

import { join } from 'node:path';
import { _allForms } from '../../emulator/respondent';
import { importXlsx } from '../../emulator/xlsx';
import { CHECKS, type CheckId, SELF_TEST_COLUMNS, SELF_TEST_SHEET } from '../../src/gas/selfTest/checks';
import type { SelfTestResult } from '../../src/shared/rpc';
import { BUSY } from '../../src/text/id/rpc';
import { type Harness, harness, ROOT } from './harness';

const ALL_IDS = Object.keys(CHECKS) as CheckId[];

async function sample(): Promise<Harness> {
  const ss = await importXlsx(join(ROOT, 'examples', 'dou-asn-contoh.xlsx'));
  const h = harness({ spreadsheet: ss });
  await h.call('runSetup');
  h.addon.open('FULL');
  return h;
}

/** Everything of a sheet a run could change: name, values, formats, notes/validations/formulas, size, charts. */
function fingerprint(h: Harness): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of h.ss._sheets) {
    m.set(
      s._name,
      JSON.stringify({
        vals: s._vals,
        fmts: s._fmts,
        ext: s._ext,
        size: [s.getMaxRows(), s.getMaxColumns()],
        frozen: [s.getFrozenRows(), s.getFrozenColumns()],
        charts: s._charts.length,
      }),
    );
  }
  return m;
}

interface World {
  sheets: Map<string, string>;
  order: string[];
  files: string[];
  forms: string[];
  props: Record<string, Array<[string, string]>>;
  triggers: string[];
}

function world(h: Harness): World {
  return {
    sheets: fingerprint(h),
    order: h.ss._sheets.map((s) => s._name),
    files: h.env.drive
      ._files()
      .map((f) => f.id)
      .sort(),
    forms: _allForms(h.env.globals.FormApp as object)
      .map((f) => f.id)
      .sort(),
    props: Object.fromEntries(
      (['document', 'user', 'script'] as const).map((k) => [k, [...h.env.props[k].data.entries()].sort()]),
    ),
    triggers: h.env.triggers.triggers
      .filter((t) => !t.deleted)
      .map((t) => t.id)
      .sort(),
  };
}

interface ReportRow {
  id: string;
  what: string;
  assumes: string;
  seen: string;
  status: string;
  ref: string;
}

function report(h: Harness): ReportRow[] {
  const [head, ...rows] = h.values(SELF_TEST_SHEET);
  expect(head).toEqual(SELF_TEST_COLUMNS.map((c) => c.header));
  return rows.map(([id, what, assumes, seen, status, ref]) => ({
    id: String(id),
    what: String(what),
    assumes: String(assumes),
    seen: String(seen),
    status: String(status),
    ref: String(ref),
  }));
}

function lastAlert(h: Harness): string {
  const alerts = (h.env.ui as unknown as { _alerts: Array<{ prompt: string }> })._alerts;
  return alerts[alerts.length - 1]?.prompt ?? '';
}

describe('Uji Layanan Google (menu item) in the emulator', () => {
  let h: Harness;
  let before: World;
  let after: World;
  let rows: ReportRow[];
  let seconds: number;
  let calls: number;

  beforeAll(async () => {
    h = await sample();
    before = world(h);
    const t0 = h.env.rt.now;
    const c0 = Object.values(h.env.rt.snapshot()).reduce((a, b) => a + b, 0);
    h.addon.menuClick('Uji Layanan Google');
    seconds = (h.env.rt.now - t0) / 1000;
    calls = Object.values(h.env.rt.snapshot()).reduce((a, b) => a + b, 0) - c0;
    after = world(h);
    rows = report(h);
  });

  test('one row per check, in order, each with what is checked, the assumption, the result and a table row', () => {
    expect(rows.map((r) => r.id)).toEqual(ALL_IDS);
    for (const r of rows) {
      expect(r.what).not.toBe('');
      expect(r.assumes).not.toBe('');
      expect(r.seen).not.toBe('');
      expect(r.ref).not.toBe('');
      expect(r.status).toMatch(/^(Sesuai|Berbeda|Dilewati: .+)$/);
    }
  });

  test('every check is Sesuai in the emulator (a bound script: nothing to skip)', () => {
    const unexpected = rows.filter((r) => r.status !== 'Sesuai').map((r) => `${r.id} ${r.status}: ${r.seen}`);
    expect(unexpected).toEqual([]);
    expect(rows.map((r) => r.id).sort()).toEqual([...ALL_IDS].sort());
  });

  test('the certificate merge ran the add-on code on a template whose last paragraph is a placeholder', () => {
    const d1 = rows.find((r) => r.id === 'D-1') as ReportRow;
    expect(d1.status).toBe('Sesuai');
    expect(d1.seen).toContain('Budi Santoso, S.Kom.');
    expect(d1.seen).toContain('Siti (uji $1 \\ karakter)');
  });

  test('the alert summarises the counts and names the checks to report', () => {
    const msg = lastAlert(h);
    const n = (s: string) => rows.filter((r) => r.status.startsWith(s)).length;
    expect(msg).toContain(`${n('Sesuai')} sesuai, ${n('Berbeda')} berbeda, ${n('Dilewati')} dilewati`);
    for (const r of rows.filter((x) => x.status === 'Berbeda')) expect(msg).toContain(r.id);
  });

  test("the admin's sheets are byte-identical and in the same order; the only new sheet is Uji Layanan", () => {
    for (const [name, fp] of before.sheets) expect(after.sheets.get(name)).toBe(fp);
    expect(after.order).toEqual([...before.order, SELF_TEST_SHEET]);
  });

  test('no Drive file, property or trigger is left behind', () => {
    expect(after.files).toEqual(before.files);
    expect(after.props).toEqual(before.props);
    expect(after.triggers).toEqual(before.triggers);
    expect(h.env.triggers.triggers.some((t) => t.handler === 'selfTestTrigger')).toBe(true); // it was made…
    expect(rows.find((r) => r.id === 'B-1')?.seen).toBe('Semua terhapus'); // …and deleted
  });

  test('the scratch form: the emulated Drive cannot remove it (drive.file), so it is closed, unlinked and named in F-9', () => {
    // The emulated Drive holds no form files: Drive.Files.remove of a form is "File not found" (the stricter case).
    const left = _allForms(h.env.globals.FormApp as object).filter((f) => !before.forms.includes(f.id));
    expect(left).toHaveLength(1);
    expect(left[0].accepting).toBe(false);
    expect(left[0].responseSheet).toBeNull();
    const f9 = rows.find((r) => r.id === 'F-9') as ReportRow;
    expect(f9.seen).toContain(left[0].id);
    expect(f9.seen).toContain('hapus manual');
  });

  test('the report is written safely: one block, text only, no formula', () => {
    const sheet = h.ss.getSheetByName(SELF_TEST_SHEET);
    expect(sheet).not.toBeNull();
    const s = h.ss._sheets.find((x) => x._name === SELF_TEST_SHEET);
    const formulas = (s?._ext ?? []).flat().filter((e) => e?.formula);
    expect(formulas).toEqual([]);
    for (const r of h.values(SELF_TEST_SHEET)) for (const v of r) expect(typeof v).toBe('string');
    const s4 = rows.find((r) => r.id === 'S-4') as ReportRow;
    expect(s4.seen).toContain('rumus "=1+1"');
  });

  test(`runs far below the 6-minute limit with a modest number of calls`, () => {
    // measured on this branch: about 26 simulated seconds and 340 calls (report these with a 2× margin)
    expect(seconds).toBeLessThan(60);
    expect(calls).toBeLessThan(500);
  });
});

describe('Uji Layanan Google: isolation, reruns and refusals', () => {
  test('a failing service call fails only its checks; every scratch object is still removed', async () => {
    const h = await sample();
    const before = world(h);
    h.env.rt.injectFault({ method: 'Drive.Files.copy', atCall: 1, kind: 'error', message: 'Internal error' });
    h.addon.menuClick('Uji Layanan Google');
    const rows = report(h);
    expect(rows.find((r) => r.id === 'D-1')?.status).toBe('Berbeda');
    expect(rows.find((r) => r.id === 'D-1')?.seen).toContain('Internal error');
    expect(rows.find((r) => r.id === 'D-1')?.seen).toContain('Artinya: Buat Sertifikat akan gagal');
    // the rest still ran
    for (const id of ['S-1', 'D-4', 'D-8', 'V-3', 'V-4', 'F-5', 'P-1', 'K-1', 'B-1'])
      expect(rows.find((r) => r.id === id)?.status).toBe('Sesuai');
    const after = world(h);
    expect(after.files).toEqual(before.files);
    expect(after.props).toEqual(before.props);
    expect(after.order).toEqual([...before.order, SELF_TEST_SHEET]);
  });

  test('a failing block of typed cells fails S-1 … S-14 only; the other sheet checks still run', async () => {
    const h = await sample();
    h.env.rt.injectFault({ method: 'SpreadsheetApp.Range.setNumberFormats', atCall: 1, kind: 'error' });
    h.addon.menuClick('Uji Layanan Google');
    const rows = report(h);
    const status = (id: string) => rows.find((r) => r.id === id)?.status;
    for (let i = 1; i <= 14; i++) {
      expect(status(`S-${i}`)).toBe('Berbeda');
      expect(rows.find((r) => r.id === `S-${i}`)?.seen).toMatch(/^Persiapan uji gagal/);
    }
    for (const id of ['S-15', 'S-16', 'S-17', 'S-18', 'S-19', 'S-20', 'B-1'])
      expect(status(id)).toBe('Sesuai');
  });

  test('a test deployment refusing installable triggers: T-1 is Dilewati with the refusal, nothing is left', async () => {
    const h = await sample();
    const before = world(h);
    const message = 'Installable triggers are not supported in test deployments.'; // stand-in wording
    h.env.rt.injectFault({
      method: 'ScriptApp.ClockTriggerBuilder.create',
      atCall: 1,
      kind: 'error',
      message,
    });
    h.addon.menuClick('Uji Layanan Google');
    const t1 = report(h).find((r) => r.id === 'T-1') as ReportRow;
    expect(t1.status).toBe('Dilewati: Google menolak pemicu terpasang (deployment uji tidak mendukungnya)');
    expect(t1.seen).toContain(message);
    expect(world(h).triggers).toEqual(before.triggers);
  });

  test('a slow Google (4 minutes gone at FormApp.create): later checks are skipped, the cleanup still runs', async () => {
    const h = await sample();
    const before = world(h);
    // a stand-in for a slow service: the simulated clock jumps while the form is created
    const app = h.env.globals.FormApp as { create(title: string): unknown };
    const create = app.create.bind(app);
    app.create = (title: string) => {
      h.env.rt.now += 240_000;
      return create(title);
    };
    h.addon.menuClick('Uji Layanan Google');
    const rows = report(h);
    const status = (id: string) => rows.find((r) => r.id === id)?.status ?? '';
    expect(status('S-1')).toBe('Sesuai');
    expect(status('V-4')).toBe('Sesuai'); // judged by the cleanup
    for (const id of ['F-1', 'F-5', 'P-1', 'T-1', 'M-1', 'I-3'])
      expect(status(id)).toMatch(/^Dilewati: waktu eksekusi hampir habis/);
    expect(status('F-8')).toBe('Sesuai'); // the form was still unlinked…
    expect(status('B-1')).toBe('Sesuai'); // …and nothing else is left
    const after = world(h);
    expect(after.order).toEqual([...before.order, SELF_TEST_SHEET]);
    expect(after.files).toEqual(before.files);
    expect(after.props).toEqual(before.props);
    expect(after.triggers).toEqual(before.triggers);
  });

  test('a run cut off by the 6-minute limit: the next run removes what it left (sheet, Drive files, properties)', async () => {
    const h = await sample();
    const before = world(h);
    h.env.rt.injectFault({ method: 'Drive.Files.copy', atCall: 1, kind: 'timeout' });
    expect(() => h.addon.menuClick('Uji Layanan Google')).toThrow();
    const cut = world(h);
    expect(cut.order.length).toBe(before.order.length + 1); // its scratch sheet
    expect(cut.files.length).toBeGreaterThan(before.files.length);
    h.addon.menuClick('Uji Layanan Google');
    const rows = report(h);
    const b1 = rows.find((r) => r.id === 'B-1') as ReportRow;
    expect(b1.status).toBe('Sesuai');
    expect(b1.seen).toMatch(
      /^Sisa uji yang terputus \(\w+\) dibersihkan: lembar "Uji Layanan sementara \w+", berkas Drive/,
    );
    const after = world(h);
    expect(after.order).toEqual([...before.order, SELF_TEST_SHEET]);
    expect(after.files).toEqual(before.files);
    expect(after.props).toEqual(before.props);
  });

  test('a second run regenerates the sheet whole and leaves no more behind than the first', async () => {
    const h = await sample();
    h.addon.menuClick('Uji Layanan Google');
    const first = report(h);
    const mid = world(h);
    h.addon.menuClick('Uji Layanan Google');
    const second = report(h);
    expect(second.map((r) => r.id)).toEqual(first.map((r) => r.id));
    expect(second.map((r) => r.status)).toEqual(first.map((r) => r.status));
    const end = world(h);
    expect(end.order).toEqual(mid.order);
    expect(end.files).toEqual(mid.files);
    expect(end.props).toEqual(mid.props);
  });

  test('an hourly trigger of the add-on already installed: T-1 is skipped and that trigger is left alone', async () => {
    const h = await sample();
    const app = h.env.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    h.env.beginExecution({ context: 'rpc', authMode: 'FULL' });
    app.newTrigger('continueCertificatesByTrigger').timeBased().everyHours(1).create();
    h.env.endExecution();
    const before = world(h);
    h.addon.menuClick('Uji Layanan Google');
    const t1 = report(h).find((r) => r.id === 'T-1') as ReportRow;
    expect(t1.status).toMatch(/^Dilewati: pemicu waktu add-on sudah terpasang/);
    expect(t1.seen).toContain('continueCertificatesByTrigger');
    expect(world(h).triggers).toEqual(before.triggers);
  });

  test('another run holding the document lock: the admin is told to wait, nothing is created', async () => {
    const h = await sample();
    const before = world(h);
    h.env.locks.holdExternal('document');
    h.addon.menuClick('Uji Layanan Google');
    expect(lastAlert(h)).toBe(BUSY);
    const after = world(h);
    expect(after.order).toEqual(before.order);
    expect(after.files).toEqual(before.files);
    expect(after.forms).toEqual(before.forms);
  });

  test('the sidebar RPC runs the same test and returns the counts', async () => {
    const h = await sample();
    const r = await h.call<SelfTestResult>('runSelfTest');
    const rows = report(h);
    expect(r.sesuai + r.berbeda + r.dilewati).toBe(rows.length);
    expect(r.berbedaIds).toEqual(rows.filter((x) => x.status === 'Berbeda').map((x) => x.id));
    expect(r.sheet).toBe(SELF_TEST_SHEET);
  });
});
