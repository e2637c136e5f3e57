// Unit tests of Rekap Narasumber and the honorarium recap (core/speakers.ts): a hand-made fixture with golongan I–IV, a
// Non-PNS speaker, a speaker with three sessions in two trainings, a missing golongan and a missing rate, compared
// cell for cell with an independent re-computation in integer arithmetic; the Golongan reader; rupiah rounding.

import {
  type Candidate,
  formatCertificateNumber,
  type LedgerRow,
  mergeValues,
  parseSequence,
  planLedger,
  SPEAKER_KIND,
  topicText,
} from '../../../src/core/certificates';
import type { EvaluationRow } from '../../../src/core/evaluation';
import { buildSessionJpMap } from '../../../src/core/jp';
import { Problems } from '../../../src/core/problems';
import { roundRupiah } from '../../../src/core/round';
import { headerKey } from '../../../src/core/schema';
import { parseSettings, readRupiah, SETTING_DEFS } from '../../../src/core/settings';
import { speakerCandidates, speakerMerge } from '../../../src/core/speakerCertificates';
import {
  gradeGroup,
  HONORARIUM_PROBLEM_CODES,
  type SpeakerRow,
  summarizeSpeakers,
} from '../../../src/core/speakers';
import { session, training } from './_fixtures';

const NIP = {
  a: '197001012000031001',
  b: '198002022005012002',
  d: '199003032015031003',
  e: '198504042010012004',
  f: '197505052001031005',
};

/** Pengaturan as typed: rates (one as text with thousands dots, Fungsional blank), PPh Non-PNS 2,5. */
const SETTINGS_ROWS: Array<[string, unknown]> = [
  ['Tarif per JP Pengajar Internal', 333333],
  ['Tarif per JP Eselon II', 1000000],
  ['Tarif per JP Eselon III', '900.000'],
  ['Tarif per JP Eselon IV', 'Rp 750.000'],
  ['Tarif per JP Fungsional', ''],
  ['Tarif per JP Non-PNS', 1500000],
  ['PPh 21 Non-PNS (%)', '2,5'],
];

function fixture() {
  const { settings, problems: settingProblems } = parseSettings(
    SETTINGS_ROWS.map(([key, value], i) => ({ row: i + 2, key, value })),
  );
  expect(settingProblems.list).toEqual([]);
  const row = (n: number) => ({ src: { sheet: 'Sesi', row: n } });
  const sessions = [
    // T1: A teaches sessions 1 and 3 (its Golongan typed differently on row 4: a Peringatan, row 2's used)
    session('T1', 1, {
      ...row(2),
      speaker: 'Dr. Andi',
      speakerNip: NIP.a,
      speakerAgency: 'Bappeda',
      jp: 2,
      speakerGrade: 'IV/b',
      rateCategory: 'Eselon II',
    }),
    session('T1', 2, {
      ...row(3),
      speaker: 'Budi, S.Kom.',
      speakerNip: NIP.b,
      speakerAgency: 'Kominfo',
      jp: 3,
      speakerGrade: 'Penata (III/c)',
      rateCategory: 'Eselon III',
    }),
    session('T1', 3, {
      ...row(4),
      speaker: 'Dr. Andi',
      speakerNip: NIP.a,
      speakerAgency: 'Bappeda',
      jp: 1.5,
      speakerGrade: 'IV/c',
      rateCategory: '',
    }),
    // an outside speaker: no NIP, identified by name
    session('T1', 4, {
      ...row(5),
      speaker: 'Citra (Ombudsman)',
      speakerNip: '',
      speakerAgency: 'Ombudsman',
      jp: 2.25,
      speakerGrade: 'Non-PNS',
      rateCategory: 'Non-PNS',
    }),
    // 1.5 × 333.333 = 499.999,5 → floored
    session('T1', 5, {
      ...row(6),
      speaker: 'Dewi',
      speakerNip: NIP.d,
      speakerAgency: 'BKPSDM',
      jp: 1.5,
      speakerGrade: 'II/a',
      rateCategory: 'Pengajar Internal',
    }),
    // Golongan missing: Kesalahan, no honorarium
    session('T1', 6, {
      ...row(7),
      speaker: 'Eko',
      speakerNip: NIP.e,
      speakerAgency: 'Inspektorat',
      jp: 2,
      speakerGrade: '',
      rateCategory: 'Eselon IV',
    }),
    // T2: A's third session; a speaker whose rate (Fungsional) is blank; golongan I by an Arabic numeral
    session('T2', 1, {
      ...row(8),
      speaker: 'Dr. Andi',
      speakerNip: NIP.a,
      speakerAgency: 'Bappeda',
      jp: 2,
      speakerGrade: 'IV/b',
      rateCategory: 'Eselon II',
    }),
    session('T2', 2, {
      ...row(9),
      speaker: 'Fajar',
      speakerNip: NIP.f,
      speakerAgency: 'Dinkes',
      jp: 4,
      speakerGrade: 'III/a',
      rateCategory: 'Fungsional',
    }),
    session('T2', 3, {
      ...row(10),
      speaker: 'Gita',
      speakerNip: '',
      speakerAgency: 'Kelurahan',
      jp: 1,
      speakerGrade: 'Gol. 1/c',
      rateCategory: 'Pengajar Internal',
    }),
  ];
  const overall = (code: string, s: number, index: number): EvaluationRow => ({
    trainingCode: code,
    kind: 'Narasumber',
    session: s,
    speaker: '',
    speakerNip: '',
    aspect: 'Keseluruhan',
    respondents: 10,
    mean: (index / 100) * 4,
    index,
    category: '',
  });
  const evaluation = [
    overall('T1', 1, 91.75),
    overall('T1', 3, 80.5), // Andi in T1: (91.75 + 80.5) / 2 = 86.125 → 86.13 Baik
    overall('T1', 2, 70),
    overall('T2', 1, 88.31),
    // not a speaker subject's Keseluruhan row: ignored
    { ...overall('T2', 2, 50), aspect: 'Penguasaan Materi' },
  ];
  const problems = new Problems();
  const sessionJp = buildSessionJpMap(sessions, settings, problems);
  const trainings = [training('T1'), training('T2')];
  return { settings, sessions, evaluation, sessionJp, trainings, problems };
}

