// Sheet names in any case, the add-on's own sheets recognised by a marker, and text cut to fit a cell reported
// (issue 11 items 5 and 10), through the built bundle in the emulator.

import type { FakeSheet, FakeSpreadsheet } from '../../emulator/spreadsheet';
import { OUTPUTS, SETUP_ORDER, SHEETS } from '../../src/core/schema';
import type { CheckResult, ProblemView, ScoresResult, SetupResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness, oneTraining, rowsByKey, testNip } from './harness';

const OWN_SHEETS_KEY = 'douasn.ownSheets';

/** Everything a sheet holds, for a byte-for-byte comparison (values, formats, notes, grid, charts). */
function snapshot(sheet: FakeSheet): string {
  return JSON.stringify({
    name: sheet._name,
    id: sheet._id,
    grid: [sheet._maxRows, sheet._maxCols, sheet._frozenRows, sheet._frozenCols, sheet._hidden],
    vals: sheet._vals,
    fmts: sheet._fmts,
    ext: sheet._ext,
    charts: sheet._charts.length,
  });
}

/** A person's own sheet: a few typed rows, a note and a format of their own. */
function personSheet(ss: FakeSpreadsheet, name: string): FakeSheet {
  const s = ss.insertSheet(name);
  s.getRange(1, 1, 3, 3).setValues([
    ['Catatan saya', 'Nilai', 'Keterangan'],
    ['Budi', 88, 'jangan dihapus'],
    ['Sari', 91, '=1+1'],
  ]);
  s.getRange(1, 1).setNote('catatan pribadi');
  s.getRange(2, 2, 2, 1).setNumberFormat('0.0');
  return s;
}

const STEPS = ['runSetup', 'runCheck', 'computeScores', 'computeJp', 'computeEvaluation', 'pullResponses'];

async function everyStep(h: Harness): Promise<Record<string, ProblemView[]>> {
  const out: Record<string, ProblemView[]> = {};
  for (const step of STEPS) {
    const r = await h.raw<{ problems?: ProblemView[]; message?: string }>(step);
    if (!r.ok) throw new Error(`${step} failed: ${r.error}`);
    out[step] = r.value.problems ?? [];
  }
  await h.call('getPanelState');
  return out;
}

const ownIds = (h: Harness): number[] =>
  JSON.parse(h.env.props.document.data.get(OWN_SHEETS_KEY) ?? '[]') as number[];

describe('input sheets in another case or spacing', () => {
  test('`peserta` and `kegiatan ` are read as Peserta and Kegiatan by every step, with a Peringatan', async () => {
    const ss = synthWorkbook({ participants: 12, trainings: 2 });
    ss.getSheetByName('Peserta')!.setName('peserta');
    ss.getSheetByName('Kegiatan')!.setName('KEGIATAN ');
    const h = harness({ spreadsheet: ss });
    const check = await h.call<CheckResult>('runCheck');
    expect(check.participants).toBe(12);
    expect(check.trainings).toHaveLength(2);
    expect(check.problems.filter((p) => p.code === 'sheet.missing')).toEqual([]);
    const renamed = check.problems.filter((p) => p.code === 'sheet.nameCase');
    expect(renamed.map((p) => p.sheet).sort()).toEqual(['KEGIATAN ', 'peserta']);
    expect(renamed.every((p) => p.level === 'Peringatan')).toBe(true);
    const scores = await h.call<ScoresResult>('computeScores');
    expect(scores.trainings.map((t) => t.participants)).toEqual([6, 6]);
    const panel = await h.call<{ ready: boolean; missingSheets: string[] }>('getPanelState');
    expect(panel.missingSheets).not.toContain('Peserta');
    expect(panel.missingSheets).not.toContain('Kegiatan');
  });

  test('Setup with `peserta` present makes no second Peserta and shows no English error', async () => {
    const h = harness();
    const s = h.ss.insertSheet('peserta');
    s.getRange(1, 1, 2, 3).setValues([
      ['Kode Kegiatan', 'NIP', 'Nama'],
      ['DOU-01', "'198501012010011001", 'Budi'],
    ]);
    const r = await h.call<SetupResult>('runSetup');
    expect(r.created).not.toContain('Peserta');
    expect(r.created).toHaveLength(SETUP_ORDER.length - 1);
    expect(h.ss.getSheets().filter((x) => x.getName().toLowerCase() === 'peserta')).toHaveLength(1);
    expect(r.message).not.toMatch(/already exists|sheet/i);
    // its missing headers were added to that sheet; the typed row is kept
    const head = h.values('peserta')[0];
    for (const c of SHEETS.participants.columns) expect(head).toContain(c.header);
    expect(h.values('peserta')[1].slice(0, 3)).toEqual(['DOU-01', '198501012010011001', 'Budi']);
    const again = await h.call<SetupResult>('runSetup');
    expect(again.created).toEqual([]);
  });
});

