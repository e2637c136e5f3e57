// The certificate gate (issue 12 items 1–2): Pengaturan help for the predicate policy and the minimum score, the
// Keterangan of Rekap Nilai for them, and the pre-flight confirmation's sentences. Plain Indonesian for the admin.

export const GATE_SETTING_HELP = {
  'Cetak Predikat':
    'Predikat pada sertifikat dan piagam: "Ya" selalu dicetak, "Tidak" tidak pernah dicetak, "Hanya predikat ' +
    'lulus" dicetak hanya bila predikatnya bukan predikat terendah (Tidak Memuaskan). Bila predikat tidak ' +
    'dicetak, nilai akhir juga tidak dicetak.',
  'Nilai Minimum Sertifikat':
    'Nilai akhir minimal (0–100) untuk mendapat sertifikat; kosongkan bila tidak ada batas. Di bawah batas ini ' +
    'peserta tidak mendapat sertifikat dan tidak ikut peringkat piagam.',
} as const;

export const GATE_NOTE = {
  belowMinimum: (score: string, minimum: string) =>
    `Nilai akhir ${score} di bawah nilai minimum sertifikat ${minimum}`,
  noFinalScore: (minimum: string) =>
    `Belum ada nilai akhir, padahal sertifikat memerlukan nilai minimum ${minimum}`,
  openError: (sheet: string, row: number) =>
    `Ada masalah yang harus diperbaiki di lembar ${sheet} baris ${row} (lihat lembar Masalah)`,
} as const;

const rows = (n: number) => `${n} baris`;

export const GATE_TEXT = {
  noTraining: 'Pilih dulu kegiatan yang sertifikatnya akan dibuat.',
  unknownTraining: (code: string) =>
    `Kegiatan ${code} tidak ada di lembar Kegiatan; pilih kegiatan dari daftar di panel.`,
  tooManyTrainings: (max: number) => `Paling banyak ${max} kegiatan dalam satu kali pembuatan sertifikat.`,
  notFinished: (code: string, date: string) =>
    `Kegiatan ${code} baru selesai pada ${date}. Sertifikat yang sudah dibuat tidak dapat ditarik kembali: ` +
    `tunggu sampai kegiatan selesai, atau centang "Kegiatan ${code} belum selesai, tetap buat" bila memang ` +
    `sudah waktunya.`,
  /** One cause of the Errors that stop the run: its label, how many rows, and where (first few). */
  blockingCause: (label: string, count: number, places: readonly string[], more: number) =>
    `${label}: ${rows(count)} (${places.join(', ')}${more > 0 ? `, dan ${more} lainnya` : ''})`,
  blockingIntro: (n: number) =>
    `Ada ${n} masalah di lembar Masalah yang menyangkut peserta kegiatan yang dipilih. Perbaiki dulu, lalu ` +
    `tekan Periksa Data dan buka lagi pemeriksaan ini:`,
  reissueBlockingIntro: (n: number, code: string) =>
    `Ada ${n} masalah di lembar Masalah pada baris peserta ini atau pada data kegiatan ${code} (bukan baris ` +
    `peserta lain). Sertifikat pengganti mencetak data terbaru, jadi perbaiki dulu, lalu tekan Periksa Data dan ` +
    `terbitkan ulang lagi:`,
  place: (sheet: string, row: number | null) => (row === null ? `lembar ${sheet}` : `${sheet} baris ${row}`),
  warningsCounted: (n: number) =>
    `${n} peringatan di lembar Masalah menyangkut kegiatan yang dipilih; peringatan tidak menghentikan pembuatan.`,
  allTrainings: 'semua kegiatan',
  runningElsewhere: (codes: readonly string[]) =>
    `Pembuatan sertifikat untuk ${codes.join(', ')} masih berjalan. Hanya satu pembuatan yang dapat berjalan ` +
    `sekaligus: tunggu sampai selesai atau tekan Hentikan dulu.`,
} as const;

/** Short names of the causes the admin meets most, by problem code; another code is named by its first message. */
export const CAUSE_LABEL: Readonly<Record<string, string>> = {
  'nip.invalid': 'NIP tidak valid',
  'nip.blank': 'NIP kosong',
  'nip.numberTyped': 'NIP tersimpan sebagai angka',
  'reference.nipStoredAsNumber': 'NIP di Peserta tersimpan sebagai angka',
  'reference.nipNotEnrolled': 'NIP tidak terdaftar di Peserta',
  'participant.duplicate': 'Peserta terdaftar dua kali',
  'participant.nameBlank': 'Nama peserta kosong',
  'score.invalid': 'Nilai tidak valid',
  'score.duplicate': 'Nilai tercatat dua kali',
  'attendance.sessionUnknown': 'Sesi tidak ada di lembar Sesi',
  'attendance.duplicate': 'Kehadiran tercatat dua kali',
  'response.nipNumberTyped': 'NIP pada respons tersimpan sebagai angka',
  'response.nipNotEnrolled': 'NIP pada respons tidak terdaftar',
  'response.nipNotEnrolledTyped': 'NIP pada respons tidak terdaftar',
  'response.nipNumberTypedTyped': 'NIP pada respons tersimpan sebagai angka',
  'trainingRef.unknown': 'Kode Kegiatan tidak ada di lembar Kegiatan',
  'trainingRef.blank': 'Kode Kegiatan kosong',
  'setting.invalid': 'Isian Pengaturan tidak dapat dibaca',
};

/** The pre-flight's summary lines (the sidebar shows the figures; the menu and messages use these). */
export const SUMMARY_TEXT = {
  predicateNone: 'tanpa predikat',
  reasons: {
    attendance: 'Kehadiran di bawah batas',
    minimum: 'Nilai akhir di bawah nilai minimum',
    noPost: 'Tidak ada nilai Post-Test',
    nip: 'NIP tidak valid',
    openError: 'Ada masalah yang belum diperbaiki pada barisnya',
    other: 'Alasan lain (lihat Keterangan di Rekap Nilai)',
  },
} as const;

/** The gate's panel (sidebar/sections/certGate.tsx). */
export const GATE_UI = {
  title: 'Kegiatan yang dibuatkan sertifikat',
  check: 'Periksa kegiatan terpilih',
  start: 'Mulai untuk kegiatan terpilih',
  confirmUnfinished: (code: string) => `Kegiatan ${code} belum selesai, tetap buat`,
  notEnded: 'belum selesai',
  certificates: (toMake: number, made: number) => `Sertifikat: ${toMake} akan dibuat, ${made} sudah dibuat`,
  charters: (toMake: number, made: number) => `Piagam: ${toMake} akan dibuat, ${made} sudah dibuat`,
  speakers: (toMake: number, made: number) =>
    `Sertifikat Narasumber: ${toMake} akan dibuat, ${made} sudah dibuat`,
  emails: (n: number, quota: number | null) =>
    quota === null ? `Email: ${n} akan dikirim` : `Email: ${n} akan dikirim (sisa kuota hari ini ${quota})`,
  predicates: 'Predikat yang dicetak',
  nothing: 'Tidak mendapat sertifikat',
  names: 'Lihat nama',
  blocked: 'Belum dapat dimulai:',
  warnings: (n: number) => `${n} peringatan (tidak menghentikan)`,
  checkWarnings: 'Catatan pemeriksaan',
  ready: 'Siap dimulai. Periksa angka di atas sebelum menekan Mulai.',
  changed: 'Pilihan berubah: tekan Periksa lagi.',
} as const;
