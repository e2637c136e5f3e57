// core/siasn.ts: the Jenis Diklat SIASN cell, the dates, and the rows: revoked, fractional JP and missing files.

import { Problems } from '../../../src/core/problems';
import { type SiasnCertificate, siasnDate, siasnRows, siasnTypeOf } from '../../../src/core/siasn';
import { SIASN_NOTES } from '../../../src/text/id/siasn';
import { training } from './_fixtures';

describe('siasnTypeOf', () => {
  test.each([
    ['3', '3'],
    [' 3 - Diklat Teknis ', '3'],
    ['3. diklat teknis', '3'],
    ['Bimbingan Teknis', '8'],
    ['10', '10'],
  ])('%p is id %p', (cell, id) => {
    const r = siasnTypeOf(cell, '');
    expect('type' in r && r.type.id).toBe(id);
  });
  test('a number with another name, an unknown name or id 11 is unknown; blank defaults by Jenis Kompetensi', () => {
    expect(siasnTypeOf('3 - Seminar', 'Teknis')).toEqual({ error: 'unknown' });
    expect(siasnTypeOf('Diklat Teknik', 'Teknis')).toEqual({ error: 'unknown' });
    expect(siasnTypeOf('11', '')).toEqual({ error: 'unknown' });
    expect(siasnTypeOf('', 'Manajerial')).toMatchObject({ type: { id: '5' }, defaulted: true });
    expect(siasnTypeOf('', 'Pemerintahan')).toEqual({ error: 'blank' });
  });
});

test('siasnDate is dd-mm-yyyy of the calendar day', () => {
  expect(siasnDate(new Date(2026, 0, 5))).toBe('05-01-2026');
  expect(siasnDate(null)).toBe('');
});

describe('siasnRows', () => {
  const cert = (nip: string, o: Partial<SiasnCertificate> = {}): SiasnCertificate => ({
    trainingCode: 'K1',
    nip,
    name: `Nama ${nip}`,
    number: `${nip}/K1`,
    revoked: false,
    fileName: `${nip}.pdf`,
    fileLink: 'https://drive.google.com/file/d/x/view',
    fileBlocked: '',
    ...o,
  });
  const run = (
    certs: SiasnCertificate[],
    credited: Array<[string, number]>,
    statuses: Array<[string, string]> = [],
  ) => {
    const problems = new Problems();
    const rows = siasnRows(
      {
        certificates: certs,
        trainings: new Map([
          ['K1', training('K1', { siasnType: 'Diklat Teknis', endDate: new Date(2027, 0, 2) })],
        ]),
        credited: new Map(credited.map(([nip, jp]) => [`K1\u0001${nip}`, jp])),
        institution: 'BKPSDM',
        statuses: new Map(statuses),
      },
      problems,
      SIASN_NOTES,
    );
    return { rows, problems };
  };

  test('a ready row: the training, its dates, its year from Tanggal Selesai, the credited JP', () => {
    const { rows, problems } = run([cert('A')], [['A', 12]]);
    expect(rows[0]).toMatchObject({
      jenisDiklatId: '3',
      jenisKursusSertipikat: 'T',
      jumlahJam: 12,
      tanggalKursus: '24-11-2026',
      tanggalSelesaiKursus: '02-01-2027',
      tahunKursus: 2027,
      institusiPenyelenggara: 'BKPSDM',
      status: 'Belum',
      note: '',
      ready: true,
    });
    expect(problems.list).toEqual([]);
  });

  test('a fractional JP is never rounded: the row is not ready and one Kesalahan per training counts them', () => {
    const { rows, problems } = run(
      [cert('A'), cert('B'), cert('C')],
      [
        ['A', 2.5],
        ['B', 2.5],
        ['C', 3],
      ],
    );
    expect(rows.map((r) => [r.jumlahJam, r.ready])).toEqual([
      [null, false],
      [null, false],
      [3, true],
    ]);
    expect(rows[0].note).toBe('JP 2,5 bukan bilangan bulat');
    expect(problems.codes()).toEqual(['siasn.fractionalJp']);
    expect(problems.list[0].message).toMatch(/untuk 2 sertifikat kegiatan K1.*2,5 JP untuk NIP A/);
    expect(problems.list[0]).toMatchObject({ sheet: 'Kegiatan', row: 2, column: 'JP', level: 'Error' });
  });

  test('a revoked certificate stays only while it was recorded in SIASN, never ready; a missing PDF is said', () => {
    const { rows } = run(
      [cert('A', { revoked: true }), cert('B', { revoked: true }), cert('C', { fileName: '' })],
      [
        ['A', 3],
        ['B', 3],
        ['C', 3],
      ],
      [['B/K1', 'Diusulkan']],
    );
    expect(rows.map((r) => [r.nip, r.status, r.ready])).toEqual([
      ['B', 'Diusulkan', false],
      ['C', 'Belum', false],
    ]);
    expect(rows[0].note).toMatch(/^Dicabut/);
    expect(rows[1].note).toBe(SIASN_NOTES.noFile);
  });
});
