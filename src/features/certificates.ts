// "Buat Sertifikat" and "Kirim Email Sertifikat": pre-flight, then batches under a time budget through the
// `Sertifikat` ledger, exactly once per certificate (files found again by appProperties), email at most once,
// clean stops on daily quotas (expected back 24 hours after their first use), an hourly trigger to continue
// unattended where Google allows it (a bound script only; see src/gas/triggers.ts).

import {
  BATCH_BUDGET_MS,
  countProgress,
  isQuotaError,
  type JobRecord,
  MAX_ATTEMPTS,
  newJob,
  noteQuotaUse,
  type QuotaKind,
  type QuotaWindows,
  quotaKind,
  quotaName,
  resumeAfterQuota,
  rowWork,
} from '../core/certificateJob';
import {
  type CertKind,
  candidatesFrom,
  certificateBaseName,
  certificateKey,
  checkNumberFormat,
  fillText,
  findPlaceholders,
  formatCertificateNumber,
  issueDate,
  type LedgerPlan,
  type LedgerRow,
  ledgerKey,
  MAX_PROPERTY_BYTES,
  mergeValues,
  NOTE_DUPLICATE,
  NOTE_NOT_ELIGIBLE,
  type PlaceholderName,
  parseSequence,
  planLedger,
  REQUIRED_PLACEHOLDERS,
  utf8Length,
} from '../core/certificates';
import { formatDateLong } from '../core/dates';
import { googleFailureKind, isUserError, UserError } from '../core/errors';
import type { Participant, Training } from '../core/model';
import type { ResultRow } from '../core/results';
import { SHEETS } from '../core/schema';
import type { Settings } from '../core/settings';
import { fillDocument, ScratchMerger, scanTemplate, type TemplateScan } from '../gas/docs';
import { copyFile, createFromBlob, type DriveFileInfo, fileLink, listFiles, q } from '../gas/drive';
import { withDocumentLock } from '../gas/lock';
import { remainingEmailQuota, sendCertificateMail } from '../gas/mail';
import { getDocJson, getUserJson, PROP, setDocJson, setUserJson } from '../gas/properties';
import {
  ensureHourlyTrigger,
  hasContainingDocument,
  hourlyContinuationPossible,
  removeHourlyTrigger,
} from '../gas/triggers';
import type { CertificateProgress, PanelState, PreflightResult } from '../shared/rpc';
import { type CertificateLedger, readCertificateLedger, writeLedger, writeRow } from './certificateLedger';
import type { PanelContributor } from './panel';
import type { Port } from './port';
import { computeAll } from './results';
import {
  APP,
  closeBatch,
  type DriveSetup,
  ensureDrive,
  openBatch,
  panelTemplates,
  ROLE,
  removeScratch,
  type TemplateAccess,
  type TemplateProps,
  templateAccess,
  templateBlocker,
  unfinishedElsewhere,
} from './templates';

/** The top-level function the hourly trigger calls (exported from src/server.ts). */
export const TRIGGER_HANDLER = 'continueCertificatesByTrigger';
const SHEET = SHEETS.certificates;

// ---------- reading everything once ----------

interface Prepared {
  port: Port;
  ledger: CertificateLedger;
  plan: LedgerPlan;
  trainings: Map<string, Training>;
  people: Map<string, Participant>;
  results: Map<string, ResultRow>;
  trainingJp: Map<string, number>;
  settings: Settings;
}

const personKey = (code: string, nip: string) => `${code}|${nip}`;

const numberFormatOf = (settings: Settings, kind: CertKind) =>
  kind === 'Sertifikat' ? settings.certificateNumberFormat : settings.charterNumberFormat;

const templateIdOf = (props: TemplateProps, kind: CertKind) =>
  kind === 'Sertifikat' ? props.certificate : props.charter;

