// Small adversarial workbooks for the reference comparison: every tie-break step, a shared rank 5, .005 rounding,
// duplicate responses, no attendance, no Tugas, number-typed and duplicate NIPs, out-of-scale evaluation answers.

import ExcelJS from 'exceljs';

type V = string | number | boolean | Date | null;

export interface Variant {
  /** Extra `Pengaturan` rows over the defaults. */
  settings: Array<[string, V]>;
  /** Whether the Pasca Pelatihan response sheet has a NIP question (the product requires one). */
  pascaNip?: boolean;
}

const d = (y: number, m: number, day: number, h = 0, min = 0, s = 0) =>
  new Date(Date.UTC(y, m - 1, day, h, min, s));
const t = (h: number, m: number) => d(1899, 12, 30, h, m);
/** A PNS-layout NIP: birth 1980-01-01, appointed 2005-01, male, serial i. */
export const nip = (i: number) => `198001012005011${String(i).padStart(3, '0')}`;
/** A PPPK-layout NIP (digits 13–14 = 21). */
/** A NIP typed as a number, as a sheet stores it: the double has lost the last digits (…030 reads …040). */
const asNumber = (digits: string) => Number(digits);
const pppk = (i: number) => `199001012022212${String(i).padStart(3, '0')}`;

function sheet(wb: ExcelJS.Workbook, name: string, rows: V[][]): void {
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
}

/** Options of the ADV-01 quiz: the right option text of question n is `Benar n`. */
const opts = (n: number): [string, string, string, string] => [
  `Benar ${n}`,
  `Salah ${n}a`,
  `Salah ${n}b`,
  `Salah ${n}c`,
];

