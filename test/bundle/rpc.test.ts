// The RPC boundary of the built bundle, called as google.script.run calls it: arguments checked before any feature
// runs (a wrong type or shape is `invalidArgument` with an Indonesian message, never a crash or a coercion), and
// failures carried as kinds: busy, missingSheet, google, cellLimit, quota; the 6-minute limit is thrown.

import { api } from '../../src/server';
import { GOOGLE_FAILURE } from '../../src/text/id/rpc';
import { harness } from './harness';

type Failed = { ok: false; kind: string; error: string };

async function failed(h: ReturnType<typeof harness>, name: string, ...args: unknown[]): Promise<Failed> {
  const r = await h.raw(name, ...args);
  expect(r).toMatchObject({ ok: false });
  return r as Failed;
}

describe('arguments are checked at the boundary', () => {
  test.each([
    ['setActiveTraining', [123], /kode kegiatan harus teks yang tidak kosong, bukan angka 123/],
    ['setActiveTraining', [''], /kode kegiatan harus teks yang tidak kosong, bukan teks kosong/],
    ['setActiveTraining', [], /kode kegiatan harus .*bukan (null|kosong)/],
    ['createForms', [{}], /kode kegiatan harus teks yang tidak kosong atau null, bukan objek/],
    ['createForms', [null, { newVersion: 'ya' }], /pilihan .*newVersion harus benar\/salah/],
    ['createForms', [null, { shufle: true }], /pilihan tidak mengenal isian "shufle"/],
    ['createForms', [null, [true]], /pilihan harus objek dengan isian newVersion, shuffle .*bukan daftar/],
    ['selectCell', [null, 'x', 5], /lembar harus teks yang tidak kosong, bukan null/],
    ['selectCell', ['Peserta', 0, ''], /baris harus bilangan bulat ≥ 1 .*bukan angka 0/],
    ['selectCell', ['Peserta', 2.5, ''], /baris harus bilangan bulat ≥ 1 .*bukan angka 2.5/],
    ['selectCell', ['Peserta', 2, 7], /kolom harus teks, bukan angka 7/],
    ['startCertificates', ['ya'], /unattended harus benar\/salah .*bukan teks "ya"/],
    ['createTemplates', [true], /pilihan harus objek dengan isian confirmOwn/],
    ['getParticipantLinks', [{ code: 'K1' }], /kode kegiatan harus teks yang tidak kosong, bukan objek/],
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
    expect(r).toEqual({ ok: false, kind: 'busy', error: GOOGLE_FAILURE.busy('') });
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

  test('google: a server error of a Google service is said in Indonesian, the original kept', async () => {
    const h = harness();
    await h.call('runSetup');
    h.env.rt.injectFault({ method: '*', atCall: 2, kind: 'error' });
    const r = await failed(h, 'runCheck');
    expect(r.kind).toBe('google');
    expect(r.error).toMatch(/^Layanan Google sedang bermasalah/);
    expect(r.error).toContain('(Service error: we are sorry, a server error occurred.');
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
