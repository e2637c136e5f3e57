// The workbook parser: the rules that decide which rows count, reported at their cells.

import { Problems } from '../../../src/core/problems';
import { SHEETS } from '../../../src/core/schema';
import { FORMATTED_SHEETS, parseWorkbook, type RawWorkbook } from '../../../src/core/workbook';

const NIP = '198501012010011001';
const h = (k: keyof typeof SHEETS) => SHEETS[k].columns.map((c) => c.header);

function book(extra: RawWorkbook = {}): RawWorkbook {
  return {
    trainings: [h('trainings'), ['K1', 'Tema', '', '', '', new Date(2026, 10, 24), '', '', '', '', '', '']],
    sessions: [
      ['Kode Kegiatan', 'Sesi', 'JP'],
      ['K1', 1, 2],
      ['K1', 2, 2],
    ],
    participants: [
      ['Kode Kegiatan', 'NIP', 'Nama'],
      ['K1', NIP, 'Budi'],
    ],
    ...extra,
  };
}

describe('parseWorkbook', () => {
  test('Kehadiran rows with Hadir left blank are not "absent": left out, one Peringatan per training', () => {
    const p = new Problems();
    const wb = parseWorkbook(
      book({ attendance: [h('attendance'), ['K1', 1, NIP, ''], ['K1', 2, NIP, ''], ['K1', 2, NIP, true]] }),
      'Asia/Jakarta',
      p,
    );
    expect(wb.attendance.map((a) => [a.session, a.present])).toEqual([[2, true]]);
    expect(p.list).toEqual([
      expect.objectContaining({
        code: 'attendance.presentBlank',
        level: 'Peringatan',
        sheet: 'Kehadiran',
        row: 2,
        column: 'Hadir',
        message: expect.stringMatching(/^2 baris/),
      }),
    ]);
  });

  test('a reference to a NIP stored as a number in Peserta points at that Peserta row', () => {
    const p = new Problems();
    parseWorkbook(
      book({
        participants: [
          ['Kode Kegiatan', 'NIP', 'Nama'],
          ['K1', Number(NIP), 'Budi'],
        ],
        attendance: [h('attendance'), ['K1', 1, NIP, true]],
      }),
      'Asia/Jakarta',
      p,
    );
    const ref = p.list.find((x) => x.sheet === 'Kehadiran');
    expect(ref).toMatchObject({ code: 'reference.nipStoredAsNumber', level: 'Error', row: 2, column: 'NIP' });
    expect(ref?.message).toMatch(/Peserta baris 2/);
    expect(p.list.find((x) => x.sheet === 'Peserta')).toMatchObject({
      code: 'nip.numberTyped',
      level: 'Error',
      row: 2,
      column: 'NIP',
    });
  });

  test('a sheet missing a required column is not read at all', () => {
    const p = new Problems();
    const wb = parseWorkbook(
      book({
        attendance: [
          ['Kode Kegiatan', 'Sesi', 'NIP'],
          ['K1', 1, NIP],
        ],
      }),
      'Asia/Jakarta',
      p,
    );
    expect(wb.attendance).toEqual([]);
    expect(p.list).toEqual([
      expect.objectContaining({ level: 'Error', sheet: 'Kehadiran', column: 'Hadir' }),
    ]);
  });

  test('a participant listed twice in a training counts once; the later row is an Error', () => {
    const p = new Problems();
    const wb = parseWorkbook(
      book({
        participants: [
          ['Kode Kegiatan', 'NIP', 'Nama'],
          ['K1', NIP, 'Budi'],
          ['K1', `'${NIP}`, 'Budi lagi'],
        ],
      }),
      'Asia/Jakarta',
      p,
    );
    expect(wb.participants.map((x) => x.name)).toEqual(['Budi']);
    expect(p.list).toEqual([
      expect.objectContaining({
        code: 'participant.duplicate',
        level: 'Error',
        sheet: 'Peserta',
        row: 3,
        column: 'NIP',
      }),
    ]);
  });
});

/** The problems of one parse as [code, sheet, row, column], in the order reported. */
function parsed(raw: RawWorkbook, sheetNames: string[] = []) {
  const p = new Problems();
  const wb = parseWorkbook(raw, 'Asia/Jakarta', p, sheetNames);
  return { wb, p, at: p.list.map((x) => [x.code, x.sheet, x.row, x.column]) };
}

