// Rekap Narasumber through the bundle (issue 15 item 5): one click of Rekap Evaluasi writes Rekap Evaluasi, Ringkasan
// Evaluasi and Rekap Narasumber; both recaps name a speaker by (Kode Kegiatan, Sesi, NIP Narasumber); the honorarium
// matches an independent computation; its Kesalahan are in Masalah whatever step ran and never stop a certificate run;
// the calls are the same for 2 and 20 speakers.

import { OUTPUTS } from '../../src/core/schema';
import type { EvaluationResult, PreflightResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness, masalah, rowsByKey, typeSetting } from './harness';

const RATES: Array<[string, number | string]> = [
  ['Tarif per JP Pengajar Internal', 333333],
  ['Tarif per JP Eselon II', 1000000],
  ['Tarif per JP Eselon III', '900.000'],
  ['Tarif per JP Eselon IV', 750000],
  ['Tarif per JP Fungsional', 450000],
  ['Tarif per JP Non-PNS', 1500000],
  ['PPh 21 Non-PNS (%)', '2,5'],
];

/** A synthetic workbook whose sessions carry Golongan and Kategori Tarif (tools/synth.ts speakerPay), set up. */
async function workbook(
  o: { trainings?: number; sessions?: number; rates?: boolean; participants?: number } = {},
): Promise<Harness> {
  const h = harness({
    spreadsheet: synthWorkbook({
      participants: o.participants ?? 20,
      trainings: o.trainings ?? 2,
      sessions: o.sessions ?? 6,
      speakerPay: true,
    }),
  });
  await h.call('runSetup');
  if (o.rates !== false) for (const [k, v] of RATES) typeSetting(h, k, v);
  await h.call('pullResponses');
  return h;
}

/** The independent honorarium: JP in hundredths, percent in hundredths, integer division (floor). */
function pay(jp: number, rate: number, percent: number) {
  const gross = Number((BigInt(Math.round(jp * 100)) * BigInt(rate)) / 100n);
  const tax = Number((BigInt(gross) * BigInt(Math.round(percent * 100))) / 10000n);
  return { gross, tax, net: gross - tax };
}
const RATE_OF: Record<string, number> = {
  'Pengajar Internal': 333333,
  'Eselon III': 900000,
  Fungsional: 450000,
  'Non-PNS': 1500000,
};
const PPH_OF: Record<string, number> = { 'III/a': 5, 'IV/b': 15, 'II/c': 0, 'Non-PNS': 2.5 };

