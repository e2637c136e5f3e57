// Uji Layanan, forms: a scratch form created, published, linked to the spreadsheet (when its response sheet appears
// and what it is called), a prefilled link, and the unlink and removal at cleanup.

import { messageOf } from '../../core/errors';
import { removeFile } from '../drive';
import { flush } from '../sheets';
import { idsOf, NIP } from './checks';
import { berbeda, type Context, check, judge, onCleanup, record, sesuai, show } from './judge';
import * as probe from './probes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const FORM_IDS = idsOf('F-');

export function formChecks(ctx: Context, before: ReadonlySet<string>): void {
  const { ss } = ctx;
  const title = `DOU ASN Uji Layanan ${ctx.runId} (boleh dihapus)`;
  const start = probe.createForm(title);
  const form = start.form;
  let sheet: Sheet | null = null;
  onCleanup(ctx, `formulir "${title}"`, () => {
    record(ctx, 'F-8', () => {
      const r = probe.unlink(form, sheet);
      if (!r.ok) return berbeda(`Galat: "${r.error}"`);
      return judge(r.value === null, `getFormUrl() setelahnya: ${show(r.value, ctx.zone)}`);
    });
    if (sheet) {
      const s = sheet;
      try {
        probe.deleteSheet(ss, s);
      } catch (e) {
        ctx.leftovers.push(`lembar jawaban uji (${messageOf(e)})`);
      }
    }
    try {
      probe.closeForm(form);
    } catch {
      // removed below or reported there
    }
    record(ctx, 'F-9', () => {
      try {
        removeFile(start.id);
        return berbeda('Google mengizinkan: berkas formulir uji sudah terhapus (emulator lebih ketat)');
      } catch (e) {
        return sesuai(
          `Ditolak: "${messageOf(e)}". Formulir uji sudah ditutup; hapus manual di Google Drive: "${title}" (ID ${start.id})`,
        );
      }
    });
  });

  check(ctx, 'F-1', () =>
    judge(
      start.titleAfterCreate === '' && start.titleAfterSet === title,
      `Setelah create: ${show(start.titleAfterCreate, ctx.zone)}; setelah setTitle: ${show(start.titleAfterSet, ctx.zone)}`,
    ),
  );
  check(ctx, 'F-2', () =>
    start.publishedAtStart === null
      ? sesuai('Formulir tanpa pengaturan terbit (supportsAdvancedResponderPermissions false)')
      : judge(start.publishedAtStart === false, `isPublished(): ${start.publishedAtStart}`),
  );
  const opened = probe.openForResponses(form);
  check(ctx, 'F-3', () => {
    const { published, accepting, publishedUrl } = opened;
    const parts = [
      `terbit: ${published.ok ? String(published.value) : `galat "${published.error}"`}`,
      `menerima jawaban: ${accepting.ok ? String(accepting.value) : `galat "${accepting.error}"`}`,
      `tautan: ${publishedUrl.ok ? publishedUrl.value : `galat "${publishedUrl.error}"`}`,
    ];
    const ok =
      published.ok &&
      published.value !== false &&
      accepting.ok &&
      accepting.value === true &&
      publishedUrl.ok &&
      /\/forms\/d\/e\/[^/]+\/viewform/.test(publishedUrl.value);
    return judge(ok, parts.join('; '));
  });

  probe.linkToSpreadsheet(form, ss.getId());
  const early = probe.newLinkedSheets(ss, before, start.id);
  if (early.length) sheet = early[0];
  check(ctx, 'F-4', () =>
    judge(
      early.length === 0,
      early.length ? `Sudah terlihat: "${early.map((s) => s.getName()).join('", "')}"` : 'Belum terlihat',
    ),
  );
  flush();
  const late = probe.newLinkedSheets(ss, before, start.id);
  if (late.length) sheet = late[0];
  check(ctx, 'F-5', () =>
    judge(
      late.length === 1,
      late.length ? `Ditemukan: "${late.map((s) => s.getName()).join('", "')}"` : 'Tidak ditemukan',
    ),
  );
  check(ctx, 'F-6', () => {
    if (!sheet) return berbeda('Tidak ada lembar jawaban');
    const n = sheet.getName();
    const want = ctx.idLocale ? /^Jawaban Formulir \d+$/ : /^Form Responses \d+$/;
    return judge(want.test(n), `Nama: "${n}"`);
  });
  check(ctx, 'F-7', () => {
    const r = probe.prefilledUrl(form);
    if (!r.ok) return berbeda(`Galat: "${r.error}"`);
    if (r.value === null) return berbeda('Tidak ada butir NIP');
    return judge(/\/viewform\?usp=pp_url&entry\.\d+=000000000000000000$/.test(r.value), `Tautan: ${r.value}`);
  });
  check(ctx, 'F-10', () => {
    const r = probe.gradeAbovePoints(form, NIP);
    if (!r.ok) return berbeda(`Galat: "${r.error}" (add-on tetap memeriksa nilai terhadap poin soal)`);
    return judge(
      r.value.before === 1 && r.value.after === 5,
      `getScore() sebelum: ${show(r.value.before, ctx.zone)}; sesudah setScore(5): ${show(r.value.after, ctx.zone)}`,
    );
  });
}
