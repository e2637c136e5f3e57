// The public verification page's three answers rendered in Chromium at a phone's width (360 px): readable, nothing
// wider than the screen, every text at least 4.5:1 against its background. Screenshots in out/screenshots/.

import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { RegistryRecord } from '../../src/core/registry';
import { answerHtml } from '../../src/core/verifyPage';
import { launchChromium, SHOTS, suite } from './chromium';

jest.setTimeout(60_000);

const record = (over: Partial<RegistryRecord> = {}): RegistryRecord => ({
  code: '7K2QM9XD4TRA',
  number: '012/DOU-ASN/DOU-2026-07/2026',
  kind: 'Sertifikat',
  name: 'Prof. Dr. H. Muhammad Abdurrahman Wahyudi Kusumaningrat, S.H., M.Kn., M.Si., Ph.D.',
  nip: '19850101********01',
  training: 'Penyusunan Laporan Kinerja Berbasis Data untuk Perangkat Daerah',
  dates: '24–26 November 2026',
  jp: '17',
  issuer: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA, PEMERINTAH KOTA CONTOH',
  issued: '26 November 2026',
  status: 'Berlaku',
  reason: '',
  replacedBy: '',
  ...over,
});

suite('the verification page on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pages: Array<[string, string]> = [
    ['berlaku', answerHtml({ kind: 'valid', record: record() }, '')],
    [
      'dicabut',
      answerHtml(
        { kind: 'revoked', record: record({ status: 'Dicabut', reason: 'Diterbitkan keliru' }) },
        '',
      ),
    ],
    [
      'diganti',
      answerHtml(
        {
          kind: 'superseded',
          record: record({
            status: 'Diganti',
            reason: 'Salah ketik nama',
            replacedBy: '031/DOU-ASN/DOU-2026-07/2026',
          }),
          replacement: record({ code: 'M9XD4TRA7K2Q', number: '031/DOU-ASN/DOU-2026-07/2026' }),
        },
        '',
      ),
    ],
    ['tidak-ditemukan', answerHtml({ kind: 'unknown', asked: true }, 'BKPSDM KOTA CONTOH', 'ZZZZ-ZZZZ-ZZZZ')],
  ];

  test.each(pages)('%s: fits 360 px and every text has contrast ≥ 4.5:1', async (name, html) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.setContent(html);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    const worst = (await page.evaluate(`(() => {
      const lum = (c) => { const m = c.match(/[\\d.]+/g).map(Number); const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]); };
      const bg = (el) => { for (let e = el; e; e = e.parentElement) { const b = getComputedStyle(e).backgroundColor; if (!/rgba\\(0, 0, 0, 0\\)|transparent/.test(b)) return b; } return 'rgb(255,255,255)'; };
      let worst = 21;
      for (const el of document.querySelectorAll('body *')) {
        if (!el.childNodes.length || ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
        const a = lum(getComputedStyle(el).color), b = lum(bg(el));
        worst = Math.min(worst, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
      }
      return worst;
    })()`)) as number;
    expect(worst).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: join(SHOTS, `verifikasi-${name}.png`), fullPage: true });
    await page.close();
  });
});