function prepare(port: Port): Prepared {
  const { loaded, results } = computeAll(port);
  const settings = loaded.wb.settings;
  const ledger = readCertificateLedger(loaded.raw.certificates ?? null);
  const trainings = new Map(results.trainings.map((t) => [t.code, t]));
  const formatOf = (kind: CertKind) => numberFormatOf(settings, kind);
  const plan = planLedger(ledger.rows, candidatesFrom(results.rows, results.rosters), {
    numberFor: (code, kind, seq) =>
      formatCertificateNumber(formatOf(kind), {
        seq,
        code,
        date: trainings.get(code) ? issueDate(trainings.get(code) as Training) : null,
      }),
    sequenceOf: (row) => parseSequence(row.number, formatOf(row.kind), row.trainingCode),
  });
  const people = new Map<string, Participant>();
  for (const [code, list] of results.rosters) for (const p of list) people.set(personKey(code, p.nip), p);
  return {
    port,
    ledger,
    plan,
    trainings,
    people,
    results: new Map(results.rows.map((r) => [personKey(r.trainingCode, r.nip), r])),
    trainingJp: results.trainingJp,
    settings,
  };
}

function valuesFor(p: Prepared, row: LedgerRow) {
  const training = p.trainings.get(row.trainingCode) as Training;
  const person = p.people.get(personKey(row.trainingCode, row.nip));
  return mergeValues({
    kind: row.kind,
    number: row.number,
    training,
    trainingJp: p.trainingJp.get(row.trainingCode) ?? training.jp ?? null,
    participant: person ?? { nip: row.nip, name: row.name, position: '', rank: '', unit: '' },
    result: p.results.get(personKey(row.trainingCode, row.nip)) ?? null,
  });
}

// ---------- job record ----------

function readJob(): JobRecord | null {
  return getDocJson<JobRecord>(PROP.certificateJob);
}

function saveJob(job: JobRecord): void {
  job.updatedAt = new Date().toISOString();
  // keep the property small: attempts only for failing certificates, at most 100 of them
  const keys = Object.keys(job.attempts);
  if (keys.length > 100) for (const k of keys.slice(100)) delete job.attempts[k];
  setDocJson(PROP.certificateJob, job);
}

// ---------- per user: quota windows and the hourly trigger's note ----------

/** Kept in user properties: quotas are the user's, and a trigger without a document can still reach them. */
interface UserState {
  /** When the add-on first used each quota in its current 24-hour window. */
  quotaSince?: QuotaWindows;
  /** Left by the hourly trigger when it gave up and removed itself; shown by the panel until the next run. */
  triggerNote?: { at: string; text: string };
}

function readUserState(): UserState {
  return getUserJson<UserState>(PROP.certificateUser) ?? {};
}

function saveUserState(u: UserState): void {
  setUserJson(PROP.certificateUser, u.quotaSince || u.triggerNote ? u : null);
}

/** A new run answers the hourly trigger's note (one user-property read; a write only when there was a note). */
function clearTriggerNote(): void {
  const user = readUserState();
  if (!user.triggerNote) return;
  delete user.triggerNote;
  saveUserState(user);
}

// ---------- pre-flight ----------

function modeIsPdf(p: Prepared): boolean {
  return p.settings.certificateMode !== 'Dokumen dan PDF';
}

