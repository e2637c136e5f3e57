// Help dialog entry (Bantuan): the workflow, what goes in each sheet, quotas and the 6-minute limit, in Indonesian.

import { render } from 'preact';
import './styles.css';

const STEPS: Array<[string, string]> = [
  [
    'Uji Layanan Google',
    'sekali setelah add-on dipasang: memeriksa layanan Google yang dipakai add-on dan menulis lembar Uji Layanan.',
  ],
  ['Siapkan Lembar Kerja', 'membuat lembar yang belum ada, dengan judul kolom, pilihan dan kotak centang.'],
  ['Isi lembar', 'Kegiatan, Sesi, Peserta, Soal (dan Nilai/Kehadiran bila diketik manual).'],
  ['Periksa Data', 'mencari isian yang salah; klik masalah di panel untuk menuju selnya.'],
  [
    'Buat Formulir',
    'Pre-Test, Post-Test, Presensi, Evaluasi dan Pasca Pelatihan; bagikan tautan atau kode QR.',
  ],
  ['Tarik Respons', 'mengambil jawaban peserta dari formulir.'],
  ['Hitung Nilai', 'Rekap Nilai, peringkat, 5 besar, N-Gain dan Analisis Soal.'],
  ['Rekap JP dan Rekap Evaluasi', 'JP tiap ASN dan unit, indeks kepuasan narasumber dan penyelenggaraan.'],
  ['Buat Template', 'template Sertifikat dan Piagam di Google Dokumen; boleh diubah tampilannya.'],
  ['Sertifikat', 'Periksa, lalu Mulai; PDF dibuat per batch dan dicatat di lembar Sertifikat.'],
];

const SHEETS: Array<[string, string]> = [
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
];

function close(): void {
  window.google?.script.host.close();
}

export function Help() {
  return (
    <main class="help">
      <h1>Bantuan DOU ASN</h1>
      <h2>Urutan kerja</h2>
      <ol>
        {STEPS.map(([title, text]) => (
          <li key={title}>
            <b>{title}</b>: {text}
          </li>
        ))}
      </ol>
      <h2>Isi tiap lembar</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Lembar</th>
            <th scope="col">Isinya</th>
          </tr>
        </thead>
        <tbody>
          {SHEETS.map(([sheet, what]) => (
            <tr key={sheet}>
              <td>{sheet}</td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Batas waktu 6 menit</h2>
      <p>
        Google menghentikan setiap proses setelah 6 menit. Karena itu sertifikat dibuat per batch: panel
        memanggil batch berikutnya sampai selesai dan menampilkan kemajuannya. Biarkan panel terbuka; tombol
        Berhenti menghentikan setelah batch yang sedang berjalan.
      </p>
      <h2>Kuota harian habis</h2>
      <p>
        Google membatasi jumlah dokumen, PDF dan email per hari. Bila kuota habis, pekerjaan berhenti dengan
        rapi dan panel menunjukkan kapan bisa dilanjutkan: Google memulihkan kuota 24 jam setelah pemakaian
        pertamanya (bukan tengah malam). Kemajuan tersimpan di lembar Sertifikat. Setelah itu buka panel dan
        klik Lanjutkan: yang sudah dibuat dilewati, tidak ada sertifikat atau email yang dibuat dua kali.
        Lanjutkan yang terlalu awal aman: proses berhenti lagi dengan rapi.
      </p>
      <div class="help-foot">
        <button type="button" class="btn btn-primary" onClick={close}>
          Tutup
        </button>
      </div>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Help />, root);
