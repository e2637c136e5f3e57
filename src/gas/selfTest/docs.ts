// Uji Layanan, documents and Drive: scratch files with appProperties, the certificate merge on the add-on's own code
// path, the Docs rules the emulator models (last paragraph, detached elements, escaping, tables, closed documents),
// the PDF, finding files by appProperties, and their removal.

import { escapeReplacement, type MergeValues, PLACEHOLDERS } from '../../core/certificates';
import { messageOf } from '../../core/errors';
import {
  copyFile,
  createDocFile,
  createFolder,
  createFromBlob,
  downloadFile,
  listFiles,
  PDF_MIME,
  removeFile,
  shareByLink,
  trashFile,
  updateFile,
} from '../drive';
import { idsOf, SELF_TEST_APP_PROPERTY } from './checks';
import { berbeda, type Context, check, driveQuery, expectError, judge, record } from './judge';
import * as probe from './probes';

type Attempt<T> = probe.Attempt<T>;

export const DOC_IDS = idsOf('D-', 'V-');

export interface DriveState {
  /** Every scratch file, children before the folder (the removal order). */
  files: Array<{ id: string; name: string }>;
  folderId: string | null;
  /** The template, opened again once removed (D-9). */
  templateId: string | null;
}

function mergeValues(name: string, nip: string): MergeValues {
  const v = Object.fromEntries(PLACEHOLDERS.map((p) => [p, ''])) as MergeValues;
  v.Nama = name;
  v.NIP = nip;
  return v;
}

