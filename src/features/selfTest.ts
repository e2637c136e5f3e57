// "Uji Layanan Google": on a real deployment, runs every Apps Script call path the add-on uses, and every behaviour
// the emulator's fidelity table (emulator/README.md) marks [comm] or [unsure], on scratch objects it creates and
// removes, and writes the sheet `Uji Layanan`: per check what the emulator assumes, what Google did, and whether they
// agree. Each check states Google's behaviour as the emulator assumes it (its stricter guesses included).
// Every check is isolated (a failure is a row, never the end of the run) and every scratch object is removed in a
// cleanup step whose own failures are reported, not thrown.

import { isDate } from '../core/cells';
import { escapeReplacement, type MergeValues, PLACEHOLDERS } from '../core/certificates';
import { UserError } from '../core/errors';
import type { OutputColumn } from '../core/schema';
import {
  copyFile,
  createDocFile,
  createFolder,
  createFromBlob,
  FOLDER_MIME,
  listFiles,
  q,
  removeFile,
} from '../gas/drive';
import * as probe from '../gas/selfTest';
import { activeSpreadsheet, flush, writeOutputSheet } from '../gas/sheets';
import type { SelfTestResult } from '../shared/rpc';
import { MSG } from '../shared/strings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Attempt<T> = probe.Attempt<T>;

export const SELF_TEST_SHEET = 'Uji Layanan';
/** Handler of the self-test's scratch trigger (deleted at once; removes itself should it ever run). */
export const SELF_TEST_TRIGGER_HANDLER = 'selfTestTrigger';
/** appProperties key on every scratch Drive file (value: the run id). */
export const SELF_TEST_APP_PROPERTY = 'douasnSelfTest';

export const SELF_TEST_COLUMNS: readonly OutputColumn[] = [
  { header: 'Kode', format: '@' },
  { header: 'Pemeriksaan', format: '@' },
  { header: 'Asumsi Emulator', format: '@' },
  { header: 'Hasil Google', format: '@' },
  { header: 'Status', format: '@' },
  { header: 'Baris Tabel Fidelitas', format: '@' },
];

/** No new check starts after this (the cleanup always runs): far from the 6-minute limit. */
const START_LIMIT_MS = 240_000;
const LOCK_WAIT_MS = 10_000;
const NIP = '198501012010011001';

export type Status = 'Sesuai' | 'Berbeda' | `Dilewati: ${string}`;

interface Outcome {
  status: Status;
  seen: string;
}

interface CheckDef {
  what: string;
  assumes: string;
  ref: string;
  /** The emulator models a stricter guess: Google being more lenient is harmless for the add-on. */
  stricter?: boolean;
  /** What a difference means for the admin (shown with a Berbeda). */
  hint?: string;
}

/**
 * The checks, in report order. `ref` names the row of emulator/README.md: section, then the row's number or the
 * start of its Behaviour text (search for it).
 */
