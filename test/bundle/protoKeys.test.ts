// User text that is a JavaScript object key (`__proto__`, `constructor`, …) in every place a person types it: a
// training code, a name, a unit, a header, a settings key, a template placeholder, the e-mail text. The whole flow
// runs twice on the sample, once with these names and once with neutral ones, and must give the same outputs.

import { newParagraph } from '../../emulator/pdf';
import { WORKSPACE_QUOTAS } from '../../emulator/runtime';
import type { CertificateProgress, TemplatesState } from '../../src/shared/rpc';
import { correctedSampleSpreadsheet, type Harness, harness, preflightAll, startAll } from './harness';

const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'] as const;
const NEUTRAL = ['Netral-A', 'Netral-B', 'Netral-C', 'Netral-D', 'Netral-E'] as const;
/** Where each of the five names goes: rotated per case, so every name is tried in every place. */
const PLACES = ['code', 'name', 'unit', 'header', 'setting'] as const;

type Names = Record<(typeof PLACES)[number], string>;
const namesFor = (pool: readonly string[], shift: number): Names =>
  Object.fromEntries(PLACES.map((p, i) => [p, pool[(i + shift) % pool.length]])) as Names;

const OUTPUT_SHEETS = [
  'Rekap Nilai',
  'Analisis Soal',
  'Rekap JP',
  'Rekap JP Unit',
  'Rekap Evaluasi',
  'Masalah',
];

/** The sample with `n` typed into the places; the first participant of DOU-2026-01 carries the name and unit. */
async function workbook(n: Names) {
  const ss = await correctedSampleSpreadsheet();
  for (const sheet of ss.getSheets()) {
    if (sheet.getName().includes('DOU-2026-01'))
      sheet.setName(sheet.getName().replace('DOU-2026-01', n.code));
    const values = sheet._dump() as unknown[][];
    let changed = false;
    for (const row of values)
      for (let c = 0; c < row.length; c++)
        if (typeof row[c] === 'string' && (row[c] as string).includes('DOU-2026-01')) {
          row[c] = (row[c] as string).replace('DOU-2026-01', n.code);
          changed = true;
        }
    if (sheet.getName() === 'Peserta' || sheet.getName() === 'Nilai') {
      values[1][2] = n.name;
      if (sheet.getName() === 'Peserta') values[1][5] = n.unit;
      changed = true;
    }
    if (changed) sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  }
  const people = ss.getSheetByName('Peserta')!;
  people.insertColumnsAfter(people.getMaxColumns(), 1);
  people.getRange(1, people.getMaxColumns()).setValue(n.header);
  people.getRange(2, people.getMaxColumns()).setValue(n.header);
  const settings = ss.getSheetByName('Pengaturan')!;
  settings.appendRow([n.setting, n.setting, '']);
  const rows = settings._dump() as unknown[][];
  const set = (key: string, value: string) =>
    settings.getRange(rows.findIndex((r) => r[0] === key) + 1, 2).setValue(value);
  set('Kirim Email', 'Ya');
  set('Subjek Email', 'Sertifikat {{Kode Kegiatan}} untuk {{Nama}}');
  set('Isi Email', 'Yth. {{Nama}} ({{Unit Kerja}}), terlampir sertifikat {{Kode Kegiatan}}.');
  return ss;
}

async function drive(h: Harness, first: CertificateProgress): Promise<CertificateProgress> {
  let p = first;
  for (let i = 0; i < 100 && p.state === 'running'; i++)
    p = await h.call<CertificateProgress>('continueCertificates');
  return p;
}

interface Flow {
  sheets: Record<string, string[]>;
  mail: string[];
  numbers: string[];
  badPlaceholder: string[];
  pdfs: number;
}