describe('output names taken by a person’s sheet', () => {
  test.each([
    ['rekap nilai', OUTPUTS.results.name],
    ['REKAP JP', OUTPUTS.jp.name],
    ['Rekap Evaluasi', OUTPUTS.evaluation.name],
    ['analisis  soal', OUTPUTS.items.name],
  ])(
    'a person’s `%s` stays byte-identical after every step, with an Error saying what to do',
    async (name, output) => {
      const ss = synthWorkbook({ participants: 12, trainings: 2 });
      const mine = personSheet(ss, name);
      const before = snapshot(mine);
      const h = harness({ spreadsheet: ss });
      const problems = await everyStep(h);
      expect(snapshot(h.ss._sheet(name)!)).toBe(before);
      expect(
        h.ss
          .getSheets()
          .filter((x) => x.getName().toLowerCase().replace(/\s+/g, ' ') === output.toLowerCase()),
      ).toHaveLength(1);
      const step =
        output === OUTPUTS.jp.name
          ? 'computeJp'
          : output === OUTPUTS.evaluation.name
            ? 'computeEvaluation'
            : 'computeScores';
      const taken = problems[step].filter((p) => p.code === 'output.nameTaken');
      expect(taken).toHaveLength(1);
      expect(taken[0]).toMatchObject({ level: 'Error', sheet: name });
      expect(taken[0].suggestion).toContain(`Ganti nama lembar "${name}"`);
      // the Error is in Masalah too (after the step that writes that output), and the other outputs were written
      await h.call(step);
      expect(snapshot(h.ss._sheet(name)!)).toBe(before);
      const masalah = h.values(OUTPUTS.problems.name).map((r) => r.join(' | '));
      expect(masalah.some((r) => r.includes(`Lembar "${name}" bukan buatan add-on`))).toBe(true);
      for (const o of [OUTPUTS.results, OUTPUTS.jp, OUTPUTS.evaluation, OUTPUTS.items])
        if (o.name !== output) expect(h.ss.getSheetByName(o.name)).not.toBeNull();
    },
  );

  test('a person’s `Masalah ` is left alone; the run’s result still shows every problem', async () => {
    const ss = synthWorkbook({ participants: 12, trainings: 2 });
    const mine = personSheet(ss, 'Masalah ');
    const before = snapshot(mine);
    const h = harness({ spreadsheet: ss });
    const r = await h.call<CheckResult>('runCheck');
    expect(snapshot(h.ss._sheet('Masalah ')!)).toBe(before);
    expect(h.ss.getSheetByName('Masalah')).toBeNull();
    const taken = r.problems.find((p) => p.code === 'output.nameTaken');
    expect(taken).toMatchObject({ level: 'Error', sheet: 'Masalah ' });
    expect(r.errors).toBeGreaterThanOrEqual(1);
    // the alert a menu run shows carries the instruction, since Masalah cannot
    expect(r.message).toContain('Ganti nama lembar "Masalah "');
    h.addon.open('LIMITED');
    h.addon.menuClick('Periksa Data');
    expect(h.env.ui._alerts.at(-1)?.prompt).toContain('Ganti nama lembar "Masalah "');
    await everyStep(h);
    expect(snapshot(h.ss._sheet('Masalah ')!)).toBe(before);
  });

  test('a person’s sheet named exactly `Rekap Nilai` (no marker, no add-on note) is theirs', async () => {
    const ss = synthWorkbook({ participants: 12, trainings: 2 });
    const mine = personSheet(ss, 'Rekap Nilai');
    const before = snapshot(mine);
    const h = harness({ spreadsheet: ss });
    const r = await h.call<ScoresResult>('computeScores');
    expect(snapshot(h.ss._sheet('Rekap Nilai')!)).toBe(before);
    expect(r.problems.some((p) => p.code === 'output.nameTaken' && p.sheet === 'Rekap Nilai')).toBe(true);
  });
});