// ---- the independent reference: integers only (JP in hundredths, percent in hundredths) ----

interface Expected {
  code: string;
  nip: string;
  name: string;
  sessions: number[];
  jp: number;
  index: number | null;
  category: string;
  rate: number | null;
  gross: number | null;
  taxPercent: number | null;
  tax: number | null;
  net: number | null;
}

function reference(): Expected[] {
  const rate: Record<string, number | null> = {
    'Pengajar Internal': 333333,
    'Eselon II': 1000000,
    'Eselon III': 900000,
    'Eselon IV': 750000,
    Fungsional: null,
    'Non-PNS': 1500000,
  };
  const tax100: Record<string, number> = { 'I/II': 0, III: 500, IV: 1500, 'Non-PNS': 250 };
  const pay = (jp100: number, cat: string, group: string | null) => {
    const r = rate[cat];
    if (r === null || r === undefined || group === null)
      return { rate: null, gross: null, taxPercent: null, tax: null, net: null };
    const gross = Number((BigInt(jp100) * BigInt(r)) / 100n);
    const tax = Number((BigInt(gross) * BigInt(tax100[group])) / 10000n);
    return { rate: r, gross, taxPercent: tax100[group] / 100, tax, net: gross - tax };
  };
  // evaluation bands (defaults): ≥ 88.31 Sangat Baik, ≥ 76.61 Baik, ≥ 65 Kurang Baik
  const band = (i: number) =>
    i >= 88.31 ? 'Sangat Baik' : i >= 76.61 ? 'Baik' : i >= 65 ? 'Kurang Baik' : 'Tidak Baik';
  const row = (
    code: string,
    nip: string,
    name: string,
    sessions: number[],
    jp100: number,
    idx: number | null,
    cat: string,
    group: string | null,
  ): Expected => ({
    code,
    nip,
    name,
    sessions,
    jp: jp100 / 100,
    index: idx,
    category: idx === null ? '' : band(idx),
    ...pay(jp100, cat, group),
  });
  return [
    row('T1', NIP.a, 'Dr. Andi', [1, 3], 350, 86.13, 'Eselon II', 'IV'),
    row('T1', NIP.b, 'Budi, S.Kom.', [2], 300, 70, 'Eselon III', 'III'),
    row('T1', '', 'Citra (Ombudsman)', [4], 225, null, 'Non-PNS', 'Non-PNS'),
    row('T1', NIP.d, 'Dewi', [5], 150, null, 'Pengajar Internal', 'I/II'),
    row('T1', NIP.e, 'Eko', [6], 200, null, 'Eselon IV', null),
    row('T2', NIP.a, 'Dr. Andi', [1], 200, 88.31, 'Eselon II', 'IV'),
    row('T2', NIP.f, 'Fajar', [2], 400, null, 'Fungsional', 'III'),
    row('T2', '', 'Gita', [3], 100, null, 'Pengajar Internal', 'I/II'),
  ];
}

