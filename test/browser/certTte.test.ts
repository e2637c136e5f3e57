// Browser test of the TTE part of the Sertifikat section at 300 px: Buat Paket TTE, then several signed PDFs picked at
// once (one signed by tools/fake-signer.ts, one unsigned, one renamed), each answered on its own line.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fakeSign } from '../../tools/fake-signer';
import { type Sandbox, startSandbox } from '../../tools/sandbox';
import { synthWorkbook } from '../../tools/synth';
import { availability, buildDist, launchChromium, ROOT, suite } from './chromium';
import { gotoSidebarOffline, runToEnd, serverCall, sidebarPage, typeSetting, until } from './fixture';

jest.setTimeout(90_000);

if (availability.run) beforeAll(() => buildDist(ROOT));

suite('TTE in the Sertifikat section', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, empty: true });
    synthWorkbook({ participants: 4, trainings: 1 }, sandbox.env.ss);
    await serverCall(sandbox, 'runSetup');
    typeSetting(sandbox, 'Mode TTE', 'Tag');
    await serverCall(sandbox, 'pullResponses');
    await serverCall(sandbox, 'createTemplates');
    await serverCall(sandbox, 'setActiveTraining', 'SIM-0001');
    await runToEnd(sandbox, 'startCertificates');
    browser = await launchChromium();
    page = await sidebarPage(browser, errors, 1200);
    await gotoSidebarOffline(page, sandbox);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const sec = () => page.locator('#sec-sertifikat');
  const part = () => sec().locator('#cert-tte');

  test('Paket TTE, then three files picked at once: stored, unsigned, not recognised; nothing wider than 300 px', async () => {
    const toggle = sec().locator('.card-toggle');
    await toggle.waitFor();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await part().getByRole('button', { name: 'Buat Paket TTE', exact: true }).click();
    await until(async () => (await part().locator('.tte-links a').count()) === 3, 'the Paket TTE links');
    const issued = sandbox.env.drive
      ._files()
      .filter((f) => !f.trashed && f.mimeType === 'application/pdf' && f.appProperties.douasnKey);
    const signed = await fakeSign(issued[0].content!);
    await part()
      .locator('#cert-tte-input')
      .setInputFiles([
        { name: issued[0].name, mimeType: 'application/pdf', buffer: Buffer.from(signed) },
        { name: issued[1].name, mimeType: 'application/pdf', buffer: Buffer.from(issued[1].content!) },
        { name: 'hasil ttd.pdf', mimeType: 'application/pdf', buffer: Buffer.from(signed) },
      ]);
    const lines = part().locator('.tte-results li');
    await until(
      async () => (await lines.count()) === 3 && ((await part().textContent()) ?? '').includes('ditolak.'),
      'the results',
    );
    const texts = await lines.allTextContents();
    expect(texts[0]).toContain('Disimpan');
    expect(texts[1]).toContain('belum bertanda tangan');
    expect(texts[2]).toContain('Tidak dikenali');
    expect(await part().textContent()).toContain('1 disimpan, 0 sudah ada, 2 ditolak.');
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(300);
    await part().screenshot({ path: join(tmpdir(), 'certTte-300.png') });
    expect(errors).toEqual([]);
  });
});