export const CHECKS = {
  'S-1': {
    what: 'Lembar: NIP 18 digit ditulis ke sel berformat teks (@) tetap utuh',
    assumes: `Sel @ menyimpan "${NIP}" sebagai teks apa adanya`,
    ref: 'SpreadsheetApp: «Plain-text (`@`) cell keeps number-, date-, boolean-like strings as text»',
    hint: 'Buat Formulir, Tarik Respons dan sertifikat bisa menulis NIP yang salah; jangan dipakai sebelum diperbaiki.',
  },
  'S-2': {
    what: 'Lembar: NIP 18 digit ditulis ke sel otomatis',
    assumes: 'Menjadi angka (double) yang kehilangan digit terakhir',
    ref: 'SpreadsheetApp: «An 18-digit digit string becomes a lossy double»',
  },
  'S-3': {
    what: 'Lembar: tampilan (getDisplayValues) angka 18 digit di sel otomatis',
    assumes: 'Notasi ilmiah: 1,98501E+17 (id_ID) / 1.98501E+17 (en)',
    ref: 'SpreadsheetApp: «An 18-digit digit string becomes a lossy double» (display [unsure])',
  },
  'S-4': {
    what: 'Lembar: teks "=1+1" ditulis ke sel @',
    assumes: 'Tetap menjadi rumus (tebakan yang lebih ketat)',
    ref: 'SpreadsheetApp: «Leading `=` → formula, also in a plain-text cell»',
    stricter: true,
  },
  'S-5': {
    what: 'Lembar: teks "\'01234" (apostrof di depan) ke sel otomatis',
    assumes: 'Menjadi teks "01234" tanpa apostrof',
    ref: 'SpreadsheetApp: «Leading apostrophe → text without it»',
  },
  'S-6': {
    what: 'Lembar: teks "\'01234" ke sel @',
    assumes: 'Apostrof ikut tersimpan: "\'01234" (tebakan yang lebih ketat)',
    ref: 'SpreadsheetApp: «Leading apostrophe → text without it; in an `@` cell the apostrophe is kept»',
    stricter: true,
  },
  'S-7': {
    what: 'Lembar: "1,5" ke sel otomatis (lokal id_ID)',
    assumes: 'Menjadi angka 1,5',
    ref: 'SpreadsheetApp: «Strings parsed as typed: … id_ID decimal `,`»',
  },
  'S-8': {
    what: 'Lembar: "1.5" ke sel otomatis (lokal id_ID)',
    assumes: 'Tetap teks "1.5"',
    ref: 'SpreadsheetApp: «Strings parsed as typed: … `1.5` stays text» ([unsure])',
  },
  'S-9': {
    what: 'Lembar: nomor telepon "+62 812 3456" ke sel otomatis',
    assumes: 'Menjadi rumus yang galat (tebakan yang lebih ketat)',
    ref: 'SpreadsheetApp: «Non-numeric text starting with `+` or `-` becomes a formula»',
    stricter: true,
  },
  'S-10': {
    what: 'Lembar: "BENAR" ke sel otomatis (lokal id_ID)',
    assumes: 'Menjadi nilai logika TRUE',
    ref: 'SpreadsheetApp: «`TRUE`/`FALSE` (any case) → booleans; in id_ID also `BENAR`/`SALAH`»',
  },
  'S-11': {
    what: 'Lembar: "50%" ke sel otomatis',
    assumes: 'Menjadi angka 0,5, tampil "50%"',
    ref: "SpreadsheetApp: «`'50%'` → 0.5 with format `0%`»",
  },
  'S-12': {
    what: 'Lembar: "24/11/2026" ke sel otomatis (lokal id_ID)',
    assumes: 'Menjadi tanggal 24 November 2026 di zona spreadsheet',
    ref: 'SpreadsheetApp: «Dates: ISO `yyyy-mm-dd` always; `dd/mm/yyyy` in id_ID»',
  },
  'S-13': {
    what: 'Lembar: jam "08:00" ke sel otomatis, dibaca kembali',
    assumes: 'Date 1899-12-30 08:00 di zona spreadsheet, dengan selisih historis zona (Jakarta +0707)',
    ref: 'SpreadsheetApp: «`getValues`: … a time-only cell is 1899-12-30 at that clock time»',
  },
  'S-14': {
    what: 'Lembar: objek Date ditulis lalu dibaca kembali',
    assumes: 'Kembali sebagai Date pada saat yang sama',
    ref: 'SpreadsheetApp: «Dates are stored as wall-clock serials»',
  },
  'S-15': {
    what: 'Lembar: getSheetByName dengan huruf besar/kecil berbeda',
    assumes: 'Tidak menemukan lembar (peka huruf besar/kecil; tebakan yang lebih ketat)',
    ref: 'SpreadsheetApp: «`getSheetByName` is exact (case-sensitive)»',
    stricter: true,
  },
  'S-16': {
    what: 'Lembar: insertSheet dengan nama yang hanya beda huruf besar/kecil',
    assumes: 'Ditolak: "A sheet with the name … already exists. Please enter another name."',
    ref: 'SpreadsheetApp: «`insertSheet` / `setName` with an existing name throws…; the check ignores case»',
    stricter: true,
  },
  'S-17': {
    what: 'Lembar: setValues dengan ukuran data tidak sama dengan rentang',
    assumes:
      'Galat "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2."',
    ref: 'SpreadsheetApp: «`setValues` must match the range exactly»',
  },
  'S-18': {
    what: 'Lembar: teks 50.001 karakter dalam satu sel',
    assumes: 'Galat "Your input contains more than the maximum of 50000 characters in a single cell."',
    ref: 'SpreadsheetApp: «More than 50,000 characters in a cell»',
  },
  'S-19': {
    what: 'Lembar: rentang di bawah batas grid',
    assumes: 'Galat "The coordinates of the range are outside the dimensions of the sheet."',
    ref: 'SpreadsheetApp: «Reading/writing outside the grid throws»',
  },
  'D-1': {
    what: 'Dokumen: penggabungan sertifikat add-on (ScratchMerger) pada template yang paragraf terakhirnya berisi placeholder, dua sertifikat berturut-turut',
    assumes:
      'Berhasil: nama dan NIP tercetak (termasuk $ dan \\), tidak ada {{…}} tersisa, sertifikat kedua tanpa sisa yang pertama',
    ref: 'DocumentApp #12 (last paragraph); #3 (replacement); #7 (saveAndClose before PDF)',
    hint: 'Buat Sertifikat akan gagal dengan template seperti ini; sementara, akhiri template dengan satu baris kosong.',
  },
  'D-2': {
    what: 'Dokumen: menghapus paragraf terakhir suatu bagian yang masih punya paragraf lain',
    assumes: 'Galat "Can\'t remove the last paragraph in a document section."',
    ref: 'DocumentApp #12: «the last paragraph of a section cannot be removed»',
  },
  'D-3': {
    what: 'Dokumen: menyisipkan paragraf yang masih terpasang di dokumen',
    assumes: 'Galat "Element must be detached."',
    ref: 'DocumentApp: «Element must be detached» (GAS-FACTS 2026-12)',
  },
  'D-4': {
    what: 'Dokumen: replaceText dengan $ dan \\ yang di-escape (escapeReplacement)',
    assumes: 'Teks pengganti tercetak persis',
    ref: 'DocumentApp #3: «The replacement is **not literal**: Java `Matcher` rules»',
  },
  'D-5': {
    what: 'Dokumen: replaceText dengan $ tanpa escape ("US$ 5")',
    assumes: 'Galat "Illegal group reference"',
    ref: 'DocumentApp #3: «`$` before a non-digit throws `Illegal group reference`»',
  },
  'D-6': {
    what: 'Dokumen: Table.getText() tabel 2 × 2',
    assumes: 'Sel digabung dengan baris baru: A1⏎B1⏎A2⏎B2',
    ref: 'DocumentApp: «Table.getText() joins cells with newlines» (GAS-FACTS 2026-12)',
  },
  'D-7': {
    what: 'Dokumen: mengubah dokumen setelah saveAndClose()',
    assumes: 'Galat "Document is closed, its contents cannot be updated."',
    ref: 'DocumentApp #8: «After `saveAndClose()` every call … throws»',
  },
  'D-8': {
    what: "Dokumen: ekspor PDF (getAs('application/pdf'))",
    assumes: 'Blob bertipe application/pdf, tidak kosong',
    ref: "DocumentApp #15: «`getAs('application/pdf')`…»",
  },
  'D-9': {
    what: 'Dokumen: membuka dokumen yang sudah dihapus',
    assumes: 'Galat "Document is missing (perhaps it was deleted, or you don\'t have read access?)"',
    ref: 'DocumentApp #10: «`openById`/`openByUrl` on a document the add-on may not see…»',
  },
  'V-1': {
    what: 'Drive: membuat folder, dokumen dan PDF (Drive.Files.create) dengan appProperties',
    assumes: 'Berkas dibuat; appProperties tersimpan sebagai teks',
    ref: 'Drive #18, #20, #29',
  },
  'V-2': {
    what: 'Drive: menyalin berkas (Drive.Files.copy) dengan appProperties null',
    assumes: 'Salinan mewarisi appProperties; nilai null menghapus kuncinya',
    ref: 'Drive #28: «`appProperties` are copied and patched (`null` deletes)»',
  },
  'V-3': {
    what: 'Drive: mencari berkas uji lewat appProperties (Drive.Files.list)',
    assumes: 'Semua berkas uji ditemukan (tanpa jeda indeks)',
    ref: 'Drive #23 (q subset); #30 (search-index lag)',
    hint: 'setelah gangguan, add-on bisa tidak menemukan berkas yang sudah dibuat dan membuatnya lagi.',
  },
  'V-4': {
    what: 'Drive: menghapus berkas uji (Drive.Files.remove), lalu Files.get',
    assumes: 'Terhapus; get berikutnya gagal "File not found"',
    ref: 'Drive #18, #19',
  },
  'F-1': {
    what: 'Formulir: judul setelah FormApp.create(judul)',
    assumes: "getTitle() bernilai '' sampai setTitle; setelah setTitle sama dengan judul",
    ref: 'FormApp: «FormApp.create(title) names the Drive file only» (GAS-FACTS 2026-12)',
  },
  'F-2': {
    what: 'Formulir: status terbit formulir baru',
    assumes: 'Belum diterbitkan (isPublished false; tebakan yang lebih ketat)',
    ref: 'FormApp #1: «A new form is **unpublished**»',
    stricter: true,
  },
  'F-3': {
    what: 'Formulir: setPublished(true) lalu setAcceptingResponses(true), seperti Buat Formulir',
    assumes: 'Terbit, menerima jawaban, tautan …/forms/d/e/<kunci>/viewform',
    ref: 'FormApp #1, #2',
  },
  'F-4': {
    what: 'Formulir: lembar jawaban setelah setDestination, SEBELUM SpreadsheetApp.flush()',
    assumes: 'Belum terlihat di getSheets() (tebakan yang lebih ketat)',
    ref: 'FormApp: «response sheet … invisible until flush» (GAS-FACTS 2026-12)',
    stricter: true,
  },
  'F-5': {
    what: 'Formulir: lembar jawaban SETELAH flush, dicari lewat getFormUrl() dan ID formulir',
    assumes: 'Ditemukan tepat satu lembar yang tertaut ke formulir',
    ref: 'FormApp #16, #17',
    hint: 'add-on tidak menemukan lembar jawaban formulir baru (dipakai Buat Formulir dan Tarik Respons).',
  },
  'F-6': {
    what: 'Formulir: nama lembar jawaban',
    assumes: '"Jawaban Formulir N" (lokal id_ID) / "Form Responses N"',
    ref: 'FormApp #16: «named by the **spreadsheet locale**»',
  },
  'F-7': {
    what: 'Formulir: tautan isian awal (toPrefilledUrl) untuk NIP',
    assumes: '…/viewform?usp=pp_url&entry.<N>=000000000000000000',
    ref: 'FormApp #22',
    hint: 'tautan isian NIP per peserta tidak dapat dibuat.',
  },
  'F-8': {
    what: 'Formulir: removeDestination()',
    assumes: 'Lembar tidak lagi tertaut (getFormUrl() null)',
    ref: 'FormApp #18',
  },
  'F-9': {
    what: 'Formulir: menghapus berkas formulir uji lewat Drive (drive.file)',
    assumes:
      'Tidak dimodelkan: Drive emulator tidak mengenal berkas formulir, jadi penghapusan ditolak (lebih ketat)',
    ref: 'Drive #19 (drive.file); formulir tidak ada di tabel',
    stricter: true,
  },
  'P-1': {
    what: 'Properti dokumen: tulis, baca, hapus',
    assumes: 'Nilai terbaca sama; setelah dihapus null',
    ref: 'PropertiesService: «Document, user and script stores; values are strings»',
  },
  'P-2': {
    what: 'Properti pengguna: tulis, baca, hapus',
    assumes: 'Nilai terbaca sama; setelah dihapus null',
    ref: 'PropertiesService: «Document, user and script stores; values are strings»',
  },
  'P-3': {
    what: 'Properti skrip: tulis, baca, hapus',
    assumes: 'Nilai terbaca sama; setelah dihapus null',
    ref: 'PropertiesService: «Document, user and script stores; values are strings»',
  },
  'P-4': {
    what: 'Properti: satu nilai 8.000 byte',
    assumes: 'Diterima',
    ref: 'PropertiesService: «9 KB per value» / «8,066 bytes per value» (GAS-FACTS 2026-12)',
  },
  'P-5': {
    what: 'Properti: satu nilai 8.100 byte',
    assumes: 'Ditolak (batas terukur 8.066 byte per nilai)',
    ref: 'PropertiesService: «8,066 bytes per value» (GAS-FACTS 2026-12)',
    stricter: true,
  },
  'P-6': {
    what: 'Properti: satu nilai 9.500 byte',
    assumes: 'Ditolak: "Argument too large: value"',
    ref: 'PropertiesService: «9 KB per value: `Argument too large: value`»',
  },
  'K-1': {
    what: 'Kunci dokumen: tryLock, hasLock, releaseLock',
    assumes: 'tryLock berhasil, hasLock true selama uji, false setelah releaseLock',
    ref: 'LockService: «`tryLock(ms)` → boolean; … `hasLock()`, `releaseLock()`»',
  },
  'T-1': {
    what: 'Pemicu: membuat pemicu waktu per jam lalu langsung menghapusnya',
    assumes:
      'Dibuat, tercantum di getUserTriggers(spreadsheet), lalu terhapus; deployment uji menolak pemicu terpasang',
    ref: 'ScriptApp triggers: «Add-on time-driven triggers run at most once an hour»; «Test deployments … triggers» (GAS-FACTS 2026-12)',
    hint: 'sertifikat tidak dapat dilanjutkan otomatis tiap jam; biarkan panel terbuka selama pembuatan.',
  },
  'M-1': {
    what: 'Email: sisa kuota penerima hari ini (tidak ada email yang dikirim)',
    assumes: '100 per hari (akun biasa) / 1.500 (Workspace); reset 24 jam setelah pemakaian pertama',
    ref: 'MailApp #33; Runtime: «Quotas reset …»',
  },
  'I-1': {
    what: 'Informasi: cara add-on terpasang (ScriptApp.getInstallationSource)',
    assumes: '(informasi; tidak dimodelkan emulator)',
    ref: '— (informasi)',
  },
  'I-2': {
    what: 'Informasi: pengguna efektif (Session.getEffectiveUser)',
    assumes: 'Alamat email admin yang menjalankan',
    ref: 'Session: «`getActiveUser()/getEffectiveUser().getEmail()`»',
  },
  'I-3': {
    what: 'Informasi: lokal dan zona waktu spreadsheet, zona waktu skrip',
    assumes: 'id_ID, Asia/Jakarta, Asia/Jakarta (pengaturan yang diuji)',
    ref: 'SpreadsheetApp: «New spreadsheet: … locale id_ID, zone Asia/Jakarta»; Session: «getScriptTimeZone()»',
  },
  'B-1': {
    what: 'Pembersihan: semua objek uji terhapus (lembar, berkas Drive, properti, pemicu)',
    assumes: 'Tidak ada yang tersisa',
    ref: '— (uji ini)',
  },
  'W-1': {
    what: 'Waktu: durasi seluruh uji',
    assumes: 'Jauh di bawah batas 6 menit',
    ref: 'Runtime: «One execution stops after 6 minutes»',
  },
} as const satisfies Record<string, CheckDef>;