test('the recap agrees cell for cell with an integer re-computation', () => {
  const f = fixture();
  const recap = summarizeSpeakers(f, f.problems);
  const got = recap.rows.map((r) => ({
    code: r.trainingCode,
    nip: r.nip,
    name: r.name,
    sessions: r.sessions,
    jp: r.jp,
    index: r.index,
    category: r.category,
    rate: r.rate,
    gross: r.gross,
    taxPercent: r.taxPercent,
    tax: r.tax,
    net: r.net,
  }));
  expect(got).toEqual(reference());
  // the hand-checked figures
  const andi = recap.rows[0];
  expect([andi.gross, andi.tax, andi.net]).toEqual([3_500_000, 525_000, 2_975_000]);
  expect(recap.rows[2]).toMatchObject({ gross: 3_375_000, tax: 84_375, net: 3_290_625 });
  expect(recap.rows[3]).toMatchObject({ gross: 499_999, tax: 0, net: 499_999 });
  expect(recap.rows.map((r) => r.grade)).toEqual([
    'IV/b',
    'Penata (III/c)',
    'Non-PNS',
    'II/a',
    '',
    'IV/b',
    'III/a',
    'Gol. 1/c',
  ]);
  expect(recap.rows[0].rateCategory).toBe('Eselon II'); // from row 2; row 4 left it blank
});

test('totals per training sum the rows that have an honorarium and count the others', () => {
  const f = fixture();
  const { rows, totals } = summarizeSpeakers(f, f.problems);
  expect(totals.map((t) => t.trainingCode)).toEqual(['T1', 'T2']);
  for (const t of totals) {
    const mine = rows.filter((r) => r.trainingCode === t.trainingCode);
    const paid = mine.filter((r) => r.gross !== null);
    expect(t.speakers).toBe(mine.length);
    expect(t.sessionCount).toBe(mine.reduce((s, r) => s + r.sessions.length, 0));
    expect(t.gross).toBe(paid.reduce((s, r) => s + (r.gross as number), 0));
    expect(t.net).toBe(paid.reduce((s, r) => s + (r.net as number), 0));
    expect(t.missing).toBe(mine.length - paid.length);
  }
  expect(totals[0]).toMatchObject({
    jp: 12.25,
    missing: 1,
    gross: 3_500_000 + 2_700_000 + 3_375_000 + 499_999,
  });
  expect(totals[1]).toMatchObject({ missing: 1, gross: 2_000_000 + 333_333 });
});

test('a missing golongan and a missing rate are Kesalahan naming the cell; different values are a Peringatan', () => {
  const f = fixture();
  const { rows } = summarizeSpeakers(f, f.problems);
  const list = f.problems.list;
  expect(list.map((p) => [p.code, p.level, p.sheet, p.row, p.column])).toEqual([
    ['speaker.gradeConflict', 'Peringatan', 'Sesi', 4, 'Golongan Narasumber'],
    ['speaker.gradeBlank', 'Error', 'Sesi', 7, 'Golongan Narasumber'],
    ['speaker.rateMissing', 'Error', 'Pengaturan', 6, 'Nilai'],
  ]);
  expect(list[0].message).toContain('"IV/b" dan "IV/c"');
  expect(list[0].message).toContain('baris 2, 4');
  expect(list[2].message).toContain('Tarif per JP Fungsional');
  expect(list[2].message).toContain('Fajar (T2)');
  expect(list[1].trainingCode).toBe('T1');
  expect(rows.find((r) => r.name === 'Eko')?.note).toBe('Golongan Narasumber belum diisi');
  expect(rows.find((r) => r.name === 'Fajar')?.note).toContain('Tarif per JP Fungsional belum diisi');
  for (const p of list.filter((x) => x.level === 'Error'))
    expect(HONORARIUM_PROBLEM_CODES.has(p.code)).toBe(true);
});

