// Delivery of made certificates (e-mail of the stored PDF, share links, ZIP, WhatsApp text, who received nothing and
// why, one progress line): the texts the admin reads.

import { UPLOAD_SIGNED_AT } from './certTte';

export const DELIVERY_NOTES = {
  /** The stored PDF could not be read back for its e-mail: nothing was sent. */
  pdfGone:
    'Email tidak dikirim: berkas PDF sertifikat ini tidak dapat dibuka lagi di Google Drive admin yang menjalankan (terhapus, atau dibuat admin lain). Bila terhapus, kosongkan sel PDF agar dibuat ulang dengan nomor yang sama, lalu kirim lagi.',
  /** Sharing by link was refused by Google (a domain policy): the PDF stays private. */
  shareRefused:
    'Tautan PDF tidak dapat dibagikan: Google menolak (kebijakan domain organisasi Anda mungkin melarang berbagi ke luar). PDF tetap tersimpan dan dapat dikirim lewat email.',
} as const;

/** Share links (Bagikan Tautan PDF). */
export const SHARE_TEXT = {
  refused: `Tautan PDF tidak dapat dibagikan: Google menolak. Kebijakan domain organisasi Anda mungkin melarang berbagi "siapa saja yang memiliki tautan"; minta admin Google Workspace mengizinkannya, atau setel Bagikan Tautan PDF = Tidak. Yang lain tetap berjalan.`,
  off: 'Bagikan Tautan PDF di lembar Pengaturan bernilai Tidak: setel Ya dulu untuk membagikan tautan PDF.',
  done: (shared: number, left: number) =>
    `${shared} tautan PDF dibagikan${left ? `; ${left} lagi, klik Bagikan Tautan sekali lagi` : ''}.`,
  none: 'Semua PDF yang sudah dibuat sudah memiliki tautan.',
} as const;

/** The one progress line of a run (every surface shows exactly this) and its estimate. */
export const PROGRESS_TEXT = {
  /** "Dibuat 30 dari 121 · Terkirim 2 dari 105 (16 tanpa email)" */
  count: (o: {
    made: number;
    total: number;
    sent: number;
    withAddress: number;
    noAddress: number;
    email: boolean;
  }) =>
    `Dibuat ${o.made} dari ${o.total}` +
    (o.email || o.sent > 0
      ? ` · Terkirim ${o.sent} dari ${o.withAddress}${o.noAddress ? ` (${o.noAddress} tanpa email)` : ''}`
      : ''),
  minutes: (n: number) => `± ${n} menit lagi`,
  /** `when` is "besok" or "pukul 09.05" (today) or a date. */
  quota: (when: string, quota: string) => `lanjut ${when}: ${quota} habis`,
  mailTomorrow: (minutes: number, waiting: number) =>
    `± ${minutes} menit lagi; ${waiting} email lanjut besok (kuota email harian)`,
  tomorrow: 'besok',
  at: (hh: number, mm: number) => `pukul ${String(hh).padStart(2, '0')}.${String(mm).padStart(2, '0')}`,
} as const;

/** ZIP per training. */
export const ZIP_TEXT = {
  name: (code: string, part: number) => `Sertifikat ${code} - bagian ${part}.zip`,
  noFolder: (code: string) =>
    `Belum ada folder sertifikat untuk kegiatan ${code} di Google Drive Anda: buat sertifikatnya dulu.`,
  none: (code: string) => `Belum ada PDF sertifikat kegiatan ${code} yang sudah dibuat.`,
  done: (files: number, parts: number, missing: number) =>
    `${files} PDF dimasukkan ke ${parts} berkas ZIP di folder kegiatan${
      missing
        ? `; ${missing} PDF tidak dapat dibuka (terhapus, atau dibuat admin lain) dan tidak termasuk`
        : ''
    }.`,
  incomplete: (left: number) =>
    ` Waktu eksekusi hampir habis: ${left} PDF belum masuk; klik Unduh ZIP lagi untuk membuat ulang semuanya.`,
} as const;

