// The panel tells the truth (issue 14 items 1, 3, 4, 5) in Chromium at 300 px: Belum ada data on an empty
// workbook, Belum diperiksa until a check has run, then the counts and when they were computed; Masalah by cause
// (one entry for a damaged NIP, its consequences folded under it); the levels named Kesalahan and Peringatan; and
// every visible text at WCAG AA contrast in each of those states.

import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Sandbox, startSandbox } from '../../tools/sandbox';
import { availability, buildDist, launchChromium, ROOT, SHOTS, suite } from './chromium';
import { lowContrast } from './contrast';
import { fillWorkbook, gotoSidebarOffline, sidebarPage, until, XSS_NAME } from './fixture';

jest.setTimeout(120_000);

if (availability.run) beforeAll(() => buildDist(ROOT));

const badge = (page: Page) => page.locator('.health-badge');

async function openAll(page: Page): Promise<void> {
  for (const head of await page.locator('.card-toggle[aria-expanded="false"]').all()) await head.click();
}

/** The labels of the enabled primary buttons, wherever they are (a folded section's too). */
async function primaries(page: Page): Promise<string[]> {
  return (await page.locator('button.btn-primary:not([disabled])').allTextContents()).map((t) => t.trim());
}

async function press(page: Page, section: string, label: string): Promise<void> {
  await page.locator(`#sec-${section} .card-body`).getByRole('button', { name: label, exact: true }).click();
}

/** The sandbox (empty or the sample), Chromium and a 300 px panel page (fixture.ts sidebarPage) at the panel. */
async function startPanel(opts: {
  empty: boolean;
  page?: (browser: Browser, sandbox: Sandbox) => Promise<Page>;
}) {
  const sandbox = await startSandbox({ port: 0, empty: opts.empty });
  const browser = await launchChromium();
  const errors: string[] = [];
  const page = opts.page ? await opts.page(browser, sandbox) : await sidebarPage(browser, errors);
  await gotoSidebarOffline(page, sandbox);
  return { sandbox, browser, page, errors };
}

async function stopPanel(run: { sandbox?: Sandbox; browser?: Browser } | undefined): Promise<void> {
  await run?.browser?.close();
  await run?.sandbox?.close();
}

suite('the status in an empty workbook, before and after the first check', () => {
  let run: Awaited<ReturnType<typeof startPanel>>;
  let sandbox: Sandbox;
  let page: Page;

  beforeAll(async () => {
    run = await startPanel({ empty: true });
    ({ sandbox, page } = run);
  });
  afterAll(async () => {
    // no page error in any state the suite went through
    expect(run?.errors).toEqual([]);
    await stopPanel(run);
  });

  test('before setup: no badge claims anything, and every text is readable', async () => {
    await page.getByText('Belum ada kegiatan.').waitFor();
    expect(await badge(page).count()).toBe(0);
    expect(await lowContrast(page)).toEqual([]);
  });

  test("help in the panel: the steps in the panel's own order, and what to do when something stands in the way", async () => {
    const titles = await page.locator('.card-title').allTextContents();
    expect(titles).toEqual([
      'Persiapan',
      'Formulir',
      'Nilai & Peringkat',
      'Evaluasi',
      'Rekap JP',
      'Sertifikat',
      'Bantuan',
    ]);
    await page
      .getByRole('button', { name: /Bantuan/ })
      .first()
      .click();
    const help = page.locator('#sec-bantuan');
    const steps = await help.locator('.help-steps li b').allTextContents();
    const at = (s: string) => steps.indexOf(s);
    expect(at('Buat Formulir')).toBeLessThan(at('Hitung Nilai & Peringkat'));
    expect(at('Rekap Evaluasi')).toBeLessThan(at('Rekap JP'));
    await help.getByText('NIP tampil 1,98E+17').click();
    expect(await help.textContent()).toContain('Format › Angka › Teks biasa');
    expect(await lowContrast(page)).toEqual([]);
    await page
      .getByRole('button', { name: /Bantuan/ })
      .first()
      .click();
  });

  test('the contrast measure finds a grey text on a light chip (it is not a test that passes anything)', async () => {
    await page.evaluate(`(() => {
      const p = document.createElement('p');
      p.id = 'probe';
      p.style.cssText = 'background:#e6f4ea;color:#188038;font-size:11px';
      p.textContent = 'Hadir';
      document.body.appendChild(p);
    })()`);
    const found = await lowContrast(page);
    await page.evaluate(`document.getElementById('probe').remove()`);
    expect(found).toEqual([expect.objectContaining({ text: 'Hadir', ratio: 4.42, needed: 4.5 })]);
  });

  test('a greyed-out button says why and how to enable it', async () => {
    await openAll(page);
    const why = page.locator('#sec-nilai .why');
    expect(await why.textContent()).toBe(
      'Belum bisa: lembar kerja belum lengkap. Klik Siapkan Lembar Kerja di bagian Persiapan dulu.',
    );
    const button = page.locator('#sec-nilai').getByRole('button', { name: 'Hitung Nilai', exact: false });
    expect(await button.first().isDisabled()).toBe(true);
    expect(await button.first().getAttribute('aria-describedby')).toBe(await why.getAttribute('id'));
  });

  test('set up but empty: Belum ada data, never "sehat" or "Tidak ada masalah"', async () => {
    await press(page, 'persiapan', 'Siapkan Lembar Kerja');
    await until(async () => (await badge(page).textContent())?.includes('Belum ada data'), 'Belum ada data');
    const text = (await page.locator('.health').textContent()) ?? '';
    expect(text).not.toMatch(/sehat|Tidak ada masalah/);
    expect(text).toContain('Isi lembar Kegiatan dan Peserta dulu');
    expect(await lowContrast(page)).toEqual([]);
  });

  test('data typed, not yet checked: Belum diperiksa, with the step that checks it', async () => {
    fillWorkbook(sandbox.env.ss);
    await page.getByRole('button', { name: 'Muat ulang panel' }).click();
    await until(
      async () => (await badge(page).textContent())?.includes('Belum diperiksa'),
      'Belum diperiksa',
    );
    expect(await page.locator('.health').textContent()).toContain('Klik Periksa Data di bagian Persiapan');
    expect(await page.locator('.health-when').count()).toBe(0);
    // one next step: Periksa Data is the panel's only primary button
    expect(await primaries(page)).toEqual(['Periksa Data']);
  });

  test('after Periksa Data: the result, and when it was computed', async () => {
    await press(page, 'persiapan', 'Periksa Data');
    await until(
      async () => !(await badge(page).textContent())?.match(/Belum diperiksa|Belum ada data/),
      'the check to land',
    );
    expect(await badge(page).textContent()).toMatch(/Tidak ada masalah|kesalahan|peringatan/);
    expect(await page.locator('.health-when').textContent()).toMatch(/^Diperiksa \S/);
    // checked: the next step is the forms of the active training
    await until(
      async () => (await primaries(page)).join() === 'Buat Formulir',
      'Buat Formulir as the next step',
    );
    await openAll(page);
    expect(await lowContrast(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'status-diperiksa.png'), fullPage: true });
  });
});

