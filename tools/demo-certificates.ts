// Demo step "Sertifikat": templates; the gate as a new admin meets it (Mulai for the active training, refused with
// its causes); on the bundled sample the admin then corrects what Masalah lists (tools/sample-corrections.ts) and
// computes again; the trainings the gate lets through are chosen (the unfinished ones confirmed explicitly);
// start + continue until done (as the panel loop does); every PDF written under out/sertifikat/<kode>/.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CertificateProgress, PreflightResult, TemplatesState } from '../src/shared/rpc';
import { call, type DemoContext } from './demo-lib';
import { correctSample } from './sample-corrections';

interface Scope {
  trainings: string[];
  confirmUnfinished: string[];
}

/** The confirmation as the panel shows it: the trainings, the figures, who gets nothing, and the Errors. */
function logPreflight(ctx: DemoContext, title: string, pre: PreflightResult): void {
  ctx.log(`${title}: ${pre.ok ? 'siap' : 'ditolak'}, ${pre.toIssue} akan dibuat`);
  const g = pre.gate;
  if (g) {
    for (const t of g.trainings)
      ctx.log(
        `  ${t.code} (${t.dates}): ${t.ended ? 'sudah selesai' : t.confirmed ? 'belum selesai, dikonfirmasi admin' : 'belum selesai'}`,
      );
    ctx.log(
      `  Sertifikat ${g.certificates.toMake} baru (${g.certificates.made} sudah ada), Piagam ${g.charters.toMake} baru (${g.charters.made} sudah ada)`,
    );
    if (g.predicates.length)
      ctx.log(`  Predikat tercetak: ${g.predicates.map((x) => `${x.label} ${x.count}`).join(', ')}`);
    for (const n of g.nothing) ctx.log(`  Tidak mendapat sertifikat: ${n.reason}: ${n.count}`);
  }
  for (const e of pre.errors) ctx.log(`  Error: ${e.replace(/\n/g, '\n    ')}`);
  for (const w of pre.warnings) ctx.log(`  Peringatan: ${w}`);
}

/**
 * Which trainings the admin issues: every one that the gate lets through, confirming explicitly those not ended yet
 * (the sample's trainings end around the demo's date); a training with Errors left is not chosen.
 */
