// Browser tests: the real sidebar in Chromium against the sandbox (built bundle in the emulator), clicks only,
// from an empty spreadsheet to finished certificates; text-only rendering; keyboard; a screenshot per section.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { _allForms, _formById, type SimParticipant, SimulatedParticipants } from '../../emulator/respondent';
import { CONSUMER_QUOTAS } from '../../emulator/runtime';
import { type Sandbox, startSandbox } from '../../tools/sandbox';
import { availability, buildDist, launchChromium, ROOT, SHOTS, suite } from './chromium';
import {
  CODE,
  chooseInGate,
  fillWorkbook,
  gotoSidebarOffline,
  PARTICIPANTS,
  sheetObjects,
  typeRows,
  until,
  XSS_NAME,
} from './fixture';

jest.setTimeout(120_000);

/** Polls `fn` until it returns something truthy. */

// Both suites drive the freshly built dist/ and write screenshots.
if (availability.run) {
  beforeAll(() => {
    buildDist(ROOT);
    mkdirSync(SHOTS, { recursive: true });
  });
}

suite('sidebar in Chromium against the sandbox', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const calls: string[] = [];

  const section = (id: string): Locator => page.locator(`#sec-${id}`);
  const button = (id: string, label: string): Locator =>
    section(id).locator('.card-body').getByRole('button', { name: label, exact: true });

  /** Clicks an action button, waits for its server call and for the button to settle; returns the section's message. */
  async function act(id: string, label: string, fn: string, ms = 30_000): Promise<string> {
    if (!sandbox.addon.globalFunctionNames().includes(fn)) {
      throw new Error(`${fn} is not a global function of dist/Code.js yet: the server feature is missing`);
    }
    const btn = button(id, label);
    const done = page.waitForResponse(
      (r) =>
        r.url().endsWith('/api/run') && (JSON.parse(r.request().postData() ?? '{}').name as string) === fn,
      { timeout: ms },
    );
    try {
      await btn.click({ timeout: 5000 });
    } catch (e) {
      done.catch(() => undefined);
      throw e;
    }
    await done;
    await until(async () => (await btn.getAttribute('aria-busy')) !== 'true', `${label} to finish`, ms);
    const msg = section(id).locator('.msg');
    return (await msg.count()) > 0 ? ((await msg.last().textContent()) ?? '') : '';
  }

  function env() {
    return sandbox.env;
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, empty: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('request', (r) => {
      if (r.url().endsWith('/api/run')) calls.push(JSON.parse(r.postData() ?? '{}').name);
    });
    await gotoSidebarOffline(page, sandbox);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  test('an empty spreadsheet shows the empty state and the next step', async () => {
    await page.getByText('Belum ada kegiatan.').waitFor();
    const text = await page.locator('.empty').textContent();
    expect(text).toContain('Klik Siapkan Lembar Kerja, lalu isi lembar Kegiatan.');
    expect(await button('persiapan', 'Siapkan Lembar Kerja').getAttribute('class')).toContain('btn-primary');
    await page.screenshot({ path: join(SHOTS, 'kosong.png'), fullPage: true });
  });

  test('keyboard: Tab reaches the primary buttons, with a visible focus ring', async () => {
    await page.locator('body').focus();
    const reached: string[] = [];
    let ring = '';
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(
        `(() => { const e = document.activeElement; return e ? [e.tagName, (e.textContent || '').trim(), getComputedStyle(e).boxShadow] : null; })()`,
      );
      const [tag, text, shadow] = (info as [string, string, string] | null) ?? ['', '', ''];
      if (tag === 'BUTTON') reached.push(text);
      if (text === 'Siapkan Lembar Kerja') ring = shadow;
    }
    const primaries = await page.locator('button.btn-primary:not([disabled])').allTextContents();
    expect(primaries).toContain('Siapkan Lembar Kerja');
    for (const label of primaries) expect(reached).toContain(label.trim());
    // Periksa Data waits for the sheets: greyed out, it says why (and is not in the tab order)
    expect(reached).not.toContain('Periksa Data');
    expect(await section('persiapan').locator('.why').textContent()).toContain('Siapkan Lembar Kerja');
    expect(ring).not.toBe('none');
    // Enter on a focused section header collapses it, and again expands it.
    const head = section('persiapan').locator('.card-toggle');
    await head.focus();
    await page.keyboard.press('Enter');
    expect(await head.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await head.getAttribute('aria-expanded')).toBe('true');
  });

  test('Siapkan Lembar Kerja creates the sheets', async () => {
    const msg = await act('persiapan', 'Siapkan Lembar Kerja', 'runSetup');
    expect(msg).not.toMatch(/Terjadi kesalahan/);
    for (const name of [
      'Kegiatan',
      'Sesi',
      'Peserta',
      'Kehadiran',
      'Nilai',
      'Soal',
      'Aspek Evaluasi',
      'Pengaturan',
    ]) {
      expect(env().ss._sheet(name)).not.toBeNull();
    }
    await until(
      async () => (await section('persiapan').locator('.card-summary').textContent()) === 'Siap',
      'Siap',
    );
  });

  test('the admin fills the sheets, and the panel picks up the training', async () => {
    fillWorkbook(env().ss);
    await page.getByRole('button', { name: 'Muat ulang panel' }).click();
    const picker = page.getByLabel('Kegiatan aktif');
    await picker.waitFor();
    expect(await picker.inputValue()).toBe(CODE);
    expect(await page.locator('.picker-meta').textContent()).toContain(`${PARTICIPANTS.length} peserta`);
  });

  test('Periksa Data writes Masalah and the health badge shows the counts', async () => {
    const msg = await act('persiapan', 'Periksa Data', 'runCheck');
    expect(msg).not.toMatch(/Terjadi kesalahan/);
    expect(env().ss._sheet('Masalah')).not.toBeNull();
    const badge = await page.locator('.health-badge').textContent();
    expect(badge).toMatch(/Tidak ada masalah|\d+ kesalahan · \d+ peringatan/);
  });

  test('a problem in the list selects its cell', async () => {
    // Plant a problem the admin would make: a participant without a name.
    const peserta = env().ss._sheet('Peserta')!;
    typeRows(env().ss, 'Peserta', [{ 'Kode Kegiatan': CODE, NIP: '199001012015031099' }]);
    const planted = peserta._lastRow();
    await act('persiapan', 'Periksa Data', 'runCheck');
    const badge = page.locator('.health-badge');
    await until(async () => /error|peringatan/.test((await badge.textContent()) ?? ''), 'a problem count');
    await badge.click();
    const first = page.locator('#problem-list .problem').first();
    await first.waitFor();
    const done = page.waitForResponse(
      (r) => r.url().endsWith('/api/run') && r.request().postData()?.includes('selectCell') === true,
    );
    await first.click();
    await done;
    await until(
      async () => /dipilih/.test((await page.locator('.panel > .msg').textContent()) ?? ''),
      'selection note',
    );
    expect(env().ss._activeRange).not.toBeNull();
    // Undo the planted row, as the admin would after jumping to it.
    peserta._writeBlock(planted, 1, [Array.from({ length: peserta._lastColumn() }, () => null)]);
    await act('persiapan', 'Periksa Data', 'runCheck');
    await badge.click();
  });

  test('Buat Formulir creates the forms and lists them with links and response counts', async () => {
    const msg = await act('formulir', 'Buat Formulir', 'createForms');
    expect(msg).not.toMatch(/Terjadi kesalahan/);
    const forms = _allForms(env().globals.FormApp as object);
    expect(forms.length).toBeGreaterThanOrEqual(2);
    const rows = section('formulir').locator('.form-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    const link = rows.first().getByRole('link').first();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(sheetObjects(env().ss, 'Formulir').length).toBeGreaterThanOrEqual(2);
  });

  test('a QR code of a fill-in link shows inline and full screen', async () => {
    const row = section('formulir').locator('.form-row').first();
    await row.getByRole('button', { name: /Kode QR/ }).click();
    const svg = row.locator('svg.qr');
    await svg.waitFor();
    expect(await svg.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    await row.getByRole('button', { name: 'Tampilkan layar penuh' }).click();
    const full = page.getByRole('dialog');
    await full.waitFor();
    await page.screenshot({ path: join(SHOTS, 'qr-layar-penuh.png') });
    await page.keyboard.press('Escape');
    await full.waitFor({ state: 'detached' });
  });

  test('participants answer the forms (emulator respondent)', async () => {
    const formApp = env().globals.FormApp as object;
    const roster: SimParticipant[] = PARTICIPANTS.map((p) => ({
      nip: String(p.NIP),
      name: String(p.Nama),
      email: String(p.Email),
    }));
    const sim = new SimulatedParticipants(7);
    let submitted = 0;
    for (const f of _allForms(formApp)) {
      if (!f.accepting || /pasca/i.test(f.title)) continue;
      const pre = /pre-?test/i.test(f.title);
      const r = sim.answerForm(_formById(formApp, f.id), roster, {
        start: new Date(env().rt.now),
        accuracy: pre ? 0.4 : 0.85,
      });
      submitted += r.submitted.length;
    }
    expect(submitted).toBeGreaterThan(0);
  });

  test('Tarik Respons imports the responses and updates the counts', async () => {
    const msg = await act('formulir', 'Tarik Respons', 'pullResponses');
    expect(msg).not.toMatch(/Terjadi kesalahan/);
    await until(async () => {
      const counts = await section('formulir').locator('.badge-count').allTextContents();
      return counts.some((c) => /^[1-9]\d* respons$/.test(c));
    }, 'response counts above zero');
  });

  test('Hitung Nilai writes Rekap Nilai and shows the top 5, class N-Gain and the chart', async () => {
    const msg = await act('nilai', 'Hitung Nilai', 'computeScores');
    expect(msg).not.toMatch(/Terjadi kesalahan/);
    const rekap = sheetObjects(env().ss, 'Rekap Nilai').filter((r) => r['Kode Kegiatan'] === CODE);
    expect(rekap.length).toBe(PARTICIPANTS.length);
    const top = section('nilai').locator('.top-row');
    await top.first().waitFor();
    expect(await top.count()).toBeGreaterThan(0);
    expect(await top.count()).toBeLessThanOrEqual(5);
    expect(await section('nilai').locator('.stats').nth(1).textContent()).toContain(
      'N-Gain dari rata-rata kelas',
    );
    expect(await section('nilai').locator('svg rect.bar-post').count()).toBeGreaterThan(0);
  });

  test('a participant named <img src=x onerror=alert(1)> renders as text', async () => {
    const shown = page.getByText(XSS_NAME, { exact: true });
    await shown.first().waitFor();
    expect(await shown.first().isVisible()).toBe(true);
    expect(await page.locator('img').count()).toBe(0);
    // Give a would-be onerror handler time to fire.
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  test('Rekap JP writes the JP sheets and charts attainment per unit', async () => {
    const msg = await act('jp', 'Rekap JP', 'computeJp');
    expect(msg).not.toMatch(/Terjadi kesalahan/);
    expect(sheetObjects(env().ss, 'Rekap JP').length).toBe(PARTICIPANTS.length);
    expect(sheetObjects(env().ss, 'Rekap JP Unit').length).toBe(3);
    expect(await section('jp').locator('svg rect.bar-post').count()).toBe(3);
  });

  test('Rekap Evaluasi shows the speakers and the organisers with index and category', async () => {
    const msg = await act('evaluasi', 'Rekap Evaluasi', 'computeEvaluation');
    expect(msg).not.toMatch(/Terjadi kesalahan/);
    expect(sheetObjects(env().ss, 'Rekap Evaluasi').length).toBeGreaterThan(0);
    const rows = section('evaluasi').locator('.eval-row');
    await rows.first().waitFor();
    expect(await section('evaluasi').textContent()).toContain('Siti Aminah');
    // Rekap Narasumber (issue 15 item 5): the sample types no Golongan or rate, so the panel says what to fill
    const speakers = await section('evaluasi').locator('.speaker-pay').textContent();
    expect(speakers).toMatch(/Rekap Narasumber.*narasumber · .* JP mengajar/);
    expect(speakers).toContain('Honorarium belum dihitung');
    expect(await rows.first().locator('.chip').textContent()).toMatch(
      /Baik|Tidak Baik|Sangat Baik|Kurang Baik/,
    );
  });

  test('Buat Template makes the certificate and charter templates', async () => {
    const msg = await act('sertifikat', 'Buat Template', 'createTemplates');
    expect(msg).not.toMatch(/Terjadi kesalahan/);
    const links = section('sertifikat').locator('.tmpl-list a');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
  });

  test('Periksa kegiatan terpilih reports what will be issued', async () => {
    await act('sertifikat', 'Periksa kegiatan terpilih', 'preflightCertificates');
    const text = (await section('sertifikat').locator('.gate-summary').textContent()) ?? '';
    expect(text).toMatch(/Sertifikat: \d+ akan dibuat, 0 sudah dibuat/);
    expect(text).toMatch(/Siap dimulai|Belum dapat dimulai/);
    // email is off (Kirim Email = Tidak): no misleading "0 email" quota line
    expect(text).not.toContain('0 email');
    expect(text).toMatch(/konversi berkas/);
  });

  test('Mulai runs the batches until the progress bar reaches 100%', async () => {
    const bar = section('sertifikat').getByRole('progressbar');
    await button('sertifikat', 'Mulai untuk kegiatan terpilih').click();
    await bar.waitFor();
    const seen = new Set<string>();
    await until(
      async () => {
        const v = (await bar.getAttribute('aria-valuenow')) ?? '';
        seen.add(v);
        return v === '100';
      },
      'progress 100%',
      110_000,
    );
    expect(calls).toContain('startCertificates');
    await until(async () => (await button('sertifikat', 'Berhenti').count()) === 0, 'job to stop');
    const ledger = sheetObjects(env().ss, 'Sertifikat').filter((r) => r['Kode Kegiatan'] === CODE);
    const certified = sheetObjects(env().ss, 'Rekap Nilai').filter((r) => r.Sertifikat === 'Ya').length;
    expect(certified).toBeGreaterThan(0);
    expect(certified).toBeGreaterThan(0);
    expect(ledger.filter((r) => r.Jenis === 'Sertifikat').length).toBe(certified);
    expect(ledger.filter((r) => r.Jenis === 'Piagam').length).toBeGreaterThan(0);
    expect(ledger.filter((r) => r.Jenis === 'Piagam').length).toBeGreaterThan(0);
    expect(ledger.every((r) => r.Status === 'Dibuat' || r.Status === 'Terkirim')).toBe(true);
    const drive = env().globals.Drive as {
      _files(): Array<{ name: string; mimeType: string; content: Uint8Array | null }>;
    };
    const pdfs = drive._files().filter((f) => f.mimeType === 'application/pdf');
    expect(pdfs.length).toBe(ledger.length);
    for (const f of pdfs)
      expect(
        Buffer.from(f.content ?? [])
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    expect(await section('sertifikat').locator('.progress-text').textContent()).toBe(
      `Dibuat ${ledger.length} dari ${ledger.length}`,
    );
  });

  test('a screenshot of each section at 300 px', async () => {
    for (const id of ['persiapan', 'formulir', 'nilai', 'evaluasi', 'jp', 'sertifikat']) {
      await section(id).screenshot({ path: join(SHOTS, `${id}.png`) });
    }
    await page.locator('.top').screenshot({ path: join(SHOTS, 'kepala.png') });
    await page.screenshot({ path: join(SHOTS, 'panel.png'), fullPage: true });
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(300);
  });

  test('the sandbox page shows the sidebar beside the workbook; the help dialog closes with Tutup', async () => {
    const wide = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await wide.goto(sandbox.url);
    await wide.locator('#tabs button', { hasText: 'Rekap Nilai' }).click();
    await wide.locator('#grid td', { hasText: XSS_NAME }).first().waitFor();
    expect(await wide.locator('#grid img').count()).toBe(0);
    await wide.screenshot({ path: join(SHOTS, 'sandbox.png') });
    const help = await browser.newPage({ viewport: { width: 560, height: 520 } });
    await help.goto(`${sandbox.url}help`);
    await help.getByRole('heading', { name: 'Bantuan DOU ASN' }).waitFor();
    expect(await help.locator('table tbody tr').count()).toBeGreaterThanOrEqual(8);
    await help.screenshot({ path: join(SHOTS, 'bantuan.png'), fullPage: true });
    await help.getByRole('button', { name: 'Tutup' }).click();
    await wide.close();
    await help.close();
  });

  test('no script errors and no dialogs during the whole run', () => {
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

suite('certificates across a daily quota', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, empty: true, quotas: { ...CONSUMER_QUOTAS, filesConverted: 3 } });
    const { addon, env } = sandbox;
    await addon.rpc('runSetup');
    fillWorkbook(env.ss);
    await addon.rpc('computeScores');
    await addon.rpc('createTemplates');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await gotoSidebarOffline(page, sandbox);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  test('the run stops cleanly at the quota, says when to resume, and Lanjutkan finishes it the next day', async () => {
    const sec = page.locator('#sec-sertifikat');
    const bar = sec.getByRole('progressbar');
    await (await chooseInGate(page)).click();
    const note = sec.locator('.msg-warn');
    await until(
      async () => /Kemajuan tersimpan/.test((await note.textContent()) ?? ''),
      'quota message',
      60_000,
    );
    const text = (await note.textContent()) ?? '';
    expect(text).toMatch(/habis .*Lanjutkan setelah \d+ \w+ \d{4} pukul \d\d\.\d\d/);
    expect(text).toContain('tidak ada yang dibuat dua kali');
    expect(text.match(/Lanjutkan setelah/g)).toHaveLength(1);
    const partial = Number(await bar.getAttribute('aria-valuenow'));
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(100);
    await sec.screenshot({ path: join(SHOTS, 'sertifikat-kuota.png') });

    // Three PDFs a day: come back each next day and click Lanjutkan until everything is made.
    const resume = sec.getByRole('button', { name: 'Lanjutkan', exact: true });
    for (let day = 0; day < 5 && (await bar.getAttribute('aria-valuenow')) !== '100'; day++) {
      const before = Number(await bar.getAttribute('aria-valuenow'));
      sandbox.env.rt.advanceToQuotaReset();
      await resume.click();
      await until(
        async () => Number(await bar.getAttribute('aria-valuenow')) > before,
        'more progress',
        60_000,
      );
      await until(
        async () => (await sec.getByRole('button', { name: 'Berhenti' }).count()) === 0,
        'the batch loop',
      );
    }
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    const ledger = sheetObjects(sandbox.env.ss, 'Sertifikat');
    const drive = sandbox.env.globals.Drive as { _files(): Array<{ mimeType: string }> };
    // Nothing was made twice: one PDF per ledger row.
    expect(drive._files().filter((f) => f.mimeType === 'application/pdf').length).toBe(ledger.length);
    expect(ledger.every((r) => r.Status === 'Dibuat')).toBe(true);
  });
});
