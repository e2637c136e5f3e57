// The images the admin uploads from the panel for the certificate templates (issue 12 item 4): a logo and a
// signature or stamp. Checked here by their bytes (PNG or JPEG, at most 2 MB), stored as files in the add-on's root
// folder (so drive.file reaches them), recorded beside the admin's templates; "Buat Template" prints them.

import { safeFileName } from '../core/certificates';
import { BlockedError } from '../core/errors';
import { base64Size, decodeBase64, IMAGE_MAX_BYTES, imageInfo } from '../core/imageFile';
import type { CertImageInfo, CertImagesState } from '../shared/rpc';
import { CERT_IMAGES_TEXT as T } from '../text/id/certImages';
import type { Port } from './port';
import {
  APP,
  ensureDrive,
  type ImageRole,
  imageRole,
  imagesKey,
  type StoredImage,
  storedImages,
  templateAccess,
} from './templates';

export interface ImageUpload {
  /** Which image (null: the call did not say; refused in plain words). */
  role: ImageRole | null;
  /** The file's name on the admin's computer. */
  name: string;
  /** The type the browser gave (checked against the bytes). */
  mimeType: string;
  /** The file's content, standard base64 (a data: URL's prefix already removed). */
  base64: string;
}

/** A refusal of an uploaded file: a sentence the admin can act on. */
export class ImageRefused extends BlockedError {}

const KIND_NAME = { png: 'PNG', jpeg: 'JPEG' } as const;

/** What the name's extension or the browser's type says the file is (null: it says nothing). */
function claimedKind(name: string, mimeType: string): 'png' | 'jpeg' | 'other' | null {
  const m = mimeType.toLowerCase();
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const of = (s: string) =>
    s === 'png' || s === 'image/png'
      ? 'png'
      : s === 'jpg' || s === 'jpeg' || s === 'image/jpeg'
        ? 'jpeg'
        : s
          ? 'other'
          : null;
  const byType = of(m);
  const byName = of(ext);
  if (byType && byName && byType !== byName) return 'other';
  return byType ?? byName;
}

/** Checks the file by its bytes; the decoded bytes and what they are, or an ImageRefused. */
export function checkImage(u: ImageUpload) {
  const name = u.name || T.unnamed;
  const size = base64Size(u.base64);
  if (size === 0) throw new ImageRefused(T.empty);
  if (size !== null && size > IMAGE_MAX_BYTES)
    throw new ImageRefused(T.tooLarge(name, size, IMAGE_MAX_BYTES));
  const bytes = decodeBase64(u.base64);
  const info = bytes ? imageInfo(bytes) : null;
  if (!bytes || !info) throw new ImageRefused(T.notImage(name));
  const claimed = claimedKind(name, u.mimeType);
  if (claimed !== null && claimed !== info.kind)
    throw new ImageRefused(
      T.mismatch(name, claimed === 'other' ? T.otherKind : KIND_NAME[claimed], KIND_NAME[info.kind]),
    );
  return { bytes, info };
}

function stateOf(port: Port): CertImagesState {
  const a = templateAccess(port);
  const stored = storedImages(port, a);
  const info = (s: StoredImage | undefined): CertImageInfo | null =>
    s ? { name: s.name, size: s.size, url: `https://drive.google.com/file/d/${s.id}/view` } : null;
  return {
    logo: info(stored.logo),
    signature: info(stored.signature),
    templatesExist: Boolean(a.props.certificate || a.props.charter),
  };
}

/** The panel's view of the uploaded images, from document properties alone (no Drive call). */
export function certificateImages(port: Port): CertImagesState {
  return stateOf(port);
}

/**
 * Stores an uploaded image: checked by its bytes, saved in the root folder (made when missing) with appProperties
 * (role, spreadsheet), recorded; the previous file of that role is removed only after the new one exists (also one
 * left behind by a cut-off upload, found by its appProperties).
 */
export function uploadCertificateImage(port: Port, u: ImageUpload): CertImagesState & { message: string } {
  const role = u.role;
  if (!role) throw new ImageRefused(T.noRole);
  const { bytes, info } = checkImage(u);
  const sheetId = port.workbook.spreadsheetId();
  const root = ensureDrive(port, [], []).props.root as string;
  const a = templateAccess(port);
  const file = port.drive.createFile(
    bytes,
    info.mimeType,
    safeFileName(T.fileName(role, u.name || T.unnamed), 100),
    root,
    { [APP.sheet]: sheetId, [APP.role]: imageRole(role) },
  );
  const stored = storedImages(port, a);
  stored[role] = {
    id: file.id,
    name: u.name || T.unnamed,
    size: bytes.length,
    mimeType: info.mimeType,
    width: info.width,
    height: info.height,
  };
  port.store.setDocJson(imagesKey(a), stored);
  for (const old of port.drive.withAppProperty(APP.sheet, sheetId)) {
    if (old.id === file.id || old.appProperties?.[APP.role] !== imageRole(role)) continue;
    removeQuietly(port, old.id);
  }
  const state = stateOf(port);
  const message = [T.stored(role), state.templatesExist ? T.templatesExist : ''].filter(Boolean).join(' ');
  return { ...state, message };
}

/** Removes the uploaded image of `role` (its file and its record); templates already made keep theirs. */
export function removeCertificateImage(port: Port, role: ImageRole): CertImagesState & { message: string } {
  const a = templateAccess(port);
  const stored = storedImages(port, a);
  const s = stored[role];
  if (!s) return { ...stateOf(port), message: T.nothingToRemove(role) };
  delete stored[role];
  port.store.setDocJson(imagesKey(a), stored);
  removeQuietly(port, s.id);
  return { ...stateOf(port), message: T.removed(role) };
}

/** Best effort: a file already gone (or removed by the admin) is no failure. */
function removeQuietly(port: Port, id: string): void {
  try {
    port.drive.remove(id);
  } catch {
    // already gone
  }
}