test('a blank PPh 21 for Non-PNS (its default) and an unknown golongan or kategori leave the honorarium blank', () => {
  const f = fixture();
  const { settings } = parseSettings(
    SETTINGS_ROWS.filter(([k]) => !k.startsWith('PPh')).map(([key, value], i) => ({
      row: i + 2,
      key,
      value,
    })),
  );
  f.sessions[1] = { ...f.sessions[1], speakerGrade: 'IX' };
  f.sessions[4] = { ...f.sessions[4], rateCategory: 'Widyaiswara' };
  const recap = summarizeSpeakers({ ...f, settings }, f.problems);
  const by = (name: string) => recap.rows.find((r) => r.name === name);
  expect(by('Citra (Ombudsman)')).toMatchObject({ gross: null, tax: null, net: null, rate: null });
  expect(by('Budi, S.Kom.')).toMatchObject({ gross: null, note: 'Golongan "IX" tidak dikenal' });
  expect(by('Dewi')).toMatchObject({ gross: null, note: 'Kategori Tarif "Widyaiswara" tidak dikenal' });
  expect(f.problems.codes()).toEqual(
    expect.arrayContaining(['speaker.gradeUnknown', 'speaker.categoryUnknown', 'speaker.taxMissing']),
  );
});

test('no rate set and no Golongan or Kategori typed: the recap has no honorarium and no problem', () => {
  const f = fixture();
  const { settings } = parseSettings([]);
  const sessions = f.sessions.map((s) => ({ ...s, speakerGrade: '', rateCategory: '' }));
  const recap = summarizeSpeakers({ ...f, settings, sessions }, f.problems);
  expect(f.problems.list).toEqual([]);
  expect(recap.rows.every((r) => r.gross === null && !r.payInUse)).toBe(true);
  expect(recap.rows[0].note).toMatch(/tidak dihitung/);
  expect(recap.rows).toHaveLength(8);
});

test('a session with neither speaker nor NIP has no row; the same NIP with another name is one speaker', () => {
  const f = fixture();
  f.sessions.push(session('T2', 4, { speaker: '', speakerNip: '', jp: 1 }));
  f.sessions.push(
    session('T2', 5, { speaker: 'Andi', speakerNip: NIP.a, jp: 1, speakerGrade: '', rateCategory: '' }),
  );
  const sessionJp = buildSessionJpMap(f.sessions, f.settings, new Problems());
  const recap = summarizeSpeakers({ ...f, sessionJp }, f.problems);
  const andi = recap.rows.filter((r) => r.trainingCode === 'T2' && r.nip === NIP.a);
  expect(andi).toHaveLength(1);
  expect(andi[0]).toMatchObject({ name: 'Dr. Andi', sessions: [1, 5], jp: 3, gross: 3_000_000 });
  expect(recap.rows.filter((r) => r.trainingCode === 'T2')).toHaveLength(3);
});

test('Golongan: the group I–IV is read from common spellings; Non-PNS; anything else is unknown', () => {
  const cases: Array<[string, string | null]> = [
    ['III/a', 'III'],
    ['IV/b', 'IV'],
    ['II', 'I/II'],
    ['I/d', 'I/II'],
    ['iv b', 'IV'],
    ['IIIa', 'III'],
    ['Penata Muda Tk. I (III/b)', 'III'],
    ['Pembina, IV/a', 'IV'],
    ['Gol. II/c', 'I/II'],
    ['3/a', 'III'],
    ['Non-PNS', 'Non-PNS'],
    ['non pns', 'Non-PNS'],
    ['Bukan PNS', 'Non-PNS'],
    ['', null],
    ['IX', null],
    ['V/a', null],
    ['PPPK', null],
    ['5', null],
  ];
  for (const [text, group] of cases) expect([text, gradeGroup(text)]).toEqual([text, group]);
});

test('rupiah: one rounding rule, down by default, on the decimal value shown', () => {
  expect(roundRupiah(499999.5)).toBe(499999);
  expect(roundRupiah(4.35 * 100000)).toBe(435000); // 434999.99999999994 as a double
  expect(roundRupiah(1.1 * 3)).toBe(3);
  expect(roundRupiah(499999.5, 'Terdekat')).toBe(500000);
  expect(roundRupiah(499999.49, 'Terdekat')).toBe(499999);
  expect(roundRupiah(0)).toBe(0);
});

