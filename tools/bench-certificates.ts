// Certificate bench: for 10 / 100 / 1,000 participants, the add-on's batched run (start + continue until done)
// beside a naive copy-a-template-per-row script, per certificate: service calls, documents created, files converted,
// simulated seconds, and certificates per 6-minute call.

import { join, resolve } from 'node:path';
import { createEnvironment } from '../emulator/environment';
import { loadBundle } from '../emulator/loader';
import { COST_MODEL_TEXT, WORKSPACE_QUOTAS } from '../emulator/runtime';
import { PLACEHOLDERS } from '../src/core/certificates';
import type { CertificateProgress, TemplatesState } from '../src/shared/rpc';
import type { BenchRow } from './bench';
import { synthWorkbook } from './synth';

const ROOT = resolve(__dirname, '..');

export interface CertBench {
  size: number;
  certificates: number;
  calls: number;
  docsCreated: number;
  converted: number;
  simSeconds: number;
  perCall: number;
  executions: number;
  /** Local CPU of the whole run (every batch: the bundle in node:vm plus the emulator and PDF rendering). */
  cpuMs: number;
  naive: { calls: number; docsCreated: number; converted: number; simSeconds: number; perCall: number };
}

async function rpc<T>(addon: ReturnType<typeof loadBundle>, name: string): Promise<T> {
  const r = (await addon.rpc(name)) as { ok: boolean; value: T; error?: string };
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  return r.value;
}

export async function benchCertificatesFor(size: number): Promise<CertBench> {
  const env = createEnvironment({
    spreadsheet: synthWorkbook({ participants: size }),
    distDir: join(ROOT, 'dist'),
    quotas: { ...WORKSPACE_QUOTAS },
  });
  const addon = loadBundle(env, join(ROOT, 'dist', 'Code.js'));
  // the responses into the store first, as an admin runs Tarik Respons before the certificates
  await rpc(addon, 'pullResponses');
  const templates = await rpc<TemplatesState>(addon, 'createTemplates');
  env.rt.resetCounters();
  const docs0 = env.rt.used.documentsCreated;
  const conv0 = env.rt.used.filesConverted;
  const sim0 = env.rt.now;
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  let p = await rpc<CertificateProgress>(addon, 'startCertificates');
  const perCall = p.done;
  let executions = 1;
  while (p.state === 'running') {
    p = await rpc<CertificateProgress>(addon, 'continueCertificates');
    executions++;
  }
  if (p.state !== 'done') throw new Error(`certificates: ${p.state} ${p.message}`);
  const used = process.cpuUsage(cpu);
  const certificates = p.done;
  const result = {
    size,
    certificates,
    calls: env.rt.totalCalls(),
    docsCreated: env.rt.used.documentsCreated - docs0,
    converted: env.rt.used.filesConverted - conv0,
    simSeconds: (env.rt.now - sim0) / 1000,
    perCall,
    executions,
    cpuMs: (used.user + used.system) / 1000,
  };
  return { ...result, naive: naiveCertificates(certificates, templates.certificate!.id, env.globals) };
}

/**
 * The naive script many start with: per row, copy the template, open it, one replaceText per placeholder, save,
 * reopen, export, store the PDF. Run on a fresh emulator with the 6-minute limit lifted and Workspace quotas.
 */
function naiveCertificates(
  n: number,
  _templateId: string,
  _globals: Record<string, unknown>,
): CertBench['naive'] {
  const env = createEnvironment({
    quotas: { ...WORKSPACE_QUOTAS, documentsCreated: 1e9, filesConverted: 1e9 },
  });
  env.rt.enforceLimit = false;
  const docApp = env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
  const drive = env.globals.Drive as unknown as {
    Files: {
      copy(r: object, id: string): { id: string };
      create(r: object, blob?: unknown): { id: string };
    };
  };
  // a template like the add-on's: 17 placeholders
  const names = PLACEHOLDERS.filter((n) => n !== 'Peringkat');
  const t = docApp.create('Template');
  for (const name of names) t.getBody().appendParagraph(`{{${name}}}`);
  const templateId = t.getId();
  t.saveAndClose();
  const folder = drive.Files.create({ name: 'out', mimeType: 'application/vnd.google-apps.folder' });
  env.rt.resetCounters();
  const docs0 = env.rt.used.documentsCreated;
  const conv0 = env.rt.used.filesConverted;
  const start = env.rt.now;
  let perCall = 0;
  for (let i = 0; i < n; i++) {
    const copy = drive.Files.copy({ name: `Sertifikat ${i}`, parents: [folder.id] }, templateId);
    const doc = docApp.openById(copy.id);
    const body = doc.getBody();
    for (const name of names) body.replaceText(`\\{\\{${name}\\}\\}`, `nilai ${i}`);
    doc.saveAndClose();
    const pdf = docApp.openById(copy.id).getAs('application/pdf');
    drive.Files.create(
      { name: `Sertifikat ${i}.pdf`, parents: [folder.id], mimeType: 'application/pdf' },
      pdf,
    );
    if (env.rt.now - start <= 6 * 60 * 1000) perCall = i + 1;
  }
  return {
    calls: env.rt.totalCalls(),
    docsCreated: env.rt.used.documentsCreated - docs0,
    converted: env.rt.used.filesConverted - conv0,
    simSeconds: (env.rt.now - start) / 1000,
    perCall,
  };
}

const f = (x: number, d = 2) => x.toFixed(d);

export function formatCertTable(rows: readonly CertBench[]): string {
  const head = [
    'peserta',
    'sertifikat',
    'eksekusi',
    'panggilan/sert',
    'dok dibuat/sert',
    'konversi/sert',
    'detik sim/sert',
    'sert/panggilan 6 mnt',
    'naif: panggilan/sert',
    'naif: dok/sert',
    'naif: detik/sert',
    'naif: sert/6 mnt',
  ];
  const lines = [
    head,
    ...rows.map((r) => [
      String(r.size),
      String(r.certificates),
      String(r.executions),
      f(r.calls / r.certificates, 1),
      f(r.docsCreated / r.certificates, 3),
      f(r.converted / r.certificates),
      f(r.simSeconds / r.certificates),
      String(r.perCall),
      f(r.naive.calls / r.certificates, 1),
      f(r.naive.docsCreated / r.certificates),
      f(r.naive.simSeconds / r.certificates),
      String(r.naive.perCall),
    ]),
  ];
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => `| ${l.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [
    fmt(lines[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.slice(1).map(fmt),
  ].join('\n');
}

/** The bench extension: prints its own per-certificate table and returns summary rows for the main table. */
export async function benchCertificates(): Promise<BenchRow[]> {
  const results: CertBench[] = [];
  for (const size of [10, 100, 1000]) results.push(await benchCertificatesFor(size));
  console.log(
    '\nSertifikat (mode PDF, Workspace quotas; naif = salin template per baris, batas 6 menit diangkat):',
  );
  console.log(formatCertTable(results));
  console.log(`(${COST_MODEL_TEXT})\n`);
  return results.map((r) => ({
    feature: `Buat Sertifikat (${r.certificates} sert., ${r.executions} eksekusi; ${f(r.docsCreated / r.certificates, 3)} dok/sert; ${r.perCall} sert/panggilan)`,
    size: r.size,
    calls: r.calls,
    simSeconds: r.simSeconds,
    cpuMs: r.cpuMs,
    naiveCalls: r.naive.calls,
    naiveSimSeconds: r.naive.simSeconds,
  }));
}

if (require.main === module) {
  benchCertificates().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
