// Indonesian text of the certificate preview (Pratinjau) and the re-issue of one certificate (Terbitkan Ulang).

/** The preview: printed where the number goes, and the start of its file name (so no one takes it for a real one). */
export const PREVIEW_TEXT = {
  number: 'CONTOH \u2013 bukan sertifikat resmi',
  /** The verification code a preview prints (a real one is given when the certificate is issued). */
  sampleCode: 'CONTOH-CONTOH',
  fileName: (kind: string, name: string) => `CONTOH - ${kind} - ${name}.pdf`,
  scratchName: (kind: string) => `Salinan pratinjau ${kind} (jangan diubah)`,
  noTemplate: (kind: string) =>
    `Template ${kind} belum ada: jalankan "Buat Template" dulu, lalu buat pratinjau.`,
  noNumberSlot: (kind: string) =>
    `Template ${kind} tidak memuat {{Nomor}}, sehingga pratinjau tidak dapat ditandai CONTOH. Tambahkan {{Nomor}} ke template.`,
  unknownTraining: (code: string) => `Kegiatan ${code} tidak ditemukan di lembar Kegiatan.`,
  noParticipants: (code: string) => `Belum ada peserta untuk kegiatan ${code} di lembar Peserta.`,
  noSpeakers: (code: string) =>
    `Belum ada narasumber ber-NIP untuk kegiatan ${code}: isi kolom Narasumber dan NIP Narasumber di lembar Sesi.`,
  unknownSpeaker: (code: string, nip: string) =>
    `Narasumber dengan NIP ${nip} tidak tercatat untuk kegiatan ${code} di lembar Sesi (kolom NIP Narasumber).`,
  unknownParticipant: (code: string, nip: string) =>
    `Peserta dengan NIP ${nip} tidak terdaftar pada kegiatan ${code} di lembar Peserta.`,
  noTrainings: 'Belum ada kegiatan di lembar Kegiatan.',
  done: (name: string) =>
    `Pratinjau untuk ${name} sudah dibuat. Nomor dicetak sebagai "CONTOH"; tidak ada nomor yang dipakai.`,
} as const;

/** The re-issue: the ledger notes it writes, its refusals, and the rule it follows (shown in the panel). */
export const REISSUE_TEXT = {
  /** The old row's note (issue 13 reads "Diganti oleh <nomor>" from the Status and this note). */
  replacedBy: (number: string, date: string, reason: string) =>
    `Diganti oleh ${number} pada ${date}${reason ? `: ${reason}` : ''}.`,
  replaces: (number: string) => `Mengganti ${number}.`,
  replacesNoMail: (number: string) =>
    `Mengganti ${number}. Email tidak dikirim ulang; bila perlu, pilih Terbitkan Ulang dengan "kirim email" atau isi kolom Email lalu jalankan Kirim Email Sertifikat.`,
  /** The prefix of the replaced file's name in Drive. */
  filePrefix: 'DIGANTI - ',
  rule: 'Sertifikat yang diterbitkan ulang selalu mendapat nomor baru (nomor berikutnya). Nomor lama tidak pernah dipakai lagi dan tetap tercatat di lembar Sertifikat dengan Status Diganti.',
  notFound: (number: string) => `Sertifikat bernomor ${number} tidak ditemukan di lembar Sertifikat.`,
  notMade: (number: string) =>
    `Sertifikat ${number} belum dibuat (kolom PDF masih kosong): tidak ada yang perlu diterbitkan ulang; perbaiki datanya lalu jalankan Buat Sertifikat.`,
  alreadyReplaced: (number: string, by: string) =>
    `Sertifikat ${number} sudah diganti${by ? ` oleh ${by}` : ''}; terbitkan ulang dari nomor yang berlaku sekarang.`,
  busy: 'Proses sertifikat sedang berjalan. Tunggu sampai selesai atau tekan Hentikan, lalu terbitkan ulang.',
  noLongerEligible: (number: string) =>
    `Peserta sertifikat ${number} tidak lagi memenuhi syarat menurut Rekap Nilai terakhir; sertifikat tidak diterbitkan ulang.`,
  unchanged: (number: string) =>
    `Tidak ada perubahan: data di lembar Peserta dan Kegiatan sama dengan yang tercetak pada ${number}. Perbaiki datanya dulu, atau pilih "Tetap terbitkan ulang".`,
  ledgerStopped: (count: number, errors: readonly string[]) =>
    `Lembar Sertifikat perlu diperbaiki dulu (${count} masalah): ${errors.join(' ')}`,
  started: (oldNumber: string, newNumber: string) =>
    `Sertifikat ${oldNumber} diterbitkan ulang sebagai ${newNumber}.`,
  revoked: (number: string) =>
    `Sertifikat ${number} sudah dicabut; sertifikat yang dicabut tidak diterbitkan ulang. Bila peserta berhak atas sertifikat baru, perbaiki datanya lalu hubungi pengelola untuk menerbitkannya sebagai sertifikat baru.`,
  noAddress: 'Peserta ini tidak punya alamat Email di lembar Peserta: email tidak dikirim.',
} as const;

