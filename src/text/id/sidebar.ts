// The sidebar's and the help dialog's text (Bahasa Indonesia), by section. `**x**` marks a button or menu name shown
// in bold (sidebar/components/ui.tsx's Rich renders it as text, never as markup).

import { ADDON_TITLE } from '../../shared/strings';
import { NEW_VERSION_BUTTON } from './forms';
import { MENU_CAPTIONS as M } from './menu';
import { PANEL_TEXT } from './panel';

export const PANEL = {
  title: ADDON_TITLE,
  loading: 'Memuat…',
  retry: 'Coba lagi',
  reload: 'Muat ulang panel',
  reloadShort: 'Muat ulang',
  empty: `Belum ada kegiatan. Klik **${M.menuSetup}**, lalu isi lembar Kegiatan.`,
  activeTraining: 'Kegiatan aktif',
  noDates: 'Tanggal belum diisi',
  participants: (n: number) => `${n} peserta`,
  healthy: 'Tidak ada masalah',
  problemCounts: (errors: number, warnings: number) => `${errors} kesalahan · ${warnings} peringatan`,
  noData: 'Belum ada data',
  noDataHint: 'Isi lembar Kegiatan dan Peserta dulu; setiap langkah memerlukan keduanya.',
  unchecked: 'Belum diperiksa',
  uncheckedHint: `Data belum diperiksa. Klik **${M.menuCheck}** di bagian Persiapan.`,
  checkedAt: (when: string) => `Diperiksa ${when}`,
  levelName: PANEL_TEXT.levelName,
  filterLabel: 'Saring menurut tingkat',
  filterAll: 'Semua',
  trainingFilter: 'Kegiatan',
  trainingFilterAll: 'Semua kegiatan',
  /** A problem of no one training (a whole sheet, a setting) is shown under every training's filter. */
  wholeWorkbook: 'Semua kegiatan',
  showList: 'Lihat',
  hideList: 'Tutup',
  problemList: 'Daftar masalah data',
  row: (n: number) => `baris ${n}`,
  column: (c: string) => `kolom ${c}`,
  cellSelected: (a1: string, sheet: string) => `Sel ${a1} di lembar ${sheet} dipilih.`,
  fullList: (n: number) => `Daftar lengkap ada di lembar Masalah (${n} baris).`,
  reminders: 'Pengingat evaluasi pasca pelatihan',
  followUp: (code: string, theme: string, endDate: string) =>
    `${code} · ${theme} (selesai ${endDate}): formulir Pasca Pelatihan belum ada respons.`,
} as const;

/** Why a data step's button is greyed out, and how to enable it (issue 14 item 2). */
export const NOT_READY = `Belum bisa: lembar kerja belum lengkap. Klik **${M.menuSetup}** di bagian Persiapan dulu.`;

export const SETUP = {
  title: 'Persiapan',
  ready: 'Siap',
  notReady: 'Belum siap',
  readyHint: `Lembar kerja lengkap. Isi lembar Kegiatan, Sesi, Peserta dan Soal, lalu klik **${M.menuCheck}**.`,
  noSheets: `Lembar kerja ${ADDON_TITLE} belum dibuat. `,
  missing: (sheets: readonly string[]) => `Belum ada lembar: ${sheets.join(', ')}. `,
  setupHint: `Klik **${M.menuSetup}** untuk membuat lembar yang diperlukan. Isian yang sudah ada tidak diubah.`,
  setup: M.menuSetup,
  check: M.menuCheck,
  checkWhy: `Belum bisa: lembar kerja belum dibuat. Klik **${M.menuSetup}** dulu.`,
} as const;

