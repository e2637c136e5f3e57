// Indonesian text of the certificates area: templates and folders, pre-flight, the ledger's notes, batches, quotas,
// e-mail, the hourly trigger, and the default template's wording.

/** "a, b, c, dan 4 lainnya": at most three names. */
export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown}, dan ${names.length - 3} lainnya` : shown;
}

const unknownPlaceholder = (where: string, raw: string, suggestion: string | null) =>
  `${where}: penanda isian ${raw} tidak dikenal${suggestion ? `; mungkin maksudnya {{${suggestion}}}` : ''}.`;

/** Pre-flight: what stops a run before any file is made (errors) and what the admin should know (warnings). */
export const PREFLIGHT_TEXT = {
  templateMissing: (kind: string) => `Template ${kind} belum ada: jalankan "Buat Template" dulu.`,
  templateUnreadable: (kind: string) =>
    `Template ${kind} tidak dapat dibuka (terhapus?): jalankan "Buat Template" untuk membuatnya lagi.`,
  templateUnknownPlaceholder: (kind: string, raw: string, suggestion: string | null) =>
    unknownPlaceholder(`Template ${kind}`, raw, suggestion),
  settingUnknownPlaceholder: (label: string, raw: string, suggestion: string | null) =>
    unknownPlaceholder(`Pengaturan "${label}"`, raw, suggestion),
  brokenPlaceholder: (kind: string, text: string) =>
    `Template ${kind}: "${text}" tampak seperti penanda isian yang tidak lengkap.`,
  charterWithoutRank: 'Template Piagam tidak memuat {{Peringkat}}.',
  /** Issue 13 item 1: a template without the QR prints certificates no one can check by scanning. */
  templateWithoutQr: (kind: string, withCode: boolean) =>
    `Template ${kind} tidak memuat {{QR Verifikasi}}${withCode ? '' : ' maupun {{Kode Verifikasi}}'}: ` +
    `${kind.toLowerCase()} yang dibuat tidak dapat dicek keasliannya dengan memindai. Ketik {{QR Verifikasi}} ` +
    'di paragraf tersendiri (misalnya di kiri tempat tanda tangan) dan {{Kode Verifikasi}} di bawahnya, atau ' +
    'bila template belum pernah Anda ubah, hapus template itu di Drive lalu klik Buat Template lagi.',
  numberFormat: (kind: string, problem: string) => `Pengaturan "Format Nomor ${kind}": ${problem}`,
  codeTooLong: (code: string) =>
    `Kode Kegiatan "${code}" terlalu panjang untuk penanda berkas Drive; persingkat kodenya.`,
  numberTooLong: (kind: string, number: string) =>
    `Nomor ${kind} "${number}" terlalu panjang untuk penanda berkas Drive; persingkat "Format Nomor ${kind}" di lembar Pengaturan.`,
  missingValue: (kind: string, code: string, count: number, placeholder: string, who: readonly string[]) =>
    `${kind} ${code}: ${count} penerima tanpa nilai untuk {{${placeholder}}} (${listNames(who)})`,
  missingRequired: (text: string) => `${text}. Lengkapi datanya dulu.`,
  missingOptional: (text: string) => `${text}; bagian itu akan kosong.`,
  notFinished: (code: string, end: string) =>
    `Kegiatan ${code} belum selesai (sampai ${end}); sertifikat dibuat dari data saat ini.`,
  noAddress: (count: number, who: readonly string[]) =>
    `${count} penerima tanpa Email di lembar Peserta (${listNames(who)}); tidak dikirimi email.`,
  emailQuota: (left: number, need: number) =>
    `Kuota email hari ini tersisa ${left} penerima, perlu ${need}; sisanya dikirim setelah kuota pulih (24 jam setelah pemakaian pertamanya).`,
  emailTooLong: (bytes: number, max: number) =>
    `Pengaturan "Subjek Email" dan "Isi Email" bersama-sama ${bytes} bita; paling banyak ${max} bita agar tersimpan bersama proses. Persingkat isinya.`,
  toIssuePdf: (n: number) =>
    `Akan dibuat ${n} PDF: ${n} konversi berkas (kuota harian 2.000 akun biasa / 4.000 Workspace) dan satu dokumen kerja per tahap. Bila kuota habis, proses berhenti rapi dan dapat dilanjutkan setelah kuota pulih (24 jam setelah pemakaian pertamanya).`,
  toIssueDocs: (n: number) =>
    `Akan dibuat ${n} Google Dokumen dan ${n} PDF (kuota harian dokumen 250 akun biasa / 1.500 Workspace). Mode "PDF" jauh lebih hemat kuota.`,
  /** Who a recipient is in a list: the name, else the NIP. */
  who: (name: string, nip: string) => name || `NIP ${nip}`,
} as const;

/** Notes the add-on writes in the `Catatan` column of `Sertifikat` (also read back: keep them stable). */
export const LEDGER_NOTES = {
  notEligible:
    'Tidak lagi memenuhi syarat menurut Rekap Nilai terakhir; nomor tetap tercatat dan tidak dipakai ulang.',
  duplicate: 'Baris ganda untuk sertifikat yang sama; diabaikan (baris pertama yang dipakai).',
  failed: (attempt: number, message: string) => `Gagal (percobaan ${attempt}): ${message}`,
  /** Every failure note starts so (a success clears it). */
  failedPrefix: 'Gagal',
  mailFailed: (message: string) => `Gagal mengirim email: ${message}. Periksa lalu kirim ulang bila perlu.`,
  restored:
    'Dipulihkan dari berkasnya di Google Drive (baris ini sempat terhapus); nomornya tetap. Email tidak dikirim otomatis: bila perlu, isi kolom Email lalu jalankan Kirim Email Sertifikat.',
  fileNotFound:
    'Berkas PDF tidak ditemukan di Google Drive admin yang menjalankan (terhapus, atau dibuat admin lain); bila terhapus, kosongkan sel PDF agar dibuat ulang dengan nomor yang sama.',
  notFrozen:
    'Nilai yang dicetak belum tersimpan di baris ini (baris ditambahkan setelah proses dimulai?); tekan Mulai lagi untuk menyertakannya.',
  // e-mail whose outcome is unknown (Status Mengirim): written before the send, cleared once it is confirmed
  sending:
    'Email sedang dikirim. Bila Status tetap Mengirim, belum pasti email ini sampai: periksa folder Terkirim di Gmail, lalu di panel Sertifikat pilih "Kirim Ulang" atau "Tandai Terkirim".',
  mailUnknown: (message: string) =>
    `Belum pasti email ini terkirim: Google menjawab "${message}" saat mengirim. Periksa folder Terkirim di Gmail, lalu di panel Sertifikat pilih "Kirim Ulang" atau "Tandai Terkirim".`,
  /** Marks the rows an admin's resend request covers (read back by the resend run: keep it stable). */
  resend: 'Akan dikirim ulang atas permintaan admin.',
  markedSent: 'Ditandai Terkirim oleh admin (sebelumnya belum pasti terkirim).',
} as const;

/** Problems with a certificate number format (`{nomor:3}/DOU-ASN/{kode}/{tahun}`). */
export const NUMBER_FORMAT_TEXT = {
  width: (token: string) => `Lebar nomor {${token}} harus 1–9.`,
  unknown: (token: string, near: string | null) =>
    `Kode {${token}} tidak dikenal${near ? `; mungkin maksudnya {${near}}` : ''}.`,
  noNumber: 'Format harus memuat {nomor} atau {nomor:N}, agar setiap nomor berbeda.',
} as const;

/** Which daily quota an error names (the message starts a sentence when capitalised). */
export const QUOTA_NAMES = {
  email: 'kuota email harian',
  conversions: 'kuota konversi berkas (PDF) harian',
  documents: 'kuota pembuatan dokumen harian',
  triggerTime: 'kuota harian waktu proses terjadwal',
  other: 'kuota harian Google',
} as const;

/** A run's state for the panel and the menu. */
export const RUN_TEXT = {
  preflightFailed: (count: number, errors: readonly string[]) =>
    `Pra-periksa menemukan ${count} kesalahan; tidak ada berkas yang dibuat. ${errors.join(' ')}`,
  running: 'Sedang berjalan.',
  stopped: 'Dihentikan. Yang sudah dibuat tetap tercatat; lanjutkan kapan saja.',
  none: 'Belum ada sertifikat.',
  made: (done: number, total: number) => `${done} dari ${total} sertifikat/piagam sudah dibuat.`,
  /** "26 November 2026 pukul 09.05" */
  at: (date: string, hours: number, minutes: number) =>
    `${date} pukul ${String(hours).padStart(2, '0')}.${String(minutes).padStart(2, '0')}`,
  did: (made: number, sent: number, email: boolean, unknown = 0) =>
    `${made} dibuat${email ? `, ${sent} email terkirim` : ''}${unknown ? `, ${unknown} email belum pasti terkirim` : ''} pada tahap ini`,
  /** Appended to a run's message while some e-mails are Mengirim (outcome unknown). */
  unknownMails: (n: number, sheet: string) =>
    n
      ? ` ${n} email belum pasti terkirim (Status Mengirim di lembar ${sheet}): periksa folder Terkirim di Gmail, lalu di panel Sertifikat pilih "Kirim Ulang" atau "Tandai Terkirim". Email itu tidak dikirim ulang dengan sendirinya.`
      : '',
  noUnknownMails: 'Tidak ada email yang belum pasti terkirim.',
  resendBusy:
    'Proses sertifikat masih berjalan atau menunggu kuota: hentikan dulu (Berhenti) atau tunggu sampai selesai, lalu kirim ulang.',
  markedSent: (n: number, sheet: string) =>
    `${n} email ditandai Terkirim di lembar ${sheet}. Email itu tidak dikirim lagi.`,
  quota: (o: { quota: string; did: string; count: string; resume: string; known: boolean; auto: boolean }) =>
    `${o.quota} habis (${o.did}). ${o.count}. ` +
    `Google memulihkan kuota 24 jam setelah pemakaian pertamanya: Lanjutkan setelah ${o.resume}` +
    `${o.known ? '' : ' (paling lambat)'}; ${
      o.auto
        ? 'jadwal otomatis per jam akan melanjutkannya.'
        : 'klik Lanjutkan di panel Sertifikat (bila kuota belum pulih, proses berhenti lagi dengan rapi).'
    }`,
  emailQuota: 'Kuota email harian',
  /** `count` is the run's one progress line (src/text/id/certDelivery.ts PROGRESS_TEXT.count). */
  done: (o: { count: string; failed: number; sheet: string }) =>
    `Selesai: ${o.count}${o.failed ? `; ${o.failed} gagal, lihat Catatan di lembar ${o.sheet}` : ''}.`,
  going: (o: { count: string; did: string; how: string }) => `${o.count} (${o.did}). ${o.how}`,
  howAuto: 'Jadwal otomatis per jam melanjutkannya; panel juga dapat melanjutkan.',
  howNoTrigger: 'Add-on tidak dapat melanjutkan sendiri per jam di sini; lanjutkan dari panel.',
  howPanel: 'Lanjutkan dari panel.',
  menuNext: (message: string) => `${message}\n\nBuka Panel → Sertifikat untuk melanjutkan tahap berikutnya.`,
} as const;

/** Batches: the scratch document and a template that changed since pre-flight. */
export const BATCH_TEXT = {
  scratchName: (kind: string) => `DOU ASN - dokumen kerja ${kind} (boleh dihapus)`,
  unknownInMerge: (kind: string, raw: readonly string[]) =>
    `Template ${kind}: penanda isian ${raw.join(', ')} tidak dikenal. Tekan "Periksa" di panel Sertifikat.`,
  unknownInScan: (kind: string, raw: readonly string[]) =>
    `Template ${kind}: penanda isian ${raw.join(', ')} tidak dikenal.`,
} as const;

/** Notes the hourly trigger leaves for the admin when it cannot go on (shown by the panel). */
export const TRIGGER_NOTES = {
  noDocument:
    'Jadwal otomatis per jam DOU ASN tidak dapat membuka spreadsheet (sebagai add-on, proses terjadwal berjalan tanpa dokumen) dan telah dihapus. Buka spreadsheet yang sedang membuat sertifikat, lalu klik Lanjutkan di panel Sertifikat.',
  failed: (message: string, sheet: string) =>
    `Jadwal otomatis per jam DOU ASN berhenti karena kesalahan dan telah dihapus: ${message}. Periksa lembar ${sheet}, lalu klik Lanjutkan di panel Sertifikat.`,
} as const;

const OWN_BUTTON = '"Buat Template Sendiri" di Panel → Sertifikat';

/** "Buat Template", and why another admin's templates and folders cannot be used (drive.file is per user). */
export const TEMPLATES_TEXT = {
  foreign: (who: string, you: string) =>
    `Templat dan folder sertifikat dibuat oleh ${who}; Google hanya mengizinkan add-on membuka berkas yang dibuat ` +
    `lewat akun Anda sendiri, jadi templat, folder, dan PDF buatan ${who} tidak dapat dipakai add-on saat berjalan ` +
    `dengan akun Anda${you ? ` (${you})` : ''}. Pilih salah satu: minta ${who} yang menjalankan "Buat Sertifikat", ` +
    `atau buat templat dan folder Anda sendiri dengan ${OWN_BUTTON} (templat baru memakai tampilan bawaan; ` +
    `sertifikat yang sudah Dibuat atau Terkirim tetap tercatat dan tidak dibuat ulang).`,
  otherAdmin: 'admin lain',
  unreachable: (own: boolean) =>
    `Folder sertifikat ${own ? 'yang tercatat untuk akun Anda' : 'yang tercatat'} tidak dapat dibuka oleh add-on: ` +
    `terhapus permanen, dibuat oleh admin lain, atau add-on kini berjalan di project Google Cloud lain (Google ` +
    `hanya mengizinkan add-on membuka berkas yang dibuat lewat akun dan project yang sama). Bila berkas lama masih ` +
    `ada, jalankan add-on dari project semula; atau buat templat dan folder baru dengan ${OWN_BUTTON} (sertifikat ` +
    `yang sudah Dibuat tetap tercatat).`,
  certificateTemplate: 'Template Sertifikat',
  charterTemplate: 'Template Piagam',
  speakerTemplate: 'Template Sertifikat Narasumber',
  folder: 'Folder Sertifikat',
  rootFolderName: (spreadsheet: string) => `Sertifikat DOU ASN - ${spreadsheet}`,
  templateFileName: (kind: 'Sertifikat' | 'Piagam' | 'Sertifikat Narasumber') =>
    `Template ${kind === 'Piagam' ? 'Piagam Penghargaan' : kind} DOU ASN`,
  created: (names: readonly string[]) =>
    `Dibuat: ${names.join(', ')}. Template bisa diubah di Google Dokumen; penanda isian seperti {{Nama}} diganti dengan data peserta saat sertifikat dibuat.`,
  nothingNew: 'Template dan folder sudah ada; tidak ada yang dibuat ulang.',
  /** Rows a cut-off batch of this admin's old folder set started (another Cloud project, or a deleted folder). */
  elsewhereOwn: (rows: string) =>
    `Baris ${rows} di lembar Sertifikat terhenti saat dibuat dengan folder sertifikat lama Anda, yang kini tidak ` +
    `dapat dibuka add-on (project Google Cloud lain atau folder terhapus); PDF-nya mungkin sudah ada di sana. ` +
    `Agar tidak ada PDF ganda, baris itu tidak dilanjutkan: jalankan add-on dari project semula untuk ` +
    `menyelesaikannya, atau tempel tautan PDF yang sudah ada di kolom PDF baris itu.`,
  /** Rows another admin's cut-off batch started. */
  elsewhereOther: (rows: string, who: string) =>
    `Baris ${rows} di lembar Sertifikat dimulai oleh ${who} tetapi prosesnya terhenti sebelum tercatat; PDF-nya ` +
    `mungkin sudah ada di folder ${who}, yang tidak dapat dilihat add-on lewat akun Anda. Agar tidak ada PDF ganda, ` +
    `baris itu tidak dilanjutkan: minta ${who} membuka Panel → Sertifikat dan menekan Lanjutkan atau Mulai sampai ` +
    `baris itu selesai.`,
} as const;

/** The wording of the default templates (DESIGN §5.7); the layout is src/gas/docs.ts. */
export const TEMPLATE_WORDS = {
  // the agency and city come from Pengaturan at merge time (core/certificateLook.ts)
  government: '{{Pemerintah Daerah}}',
  agency: '{{Instansi}}',
  certificateTitle: 'SERTIFIKAT',
  charterTitle: 'PIAGAM PENGHARGAAN',
  number: 'Nomor: {{Nomor}}',
  givenTo: 'diberikan kepada',
  name: '{{Nama}}',
  nip: 'NIP. {{NIP}}',
  position: '{{Jabatan}} · {{Pangkat/Golongan}} · {{Unit Kerja}}',
  attended: 'telah mengikuti Pengembangan Kompetensi DOU ASN (Dari, Oleh, Untuk ASN)',
  theme: '“{{Tema}}” ({{Kode Kegiatan}})',
  certificateDetails: 'pada {{Tanggal Pelaksanaan}} di {{Tempat}} selama {{JP}} JP.',
  /**
   * The grade on a line of its own, so that the page still reads when Cetak Predikat leaves it empty (issue 12: the
   * gate sets Predikat and Nilai Akhir to '' together; a sentence around them would be left half-empty).
   */
  grade: '{{Predikat}}',
  score: '{{Nilai Akhir}}',
  charterRank: 'sebagai Peserta Terbaik Peringkat {{Peringkat}}',
  charterDetails:
    'pada Pengembangan Kompetensi DOU ASN “{{Tema}}” ({{Kode Kegiatan}}), {{Tanggal Pelaksanaan}} di {{Tempat}}, {{JP}} JP.',
  /** Sertifikat Narasumber (issue 15 item 5): the speaker's agency, role, what and how long they taught. */
  speakerAgency: '{{Unit Kerja}}',
  speakerRole: 'sebagai NARASUMBER',
  speakerAttended: 'pada Pengembangan Kompetensi DOU ASN (Dari, Oleh, Untuk ASN)',
  speakerTopic: 'dengan materi {{Materi}}',
  speakerDetails: 'pada {{Tanggal Pelaksanaan}} di {{Tempat}}, {{JP}} JP.',
  /** Verification (issue 13): the QR image where {{QR Verifikasi}} stands, and the code printed under it. */
  qr: '{{QR Verifikasi}}',
  verification: 'Kode verifikasi: {{Kode Verifikasi}}',
  placeAndDate: '{{Kota Terbit}}, {{Tanggal Terbit}}',
  signerTitle: '{{Jabatan Penandatangan}}',
  signer: '{{Penandatangan}}',
  signerNip: 'NIP. {{NIP Penandatangan}}',
} as const;

/**
 * The `Sertifikat` ledger checked against the files in Drive, and its header (src/core/ledgerIntegrity.ts,
 * src/features/certificateLedger.ts): each message names the sheet, the row, the column and the file.
 */
export const LEDGER_CHECK_TEXT = {
  at: (sheet: string, row: number, column: string) => `Lembar "${sheet}" baris ${row} kolom ${column}`,
  numberInvalid: (at: string, value: string) =>
    `${at} berisi "${value}", bukan nomor yang diterbitkan add-on (rumus atau nilai yang diketik?). Nomor itu tidak akan dicetak. Hapus isinya (nomor baru diberikan) atau tulis kembali nomornya sebagai teks, lalu mulai lagi.`,
  numberTwice: (at: string, number: string, firstRow: number) =>
    `${at}: nomor "${number}" sudah dipakai di baris ${firstRow} untuk kegiatan dan jenis yang sama. Satu nomor hanya untuk satu sertifikat: hapus nomor di baris ini (nomor baru diberikan), lalu mulai lagi.`,
  numberTaken: (at: string, number: string, file: string, nip: string) =>
    `${at}: nomor "${number}" sudah tercetak di berkas "${file}" milik NIP ${nip}. Nomor yang sudah tercetak tidak dipakai ulang: hapus nomor di baris ini (nomor baru diberikan), lalu mulai lagi.`,
  numberChanged: (at: string, number: string, file: string, fileNumber: string) =>
    `${at} berisi "${number}", padahal berkas "${file}" sudah tercetak dengan nomor "${fileNumber}". Tulis kembali "${fileNumber}" di sel itu, lalu mulai lagi.`,
  keyChanged: (at: string, value: string, file: string, fileValue: string, fileNumber: string) =>
    `${at} berisi "${value}", padahal berkas PDF "${file}" di baris itu diterbitkan untuk "${fileValue}"${fileNumber ? ` dengan nomor "${fileNumber}"` : ''}. Tulis kembali "${fileValue}" di sel itu; bila orangnya memang lain, tambahkan baris baru untuknya dan biarkan baris ini. Lalu mulai lagi.`,
  fileTrashed: (at: string, file: string, number: string) =>
    `${at}: berkas PDF "${file}" (nomor "${number}") ada di Sampah Google Drive. Pulihkan berkas itu dari Sampah; atau, bila sertifikatnya perlu dibuat ulang, kosongkan sel PDF di baris ini: berkas baru dibuat dengan nomor yang SAMA. Lalu mulai lagi.`,
  fileGone: (at: string, link: string, number: string) =>
    `${at}: berkas PDF di baris ini (${link}, nomor "${number}") tidak ditemukan di Google Drive Anda: terhapus selamanya, atau dibuat oleh admin lain. Bila terhapus, kosongkan sel PDF di baris ini agar sertifikatnya dibuat ulang dengan nomor yang SAMA, lalu mulai lagi.`,
  orphanTrashed: (sheet: string, file: string, number: string, nip: string) =>
    `Lembar "${sheet}": berkas PDF "${file}" (nomor "${number}", NIP ${nip}) ada di Sampah Google Drive dan barisnya sudah terhapus dari lembar. Pulihkan berkas itu dari Sampah (barisnya dikembalikan otomatis), atau hapus berkas itu selamanya dari Sampah bila memang tidak berlaku. Lalu mulai lagi.`,
  restored: (sheet: string, file: string, number: string, nip: string) =>
    `Lembar "${sheet}": baris sertifikat NIP ${nip} (nomor "${number}") terhapus; dipulihkan dari berkas "${file}" di Google Drive dengan nomor yang sama.`,
  headerMissing: (sheet: string, row: number, headers: readonly string[]) =>
    `Lembar "${sheet}" baris ${row} (baris judul): kolom ${headers.map((h) => `"${h}"`).join(', ')} tidak ditemukan, padahal lembar itu sudah berisi baris sertifikat. Add-on tidak menambah kolom kosong di samping data (nomor dan NIP yang sudah tercatat bisa hilang). Tulis kembali judul kolomnya di baris ${row} di atas isinya (persis seperti tertulis), lalu mulai lagi.`,
  headerIsRecord: (sheet: string, row: number) =>
    `Lembar "${sheet}" baris ${row} berisi data sertifikat, bukan judul kolom: baris judul kolom terhapus? Sisipkan kembali baris judul (Kode Kegiatan, Jenis, Nomor, NIP, Nama, Status, …) di atas data, atau batalkan penghapusannya (Edit → Urungkan), lalu mulai lagi. Tidak ada yang ditulis ke lembar itu.`,
  headerRepaired: (sheet: string, row: number, header: string) =>
    `Lembar "${sheet}" baris ${row}: judul kolom "${header}" diubah; kolomnya dikenali dari isinya dan judulnya ditulis kembali.`,
  /** The run's message when the check stopped it (the errors are listed after it). */
  stopped: (n: number) =>
    `Lembar Sertifikat tidak cocok dengan berkas di Google Drive (${n} masalah); tidak ada yang dibuat.`,
} as const;
