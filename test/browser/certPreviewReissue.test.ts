// Browser test of Pratinjau and Terbitkan Ulang in the Sertifikat section at 300 px, as a new admin clicks them:
// the preview picks the longest name by default and shows what it printed; a re-issue found by name is confirmed,
// runs in the panel's loop, and leaves the ledger's history. Screenshots in out/screenshots/.

import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Sandbox, startSandbox } from '../../tools/sandbox';
import { synthWorkbook } from '../../tools/synth';
import { availability, buildDist, launchChromium, ROOT, SHOTS, suite } from './chromium';
import { gotoSidebarOffline, runToEnd, serverCall, sheetObjects, sidebarPage, until } from './fixture';

jest.setTimeout(90_000);

const LONG = 'Prof. Dr. H. Muhammad Abdurrahman Wahyudi Kusumaningrat, S.H., M.Kn., M.Si., Ph.D.';

function setPesertaName(sandbox: Sandbox, index: number, name: string): void {
  const s = sandbox.env.ss.getSheetByName('Peserta')!;
  const values = s._dump() as unknown[][];
  s.getRange(index + 2, values[0].indexOf('Nama') + 1).setValue(name);
}

if (availability.run) beforeAll(() => buildDist(ROOT));

suite('Pratinjau and Terbitkan Ulang in the Sertifikat section', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, empty: true });
    synthWorkbook({ participants: 12, trainings: 1 }, sandbox.env.ss);
    await serverCall(sandbox, 'pullResponses');
    await serverCall(sandbox, 'createTemplates');
    await runToEnd(sandbox, 'startCertificates');
    setPesertaName(sandbox, 4, LONG);
    browser = await launchChromium();
    page = await sidebarPage(browser, errors);
    await gotoSidebarOffline(page, sandbox);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const sec = () => page.locator('#sec-sertifikat');
  const open = async () => {
    const toggle = sec().locator('.card-toggle');
    await toggle.waitFor();
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  };

  test('Pratinjau: the longest name by default, a link to the CONTOH PDF, what was printed', async () => {
    await open();
    const part = sec().locator('#cert-preview');
    await part.getByRole('button', { name: 'Pilih Peserta', exact: true }).click();
    const person = part.locator('#preview-person');
    await until(async () => (await person.count()) === 1, 'the picker');
    expect(await person.locator('option:checked').textContent()).toBe(`${LONG} (nama terpanjang)`);
    // the search narrows the list
    await part.locator('#preview-search').fill('zzzz');
    expect(await part.textContent()).toContain('Tidak ada peserta yang cocok.');
    await part.locator('#preview-search').fill('');
    await part.getByRole('button', { name: 'Buat Pratinjau', exact: true }).click();
    await until(async () => /Pratinjau untuk/.test((await part.locator('.msg').textContent()) ?? ''), 'done');
    const link = part.getByRole('link', { name: 'Buka PDF pratinjau' });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    const printed = (await part.locator('.printed').textContent()) ?? '';
    expect(printed).toContain(LONG);
    expect(printed).toContain('CONTOH');
    // nothing fits wider than the panel
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(300);
    await part.screenshot({ path: join(SHOTS, 'sertifikat-pratinjau.png') });
    expect(sheetObjects(sandbox.env.ss, 'Sertifikat').some((r) => String(r.Nomor).includes('CONTOH'))).toBe(
      false,
    );
  });

  test('Terbitkan Ulang: found by name, reason given, confirmed; the ledger keeps the history', async () => {
    const before = sheetObjects(sandbox.env.ss, 'Sertifikat');
    const target = before.find((r) => r.Jenis === 'Sertifikat')!;
    const fixed = `${String(target.Nama)} S.Pd.`;
    const i = (sandbox.env.ss.getSheetByName('Peserta')!._dump() as unknown[][]).findIndex(
      (r) => String(r[1]) === String(target.NIP),
    );
    setPesertaName(sandbox, i - 1, fixed);
    const part = sec().locator('#cert-reissue');
    expect(await part.textContent()).toContain('selalu mendapat nomor baru');
    await part.locator('#reissue-search').fill(String(target.Nomor));
    await part.getByRole('button', { name: 'Cari', exact: true }).click();
    const radio = part.getByRole('radio');
    await until(async () => (await radio.count()) === 1, 'one certificate found');
    await radio.check();
    await part.locator('#reissue-reason').fill('Salah ketik nama');
    await part.getByRole('button', { name: 'Terbitkan Ulang', exact: true }).click();
    expect(await part.locator('[role=alert]').textContent()).toContain(
      `Nomor ${target.Nomor} tidak dipakai lagi`,
    );
    await part.screenshot({ path: join(SHOTS, 'sertifikat-terbitkan-ulang.png') });
    await part.getByRole('button', { name: 'Ya, terbitkan ulang', exact: true }).click();
    await until(
      async () => /diterbitkan ulang sebagai/.test((await sec().locator('.msg').allTextContents()).join(' ')),
      'the re-issue message',
      45_000,
    );
    const after = sheetObjects(sandbox.env.ss, 'Sertifikat');
    expect(after).toHaveLength(before.length + 1);
    const mine = after.filter((r) => r.NIP === target.NIP && r.Jenis === 'Sertifikat');
    expect(mine.map((r) => r.Status)).toEqual(['Diganti', 'Dibuat']);
    expect(mine[1].Nama).toBe(fixed);
    expect(String(mine[0].Catatan)).toContain('Salah ketik nama');
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(300);
    await sec().screenshot({ path: join(SHOTS, 'sertifikat-setelah-terbit-ulang.png') });
    expect(errors).toEqual([]);
  });

  test('Cabut: chosen as the action, the reason asked, confirmed; the ledger and the registry say Dicabut', async () => {
    const before = sheetObjects(sandbox.env.ss, 'Sertifikat');
    const target = before.find((r) => r.Jenis === 'Piagam' && r.Status !== 'Diganti')!;
    const part = sec().locator('#cert-reissue');
    await part.locator('#reissue-search').fill(String(target.Nomor));
    await part.getByRole('button', { name: 'Cari', exact: true }).click();
    const radio = part.getByRole('radio', { name: new RegExp(String(target.Nomor).replace(/[/.]/g, '.')) });
    await until(async () => (await radio.count()) === 1, 'one certificate found');
    await radio.check();
    await part.getByRole('radio', { name: 'Cabut Sertifikat' }).check();
    expect(await part.textContent()).toContain('tidak dapat dibatalkan');
    const go = part.getByRole('button', { name: 'Cabut Sertifikat', exact: true });
    expect(await go.isDisabled()).toBe(true);
    await part.locator('#reissue-reason').fill('Diterbitkan keliru');
    await go.click();
    expect(await part.locator('[role=alert]').textContent()).toContain(`Cabut sertifikat ${target.Nomor}`);
    await part.screenshot({ path: join(SHOTS, 'sertifikat-cabut.png') });
    await part.getByRole('button', { name: 'Ya, cabut', exact: true }).click();
    await until(
      async () => /sudah dicabut/.test((await part.locator('.msg').allTextContents()).join(' ')),
      'the revoke message',
    );
    const row = sheetObjects(sandbox.env.ss, 'Sertifikat').find((r) => r.Nomor === target.Nomor)!;
    expect([row.Status, row.Alasan]).toEqual(['Dicabut', 'Diterbitkan keliru']);
    const reg = sheetObjects(sandbox.env.ss, 'Registri Verifikasi').find((r) => r.Nomor === target.Nomor)!;
    expect([reg.Status, reg.Alasan]).toEqual(['Dicabut', 'Diterbitkan keliru']);
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(300);
    expect(errors).toEqual([]);
  });

  test('Pratinjau of a Sertifikat Narasumber: offered once a speaker has a NIP, the picker lists the speakers', async () => {
    // the first session's speaker gets a NIP (the workbook had none), then the panel is opened again
    const sesi = sandbox.env.ss.getSheetByName('Sesi')!;
    const head = (sesi._dump() as unknown[][])[0];
    sesi
      .getRange(2, head.indexOf('NIP Narasumber') + 1)
      .setNumberFormat('@')
      .setValue('197501012000031001');
    await gotoSidebarOffline(page, sandbox);
    await open();
    const part = sec().locator('#cert-preview');
    await part.getByRole('button', { name: 'Pilih Peserta', exact: true }).click();
    const kind = part.locator('#preview-kind');
    await until(async () => (await kind.count()) === 1, 'the picker');
    await kind.selectOption('Sertifikat Narasumber');
    expect(await part.locator('label[for=preview-search]').textContent()).toBe('Narasumber');
    const person = part.locator('#preview-person');
    expect(await person.locator('option:checked').textContent()).toBe('Narasumber 1 (nama terpanjang)');
    await part.getByRole('button', { name: 'Buat Pratinjau', exact: true }).click();
    await until(async () => /Pratinjau untuk/.test((await part.locator('.msg').textContent()) ?? ''), 'done');
    expect(await part.locator('.printed').textContent()).toContain('Narasumber 1');
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(300);
    expect(errors).toEqual([]);
  });
});
