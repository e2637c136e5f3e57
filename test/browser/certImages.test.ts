// Browser test of the logo and signature upload in the Sertifikat section at 300 px: a PNG set on the file input is
// stored (its name shown with Hapus), a GIF is refused in the browser without a call, Buat Template then prints the
// image, Hapus removes it. Screenshot in out/screenshots/.

import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Sandbox, startSandbox } from '../../tools/sandbox';
import { synthWorkbook } from '../../tools/synth';
import { logoJpeg, solidPng, tinyGif } from '../fixtures/images';
import { availability, buildDist, launchChromium, ROOT, SHOTS, suite } from './chromium';
import { gotoSidebarOffline, until } from './fixture';

jest.setTimeout(90_000);

const imageFiles = (sandbox: Sandbox) =>
  sandbox.env.drive._files().filter((f) => !f.trashed && /^image-/.test(f.appProperties.douasnRole ?? ''));

if (availability.run) beforeAll(() => buildDist(ROOT));

suite('Logo dan tanda tangan in the Sertifikat section', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, empty: true });
    synthWorkbook({ participants: 4, trainings: 1 }, sandbox.env.ss);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await gotoSidebarOffline(page, sandbox);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const part = () => page.locator('#sec-sertifikat #cert-images');
  const open = async () => {
    const toggle = page.locator('#sec-sertifikat .card-toggle');
    await toggle.waitFor();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  };

  test('a PNG set on the input and a JPEG chosen with Unggah… are stored and shown with Hapus; a GIF is refused before sending', async () => {
    await open();
    const logo = part().locator('#cert-image-logo');
    await logo.getByText('belum ada').waitFor();
    await part()
      .locator('#cert-image-input-signature')
      .setInputFiles({ name: 'ttd.png', mimeType: 'image/png', buffer: solidPng(240, 80, [20, 20, 120]) });
    await part().locator('#cert-image-signature').getByText('ttd.png').waitFor();
    await part()
      .getByText(/Tanda tangan \/ stempel tersimpan/)
      .waitFor();
    expect(imageFiles(sandbox)).toHaveLength(1);
    // the Indonesian button opens the browser's file chooser
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      logo.getByText('Unggah…', { exact: true }).click(),
    ]);
    await chooser.setFiles({ name: 'logo.jpg', mimeType: 'image/jpeg', buffer: logoJpeg() });
    await logo.getByText('logo.jpg').waitFor();
    await logo.getByText('Ganti…', { exact: true }).waitFor();
    expect(imageFiles(sandbox)).toHaveLength(2);

    await part()
      .locator('#cert-image-input-logo')
      .setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: tinyGif() });
    await part()
      .getByText(/bukan gambar PNG atau JPEG/)
      .waitFor();
    expect(imageFiles(sandbox)).toHaveLength(2);
    await part().screenshot({ path: join(SHOTS, 'sertifikat-logo-ttd.png') });
    // nothing wider than the panel
    const wide = await part().evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
  });

  test('Buat Template prints both images; Hapus removes the stored file', async () => {
    await page.locator('#sec-sertifikat').getByRole('button', { name: 'Buat Template', exact: true }).click();
    const template = await until(
      () => sandbox.env.drive._files().find((f) => f.appProperties.douasnRole === 'template-Sertifikat'),
      'the certificate template',
    );
    // the logo, the signature, and the clear pixel that sets the signature beside the QR's place
    expect(JSON.stringify(template.doc ?? {}).match(/"type":"image"/g)).toHaveLength(3);
    await part().locator('#cert-image-signature').getByRole('button', { name: 'Hapus' }).click();
    await part().locator('#cert-image-signature').getByText('belum ada').waitFor();
    expect(imageFiles(sandbox)).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