export type CheckId = keyof typeof CHECKS;

// ---------- judging ----------

function show(v: unknown, zone: string): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (isDate(v)) return `Date ${probe.formatDate(v, zone, "yyyy-MM-dd HH:mm:ss 'GMT'Z")}`;
  if (typeof v === 'string') return `teks "${v}"`;
  if (typeof v === 'number') return `angka ${String(v)}`;
  if (typeof v === 'boolean') return `logika ${v ? 'TRUE' : 'FALSE'}`;
  return String(v);
}

const sesuai = (seen: string): Outcome => ({ status: 'Sesuai', seen });
const berbeda = (seen: string): Outcome => ({ status: 'Berbeda', seen });
const judge = (ok: boolean, seen: string): Outcome => (ok ? sesuai(seen) : berbeda(seen));
const skipped = (why: string, seen = ''): Outcome => ({ status: `Dilewati: ${why}`, seen: seen || why });

/** A call expected to throw a message (exact text, or containing it). */
function expectError(a: Attempt<unknown>, message: string, exact = true): Outcome {
  if (a.ok) return berbeda('Tidak ada galat: Google mengizinkannya');
  const ok = exact ? a.error === message : a.error.includes(message);
  return judge(ok, `Galat: "${a.error}"`);
}

// ---------- the run ----------

