// The logo and the signature or stamp uploaded from the panel (issue 12 item 4) through the built bundle: checked by
// their bytes, stored as one file each in the add-on's root folder, printed by the templates "Buat Template" makes,
// and so embedded in every certificate's PDF.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { CertImagesState, CertificateProgress } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { logoJpeg, solidPng, tinyGif } from '../fixtures/images';
import { type Harness, harness, ledger, typeSetting } from './harness';

type Upload = CertImagesState & { message: string };

async function ready(): Promise<Harness> {
  const h = harness({ spreadsheet: synthWorkbook({ participants: 4, trainings: 1 }) });
  await h.call('runSetup');
  await h.call('pullResponses');
  return h;
}

const upload = (h: Harness, role: 'logo' | 'signature', name: string, mimeType: string, bytes: Buffer) =>
  h.raw<Upload>('uploadCertificateImage', { role, name, mimeType, base64: bytes.toString('base64') });

const imageFiles = (h: Harness) =>
  h.env.drive._files().filter((f) => !f.trashed && /^image-/.test(f.appProperties.douasnRole ?? ''));

/** The image XObjects of a PDF (by pdf-lib), as their pixel sizes. */
async function pdfImages(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const out: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    if (obj.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    // a PNG's transparency is a second image (its SMask); these test images have none
    out.push(`${obj.dict.get(PDFName.of('Width'))}x${obj.dict.get(PDFName.of('Height'))}`);
  }
  return out.sort();
}

async function issueAll(h: Harness): Promise<CertificateProgress> {
  let p = await h.call<CertificateProgress>('startCertificates');
  for (let i = 0; i < 50 && p.state === 'running'; i++)
    p = await h.call<CertificateProgress>('continueCertificates');
  return p;
}

describe('uploading an image', () => {
  test('a PNG is stored as one file in the root folder, with its role and spreadsheet', async () => {
    const h = await ready();
    const r = await upload(h, 'signature', 'ttd kepala.png', 'image/png', solidPng(200, 80));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.signature).toMatchObject({ name: 'ttd kepala.png' });
    expect(r.value.logo).toBeNull();
    expect(r.value.message).toMatch(/tersimpan/);
    const files = imageFiles(h);
    expect(files).toHaveLength(1);
    expect(files[0].mimeType).toBe('image/png');
    expect(files[0].appProperties.douasnSheet).toBe(h.ss.getId());
    const root = h.env.drive._files().find((f) => f.appProperties.douasnRole === 'root');
    expect(files[0].parents).toEqual([root?.id]);
    // the stored bytes are the upload's
    expect(Buffer.from(files[0].content!).equals(solidPng(200, 80))).toBe(true);
    expect(await h.call<CertImagesState>('certificateImages')).toMatchObject({
      signature: { name: 'ttd kepala.png', size: solidPng(200, 80).length },
    });
  });

  test('a GIF, a PNG named .jpg, text named .png and a 3 MB file are refused in Indonesian; nothing is stored', async () => {
    const h = await ready();
    const cases: Array<[string, string, Buffer, RegExp]> = [
      ['animasi.gif', 'image/gif', tinyGif(), /bukan gambar PNG atau JPEG/],
      ['logo.jpg', 'image/jpeg', solidPng(20, 20), /bernama atau bertipe JPEG, tetapi isinya gambar PNG/],
      ['logo.png', 'image/png', Buffer.from('bukan gambar sama sekali'), /bukan gambar PNG atau JPEG/],
      [
        'besar.png',
        'image/png',
        Buffer.concat([solidPng(10, 10), Buffer.alloc(3 * 1024 * 1024)]),
        /3 MB, lebih dari batas 2 MB/,
      ],
    ];
    for (const [name, type, bytes, message] of cases) {
      const r = await upload(h, 'logo', name, type, bytes);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error).toMatch(message);
      expect(r.error).toContain(name);
      expect(r.error).not.toMatch(/Error|base64|undefined|MIME/);
    }
    expect(imageFiles(h)).toHaveLength(0);
    expect((await h.call<CertImagesState>('certificateImages')).logo).toBeNull();
  });

  test('a second logo replaces the first: one file stays, the new one', async () => {
    const h = await ready();
    await upload(h, 'logo', 'lama.png', 'image/png', solidPng(50, 50));
    const r = await upload(h, 'logo', 'baru.jpg', 'image/jpeg', logoJpeg());
    expect(r.ok && r.value.logo?.name).toBe('baru.jpg');
    const files = imageFiles(h);
    expect(files).toHaveLength(1);
    expect(files[0].mimeType).toBe('image/jpeg');
    // Hapus removes the file and the record
    const gone = await h.call<Upload>('removeCertificateImage', 'logo');
    expect(gone.logo).toBeNull();
    expect(imageFiles(h)).toHaveLength(0);
  });

  test('a wrong role is refused at the boundary', async () => {
    const h = await ready();
    const r = await h.raw('uploadCertificateImage', {
      role: 'stempel',
      name: 'a.png',
      mimeType: 'image/png',
      base64: 'AAAA',
    });
    expect(r.ok).toBe(false);
  });
});