export async function buildAdversarial(v: Variant): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  sheet(wb, 'Kegiatan', [
    ['Kode', 'Tema', 'Tanggal Mulai', 'Tanggal Selesai', 'Tempat', 'JP'],
    ['ADV-01', 'Uji Seri', d(2026, 3, 2), d(2026, 3, 3), 'Aula', null],
    ['ADV-02', 'Tanpa Kehadiran', d(2026, 5, 4), null, 'Aula', null],
    ['ADV-03', 'Lintas Tahun', d(2025, 12, 30), d(2026, 1, 2), 'Aula', 8],
    ['ADV-04', 'Tahun Lalu', d(2025, 6, 10), d(2025, 6, 10), 'Aula', null],
  ]);
  sheet(wb, 'Sesi', [
    ['Kode Kegiatan', 'Sesi', 'Tanggal', 'Jam Mulai', 'Jam Selesai', 'Materi', 'Narasumber', 'JP'],
    ['ADV-01', 1, d(2026, 3, 2), t(8, 0), t(10, 15), 'Materi Satu', 'Dr. Satu', null],
    ['ADV-01', 2, d(2026, 3, 2), t(13, 0), t(14, 40), 'Materi Dua', 'Ir. Dua', null],
    ['ADV-01', 3, d(2026, 3, 3), t(15, 0), t(15, 45), 'Materi Tiga', 'Tiga, S.Kom.', 1],
    ['ADV-02', 1, d(2026, 5, 4), t(8, 0), t(9, 30), 'Materi B1', 'Bu Empat', null],
    ['ADV-02', 2, d(2026, 5, 4), t(9, 45), t(11, 15), 'Materi B2', 'Pak Lima', null],
    ['ADV-03', 1, d(2026, 1, 2), t(8, 0), t(12, 0), 'Materi C1', 'Enam', 5],
    ['ADV-04', 1, d(2025, 6, 10), t(8, 0), t(11, 0), 'Materi D1', 'Tujuh', 2.5],
  ]);

  // ADV-01 roster: [id, name, unit, pre, post, act, task, sessions attended]
  type P = [number | string, string, string, V, V, V, V, number[]];
  const all = [1, 2, 3];
  const roster: P[] = [
    [1, 'Andi Satu', 'Dinas A', 50, 100, 90, 90, all], // 97: rank 1
    [2, 'Budi Dua', 'Dinas A', 50, 90, 90, 90, all], // 91, post 90: rank 2
    [3, 'Citra Tiga', 'Dinas A', 50, 85, 100, 100, all], // 91, post 85: rank 3
    [16, 'Dedi Enambelas', 'Dinas A', 50, 88, 88, 88, all], // 89.2: rank 4
    [14, 'Eka Empatbelas', 'Dinas B', 50, 85, 85, 85, all], // 86.5 tie at 5 (typed, no time)
    [15, 'Fajar Limabelas', 'Dinas B', 50, 85, 85, 85, all], // 86.5 tie at 5
    [4, 'Gita Empat', 'Dinas B', 60, 80, 80, 80, all], // 82, g 0.5
    [5, 'Hadi Lima', 'Dinas B', 20, 80, 80, 80, all], // 82, g 0.75 wins
    [6, 'Indah Enam', 'Dinas C', 100, 70, 70, 70, all], // 73, g undefined (pre 100, post < pre)
    [7, 'Joko Tujuh', 'Dinas C', 90, 70, 70, 70, all], // 73, g −2 (defined beats undefined)
    [8, 'Kiki Delapan', 'Dinas C', 40, 60, 60, 60, all], // 64, att 100 wins
    [9, 'Lala Sembilan', 'Dinas C', 40, 60, 68.34, 60, [1, 2]], // 64.00, att 83.33
    [10, 'Mira Sepuluh', 'Dinas D', null, null, 50, 50, all], // 55 via responses; sent 10:05
    [11, 'Nana Sebelas', 'Dinas D', null, null, 50, 50, all], // 55 via responses; sent 10:01 wins
    [12, 'Oki Duabelas', 'Dinas D', 30, 45, 45, 45, all], // 50.5 typed (no time): after Putu
    [13, 'Putu Tigabelas', 'Dinas D', 30, null, 45, 45, all], // 50.5, post 9/20 with a time: ahead of Oki
    [17, 'Qori Tujuhbelas', 'Dinas E', 0, null, 80, 90.05, all], // post Skor 29.5 (plain number): g 0.295 → 0.3; 52.705 → 52.71
    [23, 'Rara Duatiga', 'Dinas E', 60, 55, 40, 40, all], // g −0.125 → −0.13 (half away from zero)
    [18, 'Rudi Delapanbelas', 'Dinas E', 40, 80.005, 80, 80, all], // post 80.005 → 80.01
    [19, 'Sari Sembilanbelas', 'Dinas E', 75, 75, 80, 90.05, all], // 80.005 → 80.01 Memuaskan
    [20, 'Tono Duapuluh', 'Dinas E', 0, null, 70, 70, all], // typed pre 0 beats the response; post 16001/20000 → 80.01
    [21, 'Umi Duasatu', 'Dinas F', 50, 90, 90, 90, [1, 3]], // 66.67% (4/6): no certificate at 80, Ya at 66.67
    [22, 'Vina Duadua', '', 50, null, 75, 75, all], // no post-test: certified, unranked; no unit
    [24, 'Sinta Duaempat', 'Dinas F', 50, null, 10, 10, all], // post response with a blank Skor: no score
  ];
  const peserta: V[][] = [['Kode Kegiatan', 'NIP', 'Nama', 'Unit Kerja', 'Status Kepegawaian']];
  const nilai: V[][] = [['Kode Kegiatan', 'NIP', 'Nama', 'Pre-Test', 'Post-Test', 'Keaktifan', 'Tugas']];
  const hadir: V[][] = [['Kode Kegiatan', 'Sesi', 'NIP', 'Hadir']];
  for (const [i, name, unit, pre, post, act, task, sess] of roster) {
    const n = nip(Number(i));
    peserta.push(['ADV-01', i === 22 ? '19800101 200501 1 022' : n, name, unit, null]);
    nilai.push(['ADV-01', i === 16 ? '19800101-200501-1-016' : n, name, pre, post, act, task]);
    for (const s of all) hadir.push(['ADV-01', s, i === 8 ? `'${n}` : n, sess.includes(s)]);
  }
  peserta.push(['ADV-01', nip(1), 'Andi Satu (ganda)', 'Dinas Z', null]); // listed twice: first row counts
  peserta.push(['ADV-01', asNumber('198001012005011030'), 'Wawan Angka', 'Dinas F', null]); // number NIP: invalid
  peserta.push(['ADV-01', '19800101200501103', 'Xena Pendek', 'Dinas F', null]); // 17 digits: invalid
  peserta.push(['ADV-01', pppk(1), 'Yani PPPK', 'Dinas F', null]); // PPPK derived from layout
  nilai.push(['ADV-01', '19800101200501103', 'Xena Pendek', 50, 95, 95, 95]);
  nilai.push(['ADV-01', pppk(1), 'Yani PPPK', 10, 20, 30, 40]);
  for (const s of all) hadir.push(['ADV-01', s, pppk(1), true]);
  for (const s of all) hadir.push(['ADV-01', s, '19800101200501103', true]);

  // ADV-02: no attendance rows, no Tugas at all.
  peserta.push(['ADV-02', nip(1), 'Andi Satu', 'Dinas Baru', null]); // latest training of 2026: unit Dinas Baru
  peserta.push(['ADV-02', nip(21), 'Umi Duasatu', 'Dinas F', null]);
  peserta.push(['ADV-02', nip(40), 'Zaki Empatpuluh', 'Dinas G', 'PPPK']);
  peserta.push(['ADV-02', nip(41), 'Ayu Empatsatu', 'Dinas G', null]);
  peserta.push(['ADV-02', nip(42), 'Bayu Empatdua', 'Dinas G', null]);
  nilai.push(['ADV-02', nip(1), 'Andi Satu', 100, 100, 90, null]);
  nilai.push(['ADV-02', nip(21), 'Umi Duasatu', 40, 70, 80, null]);
  nilai.push(['ADV-02', nip(40), 'Zaki Empatpuluh', 40, 70, null, null]);
  nilai.push(['ADV-02', nip(41), 'Ayu Empatsatu', 70, 40, 70, null]);
  nilai.push(['ADV-02', nip(42), 'Bayu Empatdua', 0, 0, 0, null]); // typed zeros are values: ranked last

  // ADV-03: attendance from a Presensi form only; Kegiatan JP 8 typed, sessions sum 5.
  peserta.push(['ADV-03', nip(2), 'Budi Dua', 'Dinas A', null]);
  peserta.push(['ADV-03', nip(3), 'Citra Tiga', 'Dinas A', null]);
  peserta.push(['ADV-03', nip(21), 'Umi Duasatu', 'Dinas F', null]);
  nilai.push(['ADV-03', nip(2), 'Budi Dua', 40, 80, 80, 80]);
  nilai.push(['ADV-03', nip(3), 'Citra Tiga', 40, 90, 80, 80]);

  // ADV-04 (2025): a separate year row.
  peserta.push(['ADV-04', nip(1), 'Andi Satu', 'Dinas Lama', null]);
  peserta.push(['ADV-04', nip(50), 'Cici Limapuluh', '', null]);
  hadir.push(['ADV-04', 1, nip(1), true], ['ADV-04', 1, nip(50), false]);
  hadir.push(['ADV-03', 1, nip(21), true]); // ADV-03: Kehadiran and the Presensi form together

  sheet(wb, 'Peserta', peserta);
  sheet(wb, 'Kehadiran', hadir);
  sheet(wb, 'Nilai', nilai);
  sheet(wb, 'Soal', [
    [
      'Kode Kegiatan',
      'No',
      'Pertanyaan',
      'Pilihan A',
      'Pilihan B',
      'Pilihan C',
      'Pilihan D',
      'Kunci',
      'Bobot',
    ],
    ['ADV-01', 1, 'Soal satu?', ...opts(1), 'A', 3],
    ['ADV-01', 2, 'Soal dua?', ...opts(2).slice(1), opts(2)[0], 'D', null],
    ['ADV-01', 3, 'Soal tiga?', ...opts(3), 'A', 2],
    ['ADV-01', 4, 'Soal empat?', ...opts(4), 'A', 4],
  ]);
  sheet(wb, 'Aspek Evaluasi', [
    ['Jenis', 'Aspek'],
    ['Narasumber', 'Penguasaan materi'],
    ['Penyelenggaraan', 'Konsumsi'],
  ]);
  sheet(wb, 'Pengaturan', [['Pengaturan', 'Nilai'], ...v.settings]);
  sheet(wb, 'Formulir', [
    [
      'Kode Kegiatan',
      'Jenis',
      'Judul',
      'ID Formulir',
      'Tautan Isi',
      'Tautan Edit',
      'Lembar Respons',
      'Dibuat',
    ],
    ['ADV-01', 'Pre-Test', null, null, null, null, 'Respons Pre-Test ADV-01', null],
    ['ADV-01', 'Post-Test', null, null, null, null, 'Respons Post-Test ADV-01', null],
    ['ADV-01', 'Evaluasi', null, null, null, null, 'Respons Evaluasi ADV-01', null],
    ['ADV-03', 'Presensi', null, null, null, null, 'Respons Presensi ADV-03', null],
    ['ADV-02', 'Pasca Pelatihan', null, null, null, null, 'Respons Pasca ADV-02', null],
  ]);
  // Pre-test in the English locale without a score column: scored against Soal.Kunci with Bobot (max 10).
  const q = (n: number, right: boolean) => (right ? `Benar ${n}` : `Salah ${n}a`);
  sheet(wb, 'Respons Pre-Test ADV-01', [
    [
      'Timestamp',
      'Email Address',
      'NIP (18 digit)',
      'Name',
      '1. Soal satu?',
      '2. Soal dua?',
      '3. Soal tiga?',
      '4. Soal empat?',
    ],
    [d(2026, 3, 2, 7, 30), 'm@x.id', nip(10), 'Mira', q(1, true), q(2, false), q(3, false), q(4, false)], // 3/10
    [d(2026, 3, 2, 7, 31), 'n@x.id', nip(11), 'Nana', q(1, false), q(2, true), q(3, true), null], // 3/10
    [d(2026, 3, 2, 7, 32), 't@x.id', nip(20), 'Tono', q(1, false), q(2, true), null, null], // 1/10
    [d(2026, 3, 2, 7, 29), 'm@x.id', nip(10), 'Mira', q(1, false), q(2, true), q(3, true), q(4, false)], // earlier: 3/10 (used)
    [d(2026, 3, 2, 7, 45), 'm@x.id', nip(10), 'Mira', q(1, true), q(2, true), q(3, true), q(4, true)], // later 10/10
  ]);
  // Post-test in the Indonesian locale with `Skor`; rows not in time order; duplicates for NIP 10.
  sheet(wb, 'Respons Post-Test ADV-01', [
    ['Stempel waktu', 'Alamat email', 'Skor', 'NIP', 'Nama Lengkap'],
    [d(2026, 3, 3, 10, 40), 'm@x.id', '7 / 10', nip(10), 'Mira'], // last
    [d(2026, 3, 3, 10, 5), 'm@x.id', '5 / 10', nip(10), 'Mira'], // first
    [d(2026, 3, 3, 10, 20), 'm@x.id', '9 / 10', nip(10), 'Mira'], // highest
    [d(2026, 3, 3, 10, 1), 'n@x.id', '5 / 10', `'${nip(11)}`, 'Nana'],
    [d(2026, 3, 3, 10, 7), 'p@x.id', '9 / 20', nip(13), 'Putu'],
    [d(2026, 3, 3, 10, 8), 'q@x.id', 29.5, nip(17), 'Qori'],
    [d(2026, 3, 3, 10, 9), 's@x.id', null, nip(24), 'Sinta'],
    [d(2026, 3, 3, 10, 2), 't@x.id', '16001 / 20000', nip(20), 'Tono'],
    [d(2026, 3, 3, 10, 3), 'a@x.id', '1 / 10', nip(1), 'Andi'], // typed Post-Test 100 wins
    [d(2026, 3, 3, 10, 4), 'w@x.id', '10 / 10', asNumber('198001012005011030'), 'Wawan'], // number NIP: not used
    [d(2026, 3, 3, 10, 6), 'z@x.id', '10 / 10', '198001012005011099', 'Tidak Terdaftar'],
  ]);
  const g1 = 'Sesi 1: Materi Satu — Nama Di Judul Salah';
  const g2 = 'Sesi 2: Materi Dua — Ir. Dua';
  sheet(wb, 'Respons Evaluasi ADV-01', [
    [
      'Stempel waktu',
      `${g1} [Penguasaan materi]`,
      `${g1} [Ketepatan waktu]`,
      `${g2} [Penguasaan materi]`,
      'Penyelenggaraan [Konsumsi]',
      'Penyelenggaraan [Kebersihan toilet]',
      'Saran',
    ],
    [d(2026, 3, 3, 11, 0), 4, 3, 4, 3, 5, 'bagus'],
    [d(2026, 3, 3, 11, 1), 3, 0, 3, 4, null, null],
    [d(2026, 3, 3, 11, 2), 5, 5, 2, 4, 5, null],
    [d(2026, 3, 3, 11, 3), 4, 4, 1, 2, 0, null],
    [d(2026, 3, 3, 11, 4), 1, 2, 4, null, null, null],
    [d(2026, 3, 3, 11, 5), null, null, 3, 3, null, 'tidak ada'],
  ]);
  sheet(wb, 'Respons Presensi ADV-03', [
    ['Stempel waktu', 'NIP', 'Sesi'],
    [d(2026, 1, 2, 7, 50), nip(2), 'Sesi 1: Materi C1'],
    [d(2026, 1, 2, 7, 51), nip(2), 'Sesi 1: Materi C1'], // sent twice
    [d(2026, 1, 2, 7, 52), nip(3), 'Sesi 2: Tidak Ada'], // no such session
    [d(2026, 1, 2, 7, 53), asNumber('198001012005011021'), 'Sesi 1: Materi C1'], // number NIP: not used
  ]);
  const pasca: V[][] = [
    ['Timestamp', 'Pasca Pelatihan [Penerapan materi]', 'Pasca Pelatihan [Manfaat bagi unit kerja]'],
    [d(2026, 11, 4, 9, 0), 4, 3],
    [d(2026, 11, 4, 9, 1), 3, 3],
    [d(2026, 11, 4, 9, 2), 3, 6],
  ];
  if (v.pascaNip)
    for (const [i, r] of pasca.entries()) r.splice(1, 0, i === 0 ? 'NIP' : [nip(1), nip(40), nip(41)][i - 1]);
  sheet(wb, 'Respons Pasca ADV-02', pasca);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const VARIANTS: Record<string, Variant> = {
  /** Default settings (Pertama, Bersertifikat, 5 Piagam, Skala 4). */
  'adversarial-default': { settings: [] },
  /** Terakhir, Sesuai Kehadiran, 3 Piagam, threshold 66.67 (met by the shown 66.67), Skala 5, bands moved. */
  'adversarial-terakhir': {
    pascaNip: true,
    settings: [
      ['Respons Ganda', 'Terakhir'],
      ['Pengakuan JP', 'Sesuai Kehadiran'],
      ['Jumlah Piagam', 3],
      ['Batas Kehadiran Sertifikat (%)', 66.67],
      ['Skala Evaluasi', 5],
      ['Batas Predikat Memuaskan', 85],
      ['Batas Evaluasi Baik', 70],
      // issue 12: no certificate (so no rank, no Piagam) below this Nilai Akhir
      ['Nilai Minimum Sertifikat', 60],
    ],
  },
  /** Tertinggi, 50 minutes per JP, certificate from 50%, weights changed, no Piagam, Skala 8 (Indeks x.xx5). */
  'adversarial-tertinggi': {
    pascaNip: true,
    settings: [
      ['Respons Ganda', 'Tertinggi'],
      ['Menit per JP', 50],
      ['Batas Kehadiran Sertifikat (%)', 50],
      ['Bobot Post-Test', 50],
      ['Bobot Keaktifan', 25],
      ['Bobot Tugas', 0],
      ['Bobot Kehadiran', 25],
      ['Target JP per Tahun', 13],
      ['Jumlah Piagam', 0],
      ['Skala Evaluasi', 8],
    ],
  },
};