function listNames(names: string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown}, dan ${names.length - 3} lainnya` : shown;
}

interface Checked {
  result: PreflightResult;
  scans: Map<CertKind, TemplateScan>;
}

function preflightOf(p: Prepared, access: TemplateAccess, email: boolean): Checked {
  const { props } = access;
  const errors: string[] = [];
  const warnings: string[] = [];
  const scans = new Map<CertKind, TemplateScan>();
  const work = p.plan.rows.filter((r) => {
    const w = rowWork(r, p.plan.eligible, { email, attempts: {} });
    return w.pdf || w.email;
  });
  const kinds = [...new Set(work.map((r) => r.kind))];
  // another admin's templates and folders, or ones this admin can no longer reach (drive.file is per user and client)
  const blocker = kinds.length ? templateBlocker(access) : null;
  if (blocker) errors.push(blocker);
  const elsewhere = kinds.length ? unfinishedElsewhere(p.plan.rows, props.root) : null;
  if (elsewhere) errors.push(elsewhere);
  for (const kind of blocker ? [] : kinds) {
    const id = templateIdOf(props, kind);
    if (!id) {
      errors.push(`Template ${kind} belum ada: jalankan "Buat Template" dulu.`);
      continue;
    }
    let scan: TemplateScan;
    try {
      scan = scanTemplate(id);
    } catch {
      errors.push(
        `Template ${kind} tidak dapat dibuka (terhapus?): jalankan "Buat Template" untuk membuatnya lagi.`,
      );
      continue;
    }
    scans.set(kind, scan);
    for (const f of scan.placeholders) {
      if (f.name) continue;
      errors.push(
        `Template ${kind}: placeholder ${f.raw} tidak dikenal${f.suggestion ? `; mungkin maksudnya {{${f.suggestion}}}` : ''}.`,
      );
    }
    for (const b of scan.broken)
      warnings.push(`Template ${kind}: "${b}" tampak seperti placeholder yang tidak lengkap.`);
    if (kind === 'Piagam' && !scan.placeholders.some((f) => f.name === 'Peringkat')) {
      warnings.push('Template Piagam tidak memuat {{Peringkat}}.');
    }
  }
  for (const kind of kinds) {
    for (const m of checkNumberFormat(numberFormatOf(p.settings, kind)))
      errors.push(`Pengaturan "Format Nomor ${kind}": ${m}`);
  }
  // values a used placeholder needs, per training, kind and placeholder
  const missing = new Map<string, { kind: CertKind; code: string; name: PlaceholderName; who: string[] }>();
  for (const r of work) {
    const scan = scans.get(r.kind);
    if (!scan || !p.trainings.has(r.trainingCode)) continue;
    const values = valuesFor(p, r);
    for (const f of scan.placeholders) {
      if (!f.name || values[f.name] !== '') continue;
      const k = `${r.trainingCode}|${r.kind}|${f.name}`;
      const m = missing.get(k) ?? { kind: r.kind, code: r.trainingCode, name: f.name, who: [] };
      m.who.push(r.name || `NIP ${r.nip}`);
      missing.set(k, m);
    }
    if (utf8Length(APP_KEY) + utf8Length(ledgerKey(r)) > MAX_PROPERTY_BYTES) {
      errors.push(
        `Kode Kegiatan "${r.trainingCode}" terlalu panjang untuk penanda berkas Drive; persingkat kodenya.`,
      );
    }
  }
  for (const m of missing.values()) {
    const text = `${m.kind} ${m.code}: ${m.who.length} penerima tanpa nilai untuk {{${m.name}}} (${listNames(m.who)})`;
    const required =
      REQUIRED_PLACEHOLDERS.has(m.name) && !(m.name === 'Peringkat' && m.kind === 'Sertifikat');
    if (required) errors.push(`${text}. Lengkapi datanya dulu.`);
    else warnings.push(`${text}; bagian itu akan kosong.`);
  }
  for (const t of p.trainings.values()) {
    const end = issueDate(t);
    if (end && end.getTime() > Date.now() && work.some((r) => r.trainingCode === t.code)) {
      warnings.push(
        `Kegiatan ${t.code} belum selesai (sampai ${formatDateLong(end)}); sertifikat dibuat dari data saat ini.`,
      );
    }
  }
  const emailTo = work.filter((r) => rowWork(r, p.plan.eligible, { email, attempts: {} }).email);
  let emailLeft: number | null = null;
  if (email) {
    for (const [label, text] of [
      ['Subjek Email', p.settings.emailSubject],
      ['Isi Email', p.settings.emailBody],
    ] as const) {
      for (const f of findPlaceholders(text)) {
        if (!f.name) {
          errors.push(
            `Pengaturan "${label}": placeholder ${f.raw} tidak dikenal${f.suggestion ? `; mungkin maksudnya {{${f.suggestion}}}` : ''}.`,
          );
        }
      }
    }
    const noAddress = p.plan.rows.filter(
      (r) => p.plan.eligible.has(ledgerKey(r)) && r.kind === 'Sertifikat' && !r.email,
    );
    if (noAddress.length) {
      warnings.push(
        `${noAddress.length} penerima tanpa Email di lembar Peserta (${listNames(noAddress.map((r) => r.name || `NIP ${r.nip}`))}); tidak dikirimi email.`,
      );
    }
    const left = remainingEmailQuota();
    emailLeft = left;
    if (emailTo.length > left) {
      warnings.push(
        `Kuota email hari ini tersisa ${emailLeft} penerima, perlu ${emailTo.length}; sisanya dikirim setelah kuota pulih (24 jam setelah pemakaian pertamanya).`,
      );
    }
  }
  const toIssue = work.filter((r) => !r.pdf).length;
  const pdfMode = modeIsPdf(p);
  if (toIssue > 0) {
    warnings.push(
      pdfMode
        ? `Akan dibuat ${toIssue} PDF: ${toIssue} konversi berkas (kuota harian 2.000 akun biasa / 4.000 Workspace) dan satu dokumen kerja per batch. Bila kuota habis, proses berhenti rapi dan dapat dilanjutkan setelah kuota pulih (24 jam setelah pemakaian pertamanya).`
        : `Akan dibuat ${toIssue} Google Dokumen dan ${toIssue} PDF (kuota harian dokumen 250 akun biasa / 1.500 Workspace). Mode "PDF" jauh lebih hemat kuota.`,
    );
  }
  return {
    result: {
      ok: errors.length === 0,
      errors,
      warnings,
      toIssue,
      quotas: { documents: null, conversions: null, email: emailLeft },
    },
    scans,
  };
}

/** The appProperties key of a certificate's files. */
const APP_KEY = 'douasnKey';
const APP_TYPE = 'douasnType';

// ---------- progress ----------

/** Eligibility as the ledger says (after the last planning): rows not marked as no longer eligible. */
function ledgerEligible(rows: readonly LedgerRow[]): Set<string> {
  const out = new Set<string>();
  for (const r of rows)
    if (!r.note.includes(NOTE_NOT_ELIGIBLE) && r.note !== NOTE_DUPLICATE) out.add(ledgerKey(r));
  return out;
}

function progress(
  rows: readonly LedgerRow[],
  eligible: ReadonlySet<string>,
  job: JobRecord | null,
  notice: string | null = null,
): CertificateProgress {
  const c = countProgress(rows, eligible, job);
  let message = job?.message ?? '';
  if (!job)
    message = c.total ? `${c.done} dari ${c.total} sertifikat/piagam sudah dibuat.` : 'Belum ada sertifikat.';
  return {
    state: job?.state ?? 'idle',
    total: c.total,
    done: c.done,
    failed: c.failed,
    emailed: c.emailed,
    remaining: c.remaining,
    message,
    resumeAt: job?.resumeAt ?? null,
    notice,
  };
}

function when(d: Date): string {
  return `${formatDateLong(d)} pukul ${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
}

