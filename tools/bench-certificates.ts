// Certificate bench: for 10 / 100 / 1,000 participants, the add-on's batched run (start + continue until done)
// beside a naive copy-a-template-per-row script, per certificate: service calls, documents created, files converted,
// simulated seconds, and certificates per 6-minute call.

import { join, resolve } from 'node:path';
import { createEnvironment } from '../emulator/environment';
import { loadBundle } from '../emulator/loader';
import { CONSUMER_QUOTAS, COST_MODEL_TEXT, WORKSPACE_QUOTAS } from '../emulator/runtime';
import { PLACEHOLDERS } from '../src/core/certificates';
import type { CertificateProgress, SiasnExportResult, TemplatesState } from '../src/shared/rpc';
import type { BenchRow } from './bench';
import { type Timed, timed } from './bench-timed';
import { everyTrainingIn } from './scope';
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
  /** Ekspor SIASN of the issued certificates (issue 15 item 1): the first export, then a rerun on the same data. */
  siasn: { records: number; files: number; first: Step; again: Step; againFiles: number };
}

type Step = Pick<Timed, 'calls' | 'simSeconds' | 'cpuMs'>;
const stepOf = ({ calls, simSeconds, cpuMs }: Timed): Step => ({ calls, simSeconds, cpuMs });

/** Files the export wrote in Drive (new or updated), by their SHA-256 kept in appProperties. */
const siasnFiles = (env: ReturnType<typeof createEnvironment>) =>
  env.drive
    ._files()
    .filter((f) => !f.trashed && f.name.startsWith('Ekspor SIASN'))
    .map((f) => `${f.id}:${f.modifiedTime ?? ''}`);

async function rpc<T>(addon: ReturnType<typeof loadBundle>, name: string, ...args: unknown[]): Promise<T> {
  const r = (await addon.rpc(name, ...args)) as { ok: boolean; value: T; error?: string };
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
  // every training (at most 10), as the admin ticks them in the gate
  let p = await rpc<CertificateProgress>(addon, 'startCertificates', false, everyTrainingIn(env.ss));
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
  // Ekspor SIASN of what was issued: the first export writes the sheets and two files per training; a rerun on the
  // same data writes no file (its SHA-256 is unchanged)
  const first = await timed<SiasnExportResult>(env, addon, 'exportSiasn', []);
  const before = siasnFiles(env);
  const again = await timed<SiasnExportResult>(env, addon, 'exportSiasn', []);
  const after = siasnFiles(env);
  const siasn = {
    records: first.value.rows,
    files: before.length,
    first: stepOf(first),
    again: stepOf(again),
    againFiles: after.filter((x) => !before.includes(x)).length,
  };
  return { ...result, siasn, naive: naiveCertificates(certificates, templates.certificate!.id, env.globals) };
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
  console.log('Ekspor SIASN dari sertifikat yang terbit (lembar, referensi, xlsx + JSON per kegiatan):');
  for (const r of results)
    console.log(
      `  ${String(r.size).padStart(5)} peserta: ${r.siasn.records} rekaman, ${r.siasn.files} berkas; ` +
        `${r.siasn.first.calls} panggilan, ${f(r.siasn.first.simSeconds, 1)} detik sim; ` +
        `lagi tanpa perubahan: ${r.siasn.again.calls} panggilan, ${f(r.siasn.again.simSeconds, 1)} detik sim, ` +
        `${r.siasn.againFiles} berkas ditulis`,
    );
  console.log('');
  console.log(`${await benchDesigns()}\n`);
  return results.flatMap((r) => [
    {
      feature: `Buat Sertifikat (${r.certificates} sert., ${r.executions} eksekusi; ${f(r.docsCreated / r.certificates, 3)} dok/sert; ${r.perCall} sert/panggilan)`,
      size: r.size,
      calls: r.calls,
      simSeconds: r.simSeconds,
      cpuMs: r.cpuMs,
      naiveCalls: r.naive.calls,
      naiveSimSeconds: r.naive.simSeconds,
    },
    {
      feature: `Ekspor SIASN (${r.siasn.records} rekaman, ${r.siasn.files} berkas xlsx/JSON)`,
      size: r.size,
      ...r.siasn.first,
    },
    {
      feature: `Ekspor SIASN lagi, data sama (${r.siasn.againFiles} berkas ditulis)`,
      size: r.size,
      ...r.siasn.again,
    },
  ]);
}

