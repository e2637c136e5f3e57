// The in-memory Drive and the Drive advanced service v3 (`Drive.Files.*`) as seen under the drive.file scope.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeBlob, isFakeBlob, isPlainObject, MIME_TYPE } from './base';
import { type DocModel, newDocModel, newParagraph, renderPdf } from './pdf';
import { COST_MODEL, type Runtime } from './runtime';

export const DOC_MIME = MIME_TYPE.GOOGLE_DOCS;
export const FOLDER_MIME = MIME_TYPE.FOLDER;

/** One file in the emulated Drive. `doc` is the saved content of a Google Doc; `content` the bytes of others. */
export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  appProperties: Record<string, string>;
  properties: Record<string, string>;
  description: string | null;
  createdTime: string;
  modifiedTime: string;
  content: Uint8Array | null;
  doc: DocModel | null;
  /** Created by this app (through its OAuth client): visible under drive.file to `creator` in `project`. */
  createdByApp: boolean;
  /** The user whose Drive holds the file (who created it; for external files someone else by default). */
  owner: string;
  /** The user who created it through the add-on (drive.file grant), or '' for files the add-on did not make. */
  creator: string;
  /** The Cloud project (OAuth client) the add-on ran under when it created the file. */
  project: string;
  /** Users the file was shared with in Drive (a folder's sharing reaches everything below it). */
  sharedWith: string[];
  /** "Anyone with the link" permission's role, if one was created (Drive.Permissions.create, type anyone). */
  anyoneRole?: 'reader' | 'commenter' | 'writer';
}

/** Default user and Cloud project of a Drive made without an environment. */
export const DEFAULT_USER = 'admin@example.go.id';
export const DEFAULT_PROJECT = 'default';
/** Owner of `_createExternalFile` files unless given: not the running user, so neither Drive nor DocumentApp sees them. */
export const EXTERNAL_OWNER = 'pemilik.lain@example.go.id';

/** Fields of the v3 File resource; selecting anything else is `Invalid field selection`. */
const FILE_FIELDS = new Set([
  'kind',
  'id',
  'name',
  'mimeType',
  'parents',
  'trashed',
  'explicitlyTrashed',
  'appProperties',
  'properties',
  'description',
  'createdTime',
  'modifiedTime',
  'webViewLink',
  'webContentLink',
  'size',
  'starred',
  'fileExtension',
  'fullFileExtension',
  'originalFilename',
  'iconLink',
  'thumbnailLink',
  'version',
  'owners',
  'capabilities',
  'permissions',
  'permissionIds',
  'shared',
  'ownedByMe',
  'driveId',
  'md5Checksum',
  'headRevisionId',
  'lastModifyingUser',
  'viewedByMeTime',
  'modifiedByMeTime',
  'folderColorRgb',
  'spaces',
  'resourceKey',
  'exportLinks',
  'shortcutDetails',
  'contentRestrictions',
  'labelInfo',
]);
const LIST_FIELDS = new Set(['kind', 'files', 'nextPageToken', 'incompleteSearch']);

/** Google's advanced-service error: `GoogleJsonResponseException: API call to drive.files.X failed with error: …`. */
export function driveError(method: string, message: string, code = 404): Error {
  const e = new Error(`API call to drive.files.${method} failed with error: ${message}`);
  e.name = 'GoogleJsonResponseException';
  (e as Error & { details?: unknown }).details = { code, message };
  return e;
}

// ---------- field masks ----------

type Mask = Map<string, Mask | true>;

function parseMask(text: string, method: string): Mask {
  let i = 0;
  const s = text.replace(/\s+/g, '');
  const parseList = (): Mask => {
    const m: Mask = new Map();
    while (i < s.length && s[i] !== ')') {
      let name = '';
      while (i < s.length && /[A-Za-z0-9_*]/.test(s[i])) name += s[i++];
      if (!name) throw driveError(method, `Invalid field selection ${s.slice(i)}`, 400);
      let sub: Mask | true = true;
      if (s[i] === '/') {
        i++;
        sub = parseList1();
      } else if (s[i] === '(') {
        i++;
        sub = parseList();
        if (s[i] !== ')') throw driveError(method, `Invalid field selection ${text}`, 400);
        i++;
      }
      const prev = m.get(name);
      m.set(name, prev && prev !== true && sub !== true ? new Map([...prev, ...sub]) : sub);
      if (s[i] === ',') i++;
      else break;
    }
    return m;
  };
  // a/b/c selects one path: parse a single item as a list of one
  const parseList1 = (): Mask => {
    const m: Mask = new Map();
    let name = '';
    while (i < s.length && /[A-Za-z0-9_*]/.test(s[i])) name += s[i++];
    if (!name) throw driveError(method, `Invalid field selection ${text}`, 400);
    if (s[i] === '/') {
      i++;
      m.set(name, parseList1());
    } else if (s[i] === '(') {
      i++;
      m.set(name, parseList());
      i++;
    } else m.set(name, true);
    return m;
  };
  const mask = parseList();
  if (i !== s.length) throw driveError(method, `Invalid field selection ${text}`, 400);
  return mask;
}

function checkFileMask(mask: Mask | true, method: string): void {
  if (mask === true) return;
  for (const k of mask.keys()) {
    if (k !== '*' && !FILE_FIELDS.has(k)) throw driveError(method, `Invalid field selection ${k}`, 400);
  }
}

