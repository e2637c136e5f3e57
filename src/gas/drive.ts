// The Drive advanced service v3 under drive.file (files the add-on created): folders, copies, PDFs, look-ups by
// appProperties. DriveApp is never used: it forces the restricted full `drive` scope (DESIGN §2.1).
// drive.file is per user and per OAuth client, so this module also says who the add-on acts for (adminIdentity).

import { DOC_MIME, type DriveFile, FOLDER_MIME, PDF_MIME } from '../features/port/files';
import { getUserProperty, setUserProperty } from './properties';

export { DOC_MIME, FOLDER_MIME, PDF_MIME };

/** The file fields the add-on asks for (the drive port's file record). */
export type DriveFileInfo = DriveFile;

type Resource = Record<string, unknown>;

/** The subset of the v3 advanced service the add-on calls (the @types package describes v2 names). */
interface DriveV3 {
  Files: {
    create(
      resource: Resource,
      mediaData?: GoogleAppsScript.Base.BlobSource | null,
      optionalArgs?: Resource,
    ): DriveFileInfo;
    copy(resource: Resource, fileId: string, optionalArgs?: Resource): DriveFileInfo;
    get(fileId: string, optionalArgs?: Resource): DriveFileInfo;
    list(optionalArgs?: Resource): { files?: DriveFileInfo[]; nextPageToken?: string };
    remove(fileId: string): void;
    update(
      resource: Resource,
      fileId: string,
      mediaData?: GoogleAppsScript.Base.Blob | null,
      optionalArgs?: Resource,
    ): DriveFileInfo;
  };
  Permissions: {
    create(resource: Resource, fileId: string, optionalArgs?: Resource): { id?: string };
  };
}

const FIELDS = 'id,name,mimeType,trashed,parents,appProperties,webViewLink,modifiedTime';

function api(): DriveV3 {
  return Drive as unknown as DriveV3;
}