// ---------- one batch ----------

const isTimeout = (e: unknown) => googleFailureKind(e) === 'timeout';

interface FileHit {
  pdf?: DriveFileInfo;
  doc?: DriveFileInfo;
}

/** Files already made for this spreadsheet's certificates in the given folders, by certificate key (one list each). */
function existingFiles(folderIds: readonly string[]): Map<string, FileHit> {
  const out = new Map<string, FileHit>();
  for (const id of folderIds) {
    for (const f of listFiles(`${q(id)} in parents and trashed = false`)) {
      const key = f.appProperties?.[APP_KEY];
      if (!key) continue;
      const hit = out.get(key) ?? {};
      if (f.appProperties?.[APP_TYPE] === 'doc') hit.doc ??= f;
      else hit.pdf ??= f;
      out.set(key, hit);
    }
  }
  return out;
}

function runBatch(p: Prepared, job: JobRecord, started: number): CertificateProgress {
  const { plan } = p;
  if (plan.changed) writeLedger(p); // numbers are on the sheet before any file carries them
  const work = plan.rows.filter((r) => {
    const w = rowWork(r, plan.eligible, job);
    return w.pdf || w.email;
  });
  if (work.length === 0) return finish(p, job, null, false);

  const kinds = [...new Set(work.map((r) => r.kind))];
  const codes = [...new Set(work.map((r) => r.trainingCode))];
  const stopWith = (message: string): CertificateProgress => {
    job.state = 'error';
    job.message = message;
    saveJob(job);
    return progress(plan.rows, plan.eligible, job);
  };
  let drive: DriveSetup;
  try {
    drive = ensureDrive(
      codes.map((c) => p.trainings.get(c)).filter((t): t is Training => Boolean(t)),
      [],
    );
  } catch (e) {
    // another admin's set, or an unreachable one: never a silent second set
    if (e instanceof UserError) return stopWith(e.message);
    throw e;
  }
  removeScratch(drive.scratch);
  const props = drive.props;
  for (const kind of kinds) {
    if (!templateIdOf(props, kind))
      return stopWith(`Template ${kind} belum ada: jalankan "Buat Template" dulu.`);
  }
  const elsewhere = unfinishedElsewhere(plan.rows, props.root);
  if (elsewhere) return stopWith(elsewhere);
  openBatch(props.root as string, work);
  const found = existingFiles(codes.map((c) => props.folders[c]));
  const pdfMode = modeIsPdf(p);
  const sheetId = p.port.workbook.spreadsheetId();
  const scratchIds: DriveFileInfo[] = [];
  const mergers = new Map<CertKind, ScratchMerger>();
  const scans = new Map<CertKind, TemplateScan>();
  const templateOf = (kind: CertKind) => templateIdOf(props, kind) as string;
  const merger = (kind: CertKind): ScratchMerger => {
    let m = mergers.get(kind);
    if (!m) {
      const scratch = copyFile(
        templateOf(kind),
        `DOU ASN - dokumen kerja ${kind} (boleh dihapus)`,
        props.root,
        {
          [APP.sheet]: sheetId,
          [APP.role]: ROLE.scratch,
        },
      );
      scratchIds.push(scratch);
      m = new ScratchMerger(templateOf(kind), scratch.id);
      if (m.unknown.length)
        throw new UserError(
          `Template ${kind}: placeholder ${m.unknown.join(', ')} tidak dikenal. Tekan "Periksa" di panel Sertifikat.`,
        );
      mergers.set(kind, m);
    }
    return m;
  };
  const scanOf = (kind: CertKind): TemplateScan => {
    let s = scans.get(kind);
    if (!s) {
      s = scanTemplate(templateOf(kind));
      const unknown = s.placeholders.filter((f) => !f.name).map((f) => f.raw);
      if (unknown.length)
        throw new UserError(`Template ${kind}: placeholder ${unknown.join(', ')} tidak dikenal.`);
      scans.set(kind, s);
    }
    return s;
  };

  let emailLeft =
    job.email && work.some((r) => rowWork(r, plan.eligible, job).email) ? remainingEmailQuota() : 0;
  let emailBlocked = false;
  let quota: unknown = null;
  let made = 0;
  let sent = 0;
  let fatal: string | null = null;
  // quotas used in this batch are first used no earlier than this (for when they are expected back)
  const workStart = new Date();
  try {
    for (const row of work) {
      if (Date.now() - started > BATCH_BUDGET_MS) break;
      const key = ledgerKey(row);
      const w = rowWork(row, plan.eligible, job);
      const folder = props.folders[row.trainingCode];
      const seq = parseSequence(row.number, numberFormatOf(p.settings, row.kind), row.trainingCode);
      const base = certificateBaseName(row.kind, row.trainingCode, seq, row.name);
      let blob: GoogleAppsScript.Base.Blob | null = null;
      let marked = false;
      try {
        const values = valuesFor(p, row);
        if (w.pdf) {
          const hit = found.get(key) ?? {};
          if (hit.doc) row.doc = fileLink(hit.doc);
          if (hit.pdf) {
            // made by an execution that was cut off before it could write the ledger: take it, make nothing
            row.pdf = fileLink(hit.pdf);
          } else {
            const appProps = { [APP_KEY]: certificateKey(row.trainingCode, row.kind, row.nip) };
            if (pdfMode) blob = merger(row.kind).render(values, `${base}.pdf`);
            else {
              const doc =
                hit.doc ??
                copyFile(templateOf(row.kind), base, folder, {
                  ...appProps,
                  [APP_TYPE]: 'doc',
                  [APP.sheet]: null,
                  [APP.role]: null,
                });
              hit.doc = doc;
              found.set(key, hit);
              row.doc = fileLink(doc);
              blob = fillDocument(doc.id, scanOf(row.kind), values, `${base}.pdf`);
            }
            const file = createFromBlob(blob, `${base}.pdf`, folder, { ...appProps, [APP_TYPE]: 'pdf' });
            found.set(key, { ...hit, pdf: file });
            row.pdf = fileLink(file);
            made++;
          }
          if (row.status !== 'Terkirim') row.status = 'Dibuat';
          row.createdAt = new Date();
        }
        if (w.email && !emailBlocked) {
          if (emailLeft <= 0) emailBlocked = true;
          else {
            blob ??= merger(row.kind).render(values, `${base}.pdf`);
            // at most once: the row says Terkirim on the sheet before the message leaves
            row.status = 'Terkirim';
            row.sentAt = new Date();
            writeRow(p, row);
            marked = true;
            sendCertificateMail(
              row.email,
              fillText(p.settings.emailSubject, values),
              fillText(p.settings.emailBody, values),
              blob,
            );
            emailLeft--;
            sent++;
          }
        }
        if (job.attempts[key]) delete job.attempts[key];
        if (row.note.startsWith('Gagal')) row.note = '';
      } catch (e) {
        if (isTimeout(e) || e instanceof UserError) throw e;
        if (marked) {
          // the send failed: whether it left is unknown, so never retry by itself (at most once)
          row.status = 'Gagal';
          row.sentAt = '';
          row.note = `Gagal mengirim email: ${(e as Error).message}. Periksa lalu kirim ulang bila perlu.`;
          job.attempts[key] = MAX_ATTEMPTS;
          if (isQuotaError(e)) {
            row.status = row.pdf ? 'Dibuat' : 'Menunggu';
            row.note = '';
            delete job.attempts[key];
            emailBlocked = true;
          }
          writeRow(p, row);
          continue;
        }
        if (isQuotaError(e)) {
          quota = e;
          break;
        }
        job.attempts[key] = (job.attempts[key] ?? 0) + 1;
        if (!row.pdf) row.status = 'Gagal';
        row.note = `Gagal (percobaan ${job.attempts[key]}): ${(e as Error).message}`;
        for (const m of mergers.values()) m.reset();
      }
    }
  } catch (e) {
    if (e instanceof UserError) fatal = e.message;
    else throw e;
  }
  writeLedger(p);
  closeBatch();
  removeScratch(scratchIds);
  if (fatal) {
    job.state = 'error';
    job.message = fatal;
    saveJob(job);
    return progress(plan.rows, plan.eligible, job);
  }
  const used: QuotaKind[] = [];
  if (scratchIds.length || (!pdfMode && made > 0)) used.push('documents');
  if (made > 0 || sent > 0) used.push('conversions');
  if (sent > 0) used.push('email');
  return finish(p, job, quota, emailBlocked, made, sent, { kinds: used, at: workStart });
}