function project(obj: Record<string, unknown>, mask: Mask | true): Record<string, unknown> {
  if (mask === true || mask.has('*')) return obj;
  const out: Record<string, unknown> = {};
  for (const [k, sub] of mask) {
    if (!(k in obj) || obj[k] === undefined) continue;
    const v = obj[k];
    if (sub === true || v === null || typeof v !== 'object') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.map((x) => (isPlainObject(x) ? project(x, sub) : x));
    else out[k] = project(v as Record<string, unknown>, sub);
  }
  return out;
}

const DEFAULT_FILE_MASK: Mask = new Map([
  ['kind', true],
  ['id', true],
  ['name', true],
  ['mimeType', true],
]);

// ---------- search queries (the `q` of files.list) ----------

type Pred = (f: DriveFile) => boolean;

interface Tok {
  t: 'str' | 'word' | 'op' | 'punct';
  v: string;
}

function tokenize(q: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= q.length) throw new Error('unterminated string');
        const d = q[i];
        if (d === '\\' && i + 1 < q.length) {
          v += q[i + 1];
          i += 2;
        } else if (d === "'") {
          i++;
          break;
        } else {
          v += d;
          i++;
        }
      }
      out.push({ t: 'str', v });
    } else if (c === '(' || c === ')' || c === '{' || c === '}') {
      out.push({ t: 'punct', v: c });
      i++;
    } else if (/[=!<>]/.test(c)) {
      const two = q.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=') {
        out.push({ t: 'op', v: two });
        i += 2;
      } else if (c === '=' || c === '<' || c === '>') {
        out.push({ t: 'op', v: c });
        i++;
      } else throw new Error(`bad operator at ${i}`);
    } else if (/[A-Za-z_]/.test(c)) {
      let v = '';
      while (i < q.length && /[A-Za-z0-9_.]/.test(q[i])) v += q[i++];
      out.push({ t: 'word', v });
    } else throw new Error(`unexpected ${c}`);
  }
  return out;
}

/**
 * Parses the supported subset of Drive's query language: name (=, !=, contains), mimeType (=, !=),
 * trashed (=, !=), '<id>' in parents, appProperties/properties has { key='k' and value='v' },
 * createdTime/modifiedTime comparisons; joined with and / or / not and parentheses.
 */
export function parseDriveQuery(q: string, resolveId: (id: string) => string): Pred {
  const toks = tokenize(q);
  let i = 0;
  const peek = () => toks[i];
  const next = () => {
    const t = toks[i++];
    if (!t) throw new Error('unexpected end');
    return t;
  };
  const expectWord = (w: string) => {
    const t = next();
    if (t.t !== 'word' || t.v.toLowerCase() !== w) throw new Error(`expected ${w}`);
  };
  const expectStr = () => {
    const t = next();
    if (t.t !== 'str') throw new Error('expected a quoted string');
    return t.v;
  };
  const isWord = (t: Tok | undefined, w: string) => t?.t === 'word' && t.v.toLowerCase() === w;

  const orExpr = (): Pred => {
    let p = andExpr();
    while (isWord(peek(), 'or')) {
      i++;
      const a = p;
      const b = andExpr();
      p = (f) => a(f) || b(f);
    }
    return p;
  };
  const andExpr = (): Pred => {
    let p = unary();
    while (isWord(peek(), 'and')) {
      i++;
      const a = p;
      const b = unary();
      p = (f) => a(f) && b(f);
    }
    return p;
  };
  const unary = (): Pred => {
    const t = peek();
    if (isWord(t, 'not')) {
      i++;
      const p = unary();
      return (f) => !p(f);
    }
    if (t?.t === 'punct' && t.v === '(') {
      i++;
      const p = orExpr();
      const c = next();
      if (c.t !== 'punct' || c.v !== ')') throw new Error('expected )');
      return p;
    }
    return term();
  };
  const term = (): Pred => {
    const t = next();
    if (t.t === 'str') {
      expectWord('in');
      const field = next();
      if (field.t !== 'word' || field.v !== 'parents') throw new Error('only parents supports in');
      const id = resolveId(t.v);
      return (f) => f.parents.includes(id);
    }
    if (t.t !== 'word') throw new Error('expected a query term');
    const field = t.v;
    if (field === 'appProperties' || field === 'properties') {
      expectWord('has');
      const open = next();
      if (open.t !== 'punct' || open.v !== '{') throw new Error('expected {');
      expectWord('key');
      if (next().v !== '=') throw new Error('expected =');
      const key = expectStr();
      expectWord('and');
      expectWord('value');
      if (next().v !== '=') throw new Error('expected =');
      const value = expectStr();
      const close = next();
      if (close.t !== 'punct' || close.v !== '}') throw new Error('expected }');
      return (f) => (field === 'appProperties' ? f.appProperties : f.properties)[key] === value;
    }
    const op = next();
    if (field === 'name') {
      const v = expectStr();
      if (op.v === '=') return (f) => f.name === v;
      if (op.v === '!=') return (f) => f.name !== v;
      // Drive: "The contains operator only performs prefix matching for a name term."
      if (op.t === 'word' && op.v === 'contains') return (f) => f.name.startsWith(v);
      throw new Error('bad name operator');
    }
    if (field === 'mimeType') {
      const v = expectStr();
      if (op.v === '=') return (f) => f.mimeType === v;
      if (op.v === '!=') return (f) => f.mimeType !== v;
      throw new Error('bad mimeType operator');
    }
    if (field === 'trashed' || field === 'starred') {
      const w = next();
      if (w.t !== 'word' || (w.v !== 'true' && w.v !== 'false')) throw new Error('expected true/false');
      const b = w.v === 'true';
      const get = (f: DriveFile) => (field === 'trashed' ? f.trashed : false);
      if (op.v === '=') return (f) => get(f) === b;
      if (op.v === '!=') return (f) => get(f) !== b;
      throw new Error('bad boolean operator');
    }
    if (field === 'createdTime' || field === 'modifiedTime') {
      const v = Date.parse(expectStr());
      if (Number.isNaN(v)) throw new Error('bad date');
      const get = (f: DriveFile) => Date.parse(field === 'createdTime' ? f.createdTime : f.modifiedTime);
      const cmp: Record<string, (a: number) => boolean> = {
        '=': (a) => a === v,
        '!=': (a) => a !== v,
        '<': (a) => a < v,
        '<=': (a) => a <= v,
        '>': (a) => a > v,
        '>=': (a) => a >= v,
      };
      const c = cmp[op.v];
      if (!c) throw new Error('bad date operator');
      return (f) => c(get(f));
    }
    throw new Error(`unsupported query term ${field}`);
  };
  if (toks.length === 0) return () => true;
  const pred = orExpr();
  if (i !== toks.length) throw new Error('trailing input');
  return pred;
}

