// Indonesian texts of Pemanggilan (issue 15 item 4): the default letter, its lampiran, the ledger notes and the
// step's messages. The letter's {{…}} are filled per unit; the admin may edit the template Doc freely.

import type { InvitationMailResult } from '../../shared/rpc';

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

/** Kirim Email Undangan: the letter's e-mail to each unit, and what the run says. */
export const INVITATION_MAIL_TEXT = {
  noLetters: (code: string) =>
    `Belum ada surat undangan untuk ${code}: tekan Buat Undangan dulu, lalu kirim emailnya.`,
  fileName: (code: string, unit: string) => `Undangan ${code} - ${unit}`,
  subject: (theme: string, code: string) => `Undangan Pelatihan DOU ASN: ${theme} (${code})`,
  body: (unit: string, theme: string, code: string, agency: string) =>
    `Yth. Pimpinan ${unit},\n\nTerlampir surat undangan pelatihan DOU ASN "${theme}" (${code}) beserta lampiran ` +
    'daftar ASN dari unit Bapak/Ibu yang diundang dan tautan formulir Pre-Test masing-masing. Mohon diteruskan ' +
    `kepada yang bersangkutan.\n\nTerima kasih.\n${agency}`,
  noAddress: (unit: string) =>
    `${unit}: belum ada alamat email di lembar Daftar Unit (tambahkan barisnya: Unit Kerja dan Email).`,
  badAddress: (unit: string, row: number) =>
    `${unit}: lembar Daftar Unit baris ${row} kolom Email kosong atau bukan alamat email (mis. tu@dinas.go.id; beberapa alamat dipisah koma).`,
  letterGone: 'surat tidak ditemukan',
  letterFailed: (unit: string) =>
    `${unit}: surat undangannya tidak dapat dibuka (terhapus?); buka tautan di kolom Surat lembar Undangan.`,
  refused: (unit: string, message: string) =>
    `${unit}: Google menolak email ("${message}"); perbaiki alamatnya di Daftar Unit lalu kirim lagi.`,
  summary: (r: Omit<InvitationMailResult, 'code' | 'message'>) =>
    [
      `${r.sent.length} surat terkirim.`,
      r.already.length ? `${r.already.length} unit sudah dikirimi sebelumnya (tidak dikirim lagi).` : '',
      r.unitsSheet === 'made'
        ? 'Lembar Daftar Unit dibuat dengan unit yang diundang: isi kolom Email-nya, lalu tekan Kirim Email lagi.'
        : '',
      ...r.noAddress,
      ...r.failed,
      r.unknown.length
        ? `Belum pasti terkirim: ${r.unknown.join(', ')} (Status Email Mengirim). Periksa folder Terkirim di Gmail; bila tidak ada, kosongkan sel Status Email unit itu di lembar Undangan lalu kirim lagi.`
        : '',
      r.waiting.length
        ? `${r.waiting.length} unit menunggu kuota email (pulih 24 jam setelah pemakaian pertama); tekan Kirim Email lagi nanti.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
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
  send: 'Kirim Email ke Unit',
  sentTo: (units: readonly string[]) => `Terkirim ke: ${units.join(', ')}.`,
  sendHint:
    'Mengirim surat tiap unit (PDF) ke alamat di lembar Daftar Unit, sekali saja; lembar itu dibuat bila belum ada.',
} as const;