export const FORMS = {
  title: 'Formulir',
  count: (n: number) => `${n} formulir`,
  responses: (n: number) => `${n} respons`,
  responsesTitle: 'Jumlah respons',
  fillLink: 'Tautan isi',
  fillLinkLabel: (kind: string) => `Buka formulir ${kind} untuk diisi`,
  edit: 'Edit',
  editLabel: (kind: string) => `Edit formulir ${kind}`,
  qr: 'Kode QR',
  hideQr: 'Sembunyikan QR',
  qrLabel: (kind: string) => `Kode QR formulir ${kind}`,
  qrImage: (kind: string, code: string) => `Kode QR formulir ${kind} ${code}`,
  fullScreen: 'Tampilkan layar penuh',
  registered: (sheet: string) => `Didaftarkan lewat lembar "${sheet}"`,
  noParticipants: 'Belum ada peserta untuk kegiatan ini.',
  formKind: 'Jenis formulir',
  copyLink: 'Salin tautan',
  copyLinkLabel: (kind: string) => `Salin tautan formulir ${kind}`,
  copyAll: 'Salin semua untuk WhatsApp',
  /** The WhatsApp-ready list of personal links: *bold* title, one numbered line per person. */
  whatsApp: (kind: string, code: string, lines: ReadonlyArray<{ name: string; url: string }>) =>
    [
      `*${kind} ${code}*`,
      'Silakan isi lewat tautan pribadi Anda (NIP sudah terisi):',
      '',
      ...lines.map((l, i) => `${i + 1}. ${l.name}: ${l.url}`),
    ].join('\n'),
  link: 'Tautan',
  linkLabel: (kind: string, name: string) => `Tautan ${kind} untuk ${name}`,
  pickTraining: 'Pilih atau isi kegiatan dulu; formulir dibuat per kegiatan.',
  createHint: `Klik **${M.menuCreateForms}**: Pre-Test, Post-Test, Presensi, Evaluasi dan Pasca Pelatihan dibuat dari lembar Soal, Sesi dan Aspek Evaluasi. Membuat ulang tidak menggandakan formulir.`,
  shareHint: `Bagikan tautan isi atau tampilkan kode QR di layar. Setelah peserta mengisi, klik **${M.menuPullResponses}**.`,
  create: M.menuCreateForms,
  pull: M.menuPullResponses,
  pullMore: 'Lanjutkan Tarik Respons',
  imported: (when: string) => `Respons ${when}`,
  list: 'Daftar formulir',
  participantLinks: 'Tautan per peserta',
  newVersion: (n: number) => `${NEW_VERSION_BUTTON} (${n} formulir)`,
  newVersionTitle: 'Buat versi baru formulir',
  newVersionAsk: (n: number) =>
    `${n} formulir di atas sudah berisi respons atau dibuat sendiri, jadi tidak diubah. Versi baru adalah formulir baru dengan isi terkini; respons formulir lama tetap dibaca. Tautan dan kode QR lama tidak berlaku untuk versi baru: bagikan yang baru. Lanjutkan?`,
  newVersionYes: 'Ya, buat versi baru',
  cancel: 'Batal',
} as const;

export const SCORES = {
  title: 'Nilai & Peringkat',
  itemsTitle: (n: number) => `Soal yang perlu diperiksa (${n})`,
  itemNo: (no: number) => `No. ${no}.`,
  itemsLegend: 'Cara membaca Analisis Soal',
  participants: 'Peserta',
  certified: 'Bersertifikat',
  ranked: 'Diperingkat',
  awards: 'Piagam',
  classGain: 'N-Gain kelas',
  meanGain: 'Rata-rata N-Gain peserta',
  gainOfMeans: 'N-Gain dari rata-rata kelas',
  prePost: 'Rata-rata Pre-Test dan Post-Test',
  pre: 'Pre-Test',
  post: 'Post-Test',
  classMean: 'Rata-rata kelas',
  top: '5 besar',
  topList: 'Peringkat teratas',
  rank: (n: number) => `Peringkat ${n}`,
  award: 'Piagam',
  noneRanked: 'Belum ada peserta yang diperingkat (perlu Post-Test dan syarat sertifikat).',
  hint: 'Setelah respons ditarik (atau nilai diketik di lembar Nilai), klik **Hitung Nilai**. Hasilnya di lembar Rekap Nilai dan Analisis Soal.',
  compute: 'Hitung Nilai',
  noScores: 'Kegiatan aktif belum punya nilai.',
  others: 'Kegiatan lain',
  othersChart: 'Pre-Test dan Post-Test kegiatan lain',
} as const;

