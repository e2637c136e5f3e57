// Browser tests of failure kinds: the real sidebar in Chromium against the sandbox shows a busy spreadsheet (another
// run holds the document lock) and Google's 6-minute limit as a warning that says what to do, an argument the
// server refuses as an error, and goes on normally once the cause is gone.

import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { type Sandbox, startSandbox } from '../../tools/sandbox';
import { availability, buildDist, launchChromium, ROOT, suite } from './chromium';
import { fillWorkbook, gotoSidebarOffline, sidebarPage } from './fixture';

jest.setTimeout(60_000);

if (availability.run) beforeAll(() => buildDist(ROOT));

suite('failure kinds in the sidebar', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const note = (): Locator => page.locator('#sec-persiapan .msg');
  const checkButton = (): Locator =>
    page.locator('#sec-persiapan .card-body').getByRole('button', { name: 'Periksa Data', exact: true });

  /** Clicks Periksa Data and waits for its server call to answer (or fail) and the button to settle. */
  async function clickCheck(): Promise<void> {
    const done = page.waitForResponse(
      (r) => r.url().endsWith('/api/run') && r.request().postData()?.includes('"runCheck"') === true,
    );
    await checkButton().click();
    await done;
    await page.waitForFunction(
      `document.querySelector('#sec-persiapan .card-body button[aria-busy="true"]') === null`,
    );
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, empty: true });
    await sandbox.addon.rpc('runSetup');
    fillWorkbook(sandbox.env.ss);
    browser = await launchChromium();
    page = await sidebarPage(browser, errors);
    await gotoSidebarOffline(page, sandbox);
    await page.getByLabel('Kegiatan aktif').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  test('busy: another run holds the document lock, the admin is told to wait and try again', async () => {
    sandbox.env.locks.holdExternal('document');
    await clickCheck();
    await expect(note().getAttribute('class')).resolves.toBe('msg msg-warn');
    expect(await note().getAttribute('role')).toBe('status');
    const text = (await note().textContent()) ?? '';
    expect(text).toMatch(
      /^Proses lain .* sedang berjalan di spreadsheet ini\. Tunggu sebentar lalu coba lagi\.$/,
    );
    expect(sandbox.env.ss._sheet('Masalah')).toBeNull();
    await page.locator('#sec-persiapan').screenshot({ path: join(ROOT, 'out', 'screenshots', 'sibuk.png') });
  });

  test('the other run lets go: the same click now checks the data', async () => {
    sandbox.env.locks.releaseExternal();
    await clickCheck();
    expect(await note().getAttribute('class')).toMatch(/msg-(ok|warn)/);
    expect(await note().textContent()).not.toMatch(/Proses lain|Terjadi kesalahan/);
    expect(sandbox.env.ss._sheet('Masalah')).not.toBeNull();
  });

  test('timeout: the 6-minute limit reaches the failure handler and is told as such, as a warning', async () => {
    sandbox.env.rt.injectFault({ method: '*', atCall: 3, kind: 'timeout' });
    await clickCheck();
    expect(await note().getAttribute('class')).toBe('msg msg-warn');
    expect(await note().textContent()).toMatch(/^Proses dihentikan oleh batas waktu Google \(6 menit\)/);
  });

  test("invalidArgument: a refused argument is an error with the server's Indonesian message", async () => {
    // the panel never sends this; a stale or tampered page could, and the server must refuse it plainly
    const answer = await page.evaluate(
      'new Promise((resolve) => google.script.run.withSuccessHandler(resolve).setActiveTraining(123))',
    );
    expect(answer).toEqual({
      ok: false,
      kind: 'invalidArgument',
      error: expect.stringMatching(/^Panggilan setActiveTraining ditolak: kode kegiatan harus teks/),
    });
  });

  test('no script errors and no dialogs', () => {
    expect(errors).toEqual([]);
  });
});
