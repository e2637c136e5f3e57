// The sample's question bank: ten multiple-choice questions per training (content only; see content.ts).

import type { OptionLetter } from '../../src/core/model';
import { type QuestionDef, T1, T2, T3 } from './content';

const Q = (
  text: string,
  options: string[],
  key: OptionLetter,
  weight = 1,
  blankWeight = false,
): QuestionDef => ({
  text,
  options,
  key,
  weight,
  blankWeight,
});

export const QUESTIONS: Readonly<Record<string, readonly QuestionDef[]>> = {
  [T1]: [
    Q(
      'Dokumen yang memuat ikhtisar capaian kinerja instansi pemerintah selama satu tahun disebut ...',
      [
        'Rencana Strategis',
        'Laporan Kinerja Instansi Pemerintah (LKjIP)',
        'Rencana Kerja dan Anggaran',
        'Perjanjian Kinerja',
      ],
      'B',
    ),
    Q(
      'SAKIP adalah singkatan dari ...',
      [
        'Sistem Akuntabilitas Kinerja Instansi Pemerintah',
        'Sistem Administrasi Keuangan Instansi Pemerintah',
        'Standar Akuntabilitas Kinerja Internal Pemerintah',
        'Sistem Anggaran Kinerja Instansi Pusat',
      ],
      'A',
    ),
    Q(
      'Indikator kinerja yang baik memenuhi kriteria SMART. Huruf M berarti ...',
      ['Manageable', 'Measurable', 'Meaningful', 'Monitored'],
      'B',
    ),
    Q(
      'Dokumen berisi target kinerja yang disepakati pimpinan dan bawahan pada awal tahun adalah ...',
      ['Perjanjian Kinerja', 'LKjIP', 'Renstra', 'DPA'],
      'A',
    ),
    Q(
      'Untuk indikator "makin tinggi makin baik", capaian kinerja dihitung dengan rumus ...',
      [
        'Target / Realisasi × 100%',
        'Realisasi / Target × 100%',
        '(Realisasi − Target) × 100%',
        'Target − Realisasi',
      ],
      'B',
    ),
    Q(
      'Grafik yang paling tepat untuk menampilkan tren capaian kinerja dari tahun ke tahun adalah ...',
      ['Grafik lingkaran', 'Grafik garis', 'Peta tematik', 'Tabel silang'],
      'B',
    ),
    Q(
      'Data yang diperoleh langsung dari sumber pertama melalui survei disebut data ...',
      ['Sekunder', 'Primer', 'Tersier', 'Agregat'],
      'B',
    ),
    Q('Fungsi spreadsheet untuk menghitung rata-rata adalah ...', ['SUM', 'COUNT', 'AVERAGE', 'MAX'], 'C'),
    Q(
      'Target prevalensi stunting 15% dan realisasinya 12% (makin rendah makin baik). Capaian kinerjanya adalah ...',
      ['80%', '100%', '120%', '125%'],
      'C',
      2,
    ),
    Q(
      'Urutan siklus SAKIP yang benar adalah ...',
      [
        'Perencanaan – Pengukuran – Pelaporan – Evaluasi',
        'Pelaporan – Perencanaan – Evaluasi – Pengukuran',
        'Evaluasi – Pelaporan – Pengukuran – Perencanaan',
        'Pengukuran – Perencanaan – Pelaporan – Evaluasi',
      ],
      'A',
      2,
    ),
  ],
  [T2]: [
    Q(
      'Undang-undang yang mengatur pelayanan publik adalah ...',
      [
        'UU Nomor 5 Tahun 2014',
        'UU Nomor 25 Tahun 2009',
        'UU Nomor 23 Tahun 2014',
        'UU Nomor 14 Tahun 2008',
        'UU Nomor 20 Tahun 2023',
      ],
      'B',
    ),
    Q(
      'Komponen standar pelayanan yang terkait penyampaian pelayanan adalah ...',
      [
        'Persyaratan, prosedur, jangka waktu, biaya/tarif, produk, dan penanganan pengaduan',
        'Visi, misi, dan motto instansi',
        'Struktur organisasi dan tata kerja',
        'Anggaran dan rencana kerja',
        'Sarana, prasarana, dan fasilitas gedung',
      ],
      'A',
    ),
    Q(
      'Pernyataan kesanggupan penyelenggara untuk melaksanakan pelayanan sesuai standar disebut ...',
      [
        'Standar Operasional Prosedur',
        'Maklumat Pelayanan',
        'Piagam Penghargaan',
        'Survei Kepuasan',
        'Kode Etik',
      ],
      'B',
    ),
    Q(
      'Nilai dasar BerAKHLAK yang berarti "memahami dan memenuhi kebutuhan masyarakat" adalah ...',
      ['Akuntabel', 'Kompeten', 'Berorientasi Pelayanan', 'Harmonis', 'Adaptif'],
      'C',
    ),
    Q(
      'Kanal pengaduan pelayanan publik nasional yang terintegrasi adalah ...',
      ['SP4N-LAPOR!', 'SIASN', 'e-Kinerja', 'SIPD', 'LPSE'],
      'A',
    ),
    Q(
      'Pedoman Survei Kepuasan Masyarakat diatur dalam ...',
      [
        'Permenpan RB Nomor 14 Tahun 2017',
        'Perpres Nomor 81 Tahun 2010',
        'PP Nomor 11 Tahun 2017',
        'Permendagri Nomor 90 Tahun 2019',
        'UU Nomor 25 Tahun 2009',
      ],
      'A',
    ),
    Q(
      'Sikap petugas yang TIDAK mencerminkan pelayanan prima adalah ...',
      [
        'Menyapa dengan ramah',
        'Memberi informasi yang jelas',
        'Menunda layanan tanpa alasan',
        'Mendengarkan keluhan',
        'Menepati janji waktu',
      ],
      'C',
    ),
    Q(
      'Budaya 3S dalam pelayanan adalah ...',
      [
        'Senyum, Salam, Sapa',
        'Sigap, Santun, Sabar',
        'Siap, Sedia, Selalu',
        'Sopan, Sabar, Setia',
        'Senang, Sehat, Sejahtera',
      ],
      'A',
    ),
    Q(
      'Mal Pelayanan Publik bertujuan untuk ...',
      [
        'Menggabungkan berbagai jenis layanan di satu tempat',
        'Menambah jumlah pegawai',
        'Menaikkan tarif layanan',
        'Menggantikan layanan daring',
        'Mengurangi jam layanan',
      ],
      'A',
    ),
    Q(
      'Seorang warga marah karena berkasnya hilang. Langkah pertama yang paling tepat adalah ...',
      [
        'Meminta warga menunggu atasan',
        'Mendengarkan dengan empati, meminta maaf, lalu menelusuri berkas',
        'Menjelaskan bahwa itu bukan kesalahan petugas',
        'Meminta warga mengulang pengajuan dari awal',
        'Menyarankan warga mengadu ke media',
      ],
      'B',
      2,
    ),
  ],
  [T3]: [
    Q(
      'Empat pilar literasi digital adalah ...',
      [
        'Cakap, etika, budaya, dan aman bermedia digital',
        'Membaca, menulis, berhitung, dan berbicara',
        'Perangkat keras, perangkat lunak, jaringan, dan data',
        'Internet, telepon, televisi, dan radio',
      ],
      'A',
      1,
      true,
    ),
    Q(
      'Kata sandi yang paling kuat di antara berikut adalah ...',
      [
        '12345678',
        'probolinggo',
        'Tanggal lahir sendiri',
        'Gabungan huruf besar, huruf kecil, angka, dan simbol, minimal 12 karakter',
      ],
      'D',
      1,
      true,
    ),
    Q(
      'Autentikasi dua faktor (2FA) berfungsi untuk ...',
      [
        'Mempercepat proses masuk',
        'Menambah lapisan verifikasi selain kata sandi',
        'Menghapus kebutuhan kata sandi',
        'Menyimpan kata sandi di peramban',
      ],
      'B',
      1,
      true,
    ),
    Q(
      'Email yang menyamar sebagai pihak resmi untuk mencuri data disebut ...',
      ['Spam', 'Phishing', 'Malware', 'Firewall'],
      'B',
      1,
      true,
    ),
    Q(
      'Saat menerima pesan berantai yang belum jelas kebenarannya, sebaiknya ...',
      [
        'Langsung meneruskan ke grup',
        'Memeriksa kebenarannya melalui sumber resmi sebelum membagikan',
        'Menambahkan komentar lalu meneruskan',
        'Menghapus aplikasi pesan',
      ],
      'B',
      1,
      true,
    ),
    Q(
      'Data pribadi yang TIDAK boleh dibagikan sembarangan adalah ...',
      ['Nama instansi', 'Nomor Induk Kependudukan (NIK)', 'Alamat kantor', 'Jam layanan kantor'],
      'B',
      1,
      true,
    ),
    Q(
      'Undang-undang yang mengatur pelindungan data pribadi adalah ...',
      ['UU Nomor 27 Tahun 2022', 'UU Nomor 11 Tahun 2008', 'UU Nomor 25 Tahun 2009', 'UU Nomor 5 Tahun 2014'],
      'A',
      1,
      true,
    ),
    Q(
      'Situs web yang koneksinya terenkripsi ditandai dengan ...',
      [
        'Alamat diawali http',
        'Alamat diawali https dan ikon gembok',
        'Banyak iklan',
        'Nama domain yang panjang',
      ],
      'B',
      1,
      true,
    ),
    Q(
      'Ransomware adalah ...',
      [
        'Perangkat lunak jahat yang mengenkripsi data dan meminta tebusan',
        'Antivirus gratis',
        'Aplikasi untuk mempercepat komputer',
        'Jenis kabel jaringan',
      ],
      'A',
      2,
    ),
    Q(
      'Jejak digital sebaiknya dikelola dengan cara ...',
      [
        'Mengunggah semua kegiatan pribadi',
        'Berpikir sebelum mengunggah dan mengatur privasi akun',
        'Memakai satu akun bersama-sama',
        'Mematikan antivirus',
      ],
      'B',
      1,
      true,
    ),
  ],
};

/** The quiz's total points, as a form shows them in "9 / 12". */
export const maxPoints = (code: string): number => QUESTIONS[code].reduce((a, q) => a + q.weight, 0);
