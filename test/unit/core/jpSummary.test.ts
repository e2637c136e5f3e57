// Unit tests of the JP summary: both Pengakuan JP policies, Rekap JP rows and Rekap JP Unit.

import { creditedJp, type JpCreditInput, NO_UNIT, summarizeJp } from '../../../src/core/jpSummary';
import { defaultSettings } from '../../../src/core/settings';
import { nipFor } from './_fixtures';

const settings = defaultSettings(); // target 20, Bersertifikat
const [A, B, C, D] = [nipFor(1), nipFor(2), nipFor(3), nipFor(4)];
const credit = (o: Partial<JpCreditInput>): JpCreditInput => ({
  trainingCode: 'K1',
  trainingOrder: 0,
  year: 2026,
  trainingTime: new Date(2026, 2, 1).getTime(),
  nip: A,
  nipValid: true,
  name: 'Ani',
  unit: 'Dinas B',
  status: 'PNS',
  certificate: true,
  trainingJp: 12,
  attendedJp: 12,
  attendanceRecorded: true,
  ...o,
});

describe('creditedJp', () => {
  test('Bersertifikat: training JP with a Sertifikat, else 0', () => {
    expect(creditedJp(credit({ certificate: true, attendedJp: 6 }), 'Bersertifikat')).toBe(12);
    expect(creditedJp(credit({ certificate: false, attendedJp: 6 }), 'Bersertifikat')).toBe(0);
  });
  test('Sesuai Kehadiran: attended JP; training JP when attendance is not recorded', () => {
    expect(creditedJp(credit({ certificate: false, attendedJp: 6 }), 'Sesuai Kehadiran')).toBe(6);
    expect(creditedJp(credit({ attendedJp: 0, attendanceRecorded: false }), 'Sesuai Kehadiran')).toBe(12);
  });
  test('an invalid NIP never gets JP', () => {
    expect(creditedJp(credit({ nipValid: false }), 'Bersertifikat')).toBe(0);
    expect(creditedJp(credit({ nipValid: false }), 'Sesuai Kehadiran')).toBe(0);
  });
});

describe('summarizeJp', () => {
  const credits = [
    // Ani: two trainings in 2026 (12 + 10 = 22, Tercapai); her latest training (K2) names her unit.
    credit({ trainingCode: 'K1', nip: A, name: 'Ani', unit: 'Dinas B', trainingJp: 12 }),
    credit({
      trainingCode: 'K2',
      trainingOrder: 1,
      trainingTime: new Date(2026, 8, 1).getTime(),
      nip: A,
      name: 'Ani S.',
      unit: 'Dinas A',
      status: 'PPPK',
      trainingJp: 10,
      attendedJp: 4,
    }),
    // Budi: no Sertifikat → 0 JP but still listed; blank unit.
    credit({ nip: B, name: 'Budi', unit: '', certificate: false, attendedJp: 6 }),
    // Citra: 12 JP in Dinas A.
    credit({ nip: C, name: 'Citra', unit: 'Dinas A' }),
    // Dedi: a 2025 training only.
    credit({ nip: D, name: 'Dedi', unit: 'Dinas A', year: 2025, trainingJp: 20 }),
    // Invalid NIP and undated trainings are skipped.
    credit({ nip: '123', nipValid: false, name: 'X' }),
    credit({ nip: nipFor(9), name: 'Y', year: null }),
  ];

  test('Bersertifikat: rows ordered by Tahun, Unit Kerja, Nama, NIP', () => {
    const { rows } = summarizeJp(credits, settings);
    expect(rows.map((r) => [r.year, r.unit, r.name, r.trainings, r.jp, r.shortfall, r.achieved])).toEqual([
      [2025, 'Dinas A', 'Dedi', 1, 20, 0, true],
      [2026, '', 'Budi', 0, 0, 20, false],
      [2026, 'Dinas A', 'Ani S.', 2, 22, 0, true],
      [2026, 'Dinas A', 'Citra', 1, 12, 8, false],
    ]);
    expect(rows[2]).toMatchObject({ nip: A, status: 'PPPK', target: 20 });
  });

  test('Sesuai Kehadiran', () => {
    const { rows } = summarizeJp(credits, { ...settings, jpCredit: 'Sesuai Kehadiran' });
    const by = new Map(rows.map((r) => [`${r.year}/${r.name}`, r]));
    expect(by.get('2026/Ani S.')).toMatchObject({ jp: 16, trainings: 2, shortfall: 4, achieved: false });
    expect(by.get('2026/Budi')).toMatchObject({ jp: 6, trainings: 1 });
  });

  test('latest training: later date wins, then the later Kegiatan row', () => {
    const same = new Date(2026, 5, 1).getTime();
    const { rows } = summarizeJp(
      [
        credit({ trainingOrder: 3, trainingTime: same, unit: 'Unit Kemudian' }),
        credit({ trainingOrder: 1, trainingTime: same, unit: 'Unit Awal' }),
      ],
      settings,
    );
    expect(rows[0].unit).toBe('Unit Kemudian');
  });

  test('Rekap JP Unit', () => {
    const { units } = summarizeJp(credits, settings);
    expect(units).toEqual([
      { year: 2025, unit: 'Dinas A', asn: 1, totalJp: 20, meanJp: 20, achieved: 1, percentAchieved: 100 },
      { year: 2026, unit: NO_UNIT, asn: 1, totalJp: 0, meanJp: 0, achieved: 0, percentAchieved: 0 },
      { year: 2026, unit: 'Dinas A', asn: 2, totalJp: 34, meanJp: 17, achieved: 1, percentAchieved: 50 },
    ]);
  });

  test('Rata-rata and Persen are rounded half away from zero', () => {
    const three = [A, B, C].map((nip, i) => credit({ nip, unit: 'U', trainingJp: [20, 10, 10][i] }));
    const { units } = summarizeJp(three, settings);
    expect(units[0]).toMatchObject({
      asn: 3,
      totalJp: 40,
      meanJp: 13.33,
      achieved: 1,
      percentAchieved: 33.33,
    });
  });
});
