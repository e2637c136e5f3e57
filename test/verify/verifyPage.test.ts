// The public verification page (verify/, issue 13 item 2) through its built bundle dist-verify/Code.js in the
// emulator, reading the registry a real add-on run wrote: the three answers, the code however typed, nothing
// but public fields (no full NIP anywhere), every value escaped, several registries, a registry it cannot read, and
// no write possible (the emulator refuses them all).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEnvironment } from '../../emulator/environment';
import { loadBundle } from '../../emulator/loader';
import type { FakeSpreadsheet } from '../../emulator/spreadsheet';
import {
  createContentService,
  createReadOnlySpreadsheetApp,
  getWebApp,
  READ_ONLY_MESSAGE,
  SPREADSHEETS_SCOPE,
} from '../../emulator/webapp';
import { formatCode } from '../../src/core/verificationCode';
import type { CertificateProgress, ReissueArgs } from '../../src/shared/rpc';
import { type Harness, issuedSynth, ledger, runToEnd } from '../bundle/harness';

const ROOT = join(__dirname, '../..');
const CODE = join(ROOT, 'dist-verify/Code.js');

/** A workbook with its certificates made, one revoked and one re-issued. */
const issuedWorkbook = (participants = 10, prefix = ''): Promise<Harness> =>
  issuedSynth(participants, (h) => {
    if (!prefix) return;
    const s = h.ss.getSheetByName('Peserta')!;
    const v = s._dump() as unknown[][];
    const col = v[0].indexOf('Nama');
    s.getRange(2, col + 1).setValue(`${prefix}<img src=x onerror=alert(1)> & "Budi"`);
  });

function page(books: FakeSpreadsheet[], props: Record<string, string>) {
  if (!existsSync(CODE)) throw new Error('dist-verify/Code.js is missing: run `npm run build` first.');
  const env = createEnvironment({});
  env.globals.SpreadsheetApp = createReadOnlySpreadsheetApp(
    env.rt,
    new Map(books.map((b) => [b.getId(), b])),
  );
  env.globals.ContentService = createContentService(env.rt);
  const store = (
    env.globals.PropertiesService as { getScriptProperties(): { setProperty(k: string, v: string): void } }
  ).getScriptProperties();
  for (const [k, v] of Object.entries(props)) store.setProperty(k, v);
  const app = loadBundle(env, CODE);
  return (query: string) => getWebApp(app, query);
}

const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');