describe('one click of Rekap Evaluasi', () => {
  test('writes Rekap Evaluasi, Ringkasan Evaluasi and Rekap Narasumber; the panel gets the totals', async () => {
    const h = await workbook();
    const r = await h.call<EvaluationResult>('computeEvaluation');
    for (const o of [OUTPUTS.evaluation, OUTPUTS.evaluationSummary, OUTPUTS.speakers])
      expect(h.values(o.name)[0]).toEqual(o.columns.map((c) => c.header));
    const rows = rowsByKey(h, OUTPUTS.speakers);
    const speakers = rows.filter((x) => x.name !== 'Jumlah');
    expect(speakers).toHaveLength(12);
    expect(rows.filter((x) => x.name === 'Jumlah')).toHaveLength(2);
    expect(r.speakers.map((s) => [s.code, s.speakers, s.missing, s.inUse])).toEqual([
      ['SIM-0001', 6, 0, true],
      ['SIM-0002', 6, 0, true],
    ]);
    expect(r.message).toContain('Rekap Narasumber: 12 narasumber');
    // the honorarium of each row against the independent computation, and the Jumlah rows
    const sesi = rowsByKey(h, {
      name: 'Sesi',
      columns: [
        { key: 'g', header: 'Golongan Narasumber' },
        { key: 'k', header: 'Kategori Tarif' },
        { key: 'n', header: 'Narasumber' },
        { key: 'c', header: 'Kode Kegiatan' },
      ],
    });
    for (const row of speakers) {
      const s = sesi.find((x) => x.c === row.trainingCode && x.n === row.name);
      expect(s).toBeDefined();
      const want = pay(row.jp as number, RATE_OF[String(s?.k)], PPH_OF[String(s?.g)]);
      expect([row.rate, row.gross, row.taxPercent, row.tax, row.net]).toEqual([
        RATE_OF[String(s?.k)],
        want.gross,
        PPH_OF[String(s?.g)],
        want.tax,
        want.net,
      ]);
      expect(row.jp).toBe(2); // 90 minutes at 45 per JP
      expect(row.note).toBe('');
    }
    for (const t of r.speakers) {
      const mine = speakers.filter((x) => x.trainingCode === t.code);
      const total = rows.find((x) => x.trainingCode === t.code && x.name === 'Jumlah');
      const sum = (k: 'gross' | 'tax' | 'net') => mine.reduce((a, x) => a + (x[k] as number), 0);
      expect([t.gross, t.tax, t.net]).toEqual([sum('gross'), sum('tax'), sum('net')]);
      expect([total?.gross, total?.tax, total?.net, total?.sessionCount]).toEqual([
        sum('gross'),
        sum('tax'),
        sum('net'),
        6,
      ]);
    }
    // NIPs are text cells, never numbers; no formula anywhere
    const sheet = h.ss.getSheetByName(OUTPUTS.speakers.name)!;
    for (const row of speakers) expect(typeof row.nip).toBe('string');
    const nipCol = OUTPUTS.speakers.columns.findIndex((c) => c.key === 'nip') + 1;
    expect(sheet.getRange(2, nipCol).getNumberFormat()).toBe('@');
    const all = h.values(OUTPUTS.speakers.name);
    expect(sheet.getRange(1, 1, all.length, all[0].length).getFormulas().flat().filter(Boolean)).toEqual([]);
  });

  test('Rekap Evaluasi and Rekap Narasumber agree on each speaker by (Kode Kegiatan, Sesi, NIP Narasumber)', async () => {
    const h = await workbook();
    await h.call('computeEvaluation');
    const evals = rowsByKey(h, OUTPUTS.evaluation).filter(
      (r) => r.kind === 'Narasumber' && r.aspect === 'Keseluruhan',
    );
    const recap = rowsByKey(h, OUTPUTS.speakers).filter((r) => r.name !== 'Jumlah');
    expect(evals).toHaveLength(12);
    const key = (code: unknown, nip: unknown, name: unknown) =>
      `${code}|${nip === '' ? `nama:${name}` : nip}`;
    const recapBy = new Map(recap.map((r) => [key(r.trainingCode, r.nip, r.name), r]));
    expect(recapBy.size).toBe(recap.length);
    for (const e of evals) {
      const r = recapBy.get(key(e.trainingCode, e.speakerNip, e.speaker));
      expect(r).toBeDefined();
      expect(String(r?.sessions).split(', ').map(Number)).toContain(e.session);
      // one session each here: the speaker's Indeks is that session's Keseluruhan Indeks
      expect([r?.index, r?.category]).toEqual([e.index, e.category]);
    }
    // and back: every session of the recap is a Keseluruhan row of Rekap Evaluasi with the same NIP
    for (const r of recap)
      for (const s of String(r.sessions).split(', ').map(Number)) {
        const e = evals.find((x) => x.trainingCode === r.trainingCode && x.session === s);
        expect([e?.speakerNip, e?.speaker]).toEqual([r.nip, r.name]);
      }
    expect(recap.filter((r) => r.nip !== '').length).toBeGreaterThan(0);
    expect(recap.filter((r) => r.nip === '').length).toBeGreaterThan(0);
  });
});