describe('Buat Template prints the images', () => {
  test.each(['Resmi', 'Modern', 'Sederhana'])(
    '%s: the logo and the signature are in every template and embedded in every PDF, on one page',
    async (design) => {
      const h = await ready();
      typeSetting(h, 'Desain Sertifikat', design);
      await upload(h, 'logo', 'logo.jpg', 'image/jpeg', logoJpeg());
      await upload(h, 'signature', 'ttd.png', 'image/png', solidPng(300, 100, [20, 20, 120]));
      await h.call('createTemplates');
      const templates = h.env.drive
        ._files()
        .filter((f) => /^template-/.test(f.appProperties.douasnRole ?? ''));
      // Sertifikat, Piagam and Sertifikat Narasumber
      expect(templates).toHaveLength(3);
      expect((await issueAll(h)).state).toBe('done');
      const pdfs = h.env.drive
        ._files()
        .filter((f) => !f.trashed && f.mimeType === 'application/pdf' && f.appProperties.douasnKey);
      expect(pdfs.length).toBe(ledger(h).length);
      expect(pdfs.length).toBeGreaterThan(0);
      expect(new Set(pdfs.map((f) => f.appProperties.douasnKey.split('|')[1]))).toEqual(
        new Set(['Sertifikat', 'Piagam']),
      );
      if (process.env.CERT_IMAGES_OUT)
        for (const f of pdfs)
          writeFileSync(join(process.env.CERT_IMAGES_OUT, `${design}-${f.name}`), f.content!);
      for (const f of pdfs) {
        // the uploaded logo and signature, the QR, and the clear pixel (with its mask) that sets the signature
        // beside the QR
        expect(await pdfImages(f.content!)).toEqual(['180x180', '1x1', '1x1', '240x120', '300x100']);
        expect((await PDFDocument.load(f.content!)).getPageCount()).toBe(1);
      }
      // poppler agrees: four images (and the clear pixel's mask) on the certificate's page, one page
      const dir = mkdtempSync(join(tmpdir(), 'img-'));
      writeFileSync(join(dir, 'c.pdf'), pdfs[0].content!);
      const list = spawnSync('pdfimages', ['-list', join(dir, 'c.pdf')], { encoding: 'utf8' });
      if (list.status === 0) {
        const rows = list.stdout
          .split('\n')
          .slice(2)
          .filter((l) => l.trim());
        expect(rows).toHaveLength(5);
        expect(rows.every((l) => /^\s*1\s/.test(l))).toBe(true);
      }
      const info = spawnSync('pdfinfo', [join(dir, 'c.pdf')], { encoding: 'utf8' });
      if (info.status === 0) expect(info.stdout).toMatch(/Pages:\s+1\n/);
    },
  );

  test('a name of 90 characters that wraps to two lines still leaves every page one sheet, in every design', async () => {
    for (const design of ['Resmi', 'Modern', 'Sederhana']) {
      const h = await ready();
      typeSetting(h, 'Desain Sertifikat', design);
      const s = h.ss.getSheetByName('Peserta')!;
      const values = s._dump() as unknown[][];
      const long =
        'Prof. Dr. H. Muhammad Abdurrahman Wahid Al-Fatih Nasution, S.H., M.H., M.Kn., Ph.D., M.Si.';
      s.getRange(2, values[0].indexOf('Nama') + 1).setValue(long);
      await upload(h, 'logo', 'logo.jpg', 'image/jpeg', logoJpeg());
      await upload(h, 'signature', 'ttd.png', 'image/png', solidPng(300, 100));
      await h.call('createTemplates');
      expect((await issueAll(h)).state).toBe('done');
      const pdfs = h.env.drive
        ._files()
        .filter((f) => !f.trashed && f.mimeType === 'application/pdf' && f.appProperties.douasnKey);
      expect(pdfs.length).toBeGreaterThan(0);
      for (const f of pdfs)
        expect([design, (await PDFDocument.load(f.content!)).getPageCount()]).toEqual([design, 1]);
    }
  });

  test('without images the templates are as before: no image in a PDF but its QR', async () => {
    const h = await ready();
    await h.call('createTemplates');
    expect((await issueAll(h)).state).toBe('done');
    const pdfs = h.env.drive
      ._files()
      .filter((f) => !f.trashed && f.mimeType === 'application/pdf' && f.appProperties.douasnKey);
    expect(pdfs.length).toBeGreaterThan(0);
    for (const f of pdfs) expect(await pdfImages(f.content!)).toEqual(['180x180']);
  });

  test('an image uploaded after the templates exist: they are not changed, the admin is told how', async () => {
    const h = await ready();
    await h.call('createTemplates');
    const before = h.env.drive._files().filter((f) => /^template-/.test(f.appProperties.douasnRole ?? ''));
    const r = await upload(h, 'logo', 'logo.jpg', 'image/jpeg', logoJpeg());
    expect(r.ok && r.value.templatesExist).toBe(true);
    expect(r.ok && r.value.message).toMatch(/Sisipkan → Gambar/);
    const after = h.env.drive._files().filter((f) => /^template-/.test(f.appProperties.douasnRole ?? ''));
    expect(after.map((f) => f.modifiedTime)).toEqual(before.map((f) => f.modifiedTime));
  });
});
