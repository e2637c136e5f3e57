// Renders examples/README.md: what the sample holds, its planted problems (with their real rows) and the
// expected figures, which come from the reference implementation (tools/sample/expected.ts).

import { T1, T2, T3, TRAININGS } from './content';
import type { SampleDataset } from './types';

const fmtNum = (x: number | null) => (x === null ? '' : String(x).replace('.', ','));
const hhmm = (d: Date | null) =>
  d
    ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')}`
    : '(diketik)';

function intro(L: string[]): void {
  L.push('# Contoh buku kerja: `dou-asn-contoh.xlsx`');
  L.push('');
  L.push(
    '*Buku kerja contoh "DOU ASN 2026" untuk dicoba: impor ke Google Sheets (File → Impor → Unggah, "Ganti spreadsheet"), lalu buka menu Ekstensi → DOU ASN. Semua nama dan NIP fiktif.*',
  );
  L.push('');
  L.push(
    'The sample workbook a user can import into Google Sheets, and the default input of `npm run demo`.',
  );
  L.push(
    'It is **generated**: do not edit it by hand. `npm run sample` rewrites it and this README byte for byte',
  );
  L.push(
    '(seeded PRNG, fixed document and zip timestamps); `test/unit/sample.test.ts` fails when the committed file is stale.',
  );
  L.push(
    'Source: `tools/sample/content.ts`, `questions.ts` and `cast.ts` (the content, as data), `tools/make-sample.ts` and',
  );
  L.push(
    'the other `tools/sample/*.ts` (the generation), `tools/sample-data.ts` (names, NIP makers, xlsx writer).',
  );
  L.push('');
}

function contents(L: string[], ds: SampleDataset): void {
  const count = (name: string) => ds.sheets.find((s) => s.name === name)!.rows.filter((r) => r.length).length;
  L.push('## Contents');
  L.push('');
  L.push('| Sheet | What is in it |');
  L.push('|---|---|');
  L.push(
    `| \`Kegiatan\` | 3 trainings: ${TRAININGS.map((t) => `\`${t.code}\` "${t.theme}" (${ds.trainingJp[t.code]} JP${t.jp === null ? ', JP blank → sum of sessions' : ', JP typed'})`).join('; ')}. DOU-2026-03 is a single day (Tanggal Selesai blank). |`,
  );
  L.push(
    `| \`Sesi\` | ${count('Sesi')} rows: times are time values (\`HH:mm\`), JP blank except DOU-2026-01 sesi 5 and DOU-2026-02 sesi 3; one speaker without NIP (external, Ombudsman). |`,
  );
  L.push(
    `| \`Peserta\` | ${count('Peserta')} rows (${[T1, T2, T3].map((c) => `${c}: ${ds.sheets.find((s) => s.name === 'Peserta')!.rows.filter((r) => r[0] === c).length}`).join(', ')}); people attend 1–3 trainings, so JP adds up over the year. NIPs are text (\`@\`) except the planted number. Some Email and Status Kepegawaian blank (status derives from the NIP layout); 7 PPPK. |`,
  );
  L.push(
    '| `Kehadiran` | DOU-2026-01: every participant × session (a few below 80%). DOU-2026-02: **no rows** (attendance "not recorded": no Kehadiran component, no threshold). DOU-2026-03: two manual rows for people who forgot the Presensi form. |',
  );
  L.push(
    '| `Nilai` | Keaktifan and Tugas for DOU-2026-01 and -02; DOU-2026-03 has **no Tugas** (weights renormalise). Pre/Post mostly blank (they come from the response sheets); a few typed overrides. |',
  );
  L.push(
    '| `Soal` | 10 questions per training (A–D; A–E for DOU-2026-02), Bobot 1 or 2 (blank = 1 in DOU-2026-03). Max points: 12, 11, 11. |',
  );
  L.push(
    '| `Aspek Evaluasi` | Example aspects (a note in A1 says they are examples): Narasumber 7, Penyelenggaraan 6, Pasca Pelatihan 3. |',
  );
  L.push('| `Pengaturan` | Every key of `SETTING_DEFS` with its default, plus a Keterangan column. |');
  L.push(
    '| `Formulir` | Six hand-made forms registered only by their response sheet (ID, links and Dibuat blank). |',
  );
  L.push(
    '| `Respons Pre-Test DOU-2026-01`, `Respons Post-Test DOU-2026-01` | Indonesian locale (`Stempel waktu`, `Alamat email`, `Skor` like `9 / 12`, `NIP`, `Nama Lengkap`, `1. <Pertanyaan>` … with the chosen option text). |',
  );
  L.push(
    '| `Respons Evaluasi DOU-2026-01` | Grids `Sesi <n>: <Materi> — <Narasumber> [<Aspek>]` and `Penyelenggaraan [<Aspek>]`, values 1–4, free-text `Saran`. Anonymous (no NIP). |',
  );
  L.push(
    '| `Respons Pre-Test DOU-2026-02` | A form that is not a quiz: **no score column**; score by checking answers against `Soal.Kunci` with Bobot. |',
  );
  L.push(
    '| `Respons Post-Test DOU-2026-02` | English locale (`Timestamp`, `Email Address`, `Score` like `8 / 11`). |',
  );
  L.push(
    '| `Respons Presensi DOU-2026-03` | `Stempel waktu`, `NIP`, `Sesi` answered `Sesi <n>: <Materi>`; one person submitted session 2 twice; two people missed a session. |',
  );
  L.push('');
  L.push(
    'Dates are wall-clock values (xlsx has no time zone; exceljs reads them as UTC fields). Timestamps are dates with times.',
  );
  L.push('');
}

