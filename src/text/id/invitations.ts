// Indonesian texts of Pemanggilan (issue 15 item 4): the default letter, its lampiran, the ledger notes and the
// step's messages. The letter's {{…}} are filled per unit; the admin may edit the template Doc freely.

export const LETTER_TEMPLATE_NAME = 'Template Surat Undangan DOU ASN';

/** The default letter, one paragraph a line (the first is the title). */
export const LETTER_LINES: readonly string[] = [
  'SURAT UNDANGAN PESERTA PELATIHAN DOU ASN',
  'Nomor: ....................',
  'Kepada Yth. Pimpinan {{Unit Kerja}}',
  'di tempat',
  'Dalam rangka pengembangan kompetensi ASN (paling sedikit {{Target JP}} JP per tahun), {{Instansi}} menyelenggarakan pelatihan DOU ASN (Dari, Oleh, Untuk ASN):',
  'Tema: {{Tema}}',
  'Tanggal: {{Tanggal Pelaksanaan}}',
  'Tempat: {{Tempat}}',
  'Bersama ini kami mohon kehadiran {{Jumlah Peserta}} ASN dari {{Unit Kerja}} yang namanya tercantum dalam lampiran. Mereka dipilih dari ASN yang JP tahun {{Tahun}} belum mencapai target: kekurangan JP terbesar lebih dulu, lalu yang belum mengikuti pelatihan dalam 12 bulan terakhir. Setiap peserta mengisi formulir melalui tautannya di lampiran.',
  'Demikian, atas perhatian dan kerja samanya kami ucapkan terima kasih.',
  '{{Kota Terbit}}, {{Tanggal Surat}}',
  '{{Jabatan Penandatangan}}',
  '{{Penandatangan}}',
  'NIP {{NIP Penandatangan}}',
];

export const INVITATIONS_TEXT = {
  folderName: 'DOU ASN - Surat Undangan',
  letterName: (code: string, unit: string) => `Undangan ${code} - ${unit}`,
  lampiranTitle: (unit: string) => `Lampiran: Daftar ASN yang diundang dari ${unit}`,
  lampiranHeader: ['No', 'NIP', 'Nama', 'Kekurangan JP', 'Tautan Formulir'] as readonly string[],
  noLink: 'Formulir Pre-Test belum dibuat',
  lettered: (unit: string) =>
    `${unit} sudah diundang untuk kegiatan ini (lihat lembar Undangan); tidak diundang lagi.`,
  none: (code: string, year: number) =>
    `Tidak ada ASN yang bisa diundang ke ${code}: semua ASN tahun ${year} sudah mencapai target, sudah diundang atau sudah menjadi peserta.`,
  preview: (people: number, units: number, code: string) =>
    `${people} ASN dari ${units} unit akan diundang ke ${code}.`,
  done: (people: number, letters: number, code: string) =>
    `Undangan ${code}: ${people} ASN dicatat di lembar Undangan, ${letters} surat dibuat (satu per unit).`,
  perUnit: 'Jumlah per unit harus bilangan bulat 1 atau lebih.',
} as const;

/** The panel's Pemanggilan part. */
export const INVITE_UI = {
  title: 'Pemanggilan peserta',
  hint: (code: string) =>
    `Undang ASN yang JP-nya belum mencapai target ke ${code} (kegiatan aktif): kekurangan JP terbesar lebih dulu, lalu yang belum berlatih dalam 12 bulan terakhir, lalu NIP. Satu surat per unit; yang sudah diundang tidak diundang lagi.`,
  noActive: 'Pilih kegiatan yang direncanakan di bagian atas panel.',
  perUnit: 'Jumlah ASN per unit',
  preview: 'Pratinjau',
  make: 'Buat Undangan',
  unit: (unit: string, n: number) => `${unit}: ${n} ASN`,
  letter: 'Surat',
} as const;