interface Context {
  ss: Spreadsheet;
  started: number;
  runId: string;
  zone: string;
  locale: string;
  idLocale: boolean;
  rows: Map<CheckId, Outcome>;
  cleanups: Array<{ what: string; fn: () => void }>;
  /** What could not be removed, for the person to remove by hand. */
  leftovers: string[];
  /** What was removed of a previous run that had been cut off ('' when none). */
  swept: string;
}

/** Judges one check: any exception is the check's result, never the end of the run. No time guard (cleanup). */
function record(ctx: Context, id: CheckId, fn: () => Outcome): void {
  try {
    ctx.rows.set(id, fn());
  } catch (e) {
    ctx.rows.set(id, berbeda(`Galat tak terduga: "${probe.messageOf(e)}"`));
  }
}

/** Thrown when the run nears its time limit: the group stops, its remaining checks are skipped. */
class TimeUp extends Error {}

const TIME_UP = 'waktu eksekusi hampir habis (uji dihentikan agar pembersihan tetap berjalan)';

/** Runs one check; near the time limit it stops its group instead (so the cleanup still fits). */
function check(ctx: Context, id: CheckId, fn: () => Outcome): void {
  if (Date.now() - ctx.started > START_LIMIT_MS) throw new TimeUp(TIME_UP);
  record(ctx, id, fn);
}