test('rates: whole rupiah as numbers or as typed text; never a guess; no default', () => {
  const ok: Array<[unknown, number]> = [
    [900000, 900000],
    ['900000', 900000],
    ['900.000', 900000],
    ['Rp 900.000', 900000],
    ['Rp900.000,-', 900000],
    ['1.250.000,00', 1250000],
    ['900,000', 900000],
    ['0', 0],
  ];
  for (const [v, n] of ok) expect([v, readRupiah(v)]).toEqual([v, n]);
  for (const v of ['1,5', '900.00', '-5', 'sembilan ratus', 900.5, -1, ''])
    expect([v, readRupiah(v)]).toEqual([v, undefined]);
  const { settings, problems } = parseSettings([{ row: 2, key: 'Tarif per JP Eselon II', value: '1,5' }]);
  expect(problems.codes()).toEqual(['setting.invalid']);
  expect(settings.speakerPay.rates['Eselon II']).toBeNull();
  const d = parseSettings([]).settings.speakerPay;
  expect(Object.values(d.rates).every((r) => r === null)).toBe(true);
  expect(d.tax).toEqual({ 'I/II': 0, III: 5, IV: 15, 'Non-PNS': null });
  expect(d.rounding).toBe('Ke bawah');
});

test('every setting key is distinct as Pengaturan matches keys (punctuation ignored)', () => {
  const keys = SETTING_DEFS.map((d) => headerKey(d.key));
  expect(new Set(keys).size).toBe(keys.length);
});

// ---- Sertifikat Narasumber (core/speakerCertificates.ts): who gets one, in its own series, and what it prints ----