// ---------- the Drive ----------

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export interface DriveOptions {
  /** Files younger than this are not yet found by files.list (search index lag; 0 = immediate). */
  searchIndexLagMs?: number;
  /** Seed for deterministic file ids. */
  idSeed?: number;
  /** The user the current execution runs as (default admin@example.go.id). */
  user?: () => string;
  /** The Cloud project (OAuth client) the script runs under (default 'default'). */
  project?: () => string;
}

/** Pieces of a file resource a caller may write. */
interface FileResource {
  name?: unknown;
  mimeType?: unknown;
  parents?: unknown;
  trashed?: unknown;
  appProperties?: unknown;
  properties?: unknown;
  description?: unknown;
}

function readBlob(blob: unknown): { bytes: Uint8Array; contentType: string | null; name: string | null } {
  if (isFakeBlob(blob)) {
    const m = blob._meta();
    return { bytes: blob._bytes(), contentType: m.contentType, name: m.name };
  }
  const b = blob as {
    getBytes?: () => number[];
    getContentType?: () => string | null;
    getName?: () => string | null;
    getBlob?: () => unknown;
  };
  if (b && typeof b.getBytes !== 'function' && typeof b.getBlob === 'function') return readBlob(b.getBlob());
  if (!b || typeof b.getBytes !== 'function') throw new Error('Invalid argument: mediaData');
  const raw = b.getBytes();
  const bytes = new Uint8Array(raw.length);
  for (let k = 0; k < raw.length; k++) bytes[k] = Number(raw[k]) & 0xff;
  return { bytes, contentType: b.getContentType?.() ?? null, name: b.getName?.() ?? null };
}

/** Apps Script runs in the script's realm: copy a resource's string map without trusting its prototype. */
function stringMap(v: unknown, what: string, method: string): Record<string, string | null> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw driveError(method, `Invalid value for ${what}`, 400);
  const out: Record<string, string | null> = {};
  for (const [k, val] of Object.entries(v as Record<string, unknown>))
    out[k] = val === null ? null : String(val);
  return out;
}

/** Drive: "Maximum of 124 bytes size per property (including both key and value)". */
function applyProps(
  target: Record<string, string>,
  patch: Record<string, string | null>,
  method: string,
): void {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete target[k];
    else {
      if (Buffer.byteLength(k + v, 'utf8') > 124) {
        throw driveError(method, `The property "${k}" exceeds the maximum size of 124 bytes.`, 400);
      }
      target[k] = v;
    }
  }
}

function parentsOf(v: unknown, method: string): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw driveError(method, 'Invalid value for parents', 400);
  return v.map((x) => String(x));
}

/** The emulated Drive: storage, visibility under drive.file, and the advanced service object `api`. */
export class EmulatedDrive {
  private readonly files = new Map<string, DriveFile>();
  /** Picker grants: `<user> <project> <fileId>`. */
  private readonly granted = new Set<string>();
  /** Each user's My Drive folder id. */
  private readonly roots = new Map<string, string>();
  private seq = 0;
  /** My Drive of the first user (the environment's default user). */
  readonly rootId: string;
  readonly user: () => string;
  readonly project: () => string;
  readonly api: ReturnType<EmulatedDrive['makeApi']>;
  readonly searchIndexLagMs: number;
  private readonly idSeed: number;

  constructor(
    private readonly rt: Runtime,
    opts: DriveOptions = {},
  ) {
    this.searchIndexLagMs = opts.searchIndexLagMs ?? 0;
    this.idSeed = opts.idSeed ?? 20261127;
    this.user = opts.user ?? (() => DEFAULT_USER);
    this.project = opts.project ?? (() => DEFAULT_PROJECT);
    this.rootId = this.rootFor(this.user());
    this.api = this.makeApi();
  }

