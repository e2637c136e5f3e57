// Demo step "Sertifikat": templates, pre-flight, start + continue until done (as the panel loop does), then every
// PDF written under out/sertifikat/<kode>/ from the emulated Drive.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CertificateProgress, PreflightResult, TemplatesState } from '../src/shared/rpc';
import { call, type DemoContext } from './demo-lib';

/** The sample's own agency and city (the add-on ships these settings empty: each agency types its own). */
const SAMPLE_LOOK: Readonly<Record<string, string>> = {
  'Nama Pemerintah Daerah': 'PEMERINTAH KOTA PROBOLINGGO',
  'Kota Penerbitan': 'Probolinggo',
};

/**
 * The bundled sample as its admin would have it: the agency and city typed into `Pengaturan` (the sample ships
 * every setting at its default, these two blank). Another workbook is taken as it is.
 */
function typeSampleLook(ctx: DemoContext): void {
  const sheet = ctx.env.ss.getSheetByName('Pengaturan');
  if (!ctx.sample || !sheet) return;
  (sheet._dump() as unknown[][]).forEach((r, i) => {
    const v = SAMPLE_LOOK[String(r[0]).trim()];
    if (v && (r[1] === '' || r[1] === null)) sheet._writeBlock(i + 1, 2, [[v]]);
  });
}

export async function certificates(ctx: DemoContext): Promise<void> {
  ctx.log('');
  typeSampleLook(ctx);
  const t = await call<TemplatesState>(ctx, 'createTemplates');
  ctx.log(
    `Buat Template: ${t.certificate?.name} (${t.certificate?.id}), ${t.charter?.name} (${t.charter?.id}), folder ${t.folder?.id}`,
  );
  const pre = await call<PreflightResult>(ctx, 'preflightCertificates');
  ctx.log(`Pra-periksa sertifikat: ${pre.ok ? 'siap' : 'ada kesalahan'}, ${pre.toIssue} akan dibuat`);
  for (const e of pre.errors) ctx.log(`  Error: ${e}`);
  for (const w of pre.warnings) ctx.log(`  Peringatan: ${w}`);
  if (!pre.ok) return;
  let p = await call<CertificateProgress>(ctx, 'startCertificates');
  let batches = 1;
  ctx.log(`  batch 1: ${p.message}`);
  while (p.state === 'running') {
    p = await call<CertificateProgress>(ctx, 'continueCertificates');
    batches++;
    ctx.log(`  batch ${batches}: ${p.message}`);
  }
  // every PDF of the emulated Drive, by training code (from the file's appProperties)
  const root = join(ctx.outDir, 'sertifikat');
  rmSync(root, { recursive: true, force: true });
  let written = 0;
  for (const f of ctx.env.drive._files()) {
    if (f.trashed || f.mimeType !== 'application/pdf' || !f.content) continue;
    const code = (f.appProperties.douasnKey ?? 'lain').split('|')[0].replace(/[^A-Za-z0-9._-]/g, '_');
    const dir = join(root, code);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, f.name), f.content);
    written++;
  }
  ctx.log(
    `Sertifikat: ${p.state}, ${p.done} dari ${p.total} dalam ${batches} batch; ${written} PDF ditulis ke ${root}`,
  );
}