describe('every cell read by its column type, every cross-row rule at its row', () => {
  const D = (d: number) => new Date(2026, 10, d);
  test('Kegiatan: code, text, date, number, choice and the signer NIP', () => {
    const row = (code: unknown, o: Record<number, unknown> = {}) =>
      h('trainings').map((_, i) => (i in o ? o[i] : ([code, 'Tema', '', '', '', D(24)][i] ?? '')));
    const { wb, at } = parsed(
      book({
        trainings: [
          h('trainings'),
          row('K1', { 6: D(26), 8: 12, 10: '19850101 201001 1 001', 2: 'teknis' }),
          row(''),
          row('K1'),
          row('K2', { 1: '', 5: '' }),
          row('K3', { 5: 'besok', 8: 'dua' }),
          row('K4', { 6: D(20), 8: 2000, 10: 198501012010011000 }),
          row('K5', { 2: 'Lain', 10: '12345' }),
        ],
      }),
    );
    expect(at).toEqual([
      ['training.codeBlank', 'Kegiatan', 3, 'Kode'],
      ['training.duplicate', 'Kegiatan', 4, 'Kode'],
      ['training.themeBlank', 'Kegiatan', 5, 'Tema'],
      ['date.blank', 'Kegiatan', 5, 'Tanggal Mulai'],
      ['date.invalid', 'Kegiatan', 6, 'Tanggal Mulai'],
      ['number.invalid', 'Kegiatan', 6, 'JP'],
      ['training.endBeforeStart', 'Kegiatan', 7, 'Tanggal Selesai'],
      ['training.signerNipNumberTyped', 'Kegiatan', 7, 'NIP Penandatangan'],
      ['number.invalid', 'Kegiatan', 7, 'JP'],
      ['training.signerNipInvalid', 'Kegiatan', 8, 'NIP Penandatangan'],
      ['choice.unknown', 'Kegiatan', 8, 'Jenis Kompetensi'],
      // the sessions of book() name K1 only; the participants too
    ]);
    expect(wb.trainings.map((t) => t.code)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5']);
    expect(wb.trainings[0]).toMatchObject({
      competencyType: 'Teknis',
      startDate: D(24),
      endDate: D(26),
      jp: 12,
      signerNip: '198501012010011001',
    });
    expect(wb.trainings[4]).toMatchObject({ competencyType: 'Lain', signerNip: '12345' });
  });

  test('Sesi: reference, integer, date, time, number; duplicates and dates against the training', () => {
    const { wb, at, p } = parsed(
      book({
        sessions: [
          ['Kode Kegiatan', 'Sesi', 'Tanggal', 'Jam Mulai', 'Jam Selesai', 'JP'],
          ['K1', 1, D(24), '08:00', '09:30', ''],
          ['k1', 2, '', '', '', 2],
          ['', '', '', '', '', 2],
          ['K1', 1.5, '', '', '', 2],
          ['K1', 1, '', '', '', 2],
          ['K1', 3, D(1), 'pagi', '', 2],
          ['K1', 4, '', '10:00', '09:00', 2],
          ['K1', 5, '', '', '', 200],
        ],
      }),
    );
    expect(at).toEqual([
      ['trainingRef.unknown', 'Sesi', 3, 'Kode Kegiatan'],
      ['trainingRef.blank', 'Sesi', 4, 'Kode Kegiatan'],
      ['session.numberBlank', 'Sesi', 4, 'Sesi'],
      ['integer.invalid', 'Sesi', 5, 'Sesi'],
      ['session.duplicate', 'Sesi', 6, 'Sesi'],
      ['session.dateOutside', 'Sesi', 7, 'Tanggal'],
      ['time.invalid', 'Sesi', 7, 'Jam Mulai'],
      ['session.timesInverted', 'Sesi', 8, 'Jam Selesai'],
      ['number.invalid', 'Sesi', 9, 'JP'],
    ]);
    expect(p.list[0].suggestion).toBe('Mungkin maksudnya "K1".');
    expect(p.list[3]).toMatchObject({
      message: 'Nomor sesi "1.5" tidak valid.',
      suggestion: 'Isi dengan bilangan bulat antara 1 dan 1000.',
    });
    expect(wb.sessions[0]).toMatchObject({
      number: 1,
      date: D(24),
      startMinutes: 480,
      endMinutes: 570,
      jp: null,
    });
  });

  test('Peserta: NIP, required name, choice, and the status and email rules', () => {
    const { wb, at } = parsed(
      book({
        participants: [
          ['Kode Kegiatan', 'NIP', 'Nama', 'Status Kepegawaian', 'Email'],
          ['K1', NIP, 'Budi', 'pns', 'budi@contoh.id'],
          ['K1', '', '', '', ''],
          ['K1', '12345', 'Ani', 'Honorer', 'ani@'],
          ['K1', '199001012023212011', 'Sari', 'PNS', ''],
        ],
      }),
    );
    expect(at).toEqual([
      ['nip.blank', 'Peserta', 3, 'NIP'],
      ['participant.nameBlank', 'Peserta', 3, 'Nama'],
      ['nip.invalid', 'Peserta', 4, 'NIP'],
      ['choice.unknown', 'Peserta', 4, 'Status Kepegawaian'],
      ['participant.emailInvalid', 'Peserta', 4, 'Email'],
      ['participant.statusMismatch', 'Peserta', 5, 'Status Kepegawaian'],
    ]);
    expect(wb.participants.map((x) => [x.nip, x.nipValid, x.status])).toEqual([
      [NIP, true, 'PNS'],
      ['', false, ''],
      ['12345', false, ''],
      ['199001012023212011', true, 'PNS'],
    ]);
  });

  test('Kehadiran and Nilai: bool and score cells, references to Sesi and Peserta, repeated rows', () => {
    const { wb, at, p } = parsed(
      book({
        attendance: [
          h('attendance'),
          ['K1', 1, NIP, true],
          ['K1', 1, NIP, 'ya'],
          ['K1', 2, NIP, 'mungkin'],
          ['K1', 9, NIP, true],
          ['K1', 0, NIP, true],
        ],
        scores: [
          ['Kode Kegiatan', 'NIP', 'Pre-Test', 'Post-Test'],
          ['K1', NIP, 40, 101],
          ['K1', NIP, 50, 60],
          ['K1', '199001012023212011', 50, 60],
        ],
      }),
    );
    expect(at).toEqual([
      ['attendance.duplicate', 'Kehadiran', 3, 'NIP'],
      ['bool.invalid', 'Kehadiran', 4, 'Hadir'],
      ['attendance.sessionUnknown', 'Kehadiran', 5, 'Sesi'],
      ['integer.invalid', 'Kehadiran', 6, 'Sesi'],
      ['score.invalid', 'Nilai', 2, 'Post-Test'],
      ['score.duplicate', 'Nilai', 3, 'NIP'],
      ['reference.nipNotEnrolled', 'Nilai', 4, 'NIP'],
    ]);
    expect(p.list[4]).toMatchObject({
      message: 'Nilai Post-Test "101" tidak valid.',
      suggestion: 'Isi dengan angka antara 0 dan 100.',
    });
    expect(wb.attendance.map((a) => [a.session, a.present])).toEqual([
      [1, true],
      [1, true],
    ]);
    expect(wb.scores).toEqual([expect.objectContaining({ pre: 40, post: null })]);
  });

  test('Soal, Aspek Evaluasi, Formulir: required choices, options and key, weight, duplicates, sheets', () => {
    const q = (no: unknown, text: string, a: string, b: string, key: string, weight: unknown = '') => [
      'K1',
      no,
      text,
      a,
      b,
      '',
      '',
      '',
      key,
      weight,
    ];
    const { wb, at, p } = parsed(
      book({
        questions: [
          h('questions'),
          q(1, 'Apa?', 'Ya', 'Tidak', 'b'),
          q(2, '', 'Ya', '', ''),
          q(3, 'Apa?', 'Ya', 'Tidak', 'f', 0),
          q(4, 'Apa?', 'Ya', 'Tidak', 'C'),
          q(1, 'Lagi?', 'Ya', 'Tidak', 'A'),
        ],
        aspects: [
          h('aspects'),
          ['narasumber', 'Penguasaan Materi'],
          ['', 'X'],
          ['Peserta', 'X'],
          ['Penyelenggaraan', ''],
          ['Narasumber', 'penguasaan materi'],
        ],
        forms: [
          h('forms'),
          ['K1', 'pre-test', '', '', '', '', 'Respons Pre-Test K1', ''],
          ['K1', '', '', 'id-1', '', '', '', ''],
          ['K1', 'Kuis', '', '', '', '', '', ''],
          ['K1', 'Presensi', '', '', '', '', 'Tidak Ada', ''],
        ],
      }),
      ['Respons Pre-Test K1'],
    );
    expect(at).toEqual([
      ['question.textBlank', 'Soal', 3, 'Pertanyaan'],
      ['question.tooFewOptions', 'Soal', 3, 'Pilihan A'],
      ['question.keyBlank', 'Soal', 3, 'Kunci'],
      ['question.keyInvalid', 'Soal', 4, 'Kunci'],
      ['question.weightZero', 'Soal', 4, 'Bobot'],
      ['question.keyEmptyOption', 'Soal', 5, 'Kunci'],
      ['question.duplicate', 'Soal', 6, 'No'],
      ['aspect.kindBlank', 'Aspek Evaluasi', 3, 'Jenis'],
      ['aspect.kindInvalid', 'Aspek Evaluasi', 4, 'Jenis'],
      ['aspect.blank', 'Aspek Evaluasi', 5, 'Aspek'],
      ['aspect.duplicate', 'Aspek Evaluasi', 6, 'Aspek'],
      ['form.kindBlank', 'Formulir', 3, 'Jenis'],
      ['form.kindInvalid', 'Formulir', 4, 'Jenis'],
      ['form.unreadable', 'Formulir', 4, 'Lembar Respons'],
      ['form.responseSheetMissing', 'Formulir', 5, 'Lembar Respons'],
    ]);
    expect(p.list[3].message).toBe('Kunci "F" tidak valid.');
    expect(wb.questions.map((x) => [x.no, x.key, x.weight])).toEqual([[1, 'B', 1]]);
    expect(wb.aspects).toEqual([
      expect.objectContaining({ kind: 'Narasumber', aspect: 'Penguasaan Materi' }),
    ]);
    expect(wb.forms.map((f) => f.kind)).toEqual(['Pre-Test', 'Presensi']);
  });

  test('absent sheets: the required ones are Errors, the others only listed', () => {
    const { wb, at } = parsed({ trainings: null });
    expect(at).toEqual([
      ['sheet.missing', 'Kegiatan', null, ''],
      ['sheet.missing', 'Sesi', null, ''],
      ['sheet.missing', 'Peserta', null, ''],
    ]);
    expect(wb.absent).toContain('Nilai');
  });
});

describe('value domains across the parse (issue 11): formats given beside the values, the run\'s "now"', () => {
  const NOW = new Date(2026, 11, 2);
  const k = (o: Record<string, unknown>) => h('trainings').map((hd) => o[hd] ?? '');

  test('a training with one implausible or unreadable date keeps neither date: no year, so no JP credited', () => {
    const p = new Problems();
    const wb = parseWorkbook(
      book({
        trainings: [
          h('trainings'),
          k({
            Kode: 'K1',
            Tema: 'T',
            'Tanggal Mulai': new Date(2026, 10, 24),
            'Tanggal Selesai': new Date(2100, 0, 1),
          }),
          k({
            Kode: 'K2',
            Tema: 'T',
            'Tanggal Mulai': new Date(1899, 11, 30),
            'Tanggal Selesai': new Date(2026, 10, 2),
          }),
          k({ Kode: 'K3', Tema: 'T', 'Tanggal Mulai': new Date(2026, 10, 24), 'Tanggal Selesai': 'lusa' }),
          k({ Kode: 'K4', Tema: 'T', 'Tanggal Mulai': new Date(2026, 10, 24) }),
        ],
      }),
      'Asia/Jakarta',
      p,
      [],
      { now: NOW },
    );
    expect(wb.trainings.map((t) => [t.code, t.startDate, t.endDate])).toEqual([
      ['K1', null, null],
      ['K2', null, null],
      ['K3', null, null],
      ['K4', new Date(2026, 10, 24), null],
    ]);
    expect(p.list.map((x) => [x.code, x.row, x.column])).toEqual([
      ['date.implausible', 2, 'Tanggal Selesai'],
      ['date.implausible', 3, 'Tanggal Mulai'],
      ['date.invalid', 4, 'Tanggal Selesai'],
    ]);
  });

  test('formats line up with the values by sheet row and column: Nilai in percent, Pengaturan in percent', () => {
    const p = new Problems();
    const scores = [
      ['Kode Kegiatan', 'NIP', 'Post-Test', 'Pre-Test'],
      ['K1', NIP, 0.85, 0.5],
    ];
    const settings = [
      ['Pengaturan', 'Nilai'],
      ['Batas Kehadiran Sertifikat (%)', 0.9],
      ['Jumlah Piagam', 0.05],
    ];
    const wb = parseWorkbook(book({ scores, settings }), 'Asia/Jakarta', p, [], {
      now: NOW,
      formats: {
        scores: [
          ['General', '@', 'General', 'General'],
          ['General', '@', '0%', '0.###############'],
        ],
        settings: [
          ['General', 'General'],
          ['General', '0%'],
          ['General', '0%'],
        ],
      },
    });
    expect(wb.scores[0]).toMatchObject({ post: 85, pre: 0.5 });
    expect(wb.settings.attendanceThreshold).toBe(90);
    expect(wb.settings.awardCount).toBe(5);
    expect(p.list.map((x) => [x.code, x.sheet, x.row, x.column])).toEqual([
      ['setting.percentFormat', 'Pengaturan', 3, 'Nilai'],
    ]);
  });
});

test('formats are read for the sheets with fractional number columns and Pengaturan, not for Kehadiran', () => {
  // Undangan's Kekurangan JP is fractional too (the ledger is read by Pemanggilan only, not by the load)
  expect([...FORMATTED_SHEETS].sort()).toEqual([
    'invitations',
    'questions',
    'scores',
    'sessions',
    'settings',
    'trainings',
  ]);
});