  /** Deterministic ids that look like Drive's (44 characters for Docs editors files, 33 for files and folders). */
  private randomId(len: number): string {
    let x = (this.idSeed ^ Math.imul(++this.seq, 0x9e3779b1)) >>> 0;
    let out = '';
    for (let k = 0; k < len; k++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      out += ID_ALPHABET[x & 63];
    }
    return out;
  }

  /** Ids handed out by files.generateIds and not used yet (files.create accepts only these as `id`). */
  private readonly generated = new Set<string>();

  private generateIds(args?: Record<string, unknown>): Record<string, unknown> {
    const count = args?.count === undefined ? 10 : Number(args.count);
    if (!Number.isInteger(count) || count < 1 || count > 1000)
      throw driveError('generateIds', 'Invalid value for count: must be between 1 and 1000.', 400);
    const space = args?.space === undefined ? 'drive' : String(args.space);
    if (space !== 'drive') throw driveError('generateIds', `Emulator: space ${space} is not modelled`, 400);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = this.newId('application/octet-stream');
      this.generated.add(id);
      ids.push(id);
    }
    return { kind: 'drive#generatedIds', space, ids };
  }

  private newId(mimeType: string): string {
    const editorFile = mimeType.startsWith('application/vnd.google-apps.') && mimeType !== FOLDER_MIME;
    return `1${this.randomId(editorFile ? 43 : 32)}`;
  }

  /** The user's My Drive folder (made on first use; ids as Drive's root ids look). */
  rootFor(user: string): string {
    let id = this.roots.get(user);
    if (!id) {
      id = `0A${this.randomId(17)}Uk9PVA`;
      this.roots.set(user, id);
      const now = this.rt.date().toISOString();
      this.files.set(id, {
        id,
        name: 'My Drive',
        mimeType: FOLDER_MIME,
        parents: [],
        trashed: false,
        appProperties: {},
        properties: {},
        description: null,
        createdTime: now,
        modifiedTime: now,
        content: null,
        doc: null,
        createdByApp: false,
        owner: user,
        creator: '',
        project: '',
        sharedWith: [],
      });
    }
    return id;
  }

  private isRoot(f: DriveFile): boolean {
    return this.roots.get(f.owner) === f.id;
  }

  private resolve(id: string): string {
    return id === 'root' ? this.rootFor(this.user()) : id;
  }

  private grantKey(user: string, project: string, id: string): string {
    return `${user} ${project} ${id}`;
  }

  /**
   * Whether the add-on, running as the current user in the current Cloud project, may see the file under
   * drive.file: the user created it through this OAuth client, or picked it with this client's Picker.
   */
  visible(f: DriveFile, user = this.user(), project = this.project()): boolean {
    if (this.isRoot(f)) return f.owner === user;
    if (f.createdByApp && f.creator === user && f.project === project) return true;
    return this.granted.has(this.grantKey(user, project, f.id));
  }

  /**
   * Whether the user can open the file in Drive at all (owner, shared with them directly or through a folder
   * above it, or picked by them): what DocumentApp under the `documents` scope needs.
   */
  userCanAccess(f: DriveFile, user = this.user()): boolean {
    if (f.owner === user) return true;
    for (const k of this.granted) if (k.startsWith(`${user} `) && k.endsWith(` ${f.id}`)) return true;
    const seen = new Set<string>();
    let cur: DriveFile | undefined = f;
    while (cur && !seen.has(cur.id)) {
      if (cur.sharedWith.includes(user)) return true;
      seen.add(cur.id);
      cur = cur.parents[0] ? this.files.get(cur.parents[0]) : undefined;
    }
    return false;
  }

  /** The file by id if the add-on may see it, else Google's 404. */
  require(id: unknown, method: string): DriveFile {
    const key = this.resolve(String(id));
    const f = this.files.get(key);
    if (!f || !this.visible(f)) throw driveError(method, `File not found: ${String(id)}.`);
    return f;
  }

  private now(): string {
    return this.rt.date().toISOString();
  }

  private checkParents(parents: string[], method: string): string[] {
    if (parents.length > 1) throw driveError(method, 'Increasing the number of parents is not allowed', 403);
    return parents.map((p) => {
      const f = this.require(p, method);
      if (f.mimeType !== FOLDER_MIME) throw driveError(method, `File not found: ${p}.`);
      return f.id;
    });
  }

  /** Adds a file (emulator internal; visibility and costs are the caller's business). */
  addFile(init: Partial<DriveFile> & { name: string; mimeType: string }): DriveFile {
    const now = this.now();
    const byApp = init.createdByApp ?? true;
    const user = this.user();
    const f: DriveFile = {
      id: init.id ?? this.newId(init.mimeType),
      name: init.name,
      mimeType: init.mimeType,
      parents: init.parents ?? [this.rootFor(init.owner ?? (byApp ? user : EXTERNAL_OWNER))],
      trashed: init.trashed ?? false,
      appProperties: init.appProperties ?? {},
      properties: init.properties ?? {},
      description: init.description ?? null,
      createdTime: init.createdTime ?? now,
      modifiedTime: init.modifiedTime ?? now,
      content: init.content ?? null,
      doc: init.doc ?? (init.mimeType === DOC_MIME ? newDocModel() : null),
      createdByApp: byApp,
      owner: init.owner ?? (byApp ? user : EXTERNAL_OWNER),
      creator: byApp ? user : '',
      project: byApp ? this.project() : '',
      sharedWith: init.sharedWith ?? [],
    };
    this.files.set(f.id, f);
    return f;
  }

  /** The v3 File resource of a file (all modelled fields). */
  resource(f: DriveFile): Record<string, unknown> {
    const isDoc = f.mimeType === DOC_MIME;
    const isFolder = f.mimeType === FOLDER_MIME;
    const r: Record<string, unknown> = {
      kind: 'drive#file',
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: [...f.parents],
      trashed: f.trashed,
      explicitlyTrashed: f.trashed,
      starred: false,
      createdTime: f.createdTime,
      modifiedTime: f.modifiedTime,
      webViewLink: isDoc
        ? `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`
        : isFolder
          ? `https://drive.google.com/drive/folders/${f.id}`
          : `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`,
    };
    if (Object.keys(f.appProperties).length) r.appProperties = { ...f.appProperties };
    if (Object.keys(f.properties).length) r.properties = { ...f.properties };
    if (f.description !== null) r.description = f.description;
    if (f.content) {
      r.size = String(f.content.length);
      r.webContentLink = `https://drive.google.com/uc?id=${f.id}&export=download`;
      const ext = /\.([A-Za-z0-9]+)$/.exec(f.name);
      if (ext) {
        r.fileExtension = ext[1];
        r.fullFileExtension = ext[1];
      }
    }
    return r;
  }

  private shape(
    f: DriveFile,
    args: Record<string, unknown> | undefined,
    method: string,
  ): Record<string, unknown> {
    const fields = args?.fields;
    const mask =
      fields === undefined || fields === null || fields === ''
        ? DEFAULT_FILE_MASK
        : parseMask(String(fields), method);
    checkFileMask(mask, method);
    return project(this.resource(f), mask);
  }

  private countDocCreated(mimeType: string): void {
    // Stricter: a Google Doc made through Drive counts against "Documents created" like DocumentApp.create.
    if (mimeType === DOC_MIME) this.rt.consumeQuota('documentsCreated');
  }

  private create(resource: unknown, blob?: unknown, args?: Record<string, unknown>): Record<string, unknown> {
    const method = 'create';
    const res = (resource ?? {}) as FileResource;
    const media = blob === undefined || blob === null ? null : readBlob(blob);
    const mimeType =
      res.mimeType !== undefined && res.mimeType !== null
        ? String(res.mimeType)
        : (media?.contentType ?? 'application/octet-stream');
    const parents = this.checkParents(parentsOf(res.parents, method) ?? [this.rootFor(this.user())], method);
    const appProperties: Record<string, string> = {};
    applyProps(appProperties, stringMap(res.appProperties, 'appProperties', method), method);
    const properties: Record<string, string> = {};
    applyProps(properties, stringMap(res.properties, 'properties', method), method);
    let doc: DocModel | null = null;
    let content: Uint8Array | null = null;
    if (mimeType === DOC_MIME) {
      this.countDocCreated(mimeType);
      doc = newDocModel();
      if (media) {
        // Upload-and-convert is modelled for plain text only: one paragraph per line.
        if (!/^text\//.test(media.contentType ?? '')) {
          throw driveError(
            method,
            `Emulator: converting ${media.contentType} to a Google Doc is not modelled`,
            400,
          );
        }
        this.rt.consumeQuota('filesConverted');
        const lines = Buffer.from(media.bytes).toString('utf8').split(/\r?\n/);
        doc.body.children = lines.map((l) => newParagraph(l));
      }
    } else if (mimeType === FOLDER_MIME) {
      if (media) throw driveError(method, 'A folder cannot have content.', 400);
    } else if (media) {
      content = media.bytes;
    } else if (mimeType.startsWith('application/vnd.google-apps.')) {
      throw driveError(method, `Emulator: creating ${mimeType} through Drive is not modelled`, 400);
    } else {
      content = new Uint8Array(0);
    }
    // an id of the caller's: only one files.generateIds gave and no file has taken (stricter than Drive, which also
    // accepts some ids it did not generate: the add-on never relies on that)
    const given = (res as { id?: unknown }).id;
    if (given !== undefined && given !== null) {
      if (!this.generated.has(String(given)))
        throw driveError(method, 'The provided file ID is not usable.', 400);
      this.generated.delete(String(given));
    }
    const f = this.addFile({
      ...(given !== undefined && given !== null ? { id: String(given) } : {}),
      name: res.name !== undefined && res.name !== null ? String(res.name) : (media?.name ?? 'Untitled'),
      mimeType,
      parents,
      appProperties,
      properties,
      description: res.description === undefined || res.description === null ? null : String(res.description),
      doc,
      content,
      createdByApp: true,
    });
    return this.shape(f, args, method);
  }

  private copy(resource: unknown, fileId: unknown, args?: Record<string, unknown>): Record<string, unknown> {
    const method = 'copy';
    const src = this.require(fileId, method);
    if (src.mimeType === FOLDER_MIME)
      throw driveError(method, 'This file cannot be copied by the user.', 403);
    const res = (resource ?? {}) as FileResource;
    // v3: without parents the copy "inherits any discoverable parents of the source file".
    const explicit = parentsOf(res.parents, method);
    const parents = explicit
      ? this.checkParents(explicit, method)
      : (() => {
          const seen = src.parents.filter((p) => {
            const pf = this.files.get(p);
            return pf && this.visible(pf);
          });
          return seen.length ? [seen[0]] : [this.rootFor(this.user())];
        })();
    const appProperties = { ...src.appProperties };
    applyProps(appProperties, stringMap(res.appProperties, 'appProperties', method), method);
    const properties = { ...src.properties };
    applyProps(properties, stringMap(res.properties, 'properties', method), method);
    this.countDocCreated(src.mimeType);
    const f = this.addFile({
      name: res.name !== undefined && res.name !== null ? String(res.name) : `Copy of ${src.name}`,
      mimeType: src.mimeType,
      parents,
      appProperties,
      properties,
      description: res.description !== undefined ? String(res.description) : src.description,
      content: src.content ? new Uint8Array(src.content) : null,
      doc: src.doc ? structuredClone(src.doc) : null,
      createdByApp: true,
    });
    return this.shape(f, args, method);
  }

  private get(fileId: unknown, args?: Record<string, unknown>): Record<string, unknown> {
    const method = 'get';
    const f = this.require(fileId, method);
    if (args?.alt === 'media') {
      throw driveError(method, 'Emulator: alt=media is not modelled; use Drive._get(id) in tests', 400);
    }
    return this.shape(f, args, method);
  }

  private list(args?: Record<string, unknown>): Record<string, unknown> {
    const method = 'list';
    const a = args ?? {};
    let pred: Pred;
    try {
      pred = parseDriveQuery(a.q === undefined || a.q === null ? '' : String(a.q), (id) => this.resolve(id));
    } catch {
      throw driveError(method, 'Invalid Value', 400);
    }
    const pageSize = a.pageSize === undefined ? 100 : Number(a.pageSize);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
      throw driveError(method, 'Invalid Value', 400);
    let offset = 0;
    if (a.pageToken !== undefined && a.pageToken !== null && a.pageToken !== '') {
      const m = /^emu-page-(\d+)$/.exec(String(a.pageToken));
      if (!m) throw driveError(method, 'Invalid Value', 400);
      offset = Number(m[1]);
    }
    const cutoff = this.rt.now - this.searchIndexLagMs;
    const hits = [...this.files.values()].filter(
      (f) => !this.isRoot(f) && this.visible(f) && Date.parse(f.createdTime) <= cutoff && pred(f),
    );
    sortFiles(hits, a.orderBy === undefined || a.orderBy === null ? '' : String(a.orderBy));
    const page = hits.slice(offset, offset + pageSize);
    const full: Record<string, unknown> = {
      kind: 'drive#fileList',
      incompleteSearch: false,
      files: page.map((f) => this.resource(f)),
    };
    if (offset + pageSize < hits.length) full.nextPageToken = `emu-page-${offset + pageSize}`;
    const fields = a.fields;
    let mask: Mask;
    if (fields === undefined || fields === null || fields === '') {
      mask = new Map<string, Mask | true>([
        ['kind', true],
        ['incompleteSearch', true],
        ['nextPageToken', true],
        ['files', DEFAULT_FILE_MASK],
      ]);
    } else {
      mask = parseMask(String(fields), method);
      for (const [k, sub] of mask) {
        if (k !== '*' && !LIST_FIELDS.has(k)) throw driveError(method, `Invalid field selection ${k}`, 400);
        if (k === 'files') checkFileMask(sub, method);
      }
    }
    return project(full, mask);
  }

  private update(
    resource: unknown,
    fileId: unknown,
    blob?: unknown,
    args?: Record<string, unknown>,
  ): Record<string, unknown> {
    const method = 'update';
    const f = this.require(fileId, method);
    const res = (resource ?? {}) as FileResource;
    if (res.parents !== undefined) {
      throw driveError(
        method,
        'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
        403,
      );
    }
    const a = args ?? {};
    const split = (v: unknown) =>
      v === undefined || v === null || v === ''
        ? []
        : String(v)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    const add = split(a.addParents).map((p) => this.require(p, method).id);
    const remove = split(a.removeParents).map((p) => this.resolve(p));
    let parents = f.parents.filter((p) => !remove.includes(p));
    for (const p of add) {
      const pf = this.files.get(p)!;
      if (pf.mimeType !== FOLDER_MIME) throw driveError(method, `File not found: ${p}.`);
      if (!parents.includes(p)) parents = [...parents, p];
    }
    if (parents.length > 1) throw driveError(method, 'Increasing the number of parents is not allowed', 403);
    const media = blob === undefined || blob === null ? null : readBlob(blob);
    if (media && (f.mimeType === DOC_MIME || f.mimeType === FOLDER_MIME)) {
      throw driveError(method, 'Emulator: replacing the content of a Google Docs file is not modelled', 400);
    }
    const appProperties = { ...f.appProperties };
    applyProps(appProperties, stringMap(res.appProperties, 'appProperties', method), method);
    const properties = { ...f.properties };
    applyProps(properties, stringMap(res.properties, 'properties', method), method);
    if (res.name !== undefined && res.name !== null) f.name = String(res.name);
    if (res.trashed !== undefined && res.trashed !== null) f.trashed = res.trashed === true;
    if (res.description !== undefined)
      f.description = res.description === null ? null : String(res.description);
    if (res.mimeType !== undefined && res.mimeType !== null && String(res.mimeType) !== f.mimeType) {
      throw driveError(method, 'Emulator: changing mimeType is not modelled', 400);
    }
    f.appProperties = appProperties;
    f.properties = properties;
    f.parents = parents;
    if (media) f.content = media.bytes;
    f.modifiedTime = this.now();
    return this.shape(f, a, method);
  }

  private remove(fileId: unknown): void {
    const f = this.require(fileId, 'delete');
    if (this.isRoot(f))
      throw driveError('delete', 'The user does not have sufficient permissions for this file.', 403);
    const drop = (id: string) => {
      this.files.delete(id);
      for (const child of [...this.files.values()]) if (child.parents.includes(id)) drop(child.id);
    };
    drop(f.id);
  }

  private makeApi() {
    const rt = this.rt;
    const other = COST_MODEL.driveOther;
    const Files = {
      create: (resource: unknown, mediaData?: unknown, optionalArgs?: Record<string, unknown>) =>
        rt.call(
          'Drive.Files.create',
          mediaData === undefined || mediaData === null ? other : COST_MODEL.driveCreateWithBlob,
          () => this.create(resource, mediaData, optionalArgs),
        ),
      generateIds: (optionalArgs?: Record<string, unknown>) =>
        rt.call('Drive.Files.generateIds', other, () => this.generateIds(optionalArgs)),
      copy: (resource: unknown, fileId: string, optionalArgs?: Record<string, unknown>) =>
        rt.call('Drive.Files.copy', COST_MODEL.driveCopy, () => this.copy(resource, fileId, optionalArgs)),
      get: (fileId: string, optionalArgs?: Record<string, unknown>) =>
        rt.call('Drive.Files.get', other, () => this.get(fileId, optionalArgs)),
      list: (optionalArgs?: Record<string, unknown>) =>
        rt.call('Drive.Files.list', other, () => this.list(optionalArgs)),
      // Only update(resource, fileId[, mediaData[, optionalArgs]]) exists: pass null as mediaData to give
      // addParents/removeParents without content (a plain object there is rejected as media, like Google).
      update: (
        resource: unknown,
        fileId: string,
        mediaData?: unknown,
        optionalArgs?: Record<string, unknown>,
      ) =>
        rt.call(
          'Drive.Files.update',
          mediaData === undefined || mediaData === null ? other : COST_MODEL.driveCreateWithBlob,
          () => this.update(resource, fileId, mediaData, optionalArgs),
        ),
      remove: (fileId: string, _optionalArgs?: Record<string, unknown>) =>
        rt.call('Drive.Files.remove', other, () => this.remove(fileId)),
    };
    const Permissions = {
      create: (resource: unknown, fileId: string, optionalArgs?: Record<string, unknown>) =>
        rt.call('Drive.Permissions.create', other, () =>
          this.createPermission(resource, fileId, optionalArgs),
        ),
    };
    // Emulator-only delegates, so tests and the demo reach the store through the `Drive` global.
    return {
      Files,
      Permissions,
      _files: () => this._files(),
      _get: (id: string) => this._get(id),
      _grantAccess: (id: string) => this._grantAccess(id),
      _grantPickerAccess: (user: string, id: string, project?: string) =>
        this.grantPickerAccess(user, id, project),
      _share: (id: string, user: string) => this.share(id, user),
      _createExternalFile: (init: Parameters<EmulatedDrive['_createExternalFile']>[0]) =>
        this._createExternalFile(init),
      _writeOut: (dir: string, opts?: { docs?: boolean }) => this._writeOut(dir, opts),
      _store: this,
    };
  }

  /**
   * A Workspace domain whose policy forbids sharing outside it (emulator switch): every "anyone" permission is
   * refused. Google's exact answer is not documented (community threads show 400 "Bad Request" and 403): the
   * add-on treats any error of permissions.create as a refusal, so the emulator's wording does not matter.
   */
  refuseAnyoneSharing = false;

  /** permissions.create: only `type: 'anyone'` with a role is modelled (the add-on shares a PDF by link only). */
  private createPermission(
    resource: unknown,
    fileId: unknown,
    args?: Record<string, unknown>,
  ): Record<string, unknown> {
    const method = 'permissions.create';
    const apiError = (message: string, code: number) => {
      const e = new Error(`API call to drive.${method} failed with error: ${message}`);
      (e as Error & { code?: number }).code = code;
      return e;
    };
    const f = this.files.get(this.resolve(String(fileId)));
    if (!f || !this.visible(f)) throw apiError(`File not found: ${String(fileId)}.`, 404);
    const res = (resource ?? {}) as Record<string, unknown>;
    if (res.type !== 'anyone')
      throw new Error(`Emulator: permissions.create of type ${String(res.type)} is not modelled`);
    const role = String(res.role ?? '');
    if (role !== 'reader' && role !== 'commenter' && role !== 'writer')
      throw apiError('The permission role field is required.', 400);
    if (this.refuseAnyoneSharing) throw apiError('Bad Request. User message: ""', 400);
    f.anyoneRole = role;
    const out: Record<string, unknown> = {
      kind: 'drive#permission',
      id: 'anyoneWithLink',
      type: 'anyone',
      role,
    };
    if (args?.fields) {
      const want = String(args.fields)
        .split(',')
        .map((x) => x.trim());
      for (const k of Object.keys(out)) if (!want.includes(k)) delete out[k];
    }
    return out;
  }

  // ---------- emulator-only helpers ----------

  /** Every file of every user, visible or not (the My Drive folders excluded). */
  _files(): DriveFile[] {
    return [...this.files.values()].filter((f) => !this.isRoot(f));
  }

  _get(id: string): DriveFile | undefined {
    return this.files.get(this.resolve(id));
  }

  /** A person deleted the file for good in Drive's web UI (emptied from the trash): it is gone for every caller. */
  _deleteForever(id: string): void {
    this.files.delete(this.resolve(id));
  }

  /** The current user opened this file with the add-on (Picker): visible under drive.file to them, in this project. */
  _grantAccess(id: string): void {
    this.grantPickerAccess(this.user(), id);
  }

  /**
   * The Google Picker: `user` picked the file with this add-on's Picker (in `project`, default the current one).
   * drive.file then lets the add-on see it when it runs as that user in that project; nobody else gains access.
   */
  grantPickerAccess(user: string, id: string, project = this.project()): void {
    this.granted.add(this.grantKey(user, project, this.resolve(id)));
  }

  /** Drive sharing (emulator side, as a person shares in Drive): `user` can then open it, and everything below a folder. */
  share(id: string, user: string): void {
    const f = this.files.get(this.resolve(id));
    if (!f) throw new Error(`[emulator] no file ${id}`);
    if (!f.sharedWith.includes(user)) f.sharedWith.push(user);
  }

  /** A file the add-on did not create, owned by `owner` (default someone else): invisible until `_grantAccess`. */
  _createExternalFile(init: {
    name: string;
    mimeType: string;
    content?: Uint8Array;
    doc?: DocModel;
    parents?: string[];
    owner?: string;
  }): DriveFile {
    return this.addFile({ ...init, createdByApp: false });
  }

  /** Folder path of a file below My Drive, as names. */
  _path(f: DriveFile): string[] {
    const out: string[] = [];
    let p = f.parents[0];
    const seen = new Set<string>();
    while (p && ![...this.roots.values()].includes(p) && !seen.has(p)) {
      seen.add(p);
      const pf = this.files.get(p);
      if (!pf) break;
      out.unshift(pf.name);
      p = pf.parents[0];
    }
    return out;
  }

  /**
   * Writes every untrashed binary file (PDFs…) under `dir`, in folders named like the Drive folders, and
   * each Google Doc as `<name>.gdoc.pdf` rendered from its saved state. Returns the paths written.
   */
  _writeOut(dir: string, opts: { docs?: boolean } = {}): string[] {
    const safe = (s: string) =>
      [...s]
        .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
        .join('')
        .trim() || '_';
    const written: string[] = [];
    for (const f of this._files()) {
      if (f.trashed || f.mimeType === FOLDER_MIME) continue;
      let bytes: Uint8Array | null = f.content;
      let name = f.name;
      if (f.doc) {
        if (!opts.docs) continue;
        bytes = renderPdf(f.doc, { title: f.name, date: new Date(f.modifiedTime) });
        name = `${f.name}.gdoc.pdf`;
      }
      if (!bytes) continue;
      const folder = join(dir, ...this._path(f).map(safe));
      mkdirSync(folder, { recursive: true });
      let path = join(folder, safe(name));
      for (let k = 2; written.includes(path); k++) path = join(folder, `${k}-${safe(name)}`);
      writeFileSync(path, bytes);
      written.push(path);
    }
    return written;
  }

  /** Emulator-only: a FakeBlob of a stored binary file (uncounted). */
  _blob(id: string): FakeBlob | null {
    const f = this._get(id);
    return f?.content ? new FakeBlob(this.rt, f.content, f.mimeType, f.name) : null;
  }
}

