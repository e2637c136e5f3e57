// The certificate gate in Chromium at 300 px: the training choice (the active one ticked), Periksa, the one
// confirmation, and Mulai enabled only when the gate is open. Nothing is cut; the gate's text keeps 4.5:1 contrast.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Sandbox, startSandbox } from '../../tools/sandbox';
import { synthWorkbook } from '../../tools/synth';
import { browserAvailability, buildDist, launchChromium } from './chromium';
import { gotoSidebarOffline } from './fixture';

const ROOT = join(__dirname, '..', '..');
const availability = browserAvailability();
if (!availability.run) console.warn(availability.reason);
const suite = availability.run ? describe : describe.skip;
jest.setTimeout(60_000);

if (availability.run) beforeAll(() => buildDist(ROOT));

suite('certificate gate at 300 px', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, empty: true });
    synthWorkbook({ participants: 40, trainings: 2 }, sandbox.env.ss);
    const r = (await sandbox.addon.rpc('createTemplates')) as { ok: boolean };
    if (!r.ok) throw new Error('createTemplates failed');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 300, height: 1400 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await gotoSidebarOffline(page, sandbox);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  test('the active training is chosen; Mulai waits for Periksa; the confirmation fits and reads', async () => {
    const sec = page.locator('#sec-sertifikat');
    const gate = sec.locator('.cert-gate');
    await gate.waitFor({ state: 'attached' });
    if (!(await gate.isVisible())) await sec.locator('.card-toggle').click();
    await gate.waitFor();
    const boxes = gate.locator('fieldset input[type=checkbox]');
    expect(await boxes.count()).toBe(2);
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    const start = gate.getByRole('button', { name: 'Mulai untuk kegiatan terpilih' });
    expect(await start.isDisabled()).toBe(true);
    await gate.getByRole('button', { name: 'Periksa kegiatan terpilih' }).click();
    await gate.locator('.gate-summary').waitFor();
    expect(await gate.locator('.gate-summary').textContent()).toMatch(
      /Sertifikat: \d+ akan dibuat, 0 sudah dibuat/,
    );
    await page.waitForFunction(
      `[...document.querySelectorAll('.cert-gate button')].some((b) => b.textContent.includes('Mulai untuk') && !b.disabled)`,
    );
    // a changed choice closes the gate until Periksa again
    await boxes.nth(1).check();
    expect(await start.isDisabled()).toBe(true);
    await boxes.nth(1).uncheck();
    await gate.screenshot({ path: join(tmpdir(), 'certGate-300.png') });
    const layout = (await page.evaluate(`(() => {
      const el = document.querySelector('.cert-gate');
      const over = [...el.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 300.5);
      const lum = (c) => {
        const [r, g, b] = (c.match(/[\\d.]+/g) || []).slice(0, 3).map((v) => {
          const s = Number(v) / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const bgOf = (e) => {
        for (let x = e; x; x = x.parentElement) {
          const c = getComputedStyle(x).backgroundColor;
          if (c && !c.endsWith(', 0)') && c !== 'transparent') return c;
        }
        return 'rgb(255, 255, 255)';
      };
      let worst = 21;
      for (const e of el.querySelectorAll('span, b, li, p, legend, label, summary')) {
        if (!e.textContent.trim()) continue;
        const a = lum(getComputedStyle(e).color);
        const b = lum(bgOf(e));
        worst = Math.min(worst, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
      }
      return { over: over.length, worst, scroll: document.documentElement.scrollWidth };
    })()`)) as { over: number; worst: number; scroll: number };
    expect(layout.over).toBe(0);
    expect(layout.scroll).toBeLessThanOrEqual(300);
    expect(layout.worst).toBeGreaterThanOrEqual(4.5);
    expect(errors).toEqual([]);
  });
});