export const EVALUATION = {
  title: 'Evaluasi',
  subjects: (n: number) => `${n} subjek`,
  session: (n: number, speaker: string) => `Sesi ${n}: ${speaker}`,
  respondents: (n: number) => `${n} responden`,
  hint: `Indeks kepuasan narasumber dan penyelenggaraan dari formulir Evaluasi. Klik **${M.menuEvaluation}** setelah respons ditarik.`,
  compute: M.menuEvaluation,
  none: 'Belum ada respons evaluasi untuk kegiatan aktif.',
  speakers: 'Narasumber',
  organisers: 'Penyelenggaraan',
  // Rekap Narasumber and the honorarium (issue 15 item 5)
  payTitle: 'Rekap Narasumber',
  payLine: (speakers: number, jp: string) => `${speakers} narasumber · ${jp} JP mengajar`,
  payTotals: (gross: string, net: string) => `Honorarium bruto ${gross} · neto ${net}`,
  payMissing: (n: number) =>
    `${n} narasumber tanpa honorarium: Golongan, Kategori Tarif atau tarifnya belum diisi (lihat Masalah).`,
  payNotUsed:
    'Honorarium belum dihitung: isi Golongan Narasumber dan Kategori Tarif di lembar Sesi, dan Tarif per JP di Pengaturan.',
} as const;