function sortFiles(files: DriveFile[], orderBy: string): void {
  const keys = orderBy
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [k, dir] = s.split(/\s+/);
      if (!['name', 'name_natural', 'createdTime', 'modifiedTime', 'folder'].includes(k)) {
        throw driveError('list', 'Invalid Value', 400);
      }
      return { k, desc: dir?.toLowerCase() === 'desc' };
    });
  // No orderBy: Drive's order is unspecified; most recently modified first, so callers can't lean on creation order.
  if (keys.length === 0) keys.push({ k: 'modifiedTime', desc: true });
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  files.sort((a, b) => {
    for (const { k, desc } of keys) {
      let c = 0;
      if (k === 'name') c = a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
      else if (k === 'name_natural') c = collator.compare(a.name, b.name);
      else if (k === 'createdTime') c = Date.parse(a.createdTime) - Date.parse(b.createdTime);
      else if (k === 'modifiedTime') c = Date.parse(a.modifiedTime) - Date.parse(b.modifiedTime);
      else if (k === 'folder') c = Number(b.mimeType === FOLDER_MIME) - Number(a.mimeType === FOLDER_MIME);
      if (c !== 0) return desc ? -c : c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** Creates the emulated Drive; `drive.api` is the advanced service global `Drive`. */
export function createDrive(rt: Runtime, opts: DriveOptions = {}): EmulatedDrive {
  return new EmulatedDrive(rt, opts);
}
