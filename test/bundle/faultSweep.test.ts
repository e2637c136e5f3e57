// The fault sweep: a certificate run with e-mail on (over 100 certificates), a timeout or a service error injected
// again and again, deterministically, then rerun as the panel would until done. Each execution of a sweep gets its
// own faults: a timeout at the next of a walking call index counted from the execution's start (so over the sweep
// the faults land at every stage of a certificate), at the n-th sendEmail, or at the n-th setValues (the ledger's
// marking and batch writes), each before and after the call's effect; or service errors spread through the whole
// execution. After every execution, and at the end, the sweep checks against a fault-free reference run: no
// duplicate file, no missing certificate, no changed number, every e-mail the ledger or the report calls sent was
// sent, none sent twice, and every e-mail that really left is called sent or listed as unknown (Status Mengirim).

import { type Fault, WORKSPACE_QUOTAS } from '../../emulator/runtime';
import { SHEETS } from '../../src/core/schema';
import type { CertificateProgress, Rpc } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { emailAll, everyTraining, type Harness, harness, ledger, pdfsByKey } from './harness';

const PARTICIPANTS = 110;
const TRAININGS = 2;

interface Sent {
  to: string[];
  attachments: Array<{ name: string | null }>;
}

const outboxOf = (h: Harness) => (h.env.globals.MailApp as unknown as { _outbox: Sent[] })._outbox;
const keyOf = (r: Record<string, unknown>) => `${r['Kode Kegiatan']}|${r.Jenis}|${r.NIP}`;

/** A workbook whose every participant has an address of their own, results computed, templates made. */
async function prepared(): Promise<Harness> {
  const ss = synthWorkbook({ participants: PARTICIPANTS, trainings: TRAININGS });
  const people = ss.getSheetByName(SHEETS.participants.name)!;
  const [head, ...rows] = people._dump() as unknown[][];
  const at = head.indexOf('Email');
  expect(at).toBeGreaterThanOrEqual(0);
  people
    .getRange(2, at + 1, rows.length, 1)
    .setValues(rows.map((r) => [`peserta.${String(r[1]).slice(-6)}@contoh.go.id`]));
  const h = harness({ spreadsheet: ss, quotas: WORKSPACE_QUOTAS });
  await h.call('pullResponses');
  await h.call('createTemplates');
  return h;
}

/**
 * The panel after a crash: it reads the status; Lanjutkan while the job runs (or is paused or waits), Kirim Email
 * again when there is no job or it stopped with an error; until done.
 */
async function untilDone(h: Harness, first: CertificateProgress | null): Promise<CertificateProgress> {
  let p = first ?? (await h.call<CertificateProgress>('certificateStatus'));
  for (let i = 0; i < 60; i++) {
    if (p.state === 'done' && p.failed === 0) return p;
    // Kirim Email again after an error, or when certificates were left Gagal after their attempts (a new job)
    const again = p.state === 'idle' || p.state === 'error' || p.state === 'done';
    const name = again ? 'sendCertificateEmails' : 'continueCertificates';
    const r = await h.raw<CertificateProgress>(name, ...(again ? [everyTraining(h)] : []));
    p = r.ok ? r.value : await h.call<CertificateProgress>('certificateStatus');
  }
  throw new Error(`not done after 60 batches: ${p.state} ${p.message}`);
}

/** The certificate a sent message carries: its address and attachment, as the ledger names it. */
function sentKeys(h: Harness, byMail: Map<string, string>): string[] {
  return outboxOf(h).map((m) => {
    const k = byMail.get(`${m.to[0]}|${m.attachments[0]?.name}`);
    return k ?? `?${m.to[0]}|${m.attachments[0]?.name}`;
  });
}

interface Reference {
  numbers: Map<string, unknown>;
  /** address|attachment name → certificate key. */
  byMail: Map<string, string>;
}