function finish(
  p: Prepared,
  job: JobRecord,
  quota: unknown,
  emailBlocked: boolean,
  made = 0,
  sent = 0,
  usage: { kinds: QuotaKind[]; at: Date } = { kinds: [], at: new Date() },
): CertificateProgress {
  const { plan } = p;
  job.batches += 1;
  const c = countProgress(plan.rows, plan.eligible, job);
  const did = `${made} dibuat${job.email ? `, ${sent} email terkirim` : ''} pada batch ini`;
  const now = new Date();
  const stopped = Boolean(quota || (emailBlocked && c.remaining > 0 && c.remaining === c.emailPending));
  // one user-property read per batch that spent or hit a quota; a write only when a window opens or a note goes
  let user: UserState | null = null;
  if (usage.kinds.length || stopped) {
    user = readUserState();
    user.quotaSince ??= {};
    let changed = noteQuotaUse(user.quotaSince, usage.kinds, usage.at);
    if (user.triggerNote) {
      delete user.triggerNote; // a run is going again: the old note is answered
      changed = true;
    }
    if (changed) saveUserState(user);
  }
  if (stopped) job.state = 'quota';
  else if (c.remaining === 0) job.state = 'done';
  else job.state = 'running';
  // the hourly continuation, where Google allows it (a bound script); the panel drives the batches elsewhere
  const wantsTrigger = job.state === 'quota' || (job.state === 'running' && job.unattended);
  const auto = wantsTrigger ? ensureHourlyTrigger(TRIGGER_HANDLER) : false;
  if (!wantsTrigger) removeHourlyTrigger(TRIGGER_HANDLER);
  if (job.state === 'quota') {
    const kind: QuotaKind = quotaKind(quota) ?? 'email';
    const since = user?.quotaSince?.[kind];
    const resume = resumeAfterQuota(now, since ? new Date(since) : null);
    job.resumeAt = resume.toISOString();
    job.message =
      `${quota ? capitalise(quotaName(quota)) : 'Kuota email harian'} habis (${did}; ${c.done} dari ${c.total} selesai, ${c.remaining} tersisa). ` +
      `Google memulihkan kuota 24 jam setelah pemakaian pertamanya: Lanjutkan setelah ${when(resume)}` +
      `${since ? '' : ' (paling lambat)'}; ${
        auto
          ? 'pemicu per jam akan melanjutkannya otomatis.'
          : 'klik Lanjutkan di panel Sertifikat (bila kuota belum pulih, proses berhenti lagi dengan rapi).'
      }`;
  } else if (job.state === 'done') {
    job.resumeAt = null;
    const failed = c.failed ? `; ${c.failed} gagal, lihat Catatan di lembar ${SHEET.name}` : '';
    job.message = `Selesai: ${c.done} dari ${c.total} sertifikat/piagam dibuat${job.email ? `, ${c.emailed} email terkirim` : ''}${failed}.`;
  } else {
    job.resumeAt = null;
    const how =
      job.unattended && auto
        ? 'Pemicu per jam melanjutkannya otomatis; panel juga dapat melanjutkan.'
        : job.unattended
          ? 'Add-on tidak dapat melanjutkan sendiri per jam di sini; lanjutkan dari panel.'
          : 'Lanjutkan dari panel.';
    job.message = `${c.done} dari ${c.total} selesai (${did}); ${c.remaining} tersisa. ${how}`;
  }
  saveJob(job);
  return progress(plan.rows, plan.eligible, job);
}

