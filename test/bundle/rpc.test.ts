// The RPC boundary of the built bundle, called as google.script.run calls it: arguments checked before any feature
// runs (a wrong type or shape is `invalidArgument` with an Indonesian message, never a crash or a coercion), and
// failures carried as kinds: busy, missingSheet, google, cellLimit, quota; the 6-minute limit is thrown.

import { api } from '../../src/server';
import { GOOGLE_FAILURE } from '../../src/text/id/rpc';
import { fits, PARAMS, VALID, WRONG } from '../robustness/rpcParams';
import { harness } from './harness';

type Failed = { ok: false; kind: string; error: string };

async function failed(h: ReturnType<typeof harness>, name: string, ...args: unknown[]): Promise<Failed> {
  const r = await h.raw(name, ...args);
  expect(r).toMatchObject({ ok: false });
  return r as Failed;
}

describe('arguments are checked at the boundary', () => {
  test.each([
    [
      'setActiveTraining',
      [123],
      /kode kegiatan harus teks yang tidak kosong \(paling banyak 50\.000 karakter\), bukan angka 123/,
    ],
    ['setActiveTraining', [''], /kode kegiatan harus teks yang tidak kosong .*, bukan teks kosong/],
    ['setActiveTraining', [], /kode kegiatan harus .*bukan (null|kosong)/],
    ['createForms', [{}], /kode kegiatan harus teks yang tidak kosong .* atau null, bukan objek/],
    ['createForms', [null, { newVersion: 'ya' }], /pilihan .*newVersion harus benar\/salah/],
    ['createForms', [null, { shufle: true }], /pilihan tidak mengenal isian "shufle"/],
    ['createForms', [null, [true]], /pilihan harus objek dengan isian newVersion, shuffle .*bukan daftar/],
    [
      'selectCell',
      [null, 'x', 5],
      /lembar harus teks yang tidak kosong \(paling banyak 100 karakter\), bukan null/,
    ],
    [
      'selectCell',
      ['Peserta', 0, ''],
      /baris harus bilangan bulat 1 sampai 10\.000\.000 atau null, bukan angka 0/,
    ],
    ['selectCell', ['Peserta', 2.5, ''], /baris harus bilangan bulat 1 sampai .*bukan angka 2.5/],
    ['selectCell', ['Peserta', 2, 7], /kolom harus teks .*, bukan angka 7/],
    ['startCertificates', ['ya'], /unattended harus benar\/salah .*bukan teks "ya"/],
    ['createTemplates', [true], /pilihan harus objek dengan isian confirmOwn/],
    ['getParticipantLinks', [{ code: 'K1' }], /kode kegiatan harus teks yang tidak kosong .*, bukan objek/],
    ['runCheck', ['extra'], /paling banyak 0 argumen, diterima 1/],
  ])('%s(%j) is invalidArgument', async (name, args, message) => {
    const h = harness();
    const before = h.env.rt.totalCalls();
    const r = await failed(h, name, ...args);
    expect(r.kind).toBe('invalidArgument');
    expect(r.error).toMatch(new RegExp(`^Panggilan ${name} ditolak: `));
    expect(r.error).toMatch(message);
    // refused before the feature ran: no lock, no sheet, no property was touched
    expect(h.env.rt.totalCalls()).toBe(before);
  });

  test('every sidebar entry checks its arity and types (each declares one check per parameter)', () => {
    for (const [name, entry] of Object.entries(api)) {
      expect(['document', 'self', 'none']).toContain(entry.lock);
      expect(Array.isArray(entry.args)).toBe(true);
      for (const a of entry.args) expect(typeof a.parse).toBe('function');
      expect(name).not.toMatch(/_$/);
    }
  });

  test('left-out trailing arguments are fine, sent as nothing or as null', async () => {
    const h = harness();
    await h.call('runSetup');
    expect((await h.raw('createForms', null, null)).ok).toBe(true);
    expect((await h.raw('createTemplates')).ok).toBe(true);
  });
});