/** A string literal inside a Drive query: `\` and `'` escaped. */
export function q(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Every file matching a query (pages of 1000, so one call for most folders). */
export function listFiles(query: string): DriveFileInfo[] {
  const out: DriveFileInfo[] = [];
  let pageToken: string | undefined;
  do {
    const args: Resource = { q: query, pageSize: 1000, fields: `nextPageToken,files(${FIELDS})` };
    if (pageToken) args.pageToken = pageToken;
    const page = api().Files.list(args);
    out.push(...(page.files ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return out;
}

export function createFolder(
  name: string,
  parent: string | null,
  appProperties: Record<string, string>,
): DriveFileInfo {
  return api().Files.create(
    { name, mimeType: FOLDER_MIME, parents: parent ? [parent] : undefined, appProperties },
    null,
    { fields: FIELDS },
  );
}

/** An empty Google Doc in a folder (counts as one "document created"). */
export function createDocFile(
  name: string,
  parent: string,
  appProperties: Record<string, string>,
): DriveFileInfo {
  return api().Files.create({ name, mimeType: DOC_MIME, parents: [parent], appProperties }, null, {
    fields: FIELDS,
  });
}

export function copyFile(
  id: string,
  name: string,
  parent: string | null,
  appProperties: Record<string, string | null>,
): DriveFileInfo {
  // a copy inherits the source's appProperties; null removes one (the template's role must not follow)
  const resource: Resource = { name, appProperties };
  if (parent) resource.parents = [parent];
  return api().Files.copy(resource, id, { fields: FIELDS });
}

/** A file of the blob's content (a PDF, a ZIP, an uploaded image) saved in a folder: files.create with the blob. */
export function createFromBlob(
  blob: GoogleAppsScript.Base.Blob,
  name: string,
  mimeType: string,
  parent: string,
  appProperties: Record<string, string>,
  id?: string,
): DriveFileInfo {
  const resource = { name, mimeType, parents: [parent], appProperties, ...(id ? { id } : {}) };
  return api().Files.create(resource, blob, { fields: FIELDS });
}

/** Ids for files not made yet (Drive v3 files.generateIds): a file created with one keeps it, so its link is known. */
export function reserveFileIds(count: number): string[] {
  const r = (api().Files as unknown as { generateIds(a: object): { ids?: string[] } }).generateIds({
    count,
    space: 'drive',
    type: 'files',
  });
  return r.ids ?? [];
}

/** A file of the given bytes (an uploaded image): Apps Script's bytes are Java's, signed (-128..127). */
export function createFileFromBytes(
  bytes: Uint8Array,
  mimeType: string,
  name: string,
  parent: string,
  appProperties: Record<string, string>,
): DriveFileInfo {
  const signed = Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
  return createFromBlob(Utilities.newBlob(signed, mimeType, name), name, mimeType, parent, appProperties);
}

/** The file if the add-on can see it (as this user, through this Cloud project), else null (Google's 404). */
export function getFile(id: string): DriveFileInfo | null {
  try {
    return api().Files.get(id, { fields: FIELDS });
  } catch (e) {
    if (/File not found/i.test(String((e as Error)?.message ?? e))) return null;
    throw e;
  }
}

/** Who the add-on runs as: a stable id (kept in this user's own user properties) and the email when Google gives it. */
export interface AdminIdentity {
  id: string;
  /** '' when security policy hides it (User.getEmail may be blank). */
  email: string;
}

const ADMIN_ID = 'douasn.adminId';

/** Globals live for one execution only, so this is asked of Google once per execution at most. */
let identity: AdminIdentity | null = null;

/**
 * drive.file grants are per user: the files an admin's runs create are visible to that admin only. The id lives in
 * user properties (per user, per script), so it is stable even when the email is not available.
 */
export function adminIdentity(): AdminIdentity {
  if (identity) return identity;
  let id = getUserProperty(ADMIN_ID);
  if (!id) {
    id = Utilities.getUuid();
    setUserProperty(ADMIN_ID, id);
  }
  let email = '';
  try {
    email = Session.getEffectiveUser().getEmail() || '';
  } catch {
    // without the userinfo.email scope or under a security policy the email is not given
  }
  identity = { id, email };
  return identity;
}

/** Renames a file and patches its appProperties (files.update; null removes a property). */
export function updateFile(
  id: string,
  patch: { name?: string; appProperties?: Record<string, string | null> },
): DriveFileInfo {
  const resource: Resource = {};
  if (patch.name !== undefined) resource.name = patch.name;
  if (patch.appProperties) resource.appProperties = patch.appProperties;
  return api().Files.update(resource, id, null, { fields: FIELDS });
}

/**
 * Replaces a file's content (one files.update with media; the file keeps its id, name and link) and patches its
 * appProperties: an export the add-on made, written again when its bytes changed.
 */
export function replaceFileContent(
  id: string,
  bytes: Uint8Array,
  mimeType: string,
  appProperties: Record<string, string | null>,
): DriveFileInfo {
  const signed = Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
  return api().Files.update({ appProperties }, id, Utilities.newBlob(signed, mimeType), { fields: FIELDS });
}

/** Moves a file to the trash (the live self-test: how a trashed file is listed). */
export function trashFile(id: string): DriveFileInfo {
  return api().Files.update({ trashed: true }, id, null, { fields: FIELDS });
}

/**
 * The content of a file the add-on made (a certificate's stored PDF), or null when this user cannot see it any more
 * (Google's 404: deleted, or made by another admin). Drive REST `files.get` with `alt=media`, authorised by the
 * script's own token: under drive.file it reaches exactly the files the add-on created (emulator fidelity row
 * "UrlFetchApp"). The advanced service is not used for this: what it returns for `alt=media` is not documented.
 */
export function downloadFile(id: string): GoogleAppsScript.Base.Blob | null {
  const res = UrlFetchApp.fetch(
    `https://www.googleapis.com/drive/v3/files/${encodeURIComponent(id)}?alt=media`,
    {
      headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
      muteHttpExceptions: true,
    },
  );
  const code = res.getResponseCode();
  if (code === 404) return null;
  if (code !== 200) throw new Error(`Drive download failed (${code}): ${res.getContentText().slice(0, 200)}`);
  return res.getBlob();
}

/**
 * Shares a file the add-on made "anyone with the link can view" (permissions.create, type anyone, role reader, not
 * discoverable by search). A Workspace domain may forbid it: Google then throws (the caller says so plainly).
 */
export function shareByLink(id: string): void {
  api().Permissions.create({ type: 'anyone', role: 'reader', allowFileDiscovery: false }, id, {
    fields: 'id',
  });
}

export function removeFile(id: string): void {
  api().Files.remove(id);
}
