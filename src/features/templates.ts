// "Buat Template": the default Sertifikat and Piagam templates and the output folders (one per training), all made
// by the add-on so drive.file suffices. Their IDs live in document properties; rerunning never duplicates them.

import type { CertKind } from '../core/certificates';
import { safeFileName } from '../core/certificates';
import type { Training } from '../core/model';
import { writeDefaultTemplate } from '../gas/docs';
import {
  createDocFile,
  createFolder,
  DOC_MIME,
  type DriveFileInfo,
  FOLDER_MIME,
  fileLink,
  listFiles,
  q,
  removeFile,
} from '../gas/drive';
import { getDocJson, PROP, setDocJson } from '../gas/properties';
import { activeSpreadsheet } from '../gas/sheets';
import type { TemplateInfo, TemplatesState } from '../shared/rpc';
import { loadWorkbook } from './load';

/** What document properties keep: IDs only (small; 9 KB a value). */
export interface TemplateProps {
  certificate: string | null;
  charter: string | null;
  root: string | null;
  /** Output folder per training code. */
  folders: Record<string, string>;
}

export const EMPTY_PROPS: TemplateProps = { certificate: null, charter: null, root: null, folders: {} };

/** appProperties that mark the add-on's own templates, folders and scratch documents of this spreadsheet. */
export const APP = { sheet: 'douasnSheet', role: 'douasnRole', code: 'douasnCode' } as const;
export const ROLE = {
  root: 'root',
  folder: 'folder',
  scratch: 'scratch',
  template: (k: CertKind) => `template-${k}`,
} as const;

export function readTemplateProps(): TemplateProps {
  return { ...EMPTY_PROPS, ...(getDocJson<TemplateProps>(PROP.templates) ?? {}) };
}

const docInfo = (id: string | null, name: string): TemplateInfo | null =>
  id ? { id, name, url: `https://docs.google.com/document/d/${id}/edit` } : null;

/** The sidebar's view, from the properties alone (no Drive call). */
export function templatesState(p: TemplateProps): TemplatesState {
  return {
    certificate: docInfo(p.certificate, 'Template Sertifikat'),
    charter: docInfo(p.charter, 'Template Piagam'),
    folder: p.root
      ? { id: p.root, name: 'Folder Sertifikat', url: `https://drive.google.com/drive/folders/${p.root}` }
      : null,
  };
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
export function ensureDrive(trainings: readonly Training[], kinds: readonly CertKind[]): DriveSetup {
  const ss = activeSpreadsheet();
  const sheetId = ss.getId();
  const props = readTemplateProps();
  const files = ownFiles(sheetId);
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
  setDocJson(PROP.templates, props);
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

/** "Buat Template": both templates, the root folder and a folder per training of `Kegiatan`. */
export function createTemplates(): CreateTemplatesResult {
  const { wb } = loadWorkbook(['trainings']);
  const setup = ensureDrive(wb.trainings, ['Sertifikat', 'Piagam']);
  const state = templatesState(setup.props);
  const message = setup.created.length
    ? `Dibuat: ${setup.created.join(', ')}. Template bisa diubah di Google Dokumen; placeholder seperti {{Nama}} diganti saat sertifikat dibuat.`
    : 'Template dan folder sudah ada; tidak ada yang dibuat ulang.';
  return { state, created: setup.created, message };
}

export { fileLink };