if (require.main === module && !process.argv.includes('--designs')) {
  benchCertificates().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

// ---------- capacity per design (issue 12 item 4) ----------

export interface DesignBench {
  label: string;
  certificates: number;
  callsPer: number;
  docsPer: number;
  convPer: number;
  simPer: number;
}

/** One run of `participants` with the given Pengaturan values typed in; per certificate figures. */
async function designRun(
  label: string,
  participants: number,
  settings: Record<string, string>,
): Promise<DesignBench> {
  const env = createEnvironment({
    spreadsheet: synthWorkbook({ participants, trainings: 1 }),
    distDir: join(ROOT, 'dist'),
    quotas: { ...WORKSPACE_QUOTAS },
  });
  const sheet = env.ss.getSheetByName('Pengaturan');
  for (const [k, v] of Object.entries(settings)) sheet?.appendRow([k, v, '']);
  const addon = loadBundle(env, join(ROOT, 'dist', 'Code.js'));
  await rpc(addon, 'pullResponses');
  await rpc(addon, 'createTemplates');
  env.rt.resetCounters();
  const docs0 = env.rt.used.documentsCreated;
  const conv0 = env.rt.used.filesConverted;
  const sim0 = env.rt.now;
  let p = await rpc<CertificateProgress>(addon, 'startCertificates');
  while (p.state === 'running') p = await rpc<CertificateProgress>(addon, 'continueCertificates');
  if (p.state !== 'done') throw new Error(`${label}: ${p.state} ${p.message}`);
  const n = p.done;
  return {
    label,
    certificates: n,
    callsPer: env.rt.totalCalls() / n,
    docsPer: (env.rt.used.documentsCreated - docs0) / n,
    convPer: (env.rt.used.filesConverted - conv0) / n,
    simPer: (env.rt.now - sim0) / 1000 / n,
  };
}

/** The preview (helper R's Pratinjau): the first one, and a second one with the template unchanged. */
async function previewCost(): Promise<
  Array<{ label: string; calls: number; docs: number; conv: number; sim: number }>
> {
  const env = createEnvironment({
    spreadsheet: synthWorkbook({ participants: 12, trainings: 1 }),
    distDir: join(ROOT, 'dist'),
    quotas: { ...WORKSPACE_QUOTAS },
  });
  const addon = loadBundle(env, join(ROOT, 'dist', 'Code.js'));
  await rpc(addon, 'pullResponses');
  await rpc(addon, 'createTemplates');
  const out: Array<{ label: string; calls: number; docs: number; conv: number; sim: number }> = [];
  for (const label of ['pratinjau pertama', 'pratinjau berikutnya']) {
    env.rt.resetCounters();
    const docs0 = env.rt.used.documentsCreated;
    const conv0 = env.rt.used.filesConverted;
    const sim0 = env.rt.now;
    const r = (await addon.rpc('previewCertificate', 'SIM-0001', null)) as { ok: boolean; error?: string };
    if (!r.ok) throw new Error(`preview: ${r.error}`);
    out.push({
      label,
      calls: env.rt.totalCalls(),
      docs: env.rt.used.documentsCreated - docs0,
      conv: env.rt.used.filesConverted - conv0,
      sim: (env.rt.now - sim0) / 1000,
    });
  }
  return out;
}

/** Certificates a day: the scarcer of the two daily quotas a certificate spends (GAS-FACTS quotas). */
const perDay = (r: DesignBench, quotas: { documentsCreated: number; filesConverted: number }) =>
  Math.floor(
    Math.min(
      r.docsPer > 0 ? quotas.documentsCreated / r.docsPer : Number.POSITIVE_INFINITY,
      r.convPer > 0 ? quotas.filesConverted / r.convPer : Number.POSITIVE_INFINITY,
    ),
  );

/** Per design (and Daftar Materi, and the Doc-per-certificate mode): calls, seconds, and certificates per day. */
export async function benchDesigns(participants = 100): Promise<string> {
  // the synthetic workbook already names its agency and city (tools/synth.ts)
  const runs: DesignBench[] = [];
  for (const design of ['Resmi', 'Modern', 'Sederhana'])
    runs.push(await designRun(design, participants, { 'Desain Sertifikat': design }));
  runs.push(
    await designRun('Resmi + Daftar Materi', participants, {
      'Desain Sertifikat': 'Resmi',
      'Daftar Materi': 'Ya',
    }),
  );
  runs.push(
    await designRun('Resmi, Dokumen dan PDF', participants, {
      'Desain Sertifikat': 'Resmi',
      'Mode Sertifikat': 'Dokumen dan PDF',
    }),
  );
  const head = [
    'desain',
    'sert',
    'panggilan/sert',
    'dok/sert',
    'konversi/sert',
    'detik sim/sert',
    'sert/hari biasa',
    'sert/hari Workspace',
  ];
  const lines = [
    head,
    ...runs.map((r) => [
      r.label,
      String(r.certificates),
      f(r.callsPer, 1),
      f(r.docsPer, 3),
      f(r.convPer, 2),
      f(r.simPer, 2),
      String(perDay(r, CONSUMER_QUOTAS)),
      String(perDay(r, WORKSPACE_QUOTAS)),
    ]),
  ];
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const row = (l: string[]) => `| ${l.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  const table = [
    row(lines[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.slice(1).map(row),
  ];
  const preview = (await previewCost()).map(
    (p) =>
      `${p.label}: ${p.calls} panggilan, ${p.docs} dokumen dibuat, ${p.conv} konversi, ${f(p.sim, 1)} detik sim`,
  );
  // unattended (the hourly trigger of a bound script) also spends the daily trigger time: 90 min / 6 h (GAS-FACTS)
  const byTrigger = runs.map(
    (r) =>
      `${r.label} ${Math.min(perDay(r, CONSUMER_QUOTAS), Math.floor((90 * 60) / r.simPer))} / ${Math.min(perDay(r, WORKSPACE_QUOTAS), Math.floor((6 * 3600) / r.simPer))}`,
  );
  return [
    `Sertifikat per desain (${participants} peserta, satu kegiatan; sert/hari = kuota yang paling cepat habis: dokumen dibuat 250/1.500, konversi 2.000/4.000 per hari):`,
    ...table,
    `Lewat pemicu per jam saja (waktu pemicu 90 menit / 6 jam per hari), sert/hari biasa / Workspace: ${byTrigger.join('; ')}.`,
    `Pratinjau: ${preview.join('; ')}.`,
  ].join('\n');
}

if (require.main === module && process.argv.includes('--designs')) {
  benchDesigns().then(
    (t) => console.log(t),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
