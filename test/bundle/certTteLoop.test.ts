// The whole TTE loop through the built bundle (issue 13 item 4, the judging): Mode TTE Tag, a batch issued, Paket
// TTE, every file signed outside (tools/fake-signer.ts, BSrE's stand-in) and imported; every row matched with its
// SHA-256; later runs, delivery and a re-issue of someone else leave the signed bytes untouched; unsigned delivery
// is blocked; a renamed, an unsigned, a changed and a missing file are listed, not stored.

import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { SentMail } from '../../emulator/mail';
import type {
  CertificateProgress,
  ReissueArgs,
  SignedImportResult,
  TteBundleResult,
  UndeliveredView,
  ZipResult,
} from '../../src/shared/rpc';
import { fakeSign } from '../../tools/fake-signer';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness, ledger, runToEnd, typeSetting } from './harness';
import { HAVE_POPPLER } from './pdfLayout';

const outboxOf = (h: Harness) => (h.env.globals.MailApp as unknown as { _outbox: SentMail[] })._outbox;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const idOf = (link: unknown) => /\/d\/([-\w]+)/.exec(String(link))?.[1] ?? '';
const keyOf = (r: Record<string, unknown>) => `${r['Kode Kegiatan']}|${r.Jenis}|${r.NIP}`;
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** The issued PDFs by certificate key (the add-on's own, not the signed copies). */
function issuedPdfs(h: Harness) {
  return h.env.drive
    ._files()
    .filter((f) => !f.trashed && f.mimeType === 'application/pdf' && f.appProperties.douasnKey);
}

(HAVE_POPPLER ? describe : describe.skip)('TTE: sign outside, import, deliver only signed', () => {
  jest.setTimeout(180_000);

  test('the whole loop', async () => {
    const h = harness({ spreadsheet: synthWorkbook({ participants: 8, trainings: 1 }) });
    await h.call('runSetup');
    await h.call('pullResponses');
    const s = h.ss.getSheetByName('Peserta')!;
    const values = s._dump() as unknown[][];
    const col = values[0].indexOf('Email');
    for (let i = 1; i < values.length; i++) s.getRange(i + 1, col + 1).setValue(`peserta${i}@contoh.go.id`);
    typeSetting(h, 'Mode TTE', 'Tag');
    typeSetting(h, 'Bagikan Tautan PDF', 'Ya');
    await h.call('createTemplates');
    // an e-mail run in Tag mode: the PDFs are made, nothing unsigned leaves
    const done = await runToEnd(h, await h.call<CertificateProgress>('sendCertificateEmails'));
    expect(done.state).toBe('done');
    expect(outboxOf(h)).toHaveLength(0);
    const made = ledger(h).filter((r) => r.PDF !== '');
    expect(made.length).toBeGreaterThan(4);
    expect(made.every((r) => r.Tautan === '')).toBe(true);
    const code = String(made[0]['Kode Kegiatan']);
    // who received nothing says why: not signed yet
    const waiting = await h.call<UndeliveredView[]>('listUndelivered');
    expect(waiting).toHaveLength(made.length);
    expect(waiting.every((u) => u.text.includes('belum ditandatangani'))).toBe(true);
    // unsigned delivery blocked: the ZIP has none, WhatsApp has no link
    const zip0 = await h.call<ZipResult>('zipCertificates', code);
    expect(zip0.files).toBe(0);
    expect(zip0.message).toContain('belum ditandatangani');

    // Paket TTE: the issued PDFs and the manifest
    const bundle = await h.call<TteBundleResult>('tteBundle', code);
    expect(bundle.files).toBe(made.length);
    expect(bundle.manifest.map((m) => m.name)).toEqual([
      `Paket TTE ${code} - manifest.csv`,
      `Paket TTE ${code} - manifest.json`,
    ]);
    const jsonFile = h.env.drive._get(idOf(bundle.manifest[1].url))!;
    const manifest = JSON.parse(Buffer.from(jsonFile.content!).toString('utf8')) as Array<
      Record<string, unknown>
    >;
    expect(manifest).toHaveLength(made.length);
    for (const m of manifest) {
      expect(typeof m.nip).toBe('string');
      expect(m.nip).toMatch(/^\d{18}$/);
      expect(m.tag).toBe('#');
      expect(m.halaman).toBe(1);
    }
    const csv = Buffer.from(h.env.drive._get(idOf(bundle.manifest[0].url))!.content!).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('"file","nomor","nip","nama","halaman","tag","tautan_verifikasi"');
    const zipFile = h.env.drive._get(idOf(bundle.parts[0].url))!;
    const entries = Object.keys((await JSZip.loadAsync(Buffer.from(zipFile.content!))).files).sort();
    expect(entries).toEqual(manifest.map((m) => String(m.file)).sort());

    // the signer's tool signs every file but one (the missing one)
    const issued = issuedPdfs(h);
    expect(issued).toHaveLength(made.length);
    const signed = new Map<string, { name: string; bytes: Uint8Array; original: Uint8Array }>();
    for (const f of issued.slice(1)) {
      const bytes = await fakeSign(f.content!, { at: new Date('2026-12-03T03:15:00Z') });
      signed.set(f.appProperties.douasnKey, { name: f.name, bytes, original: f.content! });
    }
    const missingKey = issued[0].appProperties.douasnKey;
    const results: SignedImportResult[] = [];
    for (const { name, bytes } of signed.values())
      results.push(await h.call<SignedImportResult>('importSignedPdf', { name, base64: b64(bytes) }));
    expect(results.map((r) => r.outcome)).toEqual(results.map(() => 'stored'));
    // every row matched with its SHA-256 and signing time; the stored copy is the signed bytes exactly
    const after = ledger(h);
    for (const [key, s] of signed) {
      const row = after.find((r) => keyOf(r) === key)!;
      expect(row['SHA-256 Bertanda Tangan']).toBe(sha(s.bytes));
      expect(String(row['Ditandatangani Pada'])).toContain('3 Desember 2026 10.15.00 WIB');
      const stored = h.env.drive._get(idOf(row['PDF Bertanda Tangan']))!;
      expect(Buffer.from(stored.content!).equals(Buffer.from(s.bytes))).toBe(true);
    }
    expect(after.find((r) => keyOf(r) === missingKey)!['PDF Bertanda Tangan']).toBe('');

    // refusals: the same file again, a renamed one, an unsigned one, one changed after issue, another's file
    const [firstKey, first] = [...signed.entries()][0];
    const [, second] = [...signed.entries()][1];
    const again = await h.call<SignedImportResult>('importSignedPdf', {
      name: first.name,
      base64: b64(first.bytes),
    });
    expect(again.outcome).toBe('already');
    const renamed = await h.call<SignedImportResult>('importSignedPdf', {
      name: 'ttd final.pdf',
      base64: b64(first.bytes),
    });
    expect([renamed.outcome, renamed.reason]).toEqual(['refused', expect.stringContaining('Tidak dikenali')]);
    const unsigned = await h.call<SignedImportResult>('importSignedPdf', {
      name: issued[0].name,
      base64: b64(issued[0].content!),
    });
    expect([unsigned.outcome, unsigned.reason]).toEqual([
      'refused',
      expect.stringContaining('belum bertanda tangan'),
    ]);
    const other = await h.call<SignedImportResult>('importSignedPdf', {
      name: issued[0].name,
      base64: b64(second.bytes),
    });
    expect([other.outcome, other.reason]).toEqual([
      'refused',
      expect.stringContaining('bukan hasil tanda tangan'),
    ]);
    const resigned = await fakeSign(first.original, { at: new Date('2026-12-04T03:15:00Z') });
    const replaced = await h.call<SignedImportResult>('importSignedPdf', {
      name: first.name,
      base64: b64(resigned),
    });
    expect([replaced.outcome, replaced.reason]).toEqual([
      'refused',
      expect.stringContaining('tidak diganti'),
    ]);
    const notPdf = await h.call<SignedImportResult>('importSignedPdf', {
      name: 'x.pdf',
      base64: b64(Buffer.from('hello')),
    });
    expect(notPdf.outcome).toBe('refused');

    // delivery: the signed copies e-mailed, shared, zipped; the unsigned one is not
    await runToEnd(h, await h.call<CertificateProgress>('sendCertificateEmails'));
    const out = outboxOf(h);
    expect(out).toHaveLength(signed.size);
    const signedBytes = new Set([...signed.values()].map((s) => sha(s.bytes)));
    for (const m of out) expect(signedBytes.has(sha(m.attachments[0].bytes))).toBe(true);
    await h.call('shareCertificateLinks');
    for (const r of ledger(h)) {
      if (keyOf(r) === missingKey) expect(r.Tautan).toBe('');
      else expect(idOf(r.Tautan)).toBe(idOf(r['PDF Bertanda Tangan']));
    }
    const zip = await h.call<ZipResult>('zipCertificates', code);
    expect(zip.files).toBe(signed.size);
    expect(zip.message).toContain('1 PDF belum ditandatangani');
    const zipped = await JSZip.loadAsync(Buffer.from(h.env.drive._get(idOf(zip.parts[0].url))!.content!));
    for (const e of Object.values(zipped.files))
      expect(signedBytes.has(sha(new Uint8Array(await e.async('uint8array'))))).toBe(true);

    // later runs and a re-issue of someone else: the signed files' bytes and SHA-256 untouched
    const snapshot = () =>
      new Map(
        ledger(h)
          .filter((r) => r['PDF Bertanda Tangan'] !== '')
          .map((r) => [
            keyOf(r),
            [r['SHA-256 Bertanda Tangan'], sha(h.env.drive._get(idOf(r['PDF Bertanda Tangan']))!.content!)],
          ]),
      );
    const before = snapshot();
    expect(before.size).toBe(signed.size);
    await runToEnd(h, await h.call<CertificateProgress>('startCertificates'));
    const target = ledger(h).find((r) => keyOf(r) === missingKey)!;
    const req: ReissueArgs = {
      number: String(target.Nomor),
      trainingCode: String(target['Kode Kegiatan']),
      piagam: target.Jenis === 'Piagam',
      nip: String(target.NIP),
      reason: 'Salah ketik nama',
      email: false,
      confirmUnchanged: true,
    };
    const re = await runToEnd(h, await h.call<CertificateProgress>('reissueCertificate', req));
    expect(re.state).toBe('done');
    await runToEnd(h, await h.call<CertificateProgress>('sendCertificateEmails'));
    expect(snapshot()).toEqual(before);
    for (const r of ledger(h).filter((x) => x['PDF Bertanda Tangan'] !== ''))
      expect(h.env.drive._get(idOf(r['PDF Bertanda Tangan']))!.trashed).toBe(false);
    for (const [key, [recorded, now]] of snapshot()) expect([key, recorded]).toEqual([key, now]);
    expect(outboxOf(h)).toHaveLength(signed.size);
    expect(firstKey).toBeTruthy();
  });
});