describe('the verification page', () => {
  let h: Harness;
  let rows: Array<Record<string, unknown>>;
  let get: ReturnType<typeof page>;
  let revoked: Record<string, unknown>;
  let replaced: Record<string, unknown>;
  let replacement: Record<string, unknown>;

  beforeAll(async () => {
    h = await issuedWorkbook(10, 'Dr. ');
    const first = ledger(h);
    revoked = first[3];
    await h.call('revokeCertificate', {
      number: revoked.Nomor,
      nip: revoked.NIP,
      reason: 'Diterbitkan keliru',
    });
    replaced = first[5];
    await runToEnd(
      h,
      await h.call<CertificateProgress>('reissueCertificate', {
        number: String(replaced.Nomor),
        trainingCode: String(replaced['Kode Kegiatan']),
        nip: String(replaced.NIP),
        piagam: replaced.Jenis === 'Piagam',
        reason: 'Salah ketik nama',
        email: false,
        confirmUnchanged: true,
      } satisfies ReissueArgs),
    );
    rows = ledger(h);
    replacement = rows.find((r) => String(r.Catatan).includes(`Mengganti ${replaced.Nomor}`))!;
    get = page([h.ss], { REGISTRI: h.ss.getId() });
  });

  const allNips = () => rows.map((r) => String(r.NIP));
  const noFullNip = (s: string) => {
    for (const nip of allNips()) expect(s).not.toContain(nip);
    expect(s).not.toMatch(/\d{18}/);
  };

  test('a valid code: SAH dan BERLAKU with its public fields, the NIP masked, a phone-sized page', () => {
    const r = rows.find((x) => x.Status !== 'Dicabut' && x.Status !== 'Diganti' && x !== replacement)!;
    const res = get(`kode=${r['Kode Verifikasi']}`);
    expect(res.kind).toBe('html');
    expect(res.title).toBe('Verifikasi Sertifikat');
    expect(res.metaTags).toContainEqual({ name: 'viewport', content: 'width=device-width, initial-scale=1' });
    const t = text(res.content);
    expect(t).toContain('SAH dan BERLAKU');
    expect(t).toContain(String(r.Nomor));
    const nip = String(r.NIP);
    expect(t).toContain(`${nip.slice(0, 8)}********${nip.slice(-2)}`);
    expect(t).toContain(String(r['Tema (Cetak)']));
    expect(t).toContain('BADAN KEPEGAWAIAN');
    noFullNip(res.content);
    // no other certificate's name is on the page
    for (const o of rows) if (o.Nama !== r.Nama) expect(t).not.toContain(String(o.Nama));
  });

  test('the code however it is typed or scanned: lower case, dashes, spaces, O for 0 and I/L for 1', () => {
    const r = rows.find((x) => x.Status !== 'Dicabut' && x.Status !== 'Diganti')!;
    const code = String(r['Kode Verifikasi']);
    const typed = formatCode(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(text(get(`kode=${encodeURIComponent(` ${typed} `)}`).content)).toContain('SAH dan BERLAKU');
    expect(text(get(`kode=${code.slice(0, 4)}+${code.slice(4)}`).content)).toContain('SAH dan BERLAKU');
  });

  test('revoked: DICABUT with the reason; superseded: DIGANTI oleh <number>, the reason, and the replacement', () => {
    const a = text(get(`kode=${revoked['Kode Verifikasi']}`).content);
    expect(a).toContain('telah DICABUT');
    expect(a).toContain('Diterbitkan keliru');
    const b = text(get(`kode=${replaced['Kode Verifikasi']}`).content);
    expect(b).toContain(`telah DIGANTI oleh sertifikat nomor ${replacement.Nomor}`);
    expect(b).toContain('Salah ketik nama');
    expect(b).toContain('Sertifikat pengganti');
    expect(b).toContain(String(replacement.Nomor));
    expect(text(get(`kode=${replacement['Kode Verifikasi']}`).content)).toContain('SAH dan BERLAKU');
  });

  test('unknown, malformed or empty: "tidak ditemukan" (or the form), never a list or another code', () => {
    for (const q of [
      'kode=ZZZZZZZZZZZZ',
      'kode=abc',
      `kode=${encodeURIComponent('<script>alert(1)</script>')}`,
      'kode=%25%27%22',
    ]) {
      const res = get(q);
      const t = text(res.content);
      expect(t).toContain('tidak ditemukan');
      for (const r of rows) {
        expect(t).not.toContain(String(r.Nama));
        expect(t).not.toContain(String(r.Nomor));
        expect(res.content).not.toContain(String(r['Kode Verifikasi']));
      }
      expect(res.content).not.toContain('<script>alert');
    }
    const empty = get('');
    expect(text(empty.content)).not.toContain('tidak ditemukan');
    expect(text(empty.content)).toContain('Ketik kode verifikasi');
    expect(empty.content).toContain('<form method="get">');
  });

  test('a name typed with HTML is shown as text', () => {
    const r = rows.find((x) => String(x.Nama).includes('<img'))!;
    const res = get(`kode=${r['Kode Verifikasi']}`);
    expect(res.content).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Budi&quot;');
    expect(res.content).not.toContain('<img');
  });

  test('format=json: the same three answers, public fields only', () => {
    const r = rows.find((x) => x.Status !== 'Dicabut' && x.Status !== 'Diganti')!;
    const ok = get(`kode=${r['Kode Verifikasi']}&format=json`);
    expect([ok.kind, ok.mimeType]).toEqual(['text', 'JSON']);
    const body = JSON.parse(ok.content);
    expect(body.hasil).toBe('berlaku');
    expect(Object.keys(body.sertifikat).sort()).toEqual(
      [
        'jenis',
        'jp',
        'kegiatan',
        'kode',
        'nama',
        'nip',
        'nomor',
        'penerbit',
        'status',
        'tanggal',
        'tanggalTerbit',
      ].sort(),
    );
    noFullNip(ok.content);
    expect(JSON.parse(get(`kode=${revoked['Kode Verifikasi']}&format=json`).content)).toMatchObject({
      hasil: 'dicabut',
      alasan: 'Diterbitkan keliru',
    });
    expect(JSON.parse(get(`kode=${replaced['Kode Verifikasi']}&format=json`).content)).toMatchObject({
      hasil: 'diganti',
      digantiOleh: replacement.Nomor,
    });
    expect(JSON.parse(get('kode=ZZZZZZZZZZZZ&format=json').content)).toEqual({ hasil: 'tidak ditemukan' });
  });

  test('two registries (two years): a code of either is found; a registry it cannot open is said plainly', async () => {
    const other = await issuedWorkbook(4);
    const code = String(ledger(other)[0]['Kode Verifikasi']);
    const both = page([h.ss, other.ss], { REGISTRI: `${h.ss.getId()}, ${other.ss.getId()}` });
    expect(text(both(`kode=${code}`).content)).toContain('SAH dan BERLAKU');
    expect(text(both(`kode=${rows[0]['Kode Verifikasi']}`).content)).toContain('SAH');
    const broken = page([h.ss], { REGISTRI: `${h.ss.getId()},hilang`, PENERBIT: 'BKPSDM KOTA CONTOH' });
    const t = text(broken('kode=ZZZZZZZZZZZZ').content);
    expect(t).toContain('sedang tidak dapat membaca');
    expect(t).toContain('BKPSDM KOTA CONTOH');
    expect(t).not.toContain('tidak ditemukan');
    // a code of the registry it can read is still answered
    expect(text(broken(`kode=${rows[0]['Kode Verifikasi']}`).content)).toContain('SAH');
  });

  test('its manifest asks the one scope openById is documented with; the page can only read (every write refused)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'verify/appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual([SPREADSHEETS_SCOPE]);
    expect(manifest.webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
    const env = createEnvironment({});
    const narrow = createReadOnlySpreadsheetApp(env.rt, new Map([[h.ss.getId(), h.ss]]), [
      'https://www.googleapis.com/auth/spreadsheets.readonly',
    ]);
    expect(() => narrow.openById(h.ss.getId())).toThrow(/do not have permission/);
    const app = createReadOnlySpreadsheetApp(env.rt, new Map([[h.ss.getId(), h.ss]]), manifest.oauthScopes);
    const sheet = (app.openById(h.ss.getId()) as FakeSpreadsheet).getSheetByName('Registri Verifikasi')!;
    expect(sheet.getDataRange().getValues().length).toBeGreaterThan(1);
    expect(() => sheet.getRange(1, 1).setValue('x')).toThrow(READ_ONLY_MESSAGE('FakeRange.setValue'));
    expect(() => sheet.clear()).toThrow(/do not have permission/);
    expect(() => app.openById('nope')).toThrow(/openById/);
    expect(app.getActiveSpreadsheet()).toBeNull();
  });
});
