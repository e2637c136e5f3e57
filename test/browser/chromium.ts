// Finds and launches Debian's Chromium for the browser tests (playwright-core ships no browser).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser suite runs: it is skipped (with a message) only when there is no Chromium and we are not
 * under CI; under CI a missing Chromium fails the suite.
 */
export function browserAvailability(): { run: boolean; reason: string } {
  if (existsSync(CHROMIUM_PATH)) return { run: true, reason: '' };
  if (process.env.CI)
    return { run: true, reason: `Chromium not found at ${CHROMIUM_PATH} (CI must install it)` };
  return {
    run: false,
    reason: `Browser tests skipped: no Chromium at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  };
}

/** The repository's root and where the browser tests keep their screenshots. */
export const ROOT = join(__dirname, '..', '..');
export const SHOTS = join(ROOT, 'out', 'screenshots');

/** Whether Chromium runs here, asked once per test file; the reason is printed when it does not. */
export const availability = browserAvailability();
if (!availability.run) console.warn(availability.reason);

/** A browser suite's `describe`: skipped when there is no Chromium (outside CI). */
export const suite = availability.run ? describe : describe.skip;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Builds dist/ from the current sources, so the suite never drives a stale sidebar. */
export function buildDist(root: string): void {
  execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'tools', 'build.ts'), '--quiet'], {
    cwd: root,
    stdio: 'pipe',
  });
}
