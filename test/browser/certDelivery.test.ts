// Browser test of Pengiriman in the Sertifikat section at 300 px: who received nothing (counts, then names), share
// links, a ZIP per training and the WhatsApp texts, as a new admin clicks them. Screenshots in out/screenshots/.

import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Sandbox, startSandbox } from '../../tools/sandbox';
import { synthWorkbook } from '../../tools/synth';
import { availability, buildDist, launchChromium, ROOT, SHOTS, suite } from './chromium';
import {
  gotoSidebarOffline,
  runToEnd,
  serverCall,
  sheetObjects,
  sidebarPage,
  typeSetting,
  until,
} from './fixture';

jest.setTimeout(90_000);

/** Types a column of Peserta (by header) for every data row. */
function typePeserta(sandbox: Sandbox, header: string, value: (i: number) => unknown): void {
  const s = sandbox.env.ss.getSheetByName('Peserta')!;
  const values = s._dump() as unknown[][];
  const col = values[0].indexOf(header) + 1;
  for (let i = 1; i < values.length; i++) s.getRange(i + 1, col).setValue(value(i));
}

if (availability.run) beforeAll(() => buildDist(ROOT));

suite('Pengiriman in the Sertifikat section', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, empty: true });
    synthWorkbook({ participants: 10, trainings: 1 }, sandbox.env.ss);
    // three without an e-mail address; everyone with a mobile number
    typePeserta(sandbox, 'Email', (i) => (i % 4 === 0 ? '' : `peserta${i}@contoh.go.id`));
    typePeserta(sandbox, 'No. HP', (i) => `0812-3456-70${String(i).padStart(2, '0')}`);
    typeSetting(sandbox, 'Bagikan Tautan PDF', 'Ya');
    await serverCall(sandbox, 'pullResponses');
    await serverCall(sandbox, 'createTemplates');
    await serverCall(sandbox, 'setActiveTraining', 'SIM-0001');
    await runToEnd(sandbox, 'sendCertificateEmails');
    browser = await launchChromium();
    page = await sidebarPage(browser, errors, 1200);
    await gotoSidebarOffline(page, sandbox);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const sec = () => page.locator('#sec-sertifikat');
  const part = () => sec().locator('#cert-delivery');

  test('the one count, who received nothing (counts, then names), ZIP and WhatsApp links; nothing wider than 300 px', async () => {
    const toggle = sec().locator('.card-toggle');
    await toggle.waitFor();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const rows = sheetObjects(sandbox.env.ss, 'Sertifikat');
    const noAddress = rows.filter((r) => r.Email === '').length;
    expect(noAddress).toBeGreaterThan(0);
    // the progress line is the one count
    const text = (await sec().textContent()) ?? '';
    expect(text).toContain(
      `Dibuat ${rows.length} dari ${rows.length} · Terkirim ${rows.length - noAddress} dari ${rows.length - noAddress} (${noAddress} tanpa email)`,
    );
    // who received nothing: the count by reason, then the names
    expect(await part().locator('.nothing-counts').textContent()).toContain(
      `${noAddress} Tidak ada alamat email`,
    );
    await part().getByRole('button', { name: 'Tampilkan nama', exact: true }).click();
    await until(async () => (await part().locator('.nothing-names li').count()) === noAddress, 'the names');
    // ZIP of the active training
    await part().getByRole('button', { name: 'Unduh ZIP', exact: true }).click();
    const zipLink = part().locator('.zip-parts a');
    await until(async () => (await zipLink.count()) === 1, 'the ZIP link');
    expect(await zipLink.textContent()).toBe(`Sertifikat SIM-0001 - bagian 1.zip (${rows.length} PDF)`);
    // WhatsApp texts with wa.me links
    await part().getByRole('button', { name: 'Teks WhatsApp', exact: true }).click();
    const wa = part().locator('.wa-list li');
    await until(async () => (await wa.count()) === rows.length, 'the WhatsApp texts');
    const first = await wa.first().getByRole('link', { name: 'Buka WhatsApp' }).getAttribute('href');
    expect(first).toMatch(/^https:\/\/wa\.me\/62812345670\d\d\?text=Yth\./);
    expect(await wa.first().locator('textarea').inputValue()).toContain('https://drive.google.com/file/d/');
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(300);
    await part().screenshot({ path: join(SHOTS, 'sertifikat-pengiriman.png') });
    expect(errors).toEqual([]);
  });
});