function planted(L: string[], ds: SampleDataset): void {
  L.push('## Planted problems (what "Periksa Data" and the import must report)');
  L.push('');
  L.push('| Sheet | Row | Column | Expected level | What |');
  L.push('|---|---|---|---|---|');
  for (const p of [...ds.planted].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row))
    L.push(`| ${p.sheet} | ${p.row} | ${p.column || '—'} | ${p.level} | ${p.what.replace(/\|/g, '\\|')} |`);
  L.push('');
  L.push('Rows are sheet rows (header = row 1). "Expected level" is the generator\'s reading of DESIGN §4.');
  L.push(
    '"Bukan masalah" marks valid input that looks odd (a NIP with spaces or dots, blank rows, a formula-like or',
  );
  L.push('HTML-like name): it must not produce an Error, and outputs must keep it as plain text.');
  L.push('');
}

function ranking(L: string[], ds: SampleDataset): void {
  L.push('## Expected ranking of DOU-2026-01 (top 14)');
  L.push('');
  L.push(
    'Computed from this workbook by the independent reference implementation of DESIGN §4.4–4.6 (`test/reference/reference.ts`)',
  );
  L.push('with default settings (weights 60/20/10/10, Respons Ganda = Pertama,');
  L.push(
    `${ds.trainingJp[T1]} JP). It is designed to exercise every tie-break and a **shared rank 5** (both get a Piagam, so 6 Piagam).`,
  );
  L.push('');
  L.push(
    '| Rank | NIP | Nama | Pre | Post | N-Gain | Keaktifan | Tugas | Kehadiran | Nilai Akhir | Post-Test sent | Why |',
  );
  L.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of ds.expectedRanking01)
    L.push(
      `| ${r.rank} | ${r.nip} | ${r.name.replace(/</g, '&lt;')} | ${fmtNum(r.pre)} | ${fmtNum(r.post)} | ${fmtNum(r.gain)} | ${fmtNum(r.activity)} | ${fmtNum(r.task)} | ${fmtNum(r.attendance)} | ${fmtNum(r.final)} | ${hhmm(r.postTime)} | ${r.note} |`,
    );
  L.push('');
  L.push(
    'Everyone else in DOU-2026-01 scores below 75. With Respons Ganda = Terakhir or Tertinggi the duplicate',
  );
  L.push('post-test sender moves from 7/12 to 9/12.');
  L.push('');
}

function jp(L: string[], ds: SampleDataset): void {
  const reach = [...ds.expectedJp.values()].filter((v) => v >= 20).length;
  L.push('## JP');
  L.push('');
  L.push(
    `Training JP: ${Object.entries(ds.trainingJp)
      .map(([c, j]) => `${c} = ${j}`)
      .join(', ')}. With Pengakuan JP = Bersertifikat, the reference expects`,
  );
  L.push(
    `**${reach} of ${ds.expectedJp.size}** valid NIPs to reach the 20 JP target in 2026 (those who attended DOU-2026-01 and another training`,
  );
  L.push('with a certificate); everyone else stays below it.');
  L.push('');
}

/** examples/README.md, generated with the planted problems' real row numbers. */
export function renderReadme(ds: SampleDataset): string {
  const L: string[] = [];
  intro(L);
  contents(L, ds);
  planted(L, ds);
  ranking(L, ds);
  jp(L, ds);
  return L.join('\n');
}