export function docChecks(ctx: Context, drive: DriveState): void {
  const props = { [SELF_TEST_APP_PROPERTY]: ctx.runId };
  const folder = createFolder(`DOU ASN Uji Layanan ${ctx.runId} (boleh dihapus)`, null, props);
  drive.folderId = folder.id;
  const template = createDocFile('Uji Layanan - template', folder.id, props);
  drive.files.push({ id: template.id, name: template.name });
  drive.templateId = template.id;
  const probeDoc = createDocFile('Uji Layanan - aturan dokumen', folder.id, props);
  drive.files.push({ id: probeDoc.id, name: probeDoc.name });
  check(ctx, 'V-1', () => {
    const made = [folder, template, probeDoc];
    const ok = made.every((f) => f.id && f.appProperties?.[SELF_TEST_APP_PROPERTY] === ctx.runId);
    return judge(ok, `Dibuat: ${made.map((f) => `${f.name} (${f.mimeType})`).join(', ')}`);
  });

  // the certificate merge, the add-on's own code path, on a template whose last paragraph holds a placeholder
  let pdf: GoogleAppsScript.Base.Blob | null = null;
  check(ctx, 'D-1', () => {
    probe.writeTemplate(template.id, ['SERTIFIKAT', 'NIP. {{NIP}}', '{{Nama}}']);
    const scratch = copyFile(template.id, 'Uji Layanan - dokumen kerja', folder.id, props);
    drive.files.unshift({ id: scratch.id, name: scratch.name });
    const people = [
      { name: 'Budi Santoso, S.Kom.', nip: '19850101 201001 1 001' },
      { name: 'Siti (uji $1 \\ karakter)', nip: '19900202 201502 2 002' },
    ];
    const r = probe.mergeCertificates(
      template.id,
      scratch.id,
      people.map((p) => mergeValues(p.name, p.nip)),
    );
    pdf = r.pdfs[0] ?? null;
    const [first, second] = r.texts;
    const ok =
      first.includes(people[0].name) &&
      first.includes(people[0].nip) &&
      second.includes(people[1].name) &&
      second.includes(people[1].nip) &&
      !second.includes(people[0].name) &&
      !first.includes('{{') &&
      !second.includes('{{');
    return judge(
      ok,
      `Sertifikat 1: "${first.replace(/\n/g, ' ⏎ ')}"; sertifikat 2: "${second.replace(/\n/g, ' ⏎ ')}"`,
    );
  });

  const value = 'Rp1$ a\\b $1';
  // one probe document for D-2 … D-8, made once (a failure is each of those checks' result, not retried)
  let rules: Attempt<probe.DocProbe> | null = null;
  const rulesOf = (): probe.DocProbe => {
    rules ??= probe.attempt(() => probe.probeDocument(probeDoc.id, escapeReplacement(value), pdf === null));
    if (!rules.ok) throw new Error(rules.error);
    return rules.value;
  };
  check(ctx, 'D-2', () =>
    expectError(rulesOf().lastParagraph, "Can't remove the last paragraph in a document section."),
  );
  check(ctx, 'D-3', () => expectError(rulesOf().detached, 'Element must be detached.'));
  check(ctx, 'D-4', () => {
    const a = rulesOf().escapedText;
    if (!a.ok) return berbeda(`Galat: "${a.error}"`);
    return judge(a.value === `X${value}X`, `Teks: "${a.value}"`);
  });
  check(ctx, 'D-5', () => expectError(rulesOf().unescaped, 'Illegal group reference', false));
  check(ctx, 'D-6', () => {
    const a = rulesOf().tableText;
    if (!a.ok) return berbeda(`Galat: "${a.error}"`);
    const seen = `Teks: "${a.value.replace(/\n/g, '⏎').replace(/\t/g, '⇥')}"`;
    return judge(a.value === 'A1\nB1\nA2\nB2', seen);
  });
  check(ctx, 'D-10', () => {
    const a = rulesOf().imageFirst;
    if (!a.ok) return berbeda(`Galat: "${a.error}"`);
    // an empty text run Docs may keep after the images is harmless; the inserted image must come first
    return judge(
      /^INLINE_IMAGE\(7\),(TEXT,)?INLINE_IMAGE\(40\)(,TEXT)?$/.test(a.value),
      `Anak paragraf: ${a.value}`,
    );
  });
  check(ctx, 'D-7', () =>
    expectError(rulesOf().closedEdit, 'Document is closed, its contents cannot be updated.'),
  );
  check(ctx, 'D-8', () => {
    let info: Attempt<{ contentType: string; bytes: number }>;
    const made = pdf as GoogleAppsScript.Base.Blob | null;
    if (made) info = { ok: true, value: probe.blobInfo(made) };
    else info = rulesOf().pdf ?? { ok: false, error: 'tidak dibuat' };
    if (!info.ok) return berbeda(`Galat: "${info.error}"`);
    const seen = `${made ? 'PDF sertifikat' : 'PDF dokumen uji'}: ${info.value.contentType}, ${info.value.bytes} byte`;
    return judge(info.value.contentType === 'application/pdf' && info.value.bytes > 0, seen);
  });

  // Drive: a PDF from a blob, a copy with a key removed, a look-up by appProperties
  const uploaded = pdf ?? probe.placeholderPdf();
  const original = createFromBlob(uploaded, 'Uji Layanan.pdf', PDF_MIME, folder.id, {
    ...props,
    douasnSelfTestRole: 'asli',
  });
  drive.files.unshift({ id: original.id, name: original.name });
  check(ctx, 'V-7', () => {
    const back = downloadFile(original.id);
    if (!back) return judge(false, 'Berkas tidak ditemukan (404)');
    const a = uploaded.getBytes();
    const b = back.getBytes();
    const same = a.length === b.length && a.every((x, i) => x === b[i]);
    return judge(
      same,
      `${b.length} byte kembali dari ${a.length} byte yang diunggah; jenis ${back.getContentType()}`,
    );
  });
  check(ctx, 'V-8', () => {
    try {
      shareByLink(original.id);
      return judge(true, 'Dibagikan: siapa saja yang memiliki tautan dapat melihat');
    } catch (e) {
      return berbeda(`Google menolak berbagi lewat tautan: "${messageOf(e)}"`);
    }
  });
  check(ctx, 'V-2', () => {
    const copy = copyFile(original.id, 'Uji Layanan - salinan.pdf', folder.id, { douasnSelfTestRole: null });
    drive.files.unshift({ id: copy.id, name: copy.name });
    const ap = copy.appProperties ?? {};
    const ok = ap[SELF_TEST_APP_PROPERTY] === ctx.runId && !('douasnSelfTestRole' in ap);
    return judge(ok, `appProperties salinan: ${JSON.stringify(ap)}`);
  });
  check(ctx, 'V-3', () => {
    const found = listFiles(`${driveQuery(ctx.runId)} and trashed = false`);
    const ids = new Set(found.map((f) => f.id));
    const want = [...drive.files.map((f) => f.id), folder.id];
    const missing = want.filter((id) => !ids.has(id));
    return judge(
      missing.length === 0 && found.length === want.length,
      `Ditemukan ${found.length} dari ${want.length} berkas${missing.length ? `; belum ditemukan: ${missing.length}` : ''}`,
    );
  });
  checkTrashedListing(ctx, drive);
  check(ctx, 'V-6', () => {
    const renamed = updateFile(original.id, {
      name: 'DIGANTI - Uji Layanan.pdf',
      appProperties: { douasnSelfTestReplacedBy: '002' },
    });
    const ap = renamed.appProperties ?? {};
    const ok =
      renamed.name === 'DIGANTI - Uji Layanan.pdf' &&
      ap.douasnSelfTestReplacedBy === '002' &&
      ap[SELF_TEST_APP_PROPERTY] === ctx.runId &&
      typeof renamed.modifiedTime === 'string';
    return judge(
      ok,
      `nama: ${renamed.name}; appProperties: ${JSON.stringify(ap)}; modifiedTime: ${renamed.modifiedTime}`,
    );
  });
}