/** WhatsApp-ready texts (No. HP in Peserta, the PDF's view link). */
export const WHATSAPP_TEXT = {
  message: (o: { name: string; kind: string; theme: string; link: string }) =>
    `Yth. ${o.name}, ${o.kind.toLowerCase()} Anda untuk kegiatan ${o.theme} sudah terbit dan dapat diunduh di: ${o.link} . Terima kasih.`,
  sharingOff:
    'Teks WhatsApp memerlukan tautan PDF: setel Bagikan Tautan PDF = Ya di lembar Pengaturan, lalu klik Bagikan Tautan.',
  noPhones: (sheet: string) =>
    `Belum ada peserta kegiatan ini dengan No. HP yang valid: isi kolom No. HP di lembar ${sheet}.`,
  noLink: 'PDF belum memiliki tautan: klik Bagikan Tautan.',
  notMade: 'PDF belum dibuat.',
} as const;

/** Why someone received nothing, as the panel and the ledger's Catatan say it. */
export const NOTHING_TEXT = {
  noAddress:
    'Tidak ada alamat email (kolom Email di lembar Peserta kosong): isi lalu jalankan Kirim Email Sertifikat.',
  badAddress: 'Alamat email ditolak Google: periksa kolom Email di lembar Peserta.',
  unknown: 'Belum pasti terkirim (Status Mengirim): periksa folder Terkirim di Gmail.',
  waitingEmail: 'Menunggu giliran dikirim.',
  waitingEmailQuota: 'Menunggu kuota email harian pulih.',
  emailNotAsked: 'PDF sudah dibuat; email belum diminta (Kirim Email Sertifikat).',
  notMadeQuota: (quota: string) => `PDF belum dibuat: ${quota} habis; dilanjutkan setelah kuota pulih.`,
  notMadeYet: 'PDF belum dibuat (proses belum selesai).',
  notMadeFailed: 'PDF belum dapat dibuat: lihat Catatan di lembar Sertifikat.',
  notEligible: 'Tidak memenuhi syarat menurut Rekap Nilai.',
  pdfGone: 'Berkas PDF tidak dapat dibuka lagi di Google Drive (terhapus, atau dibuat admin lain).',
  unsigned: `PDF belum ditandatangani (Mode TTE = Tag): unggah PDF bertanda tangan di ${UPLOAD_SIGNED_AT}, lalu jalankan Kirim Email Sertifikat.`,
  /** The panel's heading over the list. */
  heading: (n: number) => `${n} belum menerima apa pun`,
} as const;

/** The delivery part of the Sertifikat panel (sidebar/sections/certDelivery.tsx). */
export const DELIVERY_UI = {
  title: 'Pengiriman',
  hint: 'Email melampirkan PDF yang sudah tersimpan (tanpa membuat ulang), kapan saja kuota email masih ada.',
  nothingNone: 'Semua sertifikat yang dibuat sudah terkirim.',
  showNames: 'Tampilkan nama',
  hideNames: 'Sembunyikan nama',
  more: (n: number) => `… dan ${n} lainnya (lihat lembar Sertifikat).`,
  share: 'Bagikan Tautan',
  shareHint:
    'Membagikan PDF yang sudah dibuat: siapa saja yang memiliki tautan dapat melihat (Bagikan Tautan PDF = Ya).',
  zip: 'Unduh ZIP',
  zipHint: (code: string) => `PDF kegiatan ${code} dalam berkas ZIP (maks. 150 PDF atau 20 MB per bagian).`,
  zipPart: (name: string, files: number) => `${name} (${files} PDF)`,
  whatsApp: 'Teks WhatsApp',
  whatsAppHint: (code: string) => `Teks siap kirim untuk peserta kegiatan ${code} yang memiliki No. HP.`,
  open: 'Buka WhatsApp',
  copyLabel: (name: string) => `Teks WhatsApp untuk ${name}`,
  noActive: 'Pilih kegiatan aktif dulu (bagian Kegiatan).',
} as const;
