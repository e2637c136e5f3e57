// The main job, offline: loads a workbook into the emulator, runs the whole flow through the built bundle's
// global functions (as the menu and sidebar would), and writes the resulting workbook and a summary under out/.
//
//   npm run demo                                  the bundled sample (forms created and answered in the emulator)
//   npm run demo -- --input book.xlsx --out dir   a workbook exported from Sheets, taken as it is

import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createEnvironment } from '../emulator/environment';
import { loadBundle } from '../emulator/loader';
import { COST_MODEL_TEXT } from '../emulator/runtime';
import { exportXlsx, importXlsx } from '../emulator/xlsx';
import { call, type DemoContext } from './demo-lib';
import { demoExtensions } from './demo-steps';

const ROOT = resolve(__dirname, '..');
export const SAMPLE = join(ROOT, 'examples', 'dou-asn-contoh.xlsx');

export interface DemoOptions {
  input?: string;
  out?: string;
  quiet?: boolean;
}

function parseArgs(argv: string[]): DemoOptions {
  const o: DemoOptions = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--input') o.input = argv[++i];
    else if (argv[i] === '--out') o.out = argv[++i];
    else if (argv[i] === '--quiet') o.quiet = true;
    else if (argv[i] === '--help') {
      console.log('npm run demo [-- --input book.xlsx] [--out dir]');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  return o;
}

export async function runDemo(opts: DemoOptions = {}): Promise<{ ctx: DemoContext; outFile: string }> {
  const sample = !opts.input;
  const input = resolve(opts.input ?? SAMPLE);
  const outDir = resolve(opts.out ?? join(ROOT, 'out'));
  mkdirSync(outDir, { recursive: true });
  const ss = await importXlsx(input);
  const env = createEnvironment({ spreadsheet: ss, distDir: join(ROOT, 'dist') });
  const addon = loadBundle(env, join(ROOT, 'dist', 'Code.js'));
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    if (!opts.quiet) console.log(line);
  };
  const ctx: DemoContext = { env, addon, sample, outDir, log, lines };

  log(`DOU ASN demo: ${basename(input)} (${sample ? 'contoh bawaan' : 'buku kerja apa adanya'})`);
  addon.open('NONE');
  const items = env.ui._menus.flatMap((m) => m.items).filter((e) => e.type === 'item');
  log(
    `Menu ${env.ui._menus[0]?.caption ?? '?'}: ${items.length} item, dibangun oleh onOpen dalam AuthMode.NONE`,
  );

  const setup = await call<{ message: string }>(ctx, 'runSetup');
  log(`Siapkan Lembar Kerja: ${setup.message}`);
  const check = await call<{ message: string }>(ctx, 'runCheck');
  log(check.message);

  for (const step of demoExtensions) await step(ctx);

  const outFile = join(outDir, `${basename(input).replace(/\.xlsx$/i, '')}-hasil.xlsx`);
  await exportXlsx(env.ss, outFile);
  log('');
  log(
    `Panggilan layanan: ${env.rt.totalCalls()} (${env.rt.totalCalls('SpreadsheetApp')} SpreadsheetApp), waktu Apps Script tersimulasi ${(env.rt.totalCostMs() / 1000).toFixed(1)} s`,
  );
  log(`  (${COST_MODEL_TEXT})`);
  log(`Hasil: ${outFile}`);
  writeFileSync(join(outDir, 'ringkasan.txt'), `${lines.join('\n')}\n`);
  return { ctx, outFile };
}

if (require.main === module) {
  runDemo(parseArgs(process.argv.slice(2))).catch((e) => {
    console.error(`demo gagal: ${(e as Error).stack ?? e}`);
    process.exit(1);
  });
}
