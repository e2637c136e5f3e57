// Copies the screenshots the browser tests made (out/screenshots, written by `npm test` with Chromium) that the
// admin's guide shows into docs/gambar, so the guide's pictures are the tests' own views of the real sidebar
// (issue 14 item 10). Run after `npm test`: `npm run docs:shots`. test/unit/docsShots.test.ts checks that every
// picture the guide names is here and is one a browser test writes.

import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const FROM = join(ROOT, 'out', 'screenshots');
const TO = join(ROOT, 'docs', 'gambar');

/** The pictures docs/panduan-admin.md names (`gambar/<name>.png`). */
export function guidePictures(guide: string): string[] {
  return [...new Set([...guide.matchAll(/\(gambar\/([\w-]+\.png)\)/g)].map((m) => m[1]))];
}

if (require.main === module) {
  const names = guidePictures(readFileSync(join(ROOT, 'docs', 'panduan-admin.md'), 'utf8'));
  mkdirSync(TO, { recursive: true });
  const missing = names.filter((n) => !existsSync(join(FROM, n)));
  if (missing.length) {
    console.error(
      `Belum ada di out/screenshots (jalankan npm test dengan Chromium dulu): ${missing.join(', ')}`,
    );
    process.exit(1);
  }
  for (const n of names) copyFileSync(join(FROM, n), join(TO, n));
  console.log(`${names.length} gambar disalin ke docs/gambar`);
}
