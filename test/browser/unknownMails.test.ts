// Browser test: an e-mail whose outcome is unknown (Status Mengirim) is listed in the Sertifikat section with the
// admin's two choices, each confirmed once more; Tandai Terkirim clears the list without sending anything.

import type { Browser, Page } from 'playwright-core';
import { CONSUMER_QUOTAS } from '../../emulator/runtime';
import { type Sandbox, startSandbox } from '../../tools/sandbox';
import { availability, buildDist, launchChromium, ROOT, suite } from './chromium';
import { fillWorkbook, gotoSidebarOffline, sheetObjects } from './fixture';

jest.setTimeout(120_000);

if (availability.run) beforeAll(() => buildDist(ROOT));

suite('e-mails whose outcome is unknown, in the sidebar', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, empty: true, quotas: { ...CONSUMER_QUOTAS } });
    const { addon, env } = sandbox;
    await addon.rpc('runSetup');
    fillWorkbook(env.ss);
    await addon.rpc('computeScores');
    await addon.rpc('createTemplates');
    // the second message left, but Google answered with an error: its outcome is unknown
    env.rt.injectFault({ method: 'MailApp.sendEmail', atCall: 2, kind: 'error', after: true });
    let p = (await addon.rpc('sendCertificateEmails')) as { ok: boolean; value: { state: string } };
    for (let i = 0; i < 20 && p.ok && p.value.state === 'running'; i++)
      p = (await addon.rpc('continueCertificates')) as typeof p;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await gotoSidebarOffline(page, sandbox);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  test('listed with NIP and row; Tandai Terkirim asks first, then marks it without sending', async () => {
    const sec = page.locator('#sec-sertifikat');
    const toggle = sec.locator('.card-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const alert = sec.locator('.issues-warn', { hasText: 'belum pasti terkirim' });
    await alert.waitFor({ timeout: 20_000 });
    const unknown = sheetObjects(sandbox.env.ss, 'Sertifikat').filter((r) => r.Status === 'Mengirim');
    expect(unknown).toHaveLength(1);
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('1 email belum pasti terkirim');
    expect(text).toContain(`NIP ${unknown[0].NIP}`);
    expect(text).toMatch(/baris \d+/);
    const outbox = (sandbox.env.globals.MailApp as unknown as { _outbox: unknown[] })._outbox;
    const sent = outbox.length;
    await alert.getByRole('button', { name: 'Tandai Terkirim', exact: true }).click();
    await alert.getByText('Tandai 1 email ini sebagai Terkirim?').waitFor();
    await alert.getByRole('button', { name: 'Ya, lanjutkan', exact: true }).click();
    await sec.locator('.msg', { hasText: 'ditandai Terkirim' }).waitFor({ timeout: 20_000 });
    expect(await sec.locator('.issues-warn', { hasText: 'belum pasti terkirim' }).count()).toBe(0);
    expect(outbox.length).toBe(sent);
    expect(sheetObjects(sandbox.env.ss, 'Sertifikat').filter((r) => r.Status === 'Mengirim')).toEqual([]);
  });
});