async function chooseScope(ctx: DemoContext, first: PreflightResult): Promise<Scope | null> {
  const codes = (first.gate?.choices ?? []).map((c) => c.code);
  const ok: string[] = [];
  for (const code of codes) {
    const one = { trainings: [code], confirmUnfinished: [code] };
    const pre = await call<PreflightResult>(ctx, 'preflightCertificates', one);
    if (pre.ok) ok.push(code);
    else ctx.log(`  ${code} tidak dipilih: ${(pre.errors[0] ?? '').replace(/\n/g, '\n    ')}`);
  }
  if (!ok.length) {
    ctx.log('Tidak ada kegiatan yang lolos pemeriksaan; sertifikat tidak dibuat.');
    return null;
  }
  return { trainings: ok.slice(0, 10), confirmUnfinished: ok.slice(0, 10) };
}

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
  // the gate as a new admin meets it: Mulai for the active training
  const first = await call<PreflightResult>(ctx, 'preflightCertificates');
  logPreflight(ctx, 'Pra-periksa sertifikat (kegiatan aktif)', first);
  if (ctx.sample && !first.ok) {
    // the admin acts on Masalah: corrects the planted Errors, checks again, and computes the results again
    const fixes = correctSample(ctx.env.ss);
    ctx.log(`Admin memperbaiki ${fixes.length} isian sesuai lembar Masalah:`);
    for (const f of fixes) ctx.log(`  ${f.sheet} baris ${f.row}: ${f.what}`);
    for (const step of ['runCheck', 'computeScores', 'computeJp', 'computeEvaluation'])
      ctx.log(`  ${(await call<{ message: string }>(ctx, step)).message.split('\n')[0]}`);
  }
  const scope = await chooseScope(ctx, first);
  if (!scope) return;
  const pre = await call<PreflightResult>(ctx, 'preflightCertificates', scope);
  logPreflight(ctx, `Pra-periksa sertifikat (${scope.trainings.join(', ')})`, pre);
  if (!pre.ok) return;
  let p = await call<CertificateProgress>(ctx, 'startCertificates', false, scope);
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
  // the public registry the verification page reads (issue 13): one row per made certificate, NIP masked
  const registry = ctx.env.ss.getSheetByName('Registri Verifikasi');
  const reg = registry ? (registry.getDataRange().getDisplayValues() as string[][]) : [];
  if (reg.length > 1) {
    const at = (h: string) => reg[0].indexOf(h);
    const first = reg[1];
    ctx.log(
      `Registri Verifikasi: ${reg.length - 1} sertifikat terdaftar; contoh: kode ${first[at('Kode Verifikasi')]}, ${first[at('Nomor')]}, NIP ${first[at('NIP')]}, ${first[at('Status')]}`,
    );
  }
  // Ekspor SIASN (issue 15 item 1): the sheet, and each training's xlsx and JSON copied under out/siasn
  const siasn = await call<{ message: string }>(ctx, 'exportSiasn');
  const dir = join(ctx.outDir, 'siasn');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let files = 0;
  for (const f of ctx.env.drive._files()) {
    if (f.trashed || !f.appProperties.douasnSiasn || !f.content) continue;
    writeFileSync(join(dir, f.name.replace(/[^A-Za-z0-9 ._-]/g, '_')), f.content);
    files++;
  }
  ctx.log(`${siasn.message.split('\n')[0]} (${files} berkas ke ${dir})`);
  await speakerCertificates(ctx, scope);
}

/**
 * Sertifikat Narasumber (issue 15 item 5), as the sample's admin turns it on after the participants' certificates:
 * Pengaturan "Sertifikat Narasumber" = Ya, then Mulai again for the same trainings. Only the speakers' are made (the
 * participants' stay as they are, nothing is made twice), numbered in their own series; their PDFs go beside the
 * others under out/sertifikat.
 */
async function speakerCertificates(ctx: DemoContext, scope: Scope): Promise<void> {
  const settings = ctx.env.ss.getSheetByName('Pengaturan');
  if (!ctx.sample || !settings) return;
  const at = (settings._dump() as unknown[][]).findIndex(
    (r) => String(r[0]).trim() === 'Sertifikat Narasumber',
  );
  if (at < 0) return;
  settings._writeBlock(at + 1, 2, [['Ya']]);
  const before = new Set(ctx.env.drive._files().map((f) => f.id));
  let p = await call<CertificateProgress>(ctx, 'startCertificates', false, scope);
  while (p.state === 'running') p = await call<CertificateProgress>(ctx, 'continueCertificates');
  const made = ctx.env.drive
    ._files()
    .filter((f) => !before.has(f.id) && !f.trashed && f.mimeType === 'application/pdf' && f.content);
  for (const f of made) {
    const code = (f.appProperties.douasnKey ?? 'lain').split('|')[0].replace(/[^A-Za-z0-9._-]/g, '_');
    const dir = join(ctx.outDir, 'sertifikat', code);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, f.name), f.content as Uint8Array);
  }
  const speakers = made.filter((f) => (f.appProperties.douasnKey ?? '').includes('|Sertifikat Narasumber|'));
  const others = made.length - speakers.length;
  const numbers = speakers.map((f) => f.appProperties.douasnNumber ?? '').sort();
  ctx.log(
    `Sertifikat Narasumber (Pengaturan "Sertifikat Narasumber" = Ya, Mulai lagi): ${p.state}; ` +
      `${speakers.length} dibuat: ${numbers.join(', ') || '-'}; ` +
      (others ? `${others} PDF lain juga dibuat` : 'tidak ada sertifikat peserta yang dibuat ulang'),
  );
}