/** A group's shared setup failed (or time ran out): each of its checks not yet judged gets that result. */
function failRest(ctx: Context, ids: readonly CheckId[], e: unknown): void {
  const outcome =
    e instanceof TimeUp ? skipped(TIME_UP) : berbeda(`Persiapan uji gagal: "${probe.messageOf(e)}"`);
  for (const id of ids) if (!ctx.rows.has(id)) ctx.rows.set(id, outcome);
}

/** Checks sharing setup: an exception outside a check fails the group's remaining checks, not the run. */
function group(ctx: Context, ids: readonly CheckId[], fn: () => void): void {
  try {
    if (Date.now() - ctx.started > START_LIMIT_MS) throw new TimeUp(TIME_UP);
    fn();
  } catch (e) {
    failRest(ctx, ids, e);
  }
}

function onCleanup(ctx: Context, what: string, fn: () => void): void {
  ctx.cleanups.push({ what, fn });
}

// ---------- names of a run's scratch objects ----------

const scratchSheetName = (runId: string): string => `Uji Layanan sementara ${runId}`;
const propertyKeys = (runId: string): string[] => [
  `douasn.selfTest.${runId}`,
  `douasn.selfTest.${runId}.besar`,
];
const driveQuery = (runId: string): string =>
  `appProperties has { key='${SELF_TEST_APP_PROPERTY}' and value=${q(runId)} }`;
/** Document property naming the run under way: a run cut off (6-minute limit) leaves it for the next to sweep. */
const RUN_KEY = 'douasn.selfTest.run';
const STORES: readonly probe.Store[] = ['document', 'user', 'script'];

/**
 * Removes what a previous run that was cut off left behind: its scratch sheet (by its exact name), its Drive files
 * (by their appProperties), its properties and the scratch trigger. Returns what it did, or '' when nothing.
 */
function sweepAbortedRun(ctx: Context): string {
  const prev = probe.readProperty('document', RUN_KEY);
  if (!prev || prev === ctx.runId) return '';
  const done: string[] = [];
  const tryTo = (what: string, fn: () => void) => {
    try {
      fn();
      done.push(what);
    } catch (e) {
      ctx.leftovers.push(`${what} dari uji ${prev} (${probe.messageOf(e)})`);
    }
  };
  if (probe.deleteSheetNamed(ctx.ss, scratchSheetName(prev))) done.push(`lembar "${scratchSheetName(prev)}"`);
  const files = listFiles(driveQuery(prev));
  // children before their folder
  files.sort((a, b) => Number(a.mimeType === FOLDER_MIME) - Number(b.mimeType === FOLDER_MIME));
  for (const f of files) tryTo(`berkas Drive "${f.name}"`, () => removeFile(f.id));
  for (const st of STORES) for (const k of propertyKeys(prev)) probe.deleteProperty(st, k);
  const triggers = probe.removeTriggers(SELF_TEST_TRIGGER_HANDLER);
  if (triggers) done.push(`${triggers} pemicu uji`);
  return `Sisa uji yang terputus (${prev}) dibersihkan${done.length ? `: ${done.join(', ')}` : ''}. `;
}

// ---------- sheets ----------

/** The checks whose id starts with one of the prefixes. */
const idsOf = (...prefixes: string[]): CheckId[] =>
  (Object.keys(CHECKS) as CheckId[]).filter((id) => prefixes.some((p) => id.startsWith(p)));

const SHEET_IDS = idsOf('S-');
/** S-1 … S-14: read from one row of typed cells, written and read back in one go. */
const CELL_IDS = SHEET_IDS.filter((id) => Number(id.slice(2)) <= 14);

