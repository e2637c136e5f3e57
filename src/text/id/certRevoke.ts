// Indonesian text of "Cabut" (revoking a made certificate, issue 13) and of its part of the panel.

export const REVOKE_TEXT = {
  noReason:
    'Tulis alasan pencabutan dulu (mis. "data peserta tidak benar"). Alasan ini tampil di halaman verifikasi.',
  busy: 'Proses sertifikat sedang berjalan. Tunggu sampai selesai atau tekan Hentikan, lalu cabut sertifikat.',
  notFound: (number: string) => `Sertifikat bernomor ${number} tidak ditemukan di lembar Sertifikat.`,
  notMade: (number: string) =>
    `Sertifikat ${number} belum dibuat (kolom PDF masih kosong), jadi tidak ada yang perlu dicabut.`,
  superseded: (number: string, by: string) =>
    `Sertifikat ${number} sudah diganti${by ? ` oleh ${by}` : ''}. Bila perlu, cabut nomor yang berlaku sekarang.`,
  already: (number: string, reason: string) =>
    `Sertifikat ${number} sudah dicabut${reason ? ` (alasan: ${reason})` : ''}. Tidak ada yang diubah.`,
  /** The ledger note of a revoked row. */
  note: (date: string, reason: string) => `Dicabut pada ${date}: ${reason}.`,
  /** The prefix of the revoked file's name in Drive. */
  filePrefix: 'DICABUT - ',
  done: (number: string, name: string) =>
    `Sertifikat ${number} atas nama ${name} sudah dicabut. Kode QR-nya sekarang menampilkan "Dicabut" beserta alasannya; sertifikat ini tidak akan dikirim atau dibagikan lagi. Nomornya tidak dipakai lagi.`,
} as const;

export const REVOKE_UI = {
  title: 'Cabut Sertifikat',
  hint: 'Untuk sertifikat yang tidak sah lagi (mis. diterbitkan keliru). Nomor tetap tercatat dan tidak dipakai lagi; halaman verifikasi menampilkan "Dicabut" dengan alasannya. Pencabutan tidak dapat dibatalkan. Untuk memperbaiki data (mis. salah ketik nama), gunakan Terbitkan Ulang.',
  reason: 'Alasan pencabutan (tampil di halaman verifikasi)',
  action: 'Tindakan',
  yes: 'Ya, cabut',
  revokedMark: '(dicabut)',
  already: 'Sertifikat ini sudah dicabut; tidak dapat diterbitkan ulang atau dicabut lagi.',
  button: 'Cabut Sertifikat',
  confirm: (number: string, name: string) =>
    `Cabut sertifikat ${number} atas nama ${name}? Pencabutan tidak dapat dibatalkan.`,
} as const;