// ---------- the use cases ----------

export function preflightCertificates(port: Port, email?: boolean): PreflightResult {
  const p = prepare(port);
  return preflightOf(p, templateAccess(), email ?? p.settings.sendEmail).result;
}

/**
 * Starts a run (a new job; what is done stays done) and runs its first batch. Nothing is created when pre-flight
 * finds an Error. `forceEmail` is "Kirim Email Sertifikat"; `unattended` installs the hourly continuation.
 */
export function startCertificates(
  port: Port,
  opts: { unattended?: boolean; forceEmail?: boolean } = {},
): CertificateProgress {
  const started = Date.now();
  const p = prepare(port);
  const email = Boolean(opts.forceEmail) || p.settings.sendEmail;
  const pre = preflightOf(p, templateAccess(), email).result;
  const job = newJob(new Date(), email, Boolean(opts.unattended));
  clearTriggerNote();
  if (!pre.ok) {
    job.state = 'error';
    job.message = `Pra-periksa menemukan ${pre.errors.length} kesalahan; tidak ada berkas yang dibuat. ${pre.errors.join(' ')}`;
    saveJob(job);
    return progress(p.plan.rows, p.plan.eligible, job);
  }
  // saved first, so an execution cut off in its first batch can still be continued
  job.message = 'Sedang berjalan.';
  saveJob(job);
  return runBatch(p, job, started);
}