/** Rupiah as an admin reads it: "Rp 1.250.000" (whole rupiah, dots between thousands). */
export function rupiah(n: number): string {
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}Rp ${digits}`;
}

export const JP = {
  belowTitle: (n: number, year: number | null) =>
    `Belum mencapai target${year ? ` tahun ${year}` : ''} (${n} ASN)`,
  /** The years Riwayat JP and Capaian 20 JP cover, each with where its figures come from. */
  coveredTitle: 'Tahun tercakup',
  coveredYear: (year: number, own: boolean, sources: readonly string[]) =>
    `${year} (${[...(own ? ['buku kerja ini'] : []), ...sources].join(', ')})`,
  coverageTitle: (year: number | null, basis: string) =>
    `Capaian 20 JP${year ? ` tahun ${year}` : ''} (dasar: ${basis === 'Daftar ASN' ? 'Daftar ASN' : 'peserta pelatihan'})`,
  coverageStatus: (status: string, reached: number, asn: number, percent: string) =>
    `${status || 'ASN'} ${reached}/${asn} (${percent}%)`,
  untrained: 'belum ada JP',
  pppk: 'PPPK',
  belowUnit: (unit: string, n: number) => `${unit}: ${n} ASN`,
  belowJp: (jp: string, short: string) => `${jp} JP, kurang ${short}`,
  noUnit: 'Unit Kerja kosong',
  allReached: 'Semua ASN tahun ini sudah mencapai target JP.',
  title: M.menuJp,
  reached: (reached: number, people: number) => `${reached}/${people} tercapai`,
  hint: `Jam Pelajaran (JP) tiap ASN per tahun dibanding target. Klik **${M.menuJp}** setelah nilai dihitung.`,
  compute: M.menuJp,
  people: 'ASN',
  /** The Rekap JP stats say the years of this workbook's trainings they count. */
  peopleOf: (years: string) => (years ? `ASN (${years})` : 'ASN'),
  reachedOf: (years: string) => (years ? `Tercapai (${years})` : 'Tercapai'),
  reachedLabel: 'Tercapai',
  year: 'Tahun',
  perUnit: (year: number | null) => `Persen ASN tercapai per unit${year ? ` (${year})` : ''}`,
  chart: 'Persen ASN yang mencapai target JP per unit kerja',
  /** After a unit's name in the chart, never cut: how many of its ASN reached the target. */
  unitCount: (reached: number, asn: number) => `(${reached}/${asn})`,
  none: 'Belum ada data JP.',
} as const;

export const CERTIFICATES = {
  title: 'Sertifikat',
  quotaLead: (when: string) =>
    `Kuota harian Google habis. Klik Lanjutkan ${when ? `setelah ${when}` : 'setelah kuota pulih (24 jam setelah pemakaian pertamanya)'}.`,
  quotaSaved: (lead: string) =>
    `${lead} Kemajuan tersimpan di lembar Sertifikat; tidak ada yang dibuat dua kali.`,
  paused: 'Dihentikan. Klik Lanjutkan kapan saja.',
  stopped: 'Dihentikan.',
  stopping: 'Menghentikan setelah tahap ini selesai…',
  certificateTemplate: 'Template Sertifikat',
  charterTemplate: 'Template Piagam',
  speakerTemplate: 'Template Sertifikat Narasumber',
  folder: 'Folder hasil',
  errors: 'Kesalahan',
  warnings: 'Peringatan',
  templatesReady:
    'Template siap. Ubah tampilannya di Google Dokumen bila perlu, lalu pilih kegiatan dan klik Periksa kegiatan terpilih.',
  templatesHint: `Klik **${M.menuTemplates}** untuk membuat template Sertifikat dan Piagam (Google Dokumen, A4 mendatar) dengan isian seperti {{Nama}} dan {{Nomor}}.`,
  runHint:
    'Centang kegiatannya, klik **Periksa kegiatan terpilih**, baca ringkasannya, lalu **Mulai untuk kegiatan terpilih**. Pekerjaan berjalan per tahap (masing-masing di bawah 6 menit); ',
  panelDrives:
    'biarkan panel ini terbuka sampai selesai: panel yang menjalankan tahap berikutnya (add-on tidak dapat melanjutkan sendiri per jam).',
  panelMayStay: 'panel boleh dibiarkan terbuka sampai selesai.',
  ownTemplates: 'Buat Template Sendiri',
  makeTemplates: M.menuTemplates,
  resume: 'Lanjutkan',
  stop: 'Berhenti',
  progress: 'Kemajuan pembuatan sertifikat',
  progressText: (made: number, total: number, failed: number) =>
    `${made} dari ${total}${failed > 0 ? `, ${failed} gagal` : ''}`,
  done: 'Selesai',
  failed: 'Gagal',
  emailed: 'Terkirim',
  remaining: 'Sisa',
  email: 'Kirim Email',
  emailLater: 'Aktif setelah sertifikat dibuat',
  emailNow: 'Kirim PDF sertifikat ke email peserta',
  // e-mails whose outcome is unknown (Status Mengirim)
  unknown: 'Belum pasti',
  unknownTitle: (n: number) =>
    `${n} email belum pasti terkirim: eksekusi terputus atau Google menjawab galat saat email itu dikirim.`,
  unknownHint:
    'Periksa folder Terkirim di Gmail akun yang menjalankan add-on. Bila email itu ada, pilih Tandai Terkirim; bila tidak ada, pilih Kirim Ulang. Add-on tidak mengirim ulang dengan sendirinya.',
  unknownRow: (name: string, nip: string, code: string, row: number | null) =>
    `${name} (NIP ${nip}), ${code}${row ? `, baris ${row}` : ''}`,
  unknownMore: (n: number) => `dan ${n} lainnya (lihat Status Mengirim di lembar Sertifikat)`,
  resendUnknown: 'Kirim Ulang',
  markUnknownSent: 'Tandai Terkirim',
  confirmResend: (n: number) =>
    `Kirim ulang ${n} email ini? Penerima yang sudah menerimanya akan menerima email kedua.`,
  confirmMarkSent: (n: number) =>
    `Tandai ${n} email ini sebagai Terkirim? Email itu tidak akan dikirim lagi.`,
  confirmYes: 'Ya, lanjutkan',
  confirmNo: 'Batal',
} as const;

/** Copying a link or a list (issue 14 item 7). */
export const COPY = {
  done: 'Tersalin',
  manual: 'Browser menolak menyalin otomatis. Teks sudah dipilih: tekan Ctrl+C (⌘C di Mac).',
} as const;

export const QR = {
  tooLong: 'Tautan terlalu panjang untuk kode QR.',
  scan: 'Pindai untuk mengisi',
  scanHint: 'Arahkan kamera ponsel ke kode ini, lalu buka tautannya.',
  download: 'Unduh PNG',
  fileName: (title: string) => `QR ${title}.png`,
  dialog: (title: string) => `Kode QR: ${title}`,
  image: (title: string) => `Kode QR ${title}`,
  close: 'Tutup',
} as const;

/** What the sidebar says when a call did not give its result (the server's own messages come with the answer). */
export const FAILURE = {
  /** A failure the add-on does not know (a bug): its own words are the folded detail. */
  unknown:
    'Terjadi kesalahan yang tidak terduga; yang sudah tersimpan aman. Coba lagi; bila terulang, kirim rincian teknis di bawah ini kepada pengelola add-on.',
  noDetail: 'tidak ada keterangan',
  detail: 'Rincian teknis',
  emptyAnswer: 'jawaban server kosong',
  noRunner: `google.script.run tidak tersedia (buka panel dari menu Ekstensi › ${ADDON_TITLE}).`,
} as const;

export const HELP = {
  title: `Bantuan ${ADDON_TITLE}`,
  stepsTitle: 'Urutan kerja',
  /** Once, after installing (before the steps). */
  once: [
    M.menuSelfTest,
    'sekali setelah add-on dipasang: memeriksa layanan Google yang dipakai add-on dan menulis lembar Uji Layanan.',
  ] as readonly [string, string],
  /** The steps in the order of the panel's sections and the menu (test/unit/stepOrder.test.ts). */
  steps: [
    [M.menuSetup, 'membuat lembar yang belum ada, dengan judul kolom, pilihan dan kotak centang.'],
    ['Isi lembar', 'Kegiatan, Sesi, Peserta, Soal (dan Nilai/Kehadiran bila diketik manual).'],
    [M.menuCheck, 'mencari isian yang salah; klik masalah di panel untuk menuju selnya.'],
    [
      M.menuCreateForms,
      'Pre-Test, Post-Test, Presensi, Evaluasi dan Pasca Pelatihan; bagikan tautan atau kode QR.',
    ],
    [M.menuPullResponses, 'mengambil jawaban peserta dari formulir.'],
    [M.menuScores, 'Rekap Nilai, peringkat, 5 besar, N-Gain dan Analisis Soal.'],
    [M.menuEvaluation, 'indeks kepuasan narasumber dan penyelenggaraan.'],
    [M.menuJp, 'JP tiap ASN dan unit, dan siapa yang belum mencapai target.'],
    [M.menuTemplates, 'template Sertifikat dan Piagam di Google Dokumen; boleh diubah tampilannya.'],
    [M.menuCertificates, 'Periksa, lalu Mulai; PDF dibuat per tahap dan dicatat di lembar Sertifikat.'],
    [
      M.menuSiasn,
      'riwayat kursus tiap sertifikat untuk SIASN: lembar Ekspor SIASN, berkas xlsx dan JSON per kegiatan.',
    ],
  ] as ReadonlyArray<readonly [string, string]>,
  troubleTitle: 'Bila ada kendala',
  trouble: [
    [
      'NIP tampil 1,98E+17',
      "NIP tersimpan sebagai angka dan digit terakhirnya hilang. Format kolom NIP sebagai Teks biasa (Format › Angka › Teks biasa), lalu ketik ulang NIP-nya; atau awali dengan tanda petik (').",
    ],
    [
      'Proses lain sedang berjalan',
      'Add-on mengunci spreadsheet selama satu langkah berjalan (mungkin di tab lain atau oleh admin lain). Tunggu sampai selesai, lalu coba lagi.',
    ],
    [
      'Kuota harian habis',
      'Pekerjaan berhenti dengan rapi; Google memulihkan kuota 24 jam setelah pemakaian pertamanya. Klik Lanjutkan setelah itu: yang sudah dibuat dilewati.',
    ],
    [
      'Batas waktu 6 menit',
      'Sertifikat dibuat per tahap di bawah 6 menit; biarkan panel terbuka sampai selesai. Bila panel tertutup, buka lagi dan klik Lanjutkan.',
    ],
  ] as ReadonlyArray<readonly [string, string]>,
  /** Terms that must stay, said once in plain words (issue 14 item 4). */
  glossaryTitle: 'Istilah',
  glossary: [
    ['JP', 'jam pelajaran; satu JP = 45 menit. Setiap ASN ditargetkan 20 JP per tahun.'],
    ['NIP', 'nomor induk pegawai, 18 digit; selalu disimpan sebagai teks agar tidak ada digit yang hilang.'],
    ['Pre-Test / Post-Test', 'tes sebelum dan sesudah pelatihan; selisihnya menunjukkan peningkatan.'],
    ['N-Gain', 'peningkatan nilai dibanding ruang yang masih tersisa: (Post − Pre) / (100 − Pre).'],
    [
      'Tingkat Kesukaran',
      'Mudah, Sedang atau Sukar, menurut persen peserta yang menjawab soal itu benar di Post-Test.',
    ],
    [
      'Daya Beda',
      'seberapa baik soal membedakan peserta yang kuat dan yang lemah; di bawah 0,20 perlu diperbaiki.',
    ],
    [
      'Indeks evaluasi',
      'rata-rata penilaian peserta dibagi nilai tertinggi skalanya, dikali 100; kategorinya menurut Pengaturan.',
    ],
    ['Penanda isian', 'teks seperti {{Nama}} di template sertifikat yang diganti dengan data tiap peserta.'],
    ['Tahap', 'sertifikat dibuat beberapa puluh sekaligus, tiap tahap di bawah batas 6 menit Google.'],
    [
      'Jadwal otomatis (pemicu)',
      'proses yang dijalankan Google tiap jam tanpa panel terbuka, untuk melanjutkan sertifikat.',
    ],
    [
      'Kode Verifikasi',
      'kode unik tiap sertifikat; dengan kode QR-nya siapa pun dapat memeriksa keaslian sertifikat.',
    ],
    ['TTE', 'tanda tangan elektronik (BSrE); PDF yang sudah ditandatangani diunggah kembali ke add-on.'],
    [
      'SIASN',
      'sistem data ASN milik BKN; pelatihan baru dihitung untuk 20 JP setelah tercatat di sana sebagai riwayat kursus.',
    ],
  ] as ReadonlyArray<readonly [string, string]>,
  guide: 'Panduan lengkap: docs/panduan-admin.md di repositori add-on, dengan gambar tiap layar.',
  panelTitle: 'Bantuan',
  sheetsTitle: 'Isi tiap lembar',
  sheetColumn: 'Lembar',
  contentColumn: 'Isinya',
  sheets: [
    ['Kegiatan', 'satu baris per kegiatan: kode, tema, tanggal, tempat, penandatangan'],
    ['Sesi', 'jadwal tiap sesi, materi, narasumber, JP'],
    ['Peserta', 'NIP (18 digit, sebagai teks), nama, jabatan, unit kerja, email'],
    ['Kehadiran', 'centang Hadir per sesi (atau lewat formulir Presensi)'],
    ['Nilai', 'nilai yang diketik manual; mengalahkan nilai dari formulir'],
    ['Soal', 'soal pilihan ganda Pre-/Post-Test dan kuncinya'],
    ['Aspek Evaluasi', 'aspek yang dinilai untuk narasumber dan penyelenggaraan'],
    ['Pengaturan', 'bobot nilai, batas kehadiran, target JP, format nomor'],
    ['Formulir, Sertifikat', 'catatan yang diisi add-on; jangan dihapus'],
    ['Rekap …, Analisis Soal, Masalah', 'hasil; ditulis ulang setiap kali dihitung'],
    ['Uji Layanan', 'hasil Uji Layanan Google; laporkan baris berstatus Berbeda ke tim TI'],
  ] as ReadonlyArray<readonly [string, string]>,
  limitTitle: 'Batas waktu 6 menit',
  limit:
    'Google menghentikan setiap proses setelah 6 menit. Karena itu sertifikat dibuat per tahap: panel menjalankan tahap berikutnya sampai selesai dan menampilkan kemajuannya. Biarkan panel terbuka; tombol Berhenti menghentikan setelah tahap yang sedang berjalan.',
  quotaTitle: 'Kuota harian habis',
  quota:
    'Google membatasi jumlah dokumen, PDF dan email per hari. Bila kuota habis, pekerjaan berhenti dengan rapi dan panel menunjukkan kapan bisa dilanjutkan: Google memulihkan kuota 24 jam setelah pemakaian pertamanya (bukan tengah malam). Kemajuan tersimpan di lembar Sertifikat. Setelah itu buka panel dan klik Lanjutkan: yang sudah dibuat dilewati, tidak ada sertifikat atau email yang dibuat dua kali. Lanjutkan yang terlalu awal aman: proses berhenti lagi dengan rapi.',
  close: 'Tutup',
} as const;
