// Pemanggilan (issue 15 item 4) through the built bundle: a planned training, N per unit from those below the JP
// target (Daftar ASN counts people with no training), by the published rule; Pratinjau writes nothing; Buat
// Undangan writes one letter per unit (its lampiran lists each invitee) and the Undangan ledger; a rerun invites no
// one twice and writes no second letter.

import { SHEETS } from '../../src/core/schema';
import type { InvitationsResult } from '../../src/shared/rpc';
import { type Harness, oneTraining, rowsByHeader, testNip } from './harness';

const PLANNED = 'DOU-2026-09';

async function workbook(): Promise<Harness> {
  // a finished training (2 JP each) for three BKPSDM people, then a planned one in December with no one yet
  const h = await oneTraining(
    'DOU-2026-01',
    [1, 2, 3].map((d) => ({ nip: testNip(d), name: `Peserta ${d}` })),
  );
  const kegiatan = h.ss.getSheetByName('Kegiatan')!;
  const day = new Date(2026, 11, 15);
  kegiatan
    .getRange(3, 1, 1, 12)
    .setValues([
      [
        PLANNED,
        'Pelayanan Prima',
        'Teknis',
        '',
        'Mandiri',
        day,
        day,
        'Aula',
        6,
        'Kepala',
        '',
        'Kepala BKPSDM',
      ],
    ]);
  // every ASN of two units: BKPSDM's three (2 JP each) and two of Dinas Sosial who had no training
  const roster = h.ss.insertSheet(SHEETS.roster.name);
  roster.getRange(1, 1, 6, 4).setNumberFormat('@');
  roster.getRange(1, 1, 6, 4).setValues([
    ['NIP', 'Nama', 'Unit Kerja', 'Status Kepegawaian'],
    [testNip(1), 'Peserta 1', 'BKPSDM', 'PNS'],
    [testNip(2), 'Peserta 2', 'BKPSDM', 'PNS'],
    [testNip(3), 'Peserta 3', 'BKPSDM', 'PNS'],
    [testNip(7), 'Tujuh', 'Dinas Sosial', 'PNS'],
    [testNip(6), 'Enam', 'Dinas Sosial', 'PNS'],
  ]);
  return h;
}

describe('Pemanggilan', () => {
  test('Pratinjau: two per unit by the rule, and nothing is written', async () => {
    const h = await workbook();
    const files = h.env.drive._files().length;
    const r = await h.call<InvitationsResult>('previewInvitations', PLANNED, 2);
    expect(r.units.map((u) => [u.unit, u.people.map((p) => p.nip)])).toEqual([
      ['BKPSDM', [testNip(1), testNip(2)]],
      // no JP at all: the largest shortfall (20), then the NIP
      ['Dinas Sosial', [testNip(6), testNip(7)]],
    ]);
    expect(r.people).toBe(4);
    expect(h.ss.getSheetByName('Undangan')).toBeNull();
    expect(h.env.drive._files().length).toBe(files);
  });

  test('Buat Undangan: one letter per unit with its lampiran, the ledger; a rerun invites no one twice', async () => {
    const h = await workbook();
    const r = await h.call<InvitationsResult>('makeInvitations', PLANNED, 2);
    expect([r.people, r.letters]).toEqual([4, 2]);
    const rows = rowsByHeader(h, 'Undangan');
    expect(rows.map((x) => [x['Unit Kerja'], x.NIP, x.Urutan, x.Status])).toEqual([
      ['BKPSDM', testNip(1), 1, 'Diundang'],
      ['BKPSDM', testNip(2), 2, 'Diundang'],
      ['Dinas Sosial', testNip(6), 1, 'Diundang'],
      ['Dinas Sosial', testNip(7), 2, 'Diundang'],
    ]);
    const Doc = h.env.globals.DocumentApp as { openById(id: string): { getBody(): { getText(): string } } };
    for (const u of r.units) {
      const id = /\/d\/([-\w]+)/.exec(u.letter)?.[1] ?? '';
      const text = Doc.openById(id).getBody().getText();
      expect(text).toContain(`Pimpinan ${u.unit}`);
      expect(text).toContain('Pelayanan Prima');
      expect(text).not.toMatch(/\{\{/);
      for (const p of u.people) expect(text).toContain(p.name);
    }
    const letters = h.env.drive._files().filter((f) => /^Undangan DOU-2026-09/.test(f.name));
    expect(letters).toHaveLength(2);
    // again, and with more per unit: the units invited are not invited again, no second letter
    const again = await h.call<InvitationsResult>('makeInvitations', PLANNED, 3);
    expect([again.people, again.letters]).toEqual([0, 0]);
    expect(again.notes).toHaveLength(2);
    expect(rowsByHeader(h, 'Undangan')).toHaveLength(4);
    expect(h.env.drive._files().filter((f) => /^Undangan DOU-2026-09/.test(f.name))).toHaveLength(2);
    expect(h.env.drive._files().filter((f) => f.name === 'Template Surat Undangan DOU ASN')).toHaveLength(1);
  });

  test('the documents quota runs out after one letter: that unit is recorded, the rerun invites only the other', async () => {
    const h = await workbook();
    h.env.rt.quotas.documentsCreated = 2; // the template and one letter
    const cut = await h.raw('makeInvitations', PLANNED, 2);
    expect(cut.ok).toBe(false);
    expect(cut.ok ? '' : cut.error).toMatch(/[Kk]uota/);
    expect(rowsByHeader(h, 'Undangan').map((x) => x['Unit Kerja'])).toEqual(['BKPSDM', 'BKPSDM']);
    h.env.rt.quotas.documentsCreated = 250;
    const rest = await h.call<InvitationsResult>('makeInvitations', PLANNED, 2);
    expect(rest.units.map((u) => u.unit)).toEqual(['Dinas Sosial']);
    expect(rowsByHeader(h, 'Undangan')).toHaveLength(4);
    expect(h.env.drive._files().filter((f) => /^Undangan DOU-2026-09 - BKPSDM/.test(f.name))).toHaveLength(1);
  });

  test('a count that is not a whole number ≥ 1 is refused in Indonesian', async () => {
    const h = await workbook();
    const r = await h.raw('previewInvitations', PLANNED, 0);
    expect(r.ok).toBe(false);
  });
});