describe('Sertifikat Narasumber', () => {
  const FORMATS: Record<string, string> = {
    Sertifikat: '{nomor:3}/DOU-ASN/{kode}/{tahun}',
    'Sertifikat Narasumber': '{nomor:3}/NARASUMBER/DOU-ASN/{kode}/{tahun}',
  };
  const plan = (existing: LedgerRow[], candidates: Candidate[]) =>
    planLedger(existing, candidates, {
      numberFor: (code, kind, seq) =>
        formatCertificateNumber(FORMATS[kind], { seq, code, date: new Date(2026, 5, 30) }),
      sequenceOf: (r) => parseSequence(r.number, FORMATS[r.kind], r.trainingCode),
    });

  test('one per speaker with a valid NIP and training, none for an outside speaker; the address by NIP', () => {
    const f = fixture();
    const { rows } = summarizeSpeakers(f, f.problems);
    const list = speakerCandidates(rows, (nip) => (nip === NIP.a ? 'andi@x.id' : ''));
    expect(list.map((c) => [c.trainingCode, c.kind, c.name, c.email])).toEqual([
      ['T1', SPEAKER_KIND, 'Dr. Andi', 'andi@x.id'],
      ['T1', SPEAKER_KIND, 'Budi, S.Kom.', ''],
      ['T1', SPEAKER_KIND, 'Dewi', ''],
      ['T1', SPEAKER_KIND, 'Eko', ''],
      ['T2', SPEAKER_KIND, 'Dr. Andi', 'andi@x.id'],
      ['T2', SPEAKER_KIND, 'Fajar', ''],
    ]);
  });

  test('its own number series per training beside the participants’, never shifted by a rerun', () => {
    const f = fixture();
    const speakers = speakerCandidates(summarizeSpeakers(f, f.problems).rows, () => '');
    const people: Candidate[] = [
      { trainingCode: 'T1', kind: 'Sertifikat', nip: '199901012020011001', name: 'Zaenal', email: '' },
      { trainingCode: 'T1', kind: 'Sertifikat', nip: '199901012020011002', name: 'Ayu', email: '' },
    ];
    const first = plan([], [...people, ...speakers]);
    expect(first.rows.map((r) => [r.trainingCode, r.kind, r.name, r.number])).toEqual([
      ['T1', 'Sertifikat', 'Ayu', '001/DOU-ASN/T1/2026'],
      ['T1', 'Sertifikat', 'Zaenal', '002/DOU-ASN/T1/2026'],
      ['T1', SPEAKER_KIND, 'Budi, S.Kom.', '001/NARASUMBER/DOU-ASN/T1/2026'],
      ['T1', SPEAKER_KIND, 'Dewi', '002/NARASUMBER/DOU-ASN/T1/2026'],
      ['T1', SPEAKER_KIND, 'Dr. Andi', '003/NARASUMBER/DOU-ASN/T1/2026'],
      ['T1', SPEAKER_KIND, 'Eko', '004/NARASUMBER/DOU-ASN/T1/2026'],
      ['T2', SPEAKER_KIND, 'Dr. Andi', '001/NARASUMBER/DOU-ASN/T2/2026'],
      ['T2', SPEAKER_KIND, 'Fajar', '002/NARASUMBER/DOU-ASN/T2/2026'],
    ]);
    // the same candidates again: nothing added, nothing renumbered
    const rows = first.rows.map((r, i) => ({ ...r, sheetRow: i + 2 }));
    const again = plan(rows, [...people, ...speakers]);
    expect(again.added).toEqual([]);
    expect(again.rows.map((r) => r.number)).toEqual(first.rows.map((r) => r.number));
    // a new speaker (an outside one given a NIP) takes the next number of T1's speaker series only
    const citra = { ...speakers[0], nip: '198808082012012008', name: 'Citra (Ombudsman)' };
    const more = plan(rows, [...people, ...speakers, citra]);
    expect(more.added.map((r) => [r.name, r.number])).toEqual([
      ['Citra (Ombudsman)', '005/NARASUMBER/DOU-ASN/T1/2026'],
    ]);
  });

  test('prints the speaker, Golongan, Instansi, the Materi taught once each and JP Mengajar; no grade or rank', () => {
    const f = fixture();
    const andi = summarizeSpeakers(f, f.problems).rows.find(
      (r) => r.trainingCode === 'T1' && r.nip === NIP.a,
    );
    const values = mergeValues({
      kind: SPEAKER_KIND,
      number: '003/NARASUMBER/DOU-ASN/T1/2026',
      training: f.trainings[0],
      result: null,
      ...speakerMerge(andi as SpeakerRow),
    });
    expect(values).toMatchObject({
      Nama: 'Dr. Andi',
      NIP: '19700101 200003 1 001',
      'Pangkat/Golongan': 'IV/b',
      'Unit Kerja': 'Bappeda',
      Jabatan: '',
      JP: '3,5',
      Materi: 'Materi 1; Materi 3',
      Predikat: '',
      'Nilai Akhir': '',
      Peringkat: '',
    });
    expect(topicText(['Etika ASN', ' etika  asn ', '', 'Naskah Dinas'])).toBe('Etika ASN; Naskah Dinas');
  });

  test('a NIP Narasumber typed as a number (its digits may not be the ones typed) gets no certificate', () => {
    const f = fixture();
    f.settings.speakerCertificates = true;
    // Dewi's cell held a number: 18 digits are shown, but the last ones are the double's, not the typed ones
    f.sessions[4] = { ...f.sessions[4], speakerNip: '199003032015031000', speakerNipOk: false };
    const { rows } = summarizeSpeakers(f, f.problems);
    expect(speakerCandidates(rows, () => '').some((c) => c.name === 'Dewi')).toBe(false);
    const p = f.problems.list.find((x) => x.code === 'speaker.certificateNoNip' && /Dewi/.test(x.message));
    expect([p?.row, p?.column, p?.message]).toEqual([
      6,
      'NIP Narasumber',
      expect.stringMatching(/tidak valid/),
    ]);
  });

  test('Sertifikat Narasumber = Ya: a speaker without a valid NIP is a Peringatan at the Sesi cell; off: none', () => {
    const on = fixture();
    on.settings.speakerCertificates = true;
    summarizeSpeakers(on, on.problems);
    const got = on.problems.list.filter((p) => p.code === 'speaker.certificateNoNip');
    expect(got.map((p) => [p.level, p.sheet, p.row, p.column, p.trainingCode])).toEqual([
      ['Peringatan', 'Sesi', 5, 'NIP Narasumber', 'T1'],
      ['Peringatan', 'Sesi', 10, 'NIP Narasumber', 'T2'],
    ]);
    const off = fixture();
    summarizeSpeakers(off, off.problems);
    expect(off.problems.codes()).not.toContain('speaker.certificateNoNip');
  });
});
