// "Buat Template": the default Sertifikat and Piagam templates and the output folders (one per training), all made
// by the add-on so drive.file suffices. Their IDs live in document properties; rerunning never duplicates them.
// drive.file is per user and per OAuth client: the set is recorded with the admin who made it, and another admin
// (or the same one after the script moved to another Cloud project) gets a message and an explicit choice, never
// a silent second set.

import type { CertKind, LedgerRow } from '../core/certificates';
import { safeFileName } from '../core/certificates';
import { BlockedError } from '../core/errors';
import type { Training } from '../core/model';
import { writeDefaultTemplate } from '../gas/docs';
import {
  type AdminIdentity,
  adminIdentity,
  createDocFile,
  createFolder,
  DOC_MIME,
  type DriveFileInfo,
  FOLDER_MIME,
  fileLink,
  getFile,
  listFiles,
  q,
  removeFile,
} from '../gas/drive';
import { getDocJson, PROP, setDocJson, setDocProperty } from '../gas/properties';
import { activeSpreadsheet } from '../gas/sheets';
import type { TemplateInfo, TemplatesState } from '../shared/rpc';
import { loadWorkbook } from './load';
import type { Port } from './port';

/** What document properties keep: IDs only (small; 9 KB a value). */
export interface TemplateProps {
  certificate: string | null;
  charter: string | null;
  root: string | null;
  /** Output folder per training code. */
  folders: Record<string, string>;
  /** The admin whose drive.file grants reach these files (AdminIdentity.id; absent in records made before). */
  owner?: string;
  ownerEmail?: string;
}

export const EMPTY_PROPS: TemplateProps = { certificate: null, charter: null, root: null, folders: {} };

const fresh = (): TemplateProps => ({ ...EMPTY_PROPS, folders: {} });

/** appProperties that mark the add-on's own templates, folders and scratch documents of this spreadsheet. */
export const APP = { sheet: 'douasnSheet', role: 'douasnRole', code: 'douasnCode' } as const;
export const ROLE = {
  root: 'root',
  folder: 'folder',
  scratch: 'scratch',
  template: (k: CertKind) => `template-${k}`,
} as const;

/** Another admin's own set, next to the first admin's in PROP.templates. */
const ownKey = (me: AdminIdentity) => `${PROP.templates}.${me.id}`;

/** Which recorded set the current admin works with. */
export interface TemplateAccess {
  me: AdminIdentity;
  /** The current admin's set (empty when only another admin's is recorded). */
  props: TemplateProps;
  /** The document property it is written to. */
  key: string;
  /** The set another admin recorded (shown in the panel, never used by this admin's runs). */
  foreign: TemplateProps | null;
}

/** From document properties alone (no Drive call). */
export function templateAccess(): TemplateAccess {
  const me = adminIdentity();
  const own = getDocJson<TemplateProps>(ownKey(me));
  if (own) return { me, props: { ...fresh(), ...own }, key: ownKey(me), foreign: null };
  const main = getDocJson<TemplateProps>(PROP.templates);
  if (!main?.owner || main.owner === me.id)
    return { me, props: { ...fresh(), ...(main ?? {}) }, key: PROP.templates, foreign: null };
  return { me, props: fresh(), key: ownKey(me), foreign: { ...fresh(), ...main } };
}

const OWN_BUTTON = '"Buat Template Sendiri" di Panel → Sertifikat';

function foreignMessage(a: TemplateAccess): string {
  const who = a.foreign?.ownerEmail || 'admin lain';
  const you = a.me.email ? ` (${a.me.email})` : '';
  return (
    `Templat dan folder sertifikat dibuat oleh ${who}; Google hanya mengizinkan add-on membuka berkas yang dibuat ` +
    `lewat akun Anda sendiri, jadi templat, folder, dan PDF buatan ${who} tidak dapat dipakai add-on saat berjalan ` +
    `dengan akun Anda${you}. Pilih salah satu: minta ${who} yang menjalankan "Buat Sertifikat", atau buat templat ` +
    `dan folder Anda sendiri dengan ${OWN_BUTTON} (templat baru memakai tampilan bawaan; sertifikat yang sudah ` +
    `Dibuat atau Terkirim tetap tercatat dan tidak dibuat ulang).`
  );
}

function unreachableMessage(a: TemplateAccess): string {
  const who = a.props.owner ? 'yang tercatat untuk akun Anda' : 'yang tercatat';
  return (
    `Folder sertifikat ${who} tidak dapat dibuka oleh add-on: terhapus permanen, dibuat oleh admin lain, atau ` +
    `add-on kini berjalan di project Google Cloud lain (Google hanya mengizinkan add-on membuka berkas yang dibuat ` +
    `lewat akun dan project yang sama). Bila berkas lama masih ada, jalankan add-on dari project semula; atau buat ` +
    `templat dan folder baru dengan ${OWN_BUTTON} (sertifikat yang sudah Dibuat tetap tercatat).`
  );
}

/** Thrown instead of making a second set silently; the admin confirms with `confirmOwn`. */
export class OwnTemplatesNeeded extends BlockedError {}

