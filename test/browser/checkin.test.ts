// Browser test of the check-in projector view (issue 16): the real sidebar in Chromium against the sandbox, at the
// panel's 300 px and full screen on a projector-sized window: "Pindai untuk presensi", the session, its window, a
// large QR code of the pre-filled link and the Kode Sesi, the same code the server gives. Screenshots are kept.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FakeFormApp } from '../../emulator/forms';
import { _formById, submitResponse } from '../../emulator/respondent';
import type { CheckinCodeNow } from '../../src/shared/rpc';
import { type Sandbox, startSandbox } from '../../tools/sandbox';
import { buildDist, launchChromium, ROOT, SHOTS, suite } from './chromium';
import { CODE, fillWorkbook, gotoSidebarOffline, PARTICIPANTS } from './fixture';

jest.setTimeout(120_000);

suite('check-in projector view in Chromium', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildDist(ROOT);
    mkdirSync(SHOTS, { recursive: true });
    sandbox = await startSandbox({ port: 0, empty: true });
    const rpc = async (name: string, ...args: unknown[]) => {
      const r = (await sandbox.addon.rpc(name, ...args)) as { ok: boolean; value?: unknown; error?: string };
      if (!r.ok) throw new Error(`${name}: ${r.error}`);
      return r.value;
    };
    await rpc('runSetup');
    fillWorkbook(sandbox.env.ss);
    await rpc('setActiveTraining', CODE);
    await rpc('createForms', CODE);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await gotoSidebarOffline(page, sandbox);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  test('the sessions list and the projector view with the code, at 300 px and full screen', async () => {
    const load = page.getByRole('button', { name: 'Presensi per sesi (QR dan Kode Sesi)' });
    await load.scrollIntoViewIfNeeded();
    await load.click();
    const list = page.getByRole('list', { name: 'Presensi per sesi' });
    await list.waitFor();
    expect(await list.locator('li').count()).toBe(3);
    expect(await list.locator('li').first().textContent()).toContain('24 November 2026, 07.45–08.30');
    await page.screenshot({ path: join(SHOTS, 'presensi-sesi-300.png'), fullPage: true });

    await page.getByRole('button', { name: /Tampilkan layar presensi Sesi 1/ }).click();
    const full = page.getByRole('dialog');
    await full.waitFor();
    const text = (await full.textContent()) ?? '';
    expect(text).toContain('Pindai untuk presensi');
    expect(text).toContain('Sesi 1: Dasar layanan digital');
    expect(text).toContain('Presensi dibuka 24 November 2026, 07.45–08.30');
    const r = (await sandbox.addon.rpc('getCheckinCode', CODE, 1)) as { ok: boolean; value: CheckinCodeNow };
    const shown = ((await full.locator('.checkin-code').textContent()) ?? '').replace(/\s/g, '');
    expect(shown).toBe(r.value.code);
    expect(shown).toMatch(/^\d{6}$/);
    expect(await full.locator('svg.qr-big path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    // at 300 px the QR and the code stay inside the panel
    const box = await full.locator('svg.qr-big').boundingBox();
    const codeBox = await full.locator('.checkin-code').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 300).toBe(true);
    expect(codeBox && codeBox.x >= 0 && codeBox.x + codeBox.width <= 300).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'presensi-layar-300.png') });

    // a projector-sized window: the QR large, the code beside it
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(100);
    const big = await full.locator('svg.qr-big').boundingBox();
    expect(big && big.width).toBeGreaterThan(300);
    const bigCode = await full.locator('.checkin-code').boundingBox();
    expect(bigCode && bigCode.height).toBeGreaterThan(80);
    await page.screenshot({ path: join(SHOTS, 'presensi-layar-penuh.png') });

    await page.keyboard.press('Escape');
    await full.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 300, height: 900 });
    expect(pageErrors).toEqual([]);
  });

  test('a Presensi form with responses whose sessions changed: Buat Versi Baru asks once, then makes the new version', async () => {
    const ss = sandbox.env.ss;
    const [head, ...rows] = ss.getSheetByName('Formulir')!.getDataRange().getValues();
    const row = rows.find((r) => r[head.indexOf('Jenis')] === 'Presensi')!;
    const form = _formById(
      sandbox.env.globals.FormApp as FakeFormApp,
      String(row[head.indexOf('ID Formulir')]),
    );
    submitResponse(form, {
      NIP: String(PARTICIPANTS[0].NIP),
      Sesi: 'Sesi 1: Dasar layanan digital',
      'Kode Sesi': '123456',
    });
    const sesi = ss.getSheetByName('Sesi')!;
    sesi.getRange(sesi.getLastRow(), 6).setValue('Studi kasus layanan publik');

    const formulir = page.locator('#sec-formulir .card-body');
    await formulir.getByRole('button', { name: 'Buat Formulir', exact: true }).click();
    const offer = formulir.getByRole('button', { name: 'Buat Versi Baru (1 formulir)' });
    await offer.waitFor();
    expect(await formulir.locator('.notes').textContent()).toContain('Presensi DOU-01: isi lembar berubah');
    await offer.click();
    const ask = formulir.locator('.ask-version');
    expect(await ask.textContent()).toContain('respons formulir lama tetap dibaca');
    await page.screenshot({ path: join(SHOTS, 'formulir-versi-baru-300.png'), fullPage: true });
    await ask.getByRole('button', { name: 'Ya, buat versi baru' }).click();
    await formulir.locator('.msg').filter({ hasText: '1 dibuat' }).waitFor();
    expect(await formulir.getByRole('button', { name: /Buat Versi Baru/ }).count()).toBe(0);
    const presensi = ss
      .getSheetByName('Formulir')!
      .getDataRange()
      .getValues()
      .filter((r) => r[head.indexOf('Jenis')] === 'Presensi');
    expect(presensi.map((r) => String(r[head.indexOf('Judul')]))).toEqual([
      expect.not.stringContaining('versi'),
      expect.stringContaining('(versi 2)'),
    ]);
    expect(pageErrors).toEqual([]);
  });

  test('a rotating code switches on the projector by itself: one server question for many periods', async () => {
    const ss = sandbox.env.ss;
    const settings = ss.getSheetByName('Pengaturan')!;
    const keys = settings
      .getDataRange()
      .getValues()
      .map((r) => r[0]);
    settings.getRange(keys.indexOf('Kode Sesi Berganti (detik)') + 1, 2).setValue(2);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/run')) asked.push(JSON.parse(r.postData() ?? '{}').name as string);
    });
    const given = page.waitForResponse(
      (r) =>
        r.url().endsWith('/api/run') && JSON.parse(r.request().postData() ?? '{}').name === 'getCheckinCode',
    );
    await page.getByRole('button', { name: 'Presensi per sesi (QR dan Kode Sesi)' }).click();
    await page.getByRole('list', { name: 'Presensi per sesi' }).waitFor();
    await page.getByRole('button', { name: /Tampilkan layar presensi Sesi 1/ }).click();
    const full = page.getByRole('dialog');
    await full.waitFor();
    const read = async () => ((await full.locator('.checkin-code').textContent()) ?? '').replace(/\s/g, '');
    const first = await read();
    expect(await full.locator('.checkin-rotate').textContent()).toBe('Kode berganti setiap 2 detik.');
    const answer = JSON.stringify(await (await given).json());
    // three periods later the screen shows the third of the codes the server gave, with no question asked
    await page.waitForTimeout(6_200);
    const later = await read();
    expect(later).not.toBe(first);
    // the sandbox wraps the endpoint's envelope in its own
    const codes = (JSON.parse(answer).value.value as CheckinCodeNow).next.map((n) => n.code);
    expect(codes.slice(1, 4)).toContain(later);
    expect(asked.filter((n) => n === 'getCheckinCode')).toHaveLength(1);
    await page.keyboard.press('Escape');
    await full.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