describe('the add-on’s own output sheets', () => {
  test('made sheets are marked; renamed by case they are still found and rewritten (no second sheet)', async () => {
    const h = harness({ spreadsheet: synthWorkbook({ participants: 12, trainings: 2 }) });
    await h.call('computeScores');
    const sheet = h.ss._sheet(OUTPUTS.results.name)!;
    expect(ownIds(h)).toContain(sheet._id);
    sheet.setName('REKAP NILAI');
    const r = await h.call<ScoresResult>('computeScores');
    expect(r.problems.filter((p) => p.code === 'output.nameTaken')).toEqual([]);
    expect(h.ss.getSheets().filter((x) => x.getName().toLowerCase() === 'rekap nilai')).toHaveLength(1);
    expect(h.values('REKAP NILAI').length).toBe(13);
  });

  test('an output made by an earlier version (exact name, the add-on’s note, no marker) is adopted and marked', async () => {
    const h = harness({ spreadsheet: synthWorkbook({ participants: 12, trainings: 2 }) });
    await h.call('computeScores');
    const id = h.ss._sheet(OUTPUTS.results.name)!._id;
    h.env.props.document.data.delete(OWN_SHEETS_KEY); // as an earlier version left it
    const r = await h.call<ScoresResult>('computeScores');
    expect(r.problems.filter((p) => p.code === 'output.nameTaken')).toEqual([]);
    expect(h.ss._sheet(OUTPUTS.results.name)!._id).toBe(id);
    expect(ownIds(h)).toContain(id);
  });

  test('an earlier version’s output renamed by case (no marker) is not adopted: when unsure it is a person’s', async () => {
    const h = harness({ spreadsheet: synthWorkbook({ participants: 12, trainings: 2 }) });
    await h.call('computeScores');
    h.env.props.document.data.delete(OWN_SHEETS_KEY);
    const sheet = h.ss._sheet(OUTPUTS.results.name)!;
    sheet.setName('rekap nilai');
    const before = snapshot(sheet);
    const r = await h.call<ScoresResult>('computeScores');
    expect(snapshot(h.ss._sheet('rekap nilai')!)).toBe(before);
    expect(r.problems.some((p) => p.code === 'output.nameTaken')).toBe(true);
  });
});

describe('text cut to fit a cell', () => {
  test('a 50,000-character name: a Peringatan naming sheet, row and column; as much text as fits is kept', async () => {
    const ss = synthWorkbook({ participants: 4, trainings: 1 });
    const peserta = ss.getSheetByName('Peserta')!;
    const nameCol = (peserta.getRange(1, 1, 1, peserta.getLastColumn()).getValues()[0] as string[]).indexOf(
      'Nama',
    );
    const long = `Budi ${'x'.repeat(49_995)}`;
    peserta.getRange(2, nameCol + 1).setValue(long);
    const h = harness({ spreadsheet: ss });
    const r = await h.call<ScoresResult>('computeScores');
    const rekap = h.values(OUTPUTS.results.name);
    const col = (rekap[0] as string[]).indexOf('Nama');
    const row = rekap.findIndex((x) => String(x[col]).startsWith('Budi x'));
    expect(row).toBeGreaterThan(0);
    const written = String(rekap[row][col]);
    expect(written.length).toBe(49_999);
    expect(written.endsWith('\u2026')).toBe(true);
    expect(long.startsWith(written.slice(0, -1))).toBe(true);
    const cut = r.problems.filter((p) => p.code === 'output.textCut');
    expect(cut).toContainEqual(
      expect.objectContaining({
        level: 'Peringatan',
        sheet: OUTPUTS.results.name,
        row: row + 1,
        column: 'Nama',
      }),
    );
    expect(cut[0].message).toContain('50.000');
    const masalah = h.values(OUTPUTS.problems.name).map((x) => x.join(' | '));
    expect(masalah.some((x) => x.includes('dipotong menjadi 50.000 karakter'))).toBe(true);
  });
});

describe('a response sheet named in Formulir in another spelling', () => {
  test('`respons post ` in Formulir finds the sheet `Respons Post`: no "missing" Error, the scores are read', async () => {
    const code = 'DOU-N1';
    const people = [1, 2, 3].map((i) => ({ nip: testNip(i), name: `Peserta ${i}` }));
    const h = await oneTraining(code, people, [
      [code, 'Post-Test', 'Post-Test manual', '', '', '', 'respons post ', ''],
    ]);
    const sheet = h.ss.insertSheet('Respons Post');
    sheet.getRange(1, 2, 4, 2).setNumberFormat('@');
    sheet
      .getRange(1, 1, 4, 4)
      .setValues([
        ['Stempel waktu', 'Skor', 'NIP', 'Nama'],
        ...people.map((p, i) => [new Date(2026, 10, 24, 10, i), `${8 + i} / 10`, p.nip, p.name]),
      ]);
    const r = await h.call<ScoresResult>('computeScores');
    expect(r.problems.filter((p) => p.code === 'form.responseSheetMissing')).toEqual([]);
    const post = new Map(rowsByKey(h, OUTPUTS.results).map((x) => [x.nip, x.post]));
    expect(people.map((p) => post.get(p.nip))).toEqual([80, 90, 100]);
  });
});