describe('failures carry a kind and an Indonesian message', () => {
  test('busy: another run holds the document lock; the sidebar says to try again, nothing changes', async () => {
    const h = harness();
    await h.call('runSetup');
    h.env.locks.holdExternal('document');
    const r = await failed(h, 'computeScores');
    expect(r).toEqual({ ok: false, kind: 'busy', error: GOOGLE_FAILURE.busy });
    expect(r.error).toMatch(/coba lagi/);
    expect(h.ss._sheet('Rekap Nilai')).toBeNull();
    // the menu shows the same text as an alert
    h.addon.open('FULL');
    h.addon.menuClick('Hitung Nilai & Peringkat');
    expect(h.env.ui._alerts[h.env.ui._alerts.length - 1]?.prompt).toBe(r.error);
    h.env.locks.releaseExternal();
    expect((await h.raw('computeScores')).ok).toBe(true);
  });

  test('missingSheet: a problem cell on a sheet that is gone', async () => {
    const h = harness();
    const r = await failed(h, 'selectCell', 'Peserta', 3, 'Nama');
    expect(r).toEqual({ ok: false, kind: 'missingSheet', error: 'Lembar "Peserta" tidak ada.' });
  });

  test('google: a server error of a Google service is said in Indonesian, the original kept apart as its detail', async () => {
    const h = harness();
    await h.call('runSetup');
    h.env.rt.injectFault({ method: '*', atCall: 2, kind: 'error' });
    const r = (await failed(h, 'runCheck')) as { kind: string; error: string; detail?: string };
    expect(r.kind).toBe('google');
    expect(r.error).toMatch(/^Layanan Google sedang bermasalah/);
    expect(r.error).not.toMatch(/Service error/);
    expect(r.detail).toContain('Service error: we are sorry, a server error occurred.');
    // the menu's alert has room for both: the sentence, then the detail on its own line
    h.addon.open('FULL');
    h.env.rt.injectFault({ method: '*', atCall: 2, kind: 'error' });
    h.addon.menuClick('Periksa Data');
    const alert = h.env.ui._alerts.at(-1)?.prompt ?? '';
    expect(alert).toMatch(/^Layanan Google sedang bermasalah[^\n]*\n\nRincian teknis: .*Service error/);
  });

  /** Runs Periksa Data on a set-up workbook whose first Google call fails with `message`. */
  async function checkWhenGoogleSays(message: string): Promise<Failed | Error> {
    const h = harness();
    await h.call('runSetup');
    h.env.rt.injectFault({ method: '*', atCall: 1, kind: 'error', message });
    return h.addon.rpc('runCheck').then(
      (r) => r as Failed,
      (e: Error) => e,
    );
  }

  test.each([
    [
      'Service invoked too many times for one day: docs create.',
      'quota',
      /24 jam setelah pemakaian pertamanya/,
    ],
    [
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
      'cellLimit',
      /^Spreadsheet ini sudah mendekati batas Google 10 juta sel/,
    ],
    ['Lock timeout: another process was holding the lock for too long.', 'busy', /coba lagi/],
    ['You do not have permission to access the requested document.', 'permission', /Google menolak akses/],
  ])("Google's English mapped in one place: %s", async (message, kind, text) => {
    const r = await checkWhenGoogleSays(message);
    expect(r).toMatchObject({ ok: false, kind });
    expect((r as Failed).error).toMatch(text);
  });

  test('the 6-minute limit is not an answer: it reaches the failure handler (Google ends the execution)', async () => {
    const h = harness();
    await h.call('runSetup');
    h.env.rt.injectFault({ method: '*', atCall: 2, kind: 'timeout' });
    await expect(h.addon.rpc('runCheck')).rejects.toThrow(/Exceeded maximum execution time/);
  });

  test('a bug is thrown to the failure handler, not dressed up as an expected failure', async () => {
    const r = await checkWhenGoogleSays('Cannot read properties of undefined');
    expect(r).toBeInstanceOf(Error);
    expect((r as Error).message).toMatch(/Cannot read properties of undefined/);
  });
});

describe("selectCell: a row, a sheet or a text the sheet does not have is said in Indonesian (never Google's English)", () => {
  const long = 'x'.repeat(200_000);
  test.each([
    [0, /baris harus bilangan bulat 1 sampai 10\.000\.000 atau null, bukan angka 0/],
    [-1, /bukan angka -1/],
    [1e9, /bukan angka 1000000000/],
    ['abc', /bukan teks "abc"/],
    ['2', /bukan teks "2"/],
    [true, /bukan nilai true/],
    [[2], /bukan daftar/],
  ])('row %j is refused at the boundary, before any service call', async (row, message) => {
    const h = harness();
    await h.call('runSetup');
    const before = h.env.rt.totalCalls();
    const r = await failed(h, 'selectCell', 'Peserta', row, 'Nama');
    expect(r.kind).toBe('invalidArgument');
    expect(r.error).toMatch(message);
    expect(h.env.rt.totalCalls()).toBe(before);
  });

  test('a sheet name or a column of 200,000 characters is refused before any service call', async () => {
    const h = harness();
    await h.call('runSetup');
    const before = h.env.rt.totalCalls();
    const a = await failed(h, 'selectCell', long, 2, 'Nama');
    expect(a.kind).toBe('invalidArgument');
    expect(a.error).toMatch(
      /lembar harus teks .*paling banyak 100 karakter.*bukan teks "x{40}…" \(200\.000 karakter\)/,
    );
    const b = await failed(h, 'selectCell', 'Peserta', 2, long);
    expect(b.error).toMatch(/kolom harus teks \(paling banyak 50\.000 karakter\)/);
    expect(h.env.rt.totalCalls()).toBe(before);
  });

  test('a row past the sheet names the sheet and its size; nothing is selected', async () => {
    const h = harness();
    await h.call('runSetup');
    const rows = h.ss.getSheetByName('Peserta')!.getMaxRows();
    const r = await failed(h, 'selectCell', 'Peserta', rows + 1, 'Nama');
    expect(r).toEqual({
      ok: false,
      kind: 'invalidArgument',
      error: `Baris ${rows + 1} tidak ada di lembar "Peserta": lembar itu hanya ${rows} baris. Jalankan Periksa Data lagi agar daftar masalah diperbarui.`,
    });
    // the last row still works, and costs one getMaxRows more than before the check existed
    expect(await h.call('selectCell', 'Peserta', rows, 'Nama')).toBe(`C${rows}`);
  });

  test('a sheet that is not there: a contract sheet is missingSheet, any other name invalidArgument naming it', async () => {
    const h = harness();
    await h.call('runSetup');
    const r = await failed(h, 'selectCell', 'Respons Lama', 2, '');
    expect(r).toEqual({
      ok: false,
      kind: 'invalidArgument',
      error:
        'Lembar "Respons Lama" tidak ada di spreadsheet ini (mungkin sudah dihapus atau diganti namanya). Jalankan Periksa Data lagi agar daftar masalah diperbarui.',
    });
  });

  test('NaN crosses google.script.run as null (the header row); sent raw, it is refused', async () => {
    const h = harness();
    await h.call('runSetup');
    expect(await h.call('selectCell', 'Peserta', Number.NaN, 'NIP')).toBe('B1');
    const raw = h.addon.run('selectCell', ['Peserta', Number.NaN, 'NIP'], { context: 'rpc' }) as Failed;
    expect(raw).toMatchObject({ ok: false, kind: 'invalidArgument' });
    expect(raw.error).toMatch(/baris harus bilangan bulat .*bukan angka NaN/);
  });
});