/**
 * V-5, after V-3: the scratch copy goes to the trash and is looked up by appProperties without `trashed = false`
 * (how the certificate ledger tells a trashed PDF from a deleted one). The cleanup removes it like the others.
 */
export function checkTrashedListing(ctx: Context, drive: DriveState): void {
  const copy = drive.files.find((f) => f.name === 'Uji Layanan - salinan.pdf');
  if (!copy) return;
  check(ctx, 'V-5', () => {
    trashFile(copy.id);
    const found = listFiles(driveQuery(ctx.runId)).find((f) => f.id === copy.id);
    if (!found) return berbeda('Berkas di Sampah tidak ditemukan');
    const ok = found.trashed === true && found.appProperties?.[SELF_TEST_APP_PROPERTY] === ctx.runId;
    return judge(
      ok,
      `trashed: ${found.trashed}; appProperties: ${JSON.stringify(found.appProperties ?? {})}`,
    );
  });
}

/** Removes the scratch Drive files (children first) and judges V-4 and D-9 on what happened. */
export function removeDriveFiles(ctx: Context, drive: DriveState): void {
  const failed: string[] = [];
  for (const f of drive.files) {
    try {
      removeFile(f.id);
    } catch (e) {
      failed.push(`${f.name}: ${messageOf(e)}`);
      ctx.leftovers.push(`berkas Drive "${f.name}" (ID ${f.id})`);
    }
  }
  if (drive.folderId) {
    try {
      removeFile(drive.folderId);
    } catch (e) {
      failed.push(`folder: ${messageOf(e)}`);
      ctx.leftovers.push(`folder Drive "DOU ASN Uji Layanan ${ctx.runId}" (ID ${drive.folderId})`);
    }
  }
  const folderId = drive.folderId;
  if (folderId)
    record(ctx, 'V-4', () => {
      if (failed.length) return berbeda(`Gagal menghapus: ${failed.join('; ')}`);
      const after = probe.driveGet(folderId);
      if (after.ok) return berbeda(`Terhapus, tetapi Files.get masih memberi "${after.value}"`);
      return judge(
        after.error.includes('File not found'),
        `${drive.files.length + 1} berkas terhapus; Files.get: "${after.error}"`,
      );
    });
  const templateId = drive.templateId;
  if (templateId)
    record(ctx, 'D-9', () =>
      expectError(
        probe.openDocument(templateId),
        "Document is missing (perhaps it was deleted, or you don't have read access?)",
      ),
    );
}
