// The QR and the verification code on the certificates (issue 13 item 1) through the built bundle: every made PDF,
// rendered as a picture (pdftoppm), carries a QR that decodes (jsqr) to exactly its ledger row's verification link,
// and prints its code; in each design, for a Sertifikat and a Piagam.

import { spawnSync } from 'node:child_process';
import jsQR from 'jsqr';
import { formatCode } from '../../src/core/verificationCode';
import type { CertificateProgress } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { logoJpeg, solidPng } from '../fixtures/images';
import { type Harness, harness, ledger, runToEnd, typeSetting } from './harness';

const HAVE_POPPLER = spawnSync('pdftoppm', ['-v']).status === 0;
const URL = 'https://script.google.com/macros/s/AKfycbContoh/exec';

/** The first page of a PDF as RGBA pixels (pdftoppm's PPM, 150 dpi). */
function pixels(pdf: Uint8Array): { data: Uint8ClampedArray; width: number; height: number } {
  const out = spawnSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-'], {
    input: Buffer.from(pdf),
    maxBuffer: 64 * 1024 * 1024,
  }).stdout;
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(out.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  const [whole, w, h] = header;
  const width = Number(w);
  const height = Number(h);
  const rgb = out.subarray(whole.length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = rgb[i * 3];
    data[i * 4 + 1] = rgb[i * 3 + 1];
    data[i * 4 + 2] = rgb[i * 3 + 2];
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

const decode = (pdf: Uint8Array) => {
  const p = pixels(pdf);
  return jsQR(p.data, p.width, p.height)?.data ?? null;
};
const pdfText = (pdf: Uint8Array) =>
  spawnSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(pdf) }).stdout.toString('utf8');

async function issue(design: string, url = URL, images = false): Promise<Harness> {
  const h = harness({ spreadsheet: synthWorkbook({ participants: 7, trainings: 1 }) });
  await h.call('runSetup');
  if (images)
    for (const [role, name, mimeType, bytes] of [
      ['logo', 'logo.jpg', 'image/jpeg', logoJpeg()],
      ['signature', 'ttd.png', 'image/png', solidPng(300, 100, [20, 20, 120])],
    ] as const)
      await h.call('uploadCertificateImage', { role, name, mimeType, base64: bytes.toString('base64') });
  typeSetting(h, 'Desain Sertifikat', design);
  if (url) typeSetting(h, 'URL Verifikasi', url);
  await h.call('pullResponses');
  await h.call('createTemplates');
  expect((await runToEnd(h, await h.call<CertificateProgress>('startCertificates'))).state).toBe('done');
  return h;
}

const pdfOf = (h: Harness, link: unknown) => {
  const id = /\/d\/([^/]+)/.exec(String(link))?.[1];
  return h.env.drive._files().find((f) => f.id === id)?.content as Uint8Array;
};

(HAVE_POPPLER ? describe : describe.skip)('the QR on every certificate', () => {
  test.each(['Resmi', 'Modern', 'Sederhana'])(
    '%s: each PDF (Sertifikat and Piagam) decodes to its own verification link and prints its code',
    async (design) => {
      const h = await issue(design);
      const rows = ledger(h);
      expect(new Set(rows.map((r) => r.Jenis))).toEqual(new Set(['Sertifikat', 'Piagam']));
      // every certificate in one design; in the others one of each kind (each QR decode reads a full page)
      const checked =
        design === 'Resmi' ? rows : ['Sertifikat', 'Piagam'].map((k) => rows.find((r) => r.Jenis === k)!);
      for (const r of checked) {
        const pdf = pdfOf(h, r.PDF);
        expect(decode(pdf)).toBe(`${URL}?kode=${r['Kode Verifikasi']}`);
        const text = pdfText(pdf);
        expect(text).toContain(`Kode verifikasi: ${formatCode(String(r['Kode Verifikasi']))}`);
        // one page, as before the QR
        expect(text.split('\f').filter((t) => t.trim()).length).toBe(1);
      }
    },
  );

  test.each(['Resmi', 'Sederhana'])(
    '%s with a logo and a signature uploaded: the QR is still printed, beside the signature, one page',
    async (design) => {
      const h = await issue(design, URL, true);
      for (const r of ['Sertifikat', 'Piagam'].map((k) => ledger(h).find((x) => x.Jenis === k)!)) {
        const pdf = pdfOf(h, r.PDF);
        expect(decode(pdf)).toBe(`${URL}?kode=${r['Kode Verifikasi']}`);
        const text = pdfText(pdf);
        expect(text).toContain(`Kode verifikasi: ${formatCode(String(r['Kode Verifikasi']))}`);
        expect(text.split('\f').filter((t) => t.trim()).length).toBe(1);
      }
    },
  );

  test('without URL Verifikasi the QR leads to the PDF itself: its own view link, the id reserved before it existed', async () => {
    const h = await issue('Sederhana', '');
    const rows = ledger(h);
    for (const r of ['Sertifikat', 'Piagam'].map((k) => rows.find((x) => x.Jenis === k)!)) {
      const id = /\/d\/([^/]+)/.exec(String(r.PDF))?.[1];
      expect(decode(pdfOf(h, r.PDF))).toBe(`https://drive.google.com/file/d/${id}/view`);
    }
    // one generateIds call for the whole batch, not one per certificate
    expect(h.env.rt.counts.get('Drive.Files.generateIds') ?? 0).toBeLessThanOrEqual(2);
  });
});
