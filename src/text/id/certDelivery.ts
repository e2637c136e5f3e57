// Delivery of made certificates (e-mail of the stored PDF, share links, ZIP, WhatsApp text, who received nothing and
// why, one progress line): the texts the admin reads.

export const DELIVERY_NOTES = {
  /** The stored PDF could not be read back for its e-mail: nothing was sent. */
  pdfGone:
    'Email tidak dikirim: berkas PDF sertifikat ini tidak dapat dibuka lagi di Google Drive admin yang menjalankan (terhapus, atau dibuat admin lain). Bila terhapus, kosongkan sel PDF agar dibuat ulang dengan nomor yang sama, lalu kirim lagi.',
} as const;