async function reference(): Promise<Reference> {
  const h = await prepared();
  const done = await untilDone(h, await emailAll(h));
  const rows = ledger(h);
  expect(done.state).toBe('done');
  expect(done.unknown).toBe(0);
  const numbers = new Map(rows.map((r) => [keyOf(r), r.Nomor]));
  const sent = outboxOf(h);
  expect(sent.length).toBe(rows.length);
  expect(sent.length).toBeGreaterThanOrEqual(100);
  expect(rows.every((r) => r.Status === 'Terkirim')).toBe(true);
  const byMail = new Map<string, string>();
  // address + attachment name is unique per certificate (file names carry the number)
  for (const m of sent) byMail.set(`${m.to[0]}|${m.attachments[0]?.name}`, '');
  expect(byMail.size).toBe(sent.length);
  byMail.clear();
  const pdfName = new Map<string, string>();
  for (const f of h.env.drive._files())
    if (!f.trashed && f.mimeType === 'application/pdf') pdfName.set(f.appProperties.douasnKey, f.name);
  for (const r of rows) byMail.set(`${r.Email}|${pdfName.get(keyOf(r))}`, keyOf(r));
  expect(new Set(sentKeys(h, byMail)).size).toBe(rows.length);
  return { numbers, byMail };
}

/** Faults armed for the n-th execution of a sweep. */
type Arm = (n: number) => Fault[];

const SWEEPS: Array<{ name: string; arm: Arm; executions: number }> = [false, true].flatMap((after) => [
  {
    name: `timeouts${after ? ' after the effect' : ''}`,
    executions: 400,
    arm: (n: number): Fault[] => {
      const kind = 'timeout' as const;
      if (n % 3 === 0) return [{ method: '*', atCall: 10 + ((n * 7) % 120), kind, after }];
      if (n % 3 === 1) return [{ method: 'MailApp.sendEmail', atCall: 1 + (n % 2), kind, after }];
      return [{ method: 'SpreadsheetApp.Range.setValues', atCall: 1 + (n % 3), kind, after }];
    },
  },
  {
    name: `service errors${after ? ' after the effect' : ''}`,
    executions: 10,
    arm: (n: number): Fault[] => {
      const kind = 'error' as const;
      // past a batch's start (its reads and scratch document, ~100 calls), then about every third row (~55 calls
      // each), at a stage that moves with n
      const spread = Array.from({ length: 50 }, (_, j) => ({
        method: '*',
        atCall: 110 + ((n * 29) % 167) + j * 167,
        kind,
        after,
      }));
      const mail = [2, 5, 9, 14].map((k) => ({ method: 'MailApp.sendEmail', atCall: k + n, kind, after }));
      const write = [1, 2, 3, 6].map((k) => ({
        method: 'SpreadsheetApp.Range.setValues',
        atCall: k + n,
        kind,
        after,
      }));
      return [...spread, ...mail, ...write];
    },
  },
]);

interface Outcome {
  fired: number;
  executions: number;
  unknown: number;
  problems: string[];
}

/** What the ledger and a report say about e-mail, checked against what really left. */
function checkMail(h: Harness, ref: Reference, report: CertificateProgress | null, end: boolean): string[] {
  const problems: string[] = [];
  const rows = h.ss.getSheetByName(SHEETS.certificates.name) ? ledger(h) : [];
  const sent = sentKeys(h, ref.byMail);
  const count = new Map<string, number>();
  for (const k of sent) count.set(k, (count.get(k) ?? 0) + 1);
  for (const [k, n] of count) if (n > 1 || k.startsWith('?')) problems.push(`${k} sent ${n} times`);
  const status = new Map(rows.map((r) => [keyOf(r), r.Status]));
  for (const r of rows)
    if (r.Status === 'Terkirim' && !count.has(keyOf(r))) problems.push(`${keyOf(r)} Terkirim, never sent`);
  const terkirim = rows.filter((r) => r.Status === 'Terkirim').length;
  const unknown = rows.filter((r) => r.Status === 'Mengirim').length;
  if (report) {
    if (report.emailed > count.size)
      problems.push(`report: ${report.emailed} sent, ${count.size} really sent`);
    const said = /(\d+) email terkirim/.exec(report.message);
    if (said && Number(said[1]) > count.size) problems.push(`"${report.message}" claims more than were sent`);
  }
  if (!end) return problems;
  for (const r of rows)
    if (r.Status !== 'Terkirim' && r.Status !== 'Mengirim') problems.push(`${keyOf(r)} left ${r.Status}`);
  for (const k of count.keys()) {
    const st = status.get(k);
    if (st !== 'Terkirim' && st !== 'Mengirim') problems.push(`${k} sent, the ledger says ${st}`);
  }
  if (report) {
    if (report.emailed !== terkirim) problems.push(`report: ${report.emailed} sent, ledger ${terkirim}`);
    if (report.unknown !== unknown) problems.push(`report: ${report.unknown} unknown, ledger ${unknown}`);
    if (report.unknownMails.length !== Math.min(unknown, 50)) problems.push('unknown e-mails not listed');
  }
  return problems;
}