/**
 * Runs the next batch of the current job (the sidebar calls this in a loop until the state is not 'running').
 * A job stopped by a quota is tried at once: if the quota is not back yet the batch stops again cleanly.
 */
export function continueCertificates(port: Port): CertificateProgress {
  const started = Date.now();
  const job = readJob();
  if (!job || job.state === 'done' || job.state === 'error' || job.state === 'idle')
    return certificateStatus(port);
  // never blocked until a time: a resume still over quota stops again cleanly (nothing is made twice)
  job.state = 'running';
  return runBatch(prepare(port), job, started);
}

export function stopCertificates(port: Port): CertificateProgress {
  const job = readJob();
  if (job && (job.state === 'running' || job.state === 'quota')) {
    job.state = 'paused';
    job.message = 'Dihentikan. Yang sudah dibuat tetap tercatat; lanjutkan kapan saja.';
    saveJob(job);
  }
  removeHourlyTrigger(TRIGGER_HANDLER);
  return certificateStatus(port);
}

/** Progress from the ledger and the job record alone (one read), for the panel's loop. */
export function certificateStatus(port: Port): CertificateProgress {
  const rows = readCertificateLedger(port.workbook.readSheets([SHEET.name]).get(SHEET.name) ?? null).rows;
  return progress(rows, ledgerEligible(rows), readJob());
}

