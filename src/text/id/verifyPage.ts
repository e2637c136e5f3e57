// Indonesian text of the public verification page (src/core/verifyPage.ts, verify/main.ts).

export const VERIFY_TEXT = {
  title: 'Verifikasi Sertifikat',
  intro:
    'Ketik kode verifikasi yang tercetak pada sertifikat (12 huruf/angka, mis. 7K2Q-M9XD-4TRA), atau pindai kode QR-nya.',
  valid: 'Sertifikat ini SAH dan BERLAKU.',
  revoked: 'Sertifikat ini telah DICABUT dan tidak berlaku.',
  superseded: (number: string) =>
    `Sertifikat ini telah DIGANTI${number ? ` oleh sertifikat nomor ${number}` : ''} dan tidak berlaku lagi.`,
  reason: 'Alasan',
  replacement: 'Sertifikat pengganti',
  unknown: 'Kode verifikasi tidak ditemukan.',
  unknownHelp:
    'Periksa kembali kode yang Anda ketik (huruf O dan angka 0 dianggap sama, begitu pula I, L dan 1). Bila kode sudah benar namun tetap tidak ditemukan, sertifikat tersebut tidak tercatat dan sebaiknya dikonfirmasi kepada instansi penerbit.',
  codeLabel: 'Kode verifikasi',
  check: 'Periksa',
  number: 'Nomor',
  kind: 'Jenis',
  name: 'Nama',
  nip: 'NIP',
  training: 'Kegiatan',
  dates: 'Tanggal pelaksanaan',
  jp: 'Jumlah JP',
  issued: 'Tanggal terbit',
  code: 'Kode verifikasi',
  footer:
    'Halaman ini hanya menampilkan data sertifikat yang kodenya Anda masukkan. NIP ditampilkan sebagian untuk melindungi data pribadi.',
  /** The page cannot read its registry (not set up, or no access): said plainly, nothing else shown. */
  unavailable:
    'Layanan verifikasi sedang tidak dapat membaca data sertifikat. Silakan coba beberapa saat lagi atau hubungi instansi penerbit.',
} as const;