/** Runs every step through the bundle; outputs as sorted row texts with the names mapped back by `unmap`. */
async function flow(n: Names, placeholder: string, unmap: (s: string) => string): Promise<Flow> {
  const h = harness({ spreadsheet: await workbook(n), quotas: { ...WORKSPACE_QUOTAS } });
  await h.call('runSetup');
  await h.call('pullResponses');
  await h.call('runCheck');
  await h.call('computeScores');
  await h.call('computeJp');
  await h.call('computeEvaluation');
  await h.call('createForms', n.code);
  await h.call('listForms');
  expect((await h.call<unknown[]>('getParticipantLinks', n.code)).length).toBeGreaterThan(0);
  expect(await h.call('setActiveTraining', n.code)).toBe(n.code);
  expect((await h.call<{ activeTraining: string }>('getPanelState')).activeTraining).toBe(n.code);
  const t = await h.call<TemplatesState>('createTemplates');
  // a placeholder named like an object key is unknown, and said so before anything is made
  const docs = [t.certificate!.id, t.charter!.id].map((id) => h.env.drive._get(id)!.doc!);
  for (const d of docs) d.body.children.splice(1, 0, newParagraph(`Catatan {{${placeholder}}}`));
  const pre = await preflightAll(h);
  for (const d of docs) d.body.children.splice(1, 1);
  const done = await drive(h, await startAll(h));
  expect([done.state, done.message]).toEqual(['done', done.message]);
  const sheets: Record<string, string[]> = {};
  for (const name of [...OUTPUT_SHEETS, 'Sertifikat']) {
    const s = h.ss.getSheetByName(name);
    if (!s) continue;
    // Nomor and times depend on the order of names; they are compared apart; verification codes are random
    const head = (s._dump()[0] as unknown[]).map(String);
    const skip = new Set(
      ['Nomor', 'Dokumen', 'PDF', 'Dibuat Pada', 'Dikirim Pada', 'Peringkat', 'Kode Verifikasi'].map((x) =>
        head.indexOf(x),
      ),
    );
    sheets[name] = (s.getDataRange().getDisplayValues() as string[][])
      .map((r) => unmap(r.filter((_, i) => !skip.has(i)).join('\t')))
      .sort();
  }
  const outbox = (h.env.globals.MailApp as { _outbox: Array<{ subject: string; body: string }> })._outbox;
  const ledger = h.ss.getSheetByName('Sertifikat')!.getDataRange().getDisplayValues() as string[][];
  const nomor = ledger[0].indexOf('Nomor');
  return {
    sheets,
    mail: outbox.map((m) => unmap(`${m.subject}\n${m.body}`)).sort(),
    numbers: ledger
      .slice(1)
      .map((r) => unmap(r[nomor]))
      .sort(),
    badPlaceholder: pre.errors.map(unmap),
    pdfs: h.env.drive._files().filter((f) => !f.trashed && f.mimeType === 'application/pdf').length,
  };
}

describe('user text named like an object key, in every place it is typed', () => {
  const neutral = namesFor(NEUTRAL, 0);
  let plain: Flow;
  beforeAll(async () => {
    plain = await flow(neutral, neutral.setting, (s) => s);
  }, 120_000);

  test.each(KEYS.map((k, i) => [k, i]))(
    '"%s" first: the flow gives what neutral names give',
    async (_k, shift) => {
      const keys = namesFor(KEYS, shift);
      // each place's key back to that place's neutral name (the keys differ from each other and from other text)
      const back = (s: string) => {
        let out = s;
        for (const p of PLACES) out = out.split(keys[p]).join(neutral[p]);
        return out;
      };
      const withKeys = await flow(keys, keys.setting, back);
      expect(plain.badPlaceholder.join('\n')).toContain(`{{${neutral.setting}}} tidak dikenal`);
      expect(withKeys.badPlaceholder).toEqual(plain.badPlaceholder);
      expect(withKeys.sheets).toEqual(plain.sheets);
      expect(withKeys.mail).toEqual(plain.mail);
      expect(withKeys.numbers).toEqual(plain.numbers);
      expect(withKeys.pdfs).toBe(plain.pdfs);
      expect(withKeys.sheets['Rekap Nilai'].some((r) => r.includes(neutral.name))).toBe(true);
      expect(withKeys.mail.some((m) => m.includes(`Sertifikat ${neutral.code} untuk`))).toBe(true);
    },
    120_000,
  );
});