describe('a training code Google could not keep', () => {
  test('200,000 characters: every entry taking a code refuses it before any service call', async () => {
    const h = harness();
    await h.call('runSetup');
    const long = 'K'.repeat(200_000);
    const before = h.env.rt.totalCalls();
    for (const [name, args] of [
      ['setActiveTraining', [long]],
      ['createForms', [long]],
      ['getParticipantLinks', [long]],
      ['pullResponses', [{ redo: long }]],
    ] as const) {
      const r = await failed(h, name, ...args);
      expect([name, r.kind]).toEqual([name, 'invalidArgument']);
      expect(r.error).toMatch(
        /kode kegiatan harus teks yang tidak kosong \(paling banyak 50\.000 karakter\)/,
      );
    }
    expect(h.env.rt.totalCalls()).toBe(before);
  });

  test('longer than a document property holds: setActiveTraining says so instead of "Argument too large"', async () => {
    const h = harness();
    await h.call('runSetup');
    const r = await failed(h, 'setActiveTraining', 'K'.repeat(9_000));
    expect(r.kind).toBe('invalidArgument');
    expect(r.error).toMatch(/^Kode kegiatan ini terlalu panjang \(9\.000 karakter\)/);
    expect(h.env.props.document.data.get('douasn.activeTraining')).toBeUndefined();
  });
});

describe('menu handlers ignore the event object Google may pass', () => {
  test('a menu function called with an event still runs its step', () => {
    const h = harness();
    h.addon.open('FULL');
    h.addon.run('menuSetup', [{ authMode: 'FULL', source: h.ss, user: 'x' }], { context: 'menu' });
    expect(h.env.ui._alerts.at(-1)?.prompt).toMatch(/Siapkan|dibuat|lembar/i);
    expect(h.ss._sheet('Peserta')).not.toBeNull();
  });
});

describe('every entry × every wrong type: invalidArgument, before any service call', () => {
  test('the description above covers exactly the entries of the API table, with their arity', () => {
    expect(Object.keys(PARAMS).sort()).toEqual(Object.keys(api).sort());
    for (const [name, params] of Object.entries(PARAMS))
      expect([
        name,
        (api as unknown as Record<string, { args: readonly unknown[] }>)[name].args.length,
      ]).toEqual([name, params.length]);
  });

  test('each position given each wrong value', async () => {
    const h = harness();
    const checked: string[] = [];
    for (const [name, params] of Object.entries(PARAMS)) {
      const filler = params.map((p) => (typeof p === 'string' ? VALID[p] : {}));
      for (const [i, p] of params.entries()) {
        for (const v of WRONG) {
          if (fits(p, v)) continue;
          const args = filler.slice();
          args[i] = v;
          const before = h.env.rt.totalCalls();
          const r = (await h.raw(name, ...args)) as Failed;
          const what = `${name}(${i}: ${JSON.stringify(v)?.slice(0, 30)})`;
          expect([what, r.ok, r.kind]).toEqual([what, false, 'invalidArgument']);
          expect([what, r.error]).toEqual([
            what,
            expect.stringMatching(new RegExp(`^Panggilan ${name} ditolak: `)),
          ]);
          expect([what, h.env.rt.totalCalls()]).toEqual([what, before]);
          checked.push(what);
        }
      }
      // one argument too many, whatever its type
      const r = (await h.raw(name, ...filler, 'lebih')) as Failed;
      expect([name, r.kind]).toEqual([name, 'invalidArgument']);
      expect(r.error).toMatch(/paling banyak \d+ argumen/);
    }
    expect(checked.length).toBeGreaterThan(100);
  });
});