suite('sharing: copy a link, all personal links as WhatsApp text, the QR as a PNG', () => {
  let run: Awaited<ReturnType<typeof startPanel>>;
  let sandbox: Sandbox;
  let page: Page;

  beforeAll(async () => {
    // a page allowed to use the clipboard and to download
    run = await startPanel({
      empty: true,
      page: async (browser, sb) => {
        const context = await browser.newContext({
          viewport: { width: 300, height: 900 },
          acceptDownloads: true,
        });
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sb.url });
        return context.newPage();
      },
    });
    ({ sandbox, page } = run);
    await page.locator('#sec-persiapan').waitFor();
    await press(page, 'persiapan', 'Siapkan Lembar Kerja');
    await badge(page).waitFor();
    fillWorkbook(sandbox.env.ss);
    await page.getByRole('button', { name: 'Muat ulang panel' }).click();
    await until(async () => (await badge(page).textContent())?.includes('Belum diperiksa'), 'the data');
    await openAll(page);
    await press(page, 'formulir', 'Buat Formulir');
    await page.locator('#sec-formulir .form-row').first().waitFor({ timeout: 60_000 });
  });
  afterAll(() => stopPanel(run));

  const clipboard = () => page.evaluate('navigator.clipboard.readText()') as Promise<string>;

  test('Salin tautan copies the form link and says Tersalin', async () => {
    const row = page.locator('#sec-formulir .form-row').first();
    const fill = await row.getByRole('link', { name: /^Buka formulir/ }).getAttribute('href');
    await row.getByRole('button', { name: /^Salin tautan formulir/ }).click();
    await row.getByText('Tersalin').waitFor();
    expect(await clipboard()).toBe(fill);
  });

  test('Salin semua untuk WhatsApp: a bold title, then one numbered line per participant with their link', async () => {
    await page.locator('#sec-formulir').getByRole('button', { name: 'Tautan per peserta' }).click();
    await page.locator('.plink-list li').first().waitFor();
    const names = await page.locator('.plink-name').allTextContents();
    await page.getByRole('button', { name: 'Salin semua untuk WhatsApp' }).click();
    const text = await clipboard();
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^\*Pre-Test DOU-01\*$/);
    const people = lines.filter((l) => /^\d+\. /.test(l));
    expect(people).toHaveLength(names.length);
    people.forEach((l, i) => {
      expect(l).toMatch(new RegExp(`^${i + 1}\\. .+: https://docs\\.google\\.com/forms/`));
    });
    // a name that looks like markup is text in the message, as typed
    expect(text).toContain(XSS_NAME);
  });

  test('refused by the browser: the text is shown selected, to copy by hand', async () => {
    await page.evaluate(`(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      document.execCommand = () => false;
    })()`);
    await page.getByRole('button', { name: 'Salin semua untuk WhatsApp' }).click();
    const area = page.locator('.copy-area');
    await area.waitFor();
    expect(await area.inputValue()).toMatch(/^\*Pre-Test DOU-01\*/);
    expect(await page.locator('.copy-manual').textContent()).toContain('tekan Ctrl+C');
  });

  test('Unduh PNG saves the QR of the form link as a PNG file', async () => {
    const row = page.locator('#sec-formulir .form-row').first();
    await row.getByRole('button', { name: /^Kode QR formulir/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Unduh PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('QR Pre-Test DOU-01.png');
    const path = await download.path();
    const bytes = (await import('node:fs')).readFileSync(path);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});

suite('Masalah by cause on the sample workbook', () => {
  let run: Awaited<ReturnType<typeof startPanel>>;
  let page: Page;

  beforeAll(async () => {
    run = await startPanel({ empty: false });
    ({ page } = run);
  });
  afterAll(async () => {
    expect(run?.errors).toEqual([]);
    await stopPanel(run);
  });

  test('one entry for the damaged NIP with its consequences under it; levels in Indonesian; a level filter', async () => {
    await page.locator('#sec-persiapan').waitFor();
    // the sample lacks the sheets later waves added: Siapkan Lembar Kerja adds them, as an admin would
    await press(page, 'persiapan', 'Siapkan Lembar Kerja');
    await page.locator('.health-badge').waitFor();
    await press(page, 'persiapan', 'Periksa Data');
    await until(async () => (await badge(page).textContent())?.includes('kesalahan'), 'the check to land');
    await badge(page).click();
    const items = page.locator('.problem-item');
    await items.first().waitFor();
    const texts = await items.allTextContents();
    const cause = texts.filter((t) => t.includes('Peserta, baris 13'));
    expect(cause).toHaveLength(1);
    expect(cause[0]).toMatch(/^Kesalahan · Peserta, baris 13, kolom NIP/);
    expect(cause[0]).toMatch(/Berdampak pada \d+ baris lain: Kehadiran baris 13, 53/);
    // the rows it causes are not listed again, and the damaged NIP is never offered as a fix
    expect(texts.filter((t) => t.startsWith('Kesalahan · Kehadiran, baris 13,'))).toEqual([]);
    expect(texts.join('\n')).not.toMatch(/maksudnya 198501012010011000/);
    expect(texts.every((t) => /^(Kesalahan|Peringatan) · /.test(t))).toBe(true);
    // the filter: only Peringatan
    await page.locator('.chips').getByRole('button', { name: 'Peringatan', exact: true }).click();
    const warned = await items.allTextContents();
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.every((t) => t.startsWith('Peringatan · '))).toBe(true);
    await page.locator('.chips').getByRole('button', { name: 'Semua', exact: true }).click();
    // the filter by training (Masalah's Kode Kegiatan): each entry says its training until one is chosen
    const training = page.locator('#problem-training');
    const options = await training.locator('option').allTextContents();
    expect(options[0]).toBe('Semua kegiatan');
    expect(options.length).toBeGreaterThan(2);
    const all = await items.allTextContents();
    expect(all.every((t) => /^(Kesalahan|Peringatan) · [^·]+ · \S/.test(t))).toBe(true);
    await training.selectOption(options[1]);
    await page.locator('.health').screenshot({ path: join(SHOTS, 'masalah-per-kegiatan.png') });
    const one = await items.allTextContents();
    expect(one.length).toBeGreaterThan(0);
    expect(one.length).toBeLessThan(all.length);
    const ofOne = all.filter((t) => t.includes(` · ${options[1]}`) || t.includes(' · Semua kegiatan'));
    expect(one.length).toBe(ofOne.length);
    await training.selectOption('');
    expect(await lowContrast(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'masalah-per-sebab.png'), fullPage: true });
  });

  test('the problem list uses the sidebar height, not a 240 px box', async () => {
    const box = await page.locator('.problems').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(400);
  });

  test('every section open on the sample: every visible text readable, nothing wider than the 300 px panel', async () => {
    await badge(page).click();
    await openAll(page);
    await page.locator('#sec-sertifikat .card-body').waitFor();
    expect(await lowContrast(page)).toEqual([]);
    // nothing runs out of the panel sideways
    // run in the page (a string: the test's own compiler has no DOM types)
    const wide = (await page.evaluate(`[...document.querySelectorAll('body *')]
      .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40))`)) as string[];
    expect(wide).toEqual([]);
  });

  test('Pemanggilan: Pratinjau lists who the rule picks per unit, readable at 300 px, and writes nothing', async () => {
    const part = page.locator('#invitations');
    await part.locator('#invite-n').fill('2');
    await part.getByRole('button', { name: 'Pratinjau', exact: true }).click();
    await until(async () => ((await part.locator('.msg').textContent()) ?? '').length > 0, 'the preview');
    expect(await part.locator('.msg').textContent()).toMatch(/ASN dari \d+ unit akan diundang|Tidak ada ASN/);
    expect(run.sandbox.env.ss.getSheetByName('Undangan')).toBeNull();
    expect(await lowContrast(page)).toEqual([]);
    await part.screenshot({ path: join(SHOTS, 'pemanggilan.png') });
  });
});