/** "Kirim Email Sertifikat": a run that sends every made certificate not yet sent (and makes missing ones). */
export function sendCertificateEmails(port: Port): CertificateProgress {
  return startCertificates(port, { forceEmail: true });
}

/** Notes the hourly trigger leaves for the admin when it cannot go on (shown by the panel, kept in user properties). */
export const TRIGGER_NOTES = {
  noDocument:
    'Pemicu per jam DOU ASN tidak dapat membuka spreadsheet (sebagai add-on, pemicu waktu berjalan tanpa dokumen) dan telah dihapus. Buka spreadsheet yang sedang membuat sertifikat, lalu klik Lanjutkan di panel Sertifikat.',
  failed: (message: string) =>
    `Pemicu per jam DOU ASN berhenti karena kesalahan dan telah dihapus: ${message}. Periksa lembar ${SHEET.name}, lalu klik Lanjutkan di panel Sertifikat.`,
};

/**
 * The hourly trigger: continues a running or quota-stopped job (a quota-stopped one from when the quota is expected
 * back); removes itself when there is nothing to do. It never throws, so it never fails every hour: when it cannot
 * go on (no containing document, as in an editor add-on, or an error in a batch) it removes itself and leaves a note
 * for the admin in user properties and, when the spreadsheet is there, in the job the panel shows.
 */
export function continueByTrigger(port: Port, triggerUid: string | null = null): void {
  let docOk = false;
  try {
    docOk = hasContainingDocument();
    if (!docOk) {
      giveUp(triggerUid, TRIGGER_NOTES.noDocument, false);
      return;
    }
    withDocumentLock(() => {
      const job = readJob();
      if (!job || (job.state !== 'running' && job.state !== 'quota')) {
        removeHourlyTrigger(TRIGGER_HANDLER, triggerUid);
        return;
      }
      // a quota-stopped job waits for the expected reset (each try would spend a scratch document)
      if (job.state === 'quota' && job.resumeAt && Date.now() < Date.parse(job.resumeAt)) return;
      const r = continueCertificates(port);
      if (r.state === 'error') giveUp(triggerUid, TRIGGER_NOTES.failed(r.message), true);
    });
  } catch (e) {
    if (isUserError(e) && e.kind === 'busy') return; // another run holds the document: next hour
    if (isTimeout(e)) return; // the 6-minute limit: nothing more can be done in this execution
    giveUp(triggerUid, TRIGGER_NOTES.failed((e as Error)?.message ?? String(e)), docOk);
  }
}

/** The trigger removes itself and tells the admin; each step on its own, so one failing does not stop the others. */
function giveUp(triggerUid: string | null, text: string, docOk: boolean): void {
  removeHourlyTrigger(TRIGGER_HANDLER, triggerUid);
  try {
    const user = readUserState();
    user.triggerNote = { at: new Date().toISOString(), text };
    saveUserState(user);
  } catch {
    // nothing else can hold the note
  }
  if (!docOk) return;
  try {
    const job = readJob();
    if (job && (job.state === 'running' || job.state === 'quota' || job.state === 'error')) {
      job.state = 'paused';
      job.message = text;
      saveJob(job);
    }
  } catch {
    // the user-property note is enough
  }
}

// ---------- the panel ----------

export const certificatesPanel: PanelContributor = (state: PanelState, ctx) => {
  state.templates = panelTemplates();
  const raw = ctx.loaded?.raw.certificates ?? null;
  const rows = readCertificateLedger(raw).rows;
  const note = readUserState().triggerNote;
  state.certificates = progress(
    rows,
    ledgerEligible(rows),
    readJob(),
    note ? `${when(new Date(note.at))}: ${note.text}` : null,
  );
  state.certificates.autoContinue = hourlyContinuationPossible();
};

/** Menu texts. */
export function menuMessage(r: CertificateProgress): string {
  if (r.state === 'running')
    return `${r.message}\n\nBuka Panel → Sertifikat untuk melanjutkan batch berikutnya.`;
  return r.message;
}

/** "kuota email harian" → "Kuota email harian" (the message starts a sentence). */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