describe('the honorarium problems', () => {
  test('a missing rate or golongan: Kesalahan in Masalah whatever step ran, blank cells, never 0', async () => {
    const h = await workbook({ rates: false });
    typeSetting(h, 'Tarif per JP Pengajar Internal', 333333);
    const sessions = h.ss.getSheetByName('Sesi')!;
    const head = h.values('Sesi')[0];
    sessions.getRange(3, head.indexOf('Golongan Narasumber') + 1).setValue('');
    const seen: string[] = [];
    for (const fn of ['runCheck', 'computeScores', 'computeEvaluation']) {
      await h.call(fn);
      seen.push(JSON.stringify(h.values('Masalah')));
    }
    expect(new Set(seen).size).toBe(1);
    const problems = masalah(h).filter((p) => p.level === 'Error');
    expect(
      problems.some((p) => p.sheet === 'Sesi' && p.row === 3 && p.column === 'Golongan Narasumber'),
    ).toBe(true);
    const missing = problems.filter((p) => p.sheet === 'Pengaturan' && /Tarif per JP/.test(p.message));
    expect(missing.map((p) => p.message.match(/"(Tarif per JP [^"]+)"/)?.[1]).sort()).toEqual([
      'Tarif per JP Eselon III',
      'Tarif per JP Fungsional',
      'Tarif per JP Non-PNS',
    ]);
    const rows = rowsByKey(h, OUTPUTS.speakers).filter((r) => r.name !== 'Jumlah');
    for (const r of rows) {
      if (r.note === '') expect(typeof r.gross).toBe('number');
      else expect([r.rate, r.gross, r.taxPercent, r.tax, r.net]).toEqual(['', '', '', '', '']);
    }
    expect(rows.filter((r) => r.note === '').every((r) => r.rateCategory === 'Pengajar Internal')).toBe(true);
  });

  test('never stop a certificate run (they are the treasurer’s, not the participants’)', async () => {
    const h = await workbook({ rates: false, trainings: 1 });
    const k = h.ss.getSheetByName('Kegiatan')!;
    const head = h.values('Kegiatan')[0];
    k.getRange(2, head.indexOf('Tanggal Mulai') + 1).setValue(new Date(2025, 2, 3));
    k.getRange(2, head.indexOf('Tanggal Selesai') + 1).setValue(new Date(2025, 2, 5));
    await h.call('createTemplates');
    const pre = await h.call<PreflightResult>('preflightCertificates', { trainings: ['SIM-0001'] });
    expect(masalah(h).some((p) => p.level === 'Error' && /Tarif per JP/.test(p.message))).toBe(true);
    expect(pre.gate?.blocking).toEqual([]);
  });
});

describe('service calls stay flat as speakers grow', () => {
  test('Rekap Evaluasi makes the same calls for 2 and 20 speakers', async () => {
    const callsFor = async (sessions: number) => {
      const h = await workbook({ trainings: 1, sessions });
      await h.call('computeEvaluation');
      h.env.rt.resetCounters();
      await h.call('computeEvaluation');
      expect(rowsByKey(h, OUTPUTS.speakers)).toHaveLength(sessions + 1);
      return h.env.rt.snapshot();
    };
    const small = await callsFor(2);
    const large = await callsFor(20);
    // Masalah's links ask each sheet's ID once per sheet with a problem (at most one per sheet), and column widths
    // are set per run of equal widths (at most one call per column of the outputs written): neither grows with rows
    const ids = 'SpreadsheetApp.Sheet.getSheetId';
    const widths = 'SpreadsheetApp.Sheet.setColumnWidths';
    const columns = [
      OUTPUTS.evaluation,
      OUTPUTS.evaluationSummary,
      OUTPUTS.speakers,
      OUTPUTS.problems,
    ].reduce((n, o) => n + o.columns.length, 0);
    for (const c of [small, large]) expect(c[widths]).toBeLessThanOrEqual(columns);
    expect({ ...large, [ids]: 0, [widths]: 0 }).toEqual({ ...small, [ids]: 0, [widths]: 0 });
  });
});