/** Whether the recorded root folder can still be opened (a Drive call only when the listing did not show it). */
function reachable(props: TemplateProps, files: readonly DriveFileInfo[] | null): boolean {
  if (!props.root) return true;
  if (files?.some((f) => f.id === props.root)) return true;
  return getFile(props.root) !== null;
}

/**
 * Why this admin's runs cannot use the recorded templates and folders (another admin's, or no longer reachable),
 * or null. At most one Drive call.
 */
export function templateBlocker(a: TemplateAccess = templateAccess()): string | null {
  if (a.foreign) return foreignMessage(a);
  return reachable(a.props, null) ? null : unreachableMessage(a);
}

const docInfo = (id: string | null, name: string): TemplateInfo | null =>
  id ? { id, name, url: `https://docs.google.com/document/d/${id}/edit` } : null;

/** The sidebar's view, from the properties alone (no Drive call). */
export function templatesState(p: TemplateProps, notice: string | null = null): TemplatesState {
  return {
    certificate: docInfo(p.certificate, 'Template Sertifikat'),
    charter: docInfo(p.charter, 'Template Piagam'),
    folder: p.root
      ? { id: p.root, name: 'Folder Sertifikat', url: `https://drive.google.com/drive/folders/${p.root}` }
      : null,
    notice,
    needsOwn: notice !== null,
  };
}

/** The panel's view: another admin's set is shown with the message (no Drive call). */
export function panelTemplates(): TemplatesState {
  const a = templateAccess();
  return a.foreign ? templatesState(a.foreign, foreignMessage(a)) : templatesState(a.props);
}

/** Every template, folder and scratch document of this spreadsheet that still exists (one Drive call). */
export function ownFiles(sheetId: string): DriveFileInfo[] {
  return listFiles(`appProperties has { key='${APP.sheet}' and value=${q(sheetId)} } and trashed = false`);
}

export interface DriveSetup {
  props: TemplateProps;
  /** Scratch documents left behind by an execution that was cut off. */
  scratch: DriveFileInfo[];
  created: string[];
}

/**
 * Makes sure the root folder, the templates of `kinds` and the folders of `trainings` exist, reusing what exists
 * (found by appProperties, so a crash between creating and remembering never makes a second one).
 */
export function ensureDrive(
  trainings: readonly Training[],
  kinds: readonly CertKind[],
  opts: { confirmOwn?: boolean } = {},
): DriveSetup {
  const ss = activeSpreadsheet();
  const sheetId = ss.getId();
  const access = templateAccess();
  let props = access.props;
  let key = access.key;
  const files = ownFiles(sheetId);
  if (access.foreign) {
    if (!opts.confirmOwn) throw new OwnTemplatesNeeded(foreignMessage(access));
  } else if (!reachable(props, files)) {
    if (!opts.confirmOwn) throw new OwnTemplatesNeeded(unreachableMessage(access));
    // a new set, as the admin chose; a record of unknown owner (made before owners were kept) stays for its admin
    if (!props.owner) key = ownKey(access.me);
    props = fresh();
  }
  const created: string[] = [];
  const role = (f: DriveFileInfo) => f.appProperties?.[APP.role] ?? '';
  const alive = (id: string | null, mime: string, r: string) =>
    id ? (files.find((f) => f.id === id && f.mimeType === mime && role(f) === r) ?? null) : null;
  const first = (mime: string, r: string, code?: string) =>
    files.find(
      (f) =>
        f.mimeType === mime && role(f) === r && (code === undefined || f.appProperties?.[APP.code] === code),
    ) ?? null;

  let root = alive(props.root, FOLDER_MIME, ROLE.root) ?? first(FOLDER_MIME, ROLE.root);
  if (!root) {
    root = createFolder(`Sertifikat DOU ASN - ${safeFileName(ss.getName(), 60)}`, null, {
      [APP.sheet]: sheetId,
      [APP.role]: ROLE.root,
    });
    created.push(root.name);
  }
  props.root = root.id;
  for (const kind of kinds) {
    const field = kind === 'Sertifikat' ? 'certificate' : 'charter';
    let doc = alive(props[field], DOC_MIME, ROLE.template(kind)) ?? first(DOC_MIME, ROLE.template(kind));
    if (!doc) {
      doc = createDocFile(
        `Template ${kind === 'Sertifikat' ? 'Sertifikat' : 'Piagam Penghargaan'} DOU ASN`,
        root.id,
        {
          [APP.sheet]: sheetId,
          [APP.role]: ROLE.template(kind),
        },
      );
      writeDefaultTemplate(doc.id, kind);
      created.push(doc.name);
    }
    props[field] = doc.id;
  }
  for (const t of trainings) {
    let folder =
      alive(props.folders[t.code] ?? null, FOLDER_MIME, ROLE.folder) ??
      first(FOLDER_MIME, ROLE.folder, t.code);
    if (!folder) {
      folder = createFolder(safeFileName(`${t.code} - ${t.theme}`, 90), root.id, {
        [APP.sheet]: sheetId,
        [APP.role]: ROLE.folder,
        [APP.code]: t.code,
      });
      created.push(folder.name);
    }
    props.folders[t.code] = folder.id;
  }
  props.owner = access.me.id;
  props.ownerEmail = access.me.email;
  setDocJson(key, props);
  return { props, scratch: files.filter((f) => role(f) === ROLE.scratch), created };
}

