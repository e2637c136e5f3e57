// Synthetic workbooks of any size for the bench and the flat-call tests: N participants spread over a fixed
// number of trainings (a year's programme; 10 by default), 12 sessions each, attendance for every session, typed activity/task scores, and pre/post/evaluation/attendance
// response sheets registered in Formulir (the sheet path). Deterministic.

import { mulberry32 } from '../emulator/base';
import { FakeSpreadsheet } from '../emulator/spreadsheet';
import { SHEETS } from '../src/core/schema';

export interface SynthOptions {
  participants: number;
  trainings?: number;
  sessions?: number;
  /** Write response sheets (pre, post, evaluation, attendance) for each training. */
  responses?: boolean;
  /** Type attendance in Kehadiran for every session (default); off when Presensi forms record it. */
  typedAttendance?: boolean;
  /** Type each session's Golongan Narasumber and Kategori Tarif (the honorarium recap); off by default. */
  speakerPay?: boolean;
}

const GRADES = ['III/a', 'IV/b', 'II/c', 'Non-PNS'];
const RATE_KINDS = ['Pengajar Internal', 'Eselon III', 'Fungsional', 'Non-PNS'];

/** A valid PNS NIP for person i (unique for i < 1,000,000). */
export function synthNip(i: number): string {
  const year = 1970 + (i % 30);
  const month = 1 + (Math.floor(i / 30) % 12);
  const day = 1 + (Math.floor(i / 360) % 28);
  const apptYear = year + 22;
  const serial = Math.floor(i / 10080) % 1000;
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${apptYear}${String(1 + (i % 12)).padStart(2, '0')}${1 + (i % 2)}${String(serial).padStart(3, '0')}`;
}

const UNITS = [
  'BKPSDM',
  'Bappeda',
  'Dinas Kominfo',
  'Dinas Kesehatan',
  'Dinas Pendidikan',
  'Kecamatan Kanigaran',
  'Kecamatan Mayangan',
  'Inspektorat',
];

function put(ss: FakeSpreadsheet, name: string, rows: unknown[][], textCols: number[] = []): void {
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
  const nCols = rows[0].length;
  if (sheet.getMaxRows() < rows.length)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  if (sheet.getMaxColumns() < nCols)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), nCols - sheet.getMaxColumns());
  for (const c of textCols) sheet.getRange(1, c + 1, rows.length, 1).setNumberFormat('@');
  sheet.getRange(1, 1, rows.length, nCols).setValues(rows);
}

/** Fills `ss` (new if not given) with a synthetic workbook. Service calls made here are the emulator's setup. */
export function synthWorkbook(
  opts: SynthOptions,
  ss = new FakeSpreadsheet({ name: `Sintetis ${opts.participants}` }),
): FakeSpreadsheet {
  const nSessions = opts.sessions ?? 12;
  const nTrainings = Math.max(1, Math.min(opts.trainings ?? 10, opts.participants));
  const per = Math.ceil(opts.participants / nTrainings);
  const rand = mulberry32(opts.participants);
  const h = (key: keyof typeof SHEETS) => SHEETS[key].columns.map((c) => c.header);

  const trainings: unknown[][] = [h('trainings')];
  const sessions: unknown[][] = [h('sessions')];
  const people: unknown[][] = [h('participants')];
  const attendance: unknown[][] = [h('attendance')];
  const scores: unknown[][] = [h('scores')];
  const questions: unknown[][] = [h('questions')];
  const forms: unknown[][] = [h('forms')];
  const responseSheets: Array<[string, unknown[][], number[]]> = [];

  for (let t = 0; t < nTrainings; t++) {
    const code = `SIM-${String(t + 1).padStart(4, '0')}`;
    const start = new Date(2026, t % 12, 1 + (t % 20));
    const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 2);
    trainings.push([
      code,
      `Pelatihan Sintetis ${t + 1}`,
      'Teknis',
      'Teknologi Informasi',
      'Mandiri',
      start,
      end,
      'Aula',
      '',
      'Kepala BKPSDM',
      '',
      'Kepala',
      '', // Jenis Diklat SIASN: blank, as in a workbook from before Ekspor SIASN
    ]);
    for (let s = 1; s <= nSessions; s++) {
      const startMin = 8 * 60 + ((s - 1) % 4) * 90;
      sessions.push([
        code,
        s,
        start,
        new Date(1899, 11, 30, Math.floor(startMin / 60), startMin % 60),
        new Date(1899, 11, 30, Math.floor((startMin + 90) / 60), (startMin + 90) % 60),
        `Materi ${s}`,
        'Ceramah',
        `Narasumber ${s}`,
        // with speakerPay, every speaker but the Non-PNS ones has a NIP
        opts.speakerPay && s % 4 !== 3 ? synthNip(900000 + s) : '',
        'BKPSDM',
        '',
        opts.speakerPay ? GRADES[s % 4] : '',
        opts.speakerPay ? RATE_KINDS[s % 4] : '',
      ]);
    }
    for (let q = 1; q <= 10; q++)
      questions.push([code, q, `Pertanyaan ${q}?`, 'Satu', 'Dua', 'Tiga', 'Empat', '', 'ABCD'[q % 4], 1]);
    const pre: unknown[][] = [['Stempel waktu', 'Skor', 'NIP', 'Nama Lengkap']];
    const post: unknown[][] = [['Stempel waktu', 'Skor', 'NIP', 'Nama Lengkap']];
    const evalHeader = [
      'Stempel waktu',
      ...Array.from(
        { length: nSessions },
        (_, i) => `Sesi ${i + 1}: Materi ${i + 1} — Narasumber ${i + 1} [Penguasaan materi]`,
      ),
      'Penyelenggaraan [Kesigapan panitia]',
    ];
    const evals: unknown[][] = [evalHeader];
    const presensi: unknown[][] = [['Stempel waktu', 'NIP', 'Sesi']];
    const inTraining = Math.min(per, opts.participants - t * per);
    for (let k = 0; k < inTraining; k++) {
      const i = t * per + k;
      const nip = synthNip(i);
      people.push([
        code,
        nip,
        `Peserta ${i + 1}`,
        'Analis',
        'Penata (III/c)',
        UNITS[i % UNITS.length],
        '',
        '',
        '', // No. HP
      ]);
      for (let s = 1; s <= nSessions; s++) {
        const present = rand() < 0.93;
        if (opts.typedAttendance !== false) attendance.push([code, s, nip, present]);
      }
      scores.push([code, nip, '', '', '', Math.round(60 + rand() * 40), Math.round(60 + rand() * 40)]);
      const ts = new Date(start.getTime() + 9 * 3600e3 + k * 60e3);
      pre.push([ts, `${Math.floor(rand() * 8) + 2} / 10`, nip, `Peserta ${i + 1}`]);
      post.push([
        new Date(ts.getTime() + 2 * 86400e3),
        `${Math.floor(rand() * 6) + 5} / 10`,
        nip,
        `Peserta ${i + 1}`,
      ]);
      evals.push([ts, ...Array.from({ length: nSessions + 1 }, () => 2 + Math.floor(rand() * 3))]);
      if (rand() < 0.3) presensi.push([ts, nip, `Sesi ${1 + (k % nSessions)}: Materi`]);
    }
    if (opts.responses !== false) {
      for (const [kind, rows] of [
        ['Pre-Test', pre],
        ['Post-Test', post],
        ['Evaluasi', evals],
        ['Presensi', presensi],
      ] as const) {
        const name = `R ${kind} ${code}`;
        forms.push([code, kind, `${kind} ${code}`, '', '', '', name, '']);
        responseSheets.push([name, rows, kind === 'Presensi' ? [1] : kind === 'Evaluasi' ? [] : [2]]);
      }
    }
  }
  put(ss, SHEETS.trainings.name, trainings, [0]);
  // NIP Narasumber as text, as Setup formats it (a number would lose the NIP's last digits)
  put(ss, SHEETS.sessions.name, sessions, [
    0,
    SHEETS.sessions.columns.findIndex((c) => c.key === 'speakerNip'),
  ]);
  put(ss, SHEETS.participants.name, people, [0, 1]);
  if (attendance.length > 1) put(ss, SHEETS.attendance.name, attendance, [0, 2]);
  else put(ss, SHEETS.attendance.name, attendance);
  put(ss, SHEETS.scores.name, scores, [0, 1]);
  put(ss, SHEETS.questions.name, questions, [0]);
  put(ss, SHEETS.aspects.name, [
    h('aspects'),
    ['Narasumber', 'Penguasaan materi'],
    ['Penyelenggaraan', 'Kesigapan panitia'],
  ]);
  put(ss, SHEETS.settings.name, [
    h('settings'),
    ['Menit per JP', 45, ''],
    // what the certificate prints of the agency and city (empty, a run that prints them is refused)
    ['Nama Pemerintah Daerah', 'PEMERINTAH KOTA CONTOH', ''],
    ['Kota Penerbitan', 'Kota Contoh', ''],
  ]);
  if (forms.length > 1) put(ss, SHEETS.forms.name, forms, [0]);
  for (const [name, rows, text] of responseSheets) put(ss, name, rows, text);
  return ss;
}
