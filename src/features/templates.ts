// "Buat Template": the default Sertifikat, Piagam and Sertifikat Narasumber templates and the output folders (one
// per training), all made by the add-on so drive.file suffices. Their IDs live in document properties; rerunning
// never duplicates them. drive.file is per user and per OAuth client: the set is recorded with the admin who made
// it, and another admin (or the same one after the script moved to another Cloud project) gets a message and an
// explicit choice, never a silent second set. Everything goes through the port: Drive and Docs for files, the store for the records.

import type { CertDesign } from '../core/certificateLook';
import type { CertKind, LedgerRow } from '../core/certificates';
import { CERT_KINDS, safeFileName } from '../core/certificates';
import { BlockedError } from '../core/errors';
import type { TemplateInfo, TemplatesState } from '../shared/rpc';
import { CERT_IMAGES_TEXT as IT } from '../text/id/certImages';
import { TEMPLATES_TEXT as T } from '../text/id/certificates';
import { loadWorkbook } from './load';
import type { Port } from './port';
import { DOC_MIME, type DriveFile, FOLDER_MIME, type TemplateImages } from './port/files';
import type { AdminIdentity } from './port/runtime';

/** Document properties: the first admin's set, and the in-flight batch mark. */
const PROP_TEMPLATES = 'douasn.templates';
const PROP_BATCH = 'douasn.certificateBatch';

/** The recorded set: IDs only (small; 9 KB a value). */
export interface TemplateProps {
  certificate: string | null;
  charter: string | null;
  /** The Sertifikat Narasumber template (issue 15 item 5; a record made before has none: fromStored gives null). */
  speaker: string | null;
  root: string | null;
  /** Output folder per training code (a Map: a code is the admin's text, `__proto__` included). */
  folders: Map<string, string>;
  /** The admin whose drive.file grants reach these files (AdminIdentity.id; absent in records made before). */
  owner?: string;
  ownerEmail?: string;
}

/** As stored in document properties (JSON: the folders as an object keyed by training code). */
interface StoredProps extends Omit<Partial<TemplateProps>, 'folders'> {
  folders?: Record<string, string>;
}

const fresh = (): TemplateProps => ({
  certificate: null,
  charter: null,
  speaker: null,
  root: null,
  folders: new Map(),
});

/** Which recorded id is each kind's template (the one map from kind to record). */
const TEMPLATE_FIELD = {
  Sertifikat: 'certificate',
  Piagam: 'charter',
  'Sertifikat Narasumber': 'speaker',
} as const satisfies Record<CertKind, keyof TemplateProps>;

/** The template of a kind as recorded; null when none is. */
export const templateIdOf = (props: TemplateProps, kind: CertKind): string | null =>
  props[TEMPLATE_FIELD[kind]];

/** JSON.parse makes every key an own property (`__proto__` too), so Object.entries reads them all. */
function fromStored(s: StoredProps): TemplateProps {
  const folders = new Map<string, string>();
  for (const [code, id] of Object.entries(s.folders ?? {})) if (typeof id === 'string') folders.set(code, id);
  return { ...fresh(), ...s, folders };
}

/** Object.fromEntries defines own properties, so a `__proto__` code is stored as a key like any other. */
const toStored = (p: TemplateProps): StoredProps => ({ ...p, folders: Object.fromEntries(p.folders) });

/** appProperties that mark the add-on's own templates, folders and scratch documents of this spreadsheet. */
export const APP = { sheet: 'douasnSheet', role: 'douasnRole', code: 'douasnCode' } as const;
export const ROLE = {
  root: 'root',
  folder: 'folder',
  scratch: 'scratch',
  template: (k: CertKind) => `template-${k}`,
} as const;

/** Another admin's own set, next to the first admin's in PROP_TEMPLATES. */
const ownKey = (me: AdminIdentity) => `${PROP_TEMPLATES}.${me.id}`;

// ---------- the uploaded images (logo, signature or stamp), beside the set they belong to ----------

export type ImageRole = 'logo' | 'signature';
export const IMAGE_ROLES: readonly ImageRole[] = ['logo', 'signature'];
/** The appProperties role of an uploaded image. */
export const imageRole = (r: ImageRole) => `image-${r}`;

/** An uploaded image as recorded (a document property beside its admin's templates). */
export interface StoredImage {
  id: string;
  /** The name the admin's file had. */
  name: string;
  size: number;
  mimeType: string;
  width: number;
  height: number;
}
export type StoredImages = Partial<Record<ImageRole, StoredImage>>;

/** The images' property follows the templates' one: one record per admin's set (drive.file is per user). */
export function imagesKey(a: TemplateAccess): string {
  return a.key === PROP_TEMPLATES ? 'douasn.certImages' : `douasn.certImages.${a.me.id}`;
}

export function storedImages(port: Port, a: TemplateAccess = templateAccess(port)): StoredImages {
  return port.store.getDocJson<StoredImages>(imagesKey(a)) ?? {};
}

