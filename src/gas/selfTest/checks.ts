// The checks of Uji Layanan Google, in report order: per check what is tried, what the emulator assumes Google does
// (its stricter guesses included), and the row of the emulator's fidelity table (emulator/README.md) it proves.

import type { OutputColumn } from '../../core/schema';

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
/** A valid PNS NIP the sheet checks write. */
export const NIP = '198501012010011001';

export type Status = 'Sesuai' | 'Berbeda' | `Dilewati: ${string}`;

export interface CheckDef {
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
    assumes: 'Menjadi angka 0,5, tampil "50%", dengan format angka persen (getNumberFormats memuat %)',
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
  'S-20': {
    what: 'Lembar: ID lembar (getSheetId) setelah nama lembar diganti',
    assumes: 'ID tetap sama (add-on mengenali lembar hasilnya dari ID ini, bukan dari nama)',
    ref: 'SpreadsheetApp: «`Sheet.getSheetId()`… kept through `setName`»',
  },
  'S-21': {
    what: 'Lembar: tautan Rich Text ke sebuah sel (kolom Buka Sel di lembar Masalah)',
    assumes:
      'Sel berisi teks "Buka C13" dan getRichTextValue().getLinkUrl() mengembalikan tautan yang dipasang',
    ref: 'SpreadsheetApp: «Rich Text links… `setRichTextValues`»',
    hint: 'Bila Berbeda, tautan Buka Sel di lembar Masalah mungkin tidak berfungsi; klik masalah di panel untuk membuka selnya.',
  },
  'S-22': {
    what: 'Lembar: memindahkan lembar aktif (moveActiveSheet) ke posisi pertama lalu terakhir',
    assumes:
      'getIndex() menjadi 1, lalu sama dengan getNumSheets(); lembar yang sedang dibuka admin aktif kembali',
    ref: 'SpreadsheetApp: «`Spreadsheet.moveActiveSheet(pos)` moves the active sheet to the 1-based position»',
    hint: 'Bila Berbeda, lembar respons formulir mungkin tetap di depan; urutan tab tidak memengaruhi hasil.',
  },
  'S-23': {
    what: 'Lembar: perlindungan lembar "hanya peringatan" (seperti pada lembar hasil yang baru dibuat)',
    assumes:
      'isWarningOnly() true, keterangannya tersimpan, satu perlindungan lembar; tulisan skrip tetap berjalan',
    ref: 'SpreadsheetApp: «`Sheet.protect()`… `setWarningOnly(true)`»',
    hint: 'Bila Berbeda, lembar hasil tidak memberi peringatan saat diketik; catatan di sel A1 tetap ada.',
  },
  'D-1': {
    what: 'Dokumen: penggabungan sertifikat add-on (ScratchMerger) pada template yang paragraf terakhirnya berisi penanda isian {{…}}, dua sertifikat berturut-turut',
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
  'D-10': {
    what: 'Dokumen: gambar disisipkan di awal paragraf yang teksnya dikosongkan replaceText (QR di samping tanda tangan)',
    assumes:
      'Gambar sisipan menjadi anak pertama paragraf, sebelum gambar yang sudah ada: INLINE_IMAGE(7),INLINE_IMAGE(40)',
    ref: 'DocumentApp #15f: «`Paragraph.insertInlineImage(childIndex, image)`…»; #15e (inline images side by side)',
    hint: 'Pada template bawaan dengan tanda tangan, QR bisa tercetak di kanan tanda tangan; pindahkan {{QR Verifikasi}} ke paragraf sendiri bila tampilannya tidak pas.',
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
  'V-5': {
    what: 'Drive: berkas uji dibuang ke Sampah (Files.update trashed), lalu dicari lewat appProperties tanpa "trashed = false"',
    assumes: 'Berkas di Sampah tetap ditemukan, dengan trashed true dan appProperties-nya utuh',
    ref: 'Drive #25, #31a: «a list by `appProperties has {…}` without `trashed = false` returns it with `trashed: true`»',
    hint: 'tanpa ini add-on tidak dapat membedakan PDF sertifikat yang dibuang ke Sampah dari yang sudah terhapus.',
  },
  'V-6': {
    what: 'Drive: PDF uji diganti namanya dan appProperties-nya ditambah dalam satu Files.update (seperti Terbitkan Ulang menandai berkas lama)',
    assumes:
      'Nama baru dan appProperties baru tersimpan, yang lama tetap; modifiedTime diberikan bila diminta',
    ref: 'Drive #31b, #31c',
    hint: 'tanpa ini berkas sertifikat yang diganti tidak dapat ditandai "DIGANTI".',
  },
  'V-7': {
    what: 'Drive: PDF uji dibaca kembali isinya (UrlFetchApp ke Drive files.get alt=media dengan token add-on)',
    assumes:
      'Isi yang kembali sama persis dengan PDF yang diunggah; cakupan drive.file cukup untuk berkas buatan add-on',
    ref: 'UrlFetchApp #35b: «the content of a file the add-on made, with its own token»',
    hint: 'tanpa ini email sertifikat hanya dapat dikirim pada hari PDF-nya dibuat (PDF harus dibuat ulang).',
  },
  'V-8': {
    what: 'Drive: PDF uji dibagikan "siapa saja yang memiliki tautan dapat melihat" (Drive.Permissions.create type anyone)',
    assumes:
      'Diizinkan (akun pribadi); di domain yang melarang berbagi ke luar, Google menolak dan add-on menyampaikannya',
    ref: 'Drive #31d: «permissions.create type anyone, role reader»',
    hint: 'Bagikan Tautan PDF tidak dapat dipakai di domain ini (kebijakan berbagi); email tetap berjalan.',
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
  'F-10': {
    what: 'Formulir kuis: nilai 5 diberikan skrip (setScore, withItemGrade, submitGrades) pada soal berpoin 1',
    assumes:
      'getScore() kemudian memberi 5, di atas poin soal (tebakan yang lebih ketat: add-on menolak nilai seperti itu)',
    ref: 'FormApp #31',
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
  'U-1': {
    what: 'Utilities: SHA-256 (computeDigest) dari deretan byte bertanda, termasuk byte di atas 127',
    assumes: 'Sama dengan SHA-256 byte-byte itu (dipakai untuk PDF bertanda tangan, Mode TTE)',
    ref: 'Utilities: «`computeDigest` (MD5, SHA_1, SHA_256, SHA_384, SHA_512) → signed bytes»; «computeDigest of a Byte[]»',
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

/** The checks whose id starts with one of the prefixes. */
export const idsOf = (...prefixes: string[]): CheckId[] =>
  (Object.keys(CHECKS) as CheckId[]).filter((id) => prefixes.some((p) => id.startsWith(p)));