async function sweep(ref: Reference, arm: Arm, executions: number): Promise<Outcome> {
  const h = await prepared();
  const rt = h.env.rt;
  const armed = () => (rt as unknown as { faults: unknown[] }).faults.length;
  const out: Outcome = { fired: 0, executions: 0, unknown: 0, problems: [] };
  let p: CertificateProgress | null = null;
  for (let n = 0; n < executions; n++) {
    if (p?.state === 'done' && p.failed === 0) break;
    const name: string =
      !p || p.state === 'idle' || p.state === 'error' || p.state === 'done'
        ? 'sendCertificateEmails'
        : 'continueCertificates';
    const faults = arm(n);
    for (const f of faults) rt.injectFault(f);
    let r: Rpc<CertificateProgress> | null = null;
    try {
      r = await h.raw<CertificateProgress>(
        name,
        ...(name === 'sendCertificateEmails' ? [everyTraining(h)] : []),
      );
    } catch {
      r = null; // the execution timed out
    }
    out.fired += faults.length - armed();
    rt.clearFaults();
    out.executions++;
    p = r?.ok ? r.value : await h.call<CertificateProgress>('certificateStatus');
    out.problems.push(...checkMail(h, ref, r?.ok ? r.value : null, false).map((x) => `execution ${n}: ${x}`));
  }
  const done = await untilDone(h, p);
  const rows = ledger(h);
  const pdfs = pdfsByKey(h);
  if (pdfs.size !== ref.numbers.size)
    out.problems.push(`${pdfs.size} certificates, expected ${ref.numbers.size}`);
  for (const [k, n] of pdfs) if (n !== 1) out.problems.push(`${n} PDFs for ${k}`);
  for (const r of rows)
    if (r.Nomor !== ref.numbers.get(keyOf(r))) out.problems.push(`number of ${keyOf(r)} changed`);
  if (rows.length !== ref.numbers.size) out.problems.push(`${rows.length} ledger rows`);
  out.problems.push(...checkMail(h, ref, done, true));
  out.unknown = rows.filter((r) => r.Status === 'Mengirim').length;
  return out;
}

describe('fault sweep: a certificate run with e-mail, faults throughout, rerun until done', () => {
  test('no duplicate, no missing, no changed number; every e-mail called sent was sent, none twice, none unlisted', async () => {
    const t0 = Date.now();
    const ref = await reference();
    const lines: string[] = [];
    let fired = 0;
    let executions = 0;
    let unknown = 0;
    const problems: string[] = [];
    for (const s of SWEEPS) {
      const t = Date.now();
      const o = await sweep(ref, s.arm, s.executions);
      fired += o.fired;
      executions += o.executions;
      unknown += o.unknown;
      problems.push(...o.problems.slice(0, 5).map((x) => `${s.name}: ${x}`));
      lines.push(
        `${s.name}: ${o.fired} faults, ${o.executions} executions, ${o.unknown} unknown, ${Date.now() - t} ms`,
      );
    }
    const seconds = Math.round((Date.now() - t0) / 1000);
    // one line the lead can quote
    console.log(
      `fault sweep: ${fired} faults injected in ${executions} faulted executions over ${SWEEPS.length} runs of ` +
        `${ref.numbers.size} certificates with e-mail, each rerun until done; ${unknown} e-mails left unknown ` +
        `(Mengirim, listed); ${problems.length} problems; ${seconds} s\n${lines.join('\n')}`,
    );
    expect(problems).toEqual([]);
  }, 600_000);
});