function sheetChecks(ctx: Context): void {
  const { ss, zone } = ctx;
  const name = scratchSheetName(ctx.runId);
  const sheet = probe.insertScratchSheet(ss, name);
  if (!sheet) throw new Error(`nama lembar uji "${name}" sudah dipakai`);
  onCleanup(ctx, `lembar "${name}"`, () => probe.deleteSheet(ss, sheet));
  // a failure of the typed-cells block fails S-1 … S-14 only
  group(ctx, CELL_IDS, () => {
    const written = new Date(2026, 10, 24, 9, 30);
    const cells: Array<{ value: unknown; format: string }> = [
      { value: NIP, format: '@' }, //                 0  S-1
      { value: NIP, format: 'General' }, //           1  S-2, S-3
      { value: '=1+1', format: '@' }, //              2  S-4
      { value: "'01234", format: 'General' }, //      3  S-5
      { value: "'01234", format: '@' }, //            4  S-6
      { value: '1,5', format: 'General' }, //         5  S-7
      { value: '1.5', format: 'General' }, //         6  S-8
      { value: '+62 812 3456', format: 'General' }, // 7  S-9
      { value: 'BENAR', format: 'General' }, //       8  S-10
      { value: '50%', format: 'General' }, //         9  S-11
      { value: '24/11/2026', format: 'General' }, // 10  S-12
      { value: '08:00', format: 'General' }, //      11  S-13
      { value: written, format: 'General' }, //      12  S-14
    ];
    const got = probe.probeCells(sheet, 1, cells);
    const v = got.values;
    const cellSeen = (i: number): string =>
      `${show(v[i], zone)}; tampil "${got.display[i]}"${got.formulas[i] ? `; rumus "${got.formulas[i]}"` : ''}`;
    const needsId = (fn: () => Outcome) => () =>
      ctx.idLocale ? fn() : skipped(`lokal spreadsheet ${ctx.locale}, bukan id_ID`, cellSeen(0));

    check(ctx, 'S-1', () => judge(v[0] === NIP, cellSeen(0)));
    check(ctx, 'S-2', () => judge(typeof v[1] === 'number' && v[1] === Number(NIP), cellSeen(1)));
    check(ctx, 'S-3', () => {
      const want = ctx.locale.startsWith('id')
        ? '1,98501E+17'
        : ctx.locale.startsWith('en')
          ? '1.98501E+17'
          : null;
      if (want === null)
        return skipped(`lokal spreadsheet ${ctx.locale}: tampilan tidak dimodelkan`, cellSeen(1));
      return judge(got.display[1] === want, cellSeen(1));
    });
    check(ctx, 'S-4', () => judge(got.formulas[2] !== '', cellSeen(2)));
    check(ctx, 'S-5', () => judge(v[3] === '01234', cellSeen(3)));
    check(ctx, 'S-6', () => judge(v[4] === "'01234", cellSeen(4)));
    check(
      ctx,
      'S-7',
      needsId(() => judge(v[5] === 1.5, cellSeen(5))),
    );
    check(
      ctx,
      'S-8',
      needsId(() => judge(v[6] === '1.5', cellSeen(6))),
    );
    check(ctx, 'S-9', () => judge(got.formulas[7] !== '', cellSeen(7)));
    check(
      ctx,
      'S-10',
      needsId(() => judge(v[8] === true, cellSeen(8))),
    );
    check(ctx, 'S-11', () => judge(v[9] === 0.5 && got.display[9] === '50%', cellSeen(9)));
    check(
      ctx,
      'S-12',
      needsId(() =>
        judge(isDate(v[10]) && probe.formatDate(v[10], zone, 'yyyy-MM-dd') === '2026-11-24', cellSeen(10)),
      ),
    );
    check(ctx, 'S-13', () => {
      if (!isDate(v[11])) return berbeda(cellSeen(11));
      const clock = probe.formatDate(v[11], zone, 'yyyy-MM-dd HH:mm');
      const offset = probe.formatDate(v[11], zone, 'Z');
      const offsetOk = zone !== 'Asia/Jakarta' || offset === '+0707';
      return judge(clock === '1899-12-30 08:00' && offsetOk, `${cellSeen(11)}; selisih zona ${offset}`);
    });
    check(ctx, 'S-14', () =>
      judge(
        isDate(v[12]) && v[12].getTime() === written.getTime(),
        `${cellSeen(12)}; ditulis ${show(written, zone)}`,
      ),
    );
  });
  check(ctx, 'S-15', () => {
    const found = probe.sheetByName(ss, name.toUpperCase());
    return judge(found === null, found === null ? 'Tidak ditemukan (null)' : `Ditemukan lembar "${found}"`);
  });
  check(ctx, 'S-16', () => {
    const r = probe.insertOtherCase(ss, name.toUpperCase());
    if (r.ok) return berbeda(`Tidak ditolak: lembar "${r.value}" dibuat (langsung dihapus lagi)`);
    return expectError(
      r,
      `A sheet with the name "${name.toUpperCase()}" already exists. Please enter another name.`,
    );
  });
  check(ctx, 'S-17', () =>
    expectError(
      probe.setValuesWrongShape(sheet, 2),
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    ),
  );
  check(ctx, 'S-18', () =>
    expectError(
      probe.writeText(sheet, 3, 'x'.repeat(50_001)),
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    ),
  );
  check(ctx, 'S-19', () =>
    expectError(
      probe.rangeBelowGrid(sheet),
      'The coordinates of the range are outside the dimensions of the sheet.',
    ),
  );
}

// ---------- documents and Drive ----------

const DOC_IDS = idsOf('D-', 'V-');