/** The recorded images read back from Drive for a new template (a call per image; a missing one is left out). */
function templateImages(port: Port, a: TemplateAccess): TemplateImages & { missing: ImageRole[] } {
  const stored = storedImages(port, a);
  const missing: ImageRole[] = [];
  const read = (r: ImageRole) => {
    const s = stored[r];
    if (!s) return null;
    const blob = port.drive.downloadImage(s.id);
    if (!blob) missing.push(r);
    return blob;
  };
  return { logo: read('logo'), signature: read('signature'), missing };
}

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
export function templateAccess(port: Port): TemplateAccess {
  const me = port.store.adminIdentity();
  const own = port.store.getDocJson<StoredProps>(ownKey(me));
  if (own) return { me, props: fromStored(own), key: ownKey(me), foreign: null };
  const main = port.store.getDocJson<StoredProps>(PROP_TEMPLATES);
  if (!main?.owner || main.owner === me.id)
    return { me, props: fromStored(main ?? {}), key: PROP_TEMPLATES, foreign: null };
  return { me, props: fresh(), key: ownKey(me), foreign: fromStored(main) };
}

const foreignMessage = (a: TemplateAccess) => T.foreign(a.foreign?.ownerEmail || T.otherAdmin, a.me.email);
const unreachableMessage = (a: TemplateAccess) => T.unreachable(Boolean(a.props.owner));

/** Thrown instead of making a second set silently; the admin confirms with `confirmOwn`. */
export class OwnTemplatesNeeded extends BlockedError {}

/** Whether the recorded root folder can still be opened (a Drive call only when the listing did not show it). */
function reachable(port: Port, props: TemplateProps, files: readonly DriveFile[] | null): boolean {
  if (!props.root) return true;
  if (files?.some((f) => f.id === props.root)) return true;
  return port.drive.get(props.root) !== null;
}

/**
 * Why this admin's runs cannot use the recorded templates and folders (another admin's, or no longer reachable),
 * or null. At most one Drive call.
 */
export function templateBlocker(port: Port, a: TemplateAccess = templateAccess(port)): string | null {
  if (a.foreign) return foreignMessage(a);
  return reachable(port, a.props, null) ? null : unreachableMessage(a);
}

const docInfo = (id: string | null, name: string): TemplateInfo | null =>
  id ? { id, name, url: `https://docs.google.com/document/d/${id}/edit` } : null;

/** The sidebar's view, from the properties alone (no Drive call). */
export function templatesState(p: TemplateProps, notice: string | null = null): TemplatesState {
  return {
    certificate: docInfo(p.certificate, T.certificateTemplate),
    charter: docInfo(p.charter, T.charterTemplate),
    speaker: docInfo(p.speaker, T.speakerTemplate),
    folder: p.root
      ? { id: p.root, name: T.folder, url: `https://drive.google.com/drive/folders/${p.root}` }
      : null,
    notice,
    needsOwn: notice !== null,
  };
}

/** The panel's view: another admin's set is shown with the message (no Drive call). */
export function panelTemplates(port: Port): TemplatesState {
  const a = templateAccess(port);
  return a.foreign ? templatesState(a.foreign, foreignMessage(a)) : templatesState(a.props);
}

/** Every template, folder and scratch document of this spreadsheet that still exists (one Drive call). */
function ownFiles(port: Port, sheetId: string): DriveFile[] {
  return port.drive.withAppProperty(APP.sheet, sheetId);
}

export interface DriveSetup {
  props: TemplateProps;
  /** Scratch documents left behind by an execution that was cut off. */
  scratch: DriveFile[];
  created: string[];
  /** Uploaded images that could not be read back for a template made now. */
  missingImages: ImageRole[];
}

/** A training as its output folder is named: `<code> - <theme>`. */
export interface FolderFor {
  code: string;
  theme: string;
}

/**
 * Makes sure the root folder, the templates of `kinds` and the folders of `trainings` exist, reusing what exists
 * (found by appProperties, so a crash between creating and remembering never makes a second one).
 */
