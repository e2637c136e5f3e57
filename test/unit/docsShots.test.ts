// The admin's guide shows the browser tests' own screenshots (issue 14 item 10): every picture docs/panduan-admin.md
// names is in docs/gambar (copied there by `npm run docs:shots` after `npm test`) and is one a browser test writes,
// so none is drawn by hand or left from a screen that no longer exists.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guidePictures } from '../../tools/docs-shots';

const ROOT = join(__dirname, '..', '..');

test('every picture of the guide is in docs/gambar and is written by a browser test', () => {
  const names = guidePictures(readFileSync(join(ROOT, 'docs', 'panduan-admin.md'), 'utf8'));
  expect(names.length).toBeGreaterThanOrEqual(10);
  const tests = readdirSync(join(ROOT, 'test', 'browser'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(ROOT, 'test', 'browser', f), 'utf8'))
    .join('\n');
  // names a test writes as a template (`verifikasi-${name}.png`, `${id}.png` per section) as patterns
  const patterns = [...tests.matchAll(/`([\w-]*)\$\{\w+\}([\w-]*\.png)`/g)].map(
    ([, a, b]) => new RegExp(`^${a}[\\w-]+${b.replace('.', '\\.')}$`),
  );
  const sections = ['persiapan', 'formulir', 'nilai', 'evaluasi', 'jp', 'sertifikat'];
  for (const n of names) {
    expect([n, existsSync(join(ROOT, 'docs', 'gambar', n))]).toEqual([n, true]);
    const written =
      tests.includes(`'${n}'`) ||
      patterns.some((re) => re.test(n) && (!re.source.startsWith('^[') || sections.includes(n.slice(0, -4))));
    expect([n, written]).toEqual([n, true]);
  }
  // nothing in docs/gambar that the guide does not show
  expect(readdirSync(join(ROOT, 'docs', 'gambar')).sort()).toEqual([...names].sort());
});