interface DriveState {
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

function docChecks(ctx: Context, drive: DriveState): void {
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
  const original = createFromBlob(pdf ?? probe.placeholderPdf(), 'Uji Layanan.pdf', folder.id, {
    ...props,
    douasnSelfTestRole: 'asli',
  });
  drive.files.unshift({ id: original.id, name: original.name });
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
}

/** Removes the scratch Drive files (children first) and judges V-4 and D-9 on what happened. */
function removeDriveFiles(ctx: Context, drive: DriveState): void {
  const failed: string[] = [];
  for (const f of drive.files) {
    try {
      removeFile(f.id);
    } catch (e) {
      failed.push(`${f.name}: ${probe.messageOf(e)}`);
      ctx.leftovers.push(`berkas Drive "${f.name}" (ID ${f.id})`);
    }
  }
  if (drive.folderId) {
    try {
      removeFile(drive.folderId);
    } catch (e) {
      failed.push(`folder: ${probe.messageOf(e)}`);
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

// ---------- forms ----------

const FORM_IDS = idsOf('F-');

function formChecks(ctx: Context, before: ReadonlySet<string>): void {
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
        ctx.leftovers.push(`lembar jawaban uji (${probe.messageOf(e)})`);
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
          `Ditolak: "${probe.messageOf(e)}". Formulir uji sudah ditutup; hapus manual di Google Drive: "${title}" (ID ${start.id})`,
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
}

// ---------- properties, lock, trigger, mail, deployment ----------

function propertyChecks(ctx: Context): void {
  const [key, big] = propertyKeys(ctx.runId);
  const stores: Array<[CheckId, probe.Store]> = [
    ['P-1', 'document'],
    ['P-2', 'user'],
    ['P-3', 'script'],
  ];
  for (const [id, s] of stores) {
    onCleanup(ctx, `properti ${s} "${key}"`, () => probe.deleteProperty(s, key));
    check(ctx, id, () => {
      const value = `nilai uji ${ctx.runId} ✓`;
      const r = probe.propertyRoundTrip(s, key, value);
      return judge(
        r.readBack === value && r.afterDelete === null,
        `Terbaca ${show(r.readBack, ctx.zone)}; setelah dihapus ${show(r.afterDelete, ctx.zone)}`,
      );
    });
  }
  onCleanup(ctx, `properti dokumen "${big}"`, () => probe.deleteProperty('document', big));
  const sized = (bytes: number): string => {
    const r = probe.writeLargeProperty(big, bytes);
    return r.ok ? `Diterima (${r.value} byte terbaca)` : `Ditolak: "${r.error}"`;
  };
  check(ctx, 'P-4', () => {
    const seen = sized(8000);
    return judge(seen.startsWith('Diterima (8000'), seen);
  });
  check(ctx, 'P-5', () => {
    const seen = sized(8100);
    return judge(seen.startsWith('Ditolak'), seen);
  });
  check(ctx, 'P-6', () => {
    const r = probe.writeLargeProperty(big, 9500);
    return r.ok ? berbeda(`Diterima (${r.value} byte terbaca)`) : expectError(r, 'Argument too large: value');
  });
}

function triggerCheck(ctx: Context, source: string | null): void {
  check(ctx, 'T-1', () => {
    const r = probe.probeTimeTrigger(ctx.ss, SELF_TEST_TRIGGER_HANDLER);
    if (r.existing.length)
      return skipped(
        'pemicu waktu add-on sudah terpasang untuk dokumen ini (satu per jenis); tidak diganggu',
        `Terpasang: ${r.existing.join(', ')}`,
      );
    const created = r.created;
    if (!created) return berbeda('Tidak dicoba');
    if (!created.ok) {
      const testMode = source === null || source === 'NONE';
      return testMode
        ? skipped(
            'Google menolak pemicu terpasang (deployment uji tidak mendukungnya)',
            `Ditolak: "${created.error}"`,
          )
        : berbeda(`Ditolak: "${created.error}" (sumber pemasangan ${source})`);
    }
    const del = r.deleted;
    const deleted = del?.ok ? del.value : false;
    return judge(
      r.listedAfterCreate && deleted,
      `Dibuat; ${r.listedAfterCreate ? 'tercantum' : 'TIDAK tercantum'} di getUserTriggers(spreadsheet); ${
        deleted ? 'terhapus' : `tidak terhapus${del && !del.ok ? ` ("${del.error}")` : ''}`
      }`,
    );
  });
}

function infoChecks(ctx: Context, d: probe.Deployment): void {
  check(ctx, 'M-1', () => {
    const r = probe.mailQuota();
    if (!r.ok) return berbeda(`Galat: "${r.error}"`);
    const kind = r.value > 100 ? 'akun Workspace' : 'akun biasa atau Workspace yang sudah terpakai';
    return judge(
      Number.isInteger(r.value) && r.value >= 0 && r.value <= 1500,
      `Sisa ${r.value} penerima hari ini (${kind})`,
    );
  });
  check(ctx, 'I-1', () => {
    const s = d.installationSource;
    if (s === null) return skipped('layanan ini tidak menyediakan ScriptApp.getInstallationSource()');
    const meaning =
      s === 'NONE'
        ? 'bukan add-on terpasang (mis. deployment uji): pemicu waktu tidak tersedia'
        : s === 'APPS_MARKETPLACE_DOMAIN_ADD_ON'
          ? 'dipasang admin domain dari Marketplace'
          : s === 'WEB_STORE_ADD_ON'
            ? 'dipasang pengguna dari Marketplace'
            : '';
    return sesuai(meaning ? `${s}: ${meaning}` : s);
  });
  check(ctx, 'I-2', () => {
    const u = d.effectiveUser;
    if (!u.ok) return berbeda(`Galat: "${u.error}"`);
    return judge(u.value.includes('@'), u.value ? `Email: ${u.value}` : 'Email kosong');
  });
  check(ctx, 'I-3', () =>
    judge(
      d.locale === 'id_ID' && d.timeZone === 'Asia/Jakarta' && d.scriptTimeZone === 'Asia/Jakarta',
      `Lokal ${d.locale}; zona spreadsheet ${d.timeZone}; zona skrip ${d.scriptTimeZone}`,
    ),
  );
}

// ---------- orchestration ----------

/** Runs the cleanups in reverse order of registration; a failing one is recorded, never thrown. */
function cleanUp(ctx: Context): void {
  for (const c of [...ctx.cleanups].reverse()) {
    try {
      c.fn();
    } catch (e) {
      ctx.leftovers.push(`${c.what} (${probe.messageOf(e)})`);
    }
  }
}

/** After the cleanup: no scratch sheet, property, Drive file or trigger left (the form is judged by F-9). */
function verifyClean(ctx: Context, before: readonly string[]): void {
  record(ctx, 'B-1', () => {
    const left = [...ctx.leftovers];
    const known = new Set([...before, SELF_TEST_SHEET]);
    for (const n of probe.sheetNames(ctx.ss)) if (!known.has(n)) left.push(`lembar "${n}"`);
    for (const st of STORES)
      for (const k of propertyKeys(ctx.runId))
        if (probe.readProperty(st, k) !== null) left.push(`properti ${st} "${k}"`);
    if (probe.readProperty('document', RUN_KEY) !== null) left.push(`properti dokumen "${RUN_KEY}"`);
    const files = listFiles(driveQuery(ctx.runId));
    for (const f of files) left.push(`berkas Drive "${f.name}" (ID ${f.id})`);
    const triggers = probe.removeTriggers(SELF_TEST_TRIGGER_HANDLER);
    if (triggers) left.push(`${triggers} pemicu uji (baru saja dihapus)`);
    return judge(
      left.length === 0,
      ctx.swept + (left.length ? `Tersisa, hapus manual: ${left.join('; ')}` : 'Semua terhapus'),
    );
  });
}

/** Google's time: the self-test is run by the admin once per deployment, so it may take a minute. */
export function runSelfTest(): SelfTestResult {
  const started = Date.now();
  const ss = activeSpreadsheet();
  const lock = probe.takeDocumentLock(LOCK_WAIT_MS);
  if (lock && !lock.got) throw new UserError(MSG.busy);
  const ctx: Context = {
    ss,
    started,
    runId: Math.floor(started).toString(36),
    zone: '',
    locale: '',
    idLocale: false,
    rows: new Map(),
    cleanups: [],
    leftovers: [],
    swept: '',
  };
  const before = probe.sheetNames(ss);
  let d: probe.Deployment | null = null;
  try {
    d = probe.deployment(ss);
    ctx.zone = d.timeZone;
    ctx.locale = d.locale;
    ctx.idLocale = d.locale === 'id_ID';
    const source = d.installationSource;
    try {
      ctx.swept = sweepAbortedRun(ctx);
    } catch (e) {
      ctx.leftovers.push(`sisa uji sebelumnya (${probe.messageOf(e)})`);
    }
    probe.setDocumentProperty(RUN_KEY, ctx.runId);
    onCleanup(ctx, `properti dokumen "${RUN_KEY}"`, () => probe.deleteProperty('document', RUN_KEY));
    group(ctx, SHEET_IDS, () => sheetChecks(ctx));
    const drive: DriveState = { files: [], folderId: null, templateId: null };
    onCleanup(ctx, 'berkas Drive uji', () => removeDriveFiles(ctx, drive));
    group(ctx, DOC_IDS, () => docChecks(ctx, drive));
    const beforeForm = new Set(probe.sheetNames(ss));
    group(ctx, FORM_IDS, () => formChecks(ctx, beforeForm));
    group(ctx, ['P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6'], () => propertyChecks(ctx));
    group(ctx, ['T-1'], () => triggerCheck(ctx, source));
    const info = d;
    group(ctx, ['M-1', 'I-1', 'I-2', 'I-3'], () => infoChecks(ctx, info));
  } finally {
    cleanUp(ctx);
    try {
      verifyClean(ctx, before);
    } catch (e) {
      failRest(ctx, ['B-1'], e);
    }
    if (lock) {
      const held = lock.held;
      try {
        const after = lock.release();
        ctx.rows.set(
          'K-1',
          judge(
            held && !after.heldAfter,
            `hasLock selama uji: ${held}; setelah releaseLock: ${after.heldAfter}`,
          ),
        );
      } catch (e) {
        ctx.rows.set('K-1', berbeda(`Galat: "${probe.messageOf(e)}"`));
      }
    } else ctx.rows.set('K-1', berbeda('getDocumentLock() null'));
  }
  const seconds = (Date.now() - started) / 1000;
  ctx.rows.set('W-1', judge(seconds < 300, `${seconds.toFixed(1).replace('.', ',')} detik`));
  return report(ctx);
}

function report(ctx: Context): SelfTestResult {
  const rows: unknown[][] = [];
  const counts = { sesuai: 0, berbeda: 0, dilewati: 0 };
  const berbedaIds: string[] = [];
  for (const [id, def] of Object.entries(CHECKS) as Array<[CheckId, CheckDef]>) {
    const o = ctx.rows.get(id) ?? skipped('tidak dijalankan', 'Tidak dijalankan');
    let seen = o.seen;
    if (o.status === 'Berbeda') {
      counts.berbeda++;
      berbedaIds.push(id);
      if (def.stricter)
        seen +=
          ' — emulator memakai tebakan yang lebih ketat; add-on tetap aman, tetapi laporkan agar tabel diperbarui.';
      if (def.hint) seen += ` — Artinya: ${def.hint}`;
    } else if (o.status === 'Sesuai') counts.sesuai++;
    else counts.dilewati++;
    rows.push([id, def.what, def.assumes, seen, o.status, def.ref]);
  }
  const sheet = writeOutputSheet(ctx.ss, null, SELF_TEST_SHEET, SELF_TEST_COLUMNS, rows);
  try {
    probe.activate(sheet);
  } catch {
    // the report is written; showing it is a courtesy
  }
  const message =
    `Uji Layanan Google selesai: ${counts.sesuai} sesuai, ${counts.berbeda} berbeda, ${counts.dilewati} dilewati. ` +
    (counts.berbeda
      ? `Lihat lembar ${SELF_TEST_SHEET} dan laporkan baris Berbeda (${berbedaIds.join(', ')}) ke tim TI.`
      : `Rincian di lembar ${SELF_TEST_SHEET}.`) +
    (ctx.leftovers.length ? ' Beberapa objek uji perlu dihapus manual (lihat B-1/F-9).' : '');
  return { ...counts, berbedaIds, message, sheet: SELF_TEST_SHEET };
}

/** Handler of the scratch trigger: it is deleted at once, so this only runs if that failed; it removes itself. */
export function removeSelfTestTriggers(): void {
  probe.removeTriggers(SELF_TEST_TRIGGER_HANDLER);
}