export function ensureDrive(
  port: Port,
  trainings: readonly FolderFor[],
  kinds: readonly CertKind[],
  opts: { confirmOwn?: boolean; design?: CertDesign; withImages?: boolean } = {},
): DriveSetup {
  const sheetId = port.workbook.spreadsheetId();
  const access = templateAccess(port);
  let props = access.props;
  let key = access.key;
  const files = ownFiles(port, sheetId);
  if (access.foreign) {
    if (!opts.confirmOwn) throw new OwnTemplatesNeeded(foreignMessage(access));
  } else if (!reachable(port, props, files)) {
    if (!opts.confirmOwn) throw new OwnTemplatesNeeded(unreachableMessage(access));
    // a new set, as the admin chose; a record of unknown owner (made before owners were kept) stays for its admin
    if (!props.owner) key = ownKey(access.me);
    props = fresh();
  }
  const created: string[] = [];
  // the uploaded images, read from Drive only when a template is made (and only for "Buat Template")
  const read: { images?: TemplateImages & { missing: ImageRole[] } } = {};
  const imagesFor = () => {
    read.images ??= opts.withImages
      ? templateImages(port, { ...access, key })
      : { logo: null, signature: null, missing: [] };
    return read.images;
  };
  const role = (f: DriveFile) => f.appProperties?.[APP.role] ?? '';
  const alive = (id: string | null, mime: string, r: string) =>
    id ? (files.find((f) => f.id === id && f.mimeType === mime && role(f) === r) ?? null) : null;
  const first = (mime: string, r: string, code?: string) =>
    files.find(
      (f) =>
        f.mimeType === mime && role(f) === r && (code === undefined || f.appProperties?.[APP.code] === code),
    ) ?? null;

  let root = alive(props.root, FOLDER_MIME, ROLE.root) ?? first(FOLDER_MIME, ROLE.root);
  if (!root) {
    root = port.drive.createFolder(
      T.rootFolderName(safeFileName(port.workbook.spreadsheetName(), 60)),
      null,
      {
        [APP.sheet]: sheetId,
        [APP.role]: ROLE.root,
      },
    );
    created.push(root.name);
  }
  props.root = root.id;
  for (const kind of kinds) {
    const field = TEMPLATE_FIELD[kind];
    let doc = alive(props[field], DOC_MIME, ROLE.template(kind)) ?? first(DOC_MIME, ROLE.template(kind));
    if (!doc) {
      doc = port.drive.createDoc(T.templateFileName(kind), root.id, {
        [APP.sheet]: sheetId,
        [APP.role]: ROLE.template(kind),
      });
      port.docs.writeDefaultTemplate(doc.id, kind, opts.design ?? 'Resmi', imagesFor());
      created.push(doc.name);
    }
    props[field] = doc.id;
  }
  for (const t of trainings) {
    let folder =
      alive(props.folders.get(t.code) ?? null, FOLDER_MIME, ROLE.folder) ??
      first(FOLDER_MIME, ROLE.folder, t.code);
    if (!folder) {
      folder = port.drive.createFolder(safeFileName(`${t.code} - ${t.theme}`, 90), root.id, {
        [APP.sheet]: sheetId,
        [APP.role]: ROLE.folder,
        [APP.code]: t.code,
      });
      created.push(folder.name);
    }
    props.folders.set(t.code, folder.id);
  }
  props.owner = access.me.id;
  props.ownerEmail = access.me.email;
  port.store.setDocJson(key, toStored(props));
  return {
    props,
    scratch: files.filter((f) => role(f) === ROLE.scratch),
    created,
    missingImages: read.images?.missing ?? [],
  };
}

/** Removes scratch documents (best effort: a failure leaves one for the next batch to remove). */
export function removeScratch(port: Port, files: readonly DriveFile[]): void {
  for (const f of files) {
    try {
      port.drive.remove(f.id);
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
 * "Buat Template": the three templates, the root folder and a folder per training of `Kegiatan`. When the recorded set
 * is another admin's (or unreachable), nothing is made unless `confirmOwn`: the state carries the message instead.
 */
export function createTemplates(port: Port, opts: { confirmOwn?: boolean } = {}): CreateTemplatesResult {
  const { wb } = loadWorkbook(port, ['trainings', 'settings']);
  let setup: DriveSetup;
  try {
    setup = ensureDrive(port, wb.trainings, CERT_KINDS, {
      confirmOwn: opts.confirmOwn === true,
      design: wb.settings.certificateLook.design,
      withImages: true,
    });
  } catch (e) {
    if (!(e instanceof OwnTemplatesNeeded)) throw e;
    const a = templateAccess(port);
    return { state: templatesState(a.foreign ?? a.props, e.message), created: [], message: e.message };
  }
  const state = templatesState(setup.props);
  const message = [
    setup.created.length ? T.created(setup.created) : T.nothingNew,
    ...setup.missingImages.map(IT.missing),
  ].join(' ');
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
export function openBatch(port: Port, root: string, rows: readonly LedgerRow[]): void {
  const me = port.store.adminIdentity();
  const mark: BatchMark = {
    owner: me.id,
    email: me.email,
    root,
    rows: ranges(rows.map((r) => r.sheetRow ?? 0).filter((n) => n > 0)),
  };
  port.store.setDocJson(PROP_BATCH, mark);
}

/** After the batch wrote the ledger. */
export function closeBatch(port: Port): void {
  port.store.setDoc(PROP_BATCH, null);
}

/**
 * Rows a batch with other files (another admin's, or this admin's old Cloud project) started and never recorded:
 * their PDFs may exist where this run cannot look, so continuing them could make a second PDF. Null when none.
 */
export function unfinishedElsewhere(
  port: Port,
  rows: readonly LedgerRow[],
  root: string | null,
): string | null {
  const mark = port.store.getDocJson<BatchMark>(PROP_BATCH);
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
  if (mark.owner === port.store.adminIdentity().id) return T.elsewhereOwn(list);
  return T.elsewhereOther(list, mark.email || T.otherAdmin);
}