/** The panel's Pratinjau block (sidebar/sections/certPreview.tsx). */
export const PREVIEW_UI = {
  title: 'Pratinjau',
  hint: 'Lihat satu sertifikat sebelum semuanya dibuat. Nomor dicetak "CONTOH"; tidak ada nomor yang dipakai dan lembar Sertifikat tidak berubah. Bawaan: peserta dengan nama terpanjang.',
  person: 'Peserta',
  speaker: 'Narasumber',
  search: 'Cari nama atau NIP',
  longest: (name: string) => `${name} (nama terpanjang)`,
  kind: 'Jenis',
  make: 'Buat Pratinjau',
  load: 'Pilih Peserta',
  open: 'Buka PDF pratinjau',
  show: 'Tampilkan di panel',
  hide: 'Sembunyikan',
  frameHint: 'Bila pratinjau tidak tampil di panel, buka PDF-nya lewat tautan di atas.',
  frameTitle: (name: string) => `Pratinjau sertifikat ${name}`,
  printedName: 'Nama tercetak',
  printedNumber: 'Nomor tercetak',
  printedPredicate: 'Predikat tercetak',
  printedScore: 'Nilai akhir tercetak',
  none: '(kosong)',
  noMatch: 'Tidak ada peserta yang cocok.',
} as const;

/** The panel's Terbitkan Ulang block (sidebar/sections/certReissue.tsx). */
export const REISSUE_UI = {
  title: 'Terbitkan Ulang atau Cabut',
  hint: 'Untuk satu sertifikat yang salah (misalnya salah ketik nama): perbaiki dulu datanya di lembar Peserta, lalu cari sertifikatnya di sini.',
  rule: REISSUE_TEXT.rule,
  search: 'Cari nama, NIP, atau nomor',
  find: 'Cari',
  none: 'Tidak ada sertifikat yang sudah dibuat dan cocok dengan pencarian.',
  row: (name: string, number: string, code: string) => `${name} · ${number} · ${code}`,
  replaced: (numbers: readonly string[]) => `Sebelumnya: ${numbers.join(', ')}`,
  reason: 'Alasan (dicatat di lembar Sertifikat)',
  reasonPlaceholder: 'Contoh: salah ketik nama',
  reasonFirst: 'Isi alasannya dulu.',
  email: 'Kirim email sertifikat yang baru ke peserta',
  confirmUnchanged: 'Tetap terbitkan ulang walaupun datanya tidak berubah',
  go: 'Terbitkan Ulang',
  confirm: (number: string) =>
    `Sertifikat ${number} akan diganti dengan sertifikat bernomor baru. Nomor ${number} tidak dipakai lagi. Lanjutkan?`,
  yes: 'Ya, terbitkan ulang',
  no: 'Batal',
} as const;