/** Removes scratch documents (best effort: a failure leaves one for the next batch to remove). */
export function removeScratch(files: readonly DriveFileInfo[]): void {
  for (const f of files) {
    try {
      removeFile(f.id);
    } catch {
      // already gone
    }
  }
}

export interface CreateTemplatesResult {
  state: TemplatesState;
  created: string[];
  message: string;
}

/**
 * "Buat Template": both templates, the root folder and a folder per training of `Kegiatan`. When the recorded set
 * is another admin's (or unreachable), nothing is made unless `confirmOwn`: the state carries the message instead.
 */
export function createTemplates(port: Port, opts: { confirmOwn?: boolean } = {}): CreateTemplatesResult {
  const { wb } = loadWorkbook(port, ['trainings']);
  let setup: DriveSetup;
  try {
    setup = ensureDrive(wb.trainings, ['Sertifikat', 'Piagam'], { confirmOwn: opts.confirmOwn === true });
  } catch (e) {
    if (!(e instanceof OwnTemplatesNeeded)) throw e;
    const a = templateAccess();
    return { state: templatesState(a.foreign ?? a.props, e.message), created: [], message: e.message };
  }
  const state = templatesState(setup.props);
  const message = setup.created.length
    ? `Dibuat: ${setup.created.join(', ')}. Template bisa diubah di Google Dokumen; placeholder seperti {{Nama}} diganti saat sertifikat dibuat.`
    : 'Template dan folder sudah ada; tidak ada yang dibuat ulang.';
  return { state, created: setup.created, message };
}

// ---------- a certificate batch in flight (crash recovery is per admin) ----------

/**
 * The batch being made: whose it is, with which root folder, and its ledger rows. A batch cut off before it wrote
 * the ledger may have left PDFs that only its own admin (in its own Cloud project) can find again by appProperties.
 */
interface BatchMark {
  owner: string;
  email: string;
  root: string;
  /** Sheet rows as ranges, e.g. "2-40,45". */
  rows: string;
}

const BATCH_PROP = 'douasn.certificateBatch';

function ranges(rows: number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return out.join(',');
}

function inRanges(text: string, row: number): boolean {
  return text.split(',').some((part) => {
    const [a, b] = part.split('-').map(Number);
    return row >= a && row <= (Number.isFinite(b) ? b : a);
  });
}

/** Before a batch makes any file: one property write. */
export function openBatch(root: string, rows: readonly LedgerRow[]): void {
  const me = adminIdentity();
  const mark: BatchMark = {
    owner: me.id,
    email: me.email,
    root,
    rows: ranges(rows.map((r) => r.sheetRow ?? 0).filter((n) => n > 0)),
  };
  setDocJson(BATCH_PROP, mark);
}

/** After the batch wrote the ledger. */
export function closeBatch(): void {
  setDocProperty(BATCH_PROP, null);
}

/**
 * Rows a batch with other files (another admin's, or this admin's old Cloud project) started and never recorded:
 * their PDFs may exist where this run cannot look, so continuing them could make a second PDF. Null when none.
 */
export function unfinishedElsewhere(rows: readonly LedgerRow[], root: string | null): string | null {
  const mark = getDocJson<BatchMark>(BATCH_PROP);
  if (!mark?.rows || mark.root === root) return null;
  const open = rows.filter(
    (r) =>
      r.sheetRow !== null &&
      inRanges(mark.rows, r.sheetRow) &&
      !r.pdf &&
      r.status !== 'Dibuat' &&
      r.status !== 'Terkirim',
  );
  if (open.length === 0) return null;
  const list = ranges(open.map((r) => r.sheetRow as number))
    .replace(/-/g, '–')
    .replace(/,/g, ', ');
  const me = adminIdentity();
  if (mark.owner === me.id) {
    return (
      `Baris ${list} di lembar Sertifikat terhenti saat dibuat dengan folder sertifikat lama Anda, yang kini tidak ` +
      `dapat dibuka add-on (project Google Cloud lain atau folder terhapus); PDF-nya mungkin sudah ada di sana. ` +
      `Agar tidak ada PDF ganda, baris itu tidak dilanjutkan: jalankan add-on dari project semula untuk ` +
      `menyelesaikannya, atau tempel tautan PDF yang sudah ada di kolom PDF baris itu.`
    );
  }
  const who = mark.email || 'admin lain';
  return (
    `Baris ${list} di lembar Sertifikat dimulai oleh ${who} tetapi prosesnya terhenti sebelum tercatat; PDF-nya ` +
    `mungkin sudah ada di folder ${who}, yang tidak dapat dilihat add-on lewat akun Anda. Agar tidak ada PDF ganda, ` +
    `baris itu tidak dilanjutkan: minta ${who} membuka Panel → Sertifikat dan menekan Lanjutkan atau Mulai sampai ` +
    `baris itu selesai.`
  );
}

export { fileLink };
