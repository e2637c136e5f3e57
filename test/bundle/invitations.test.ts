// Pemanggilan (issue 15 item 4) through the built bundle: a planned training, N per unit from those below the JP
// target (Daftar ASN counts people with no training), by the published rule; Pratinjau writes nothing; Buat
// Undangan writes one letter per unit (its lampiran lists each invitee) and the Undangan ledger; a rerun invites no
// one twice and writes no second letter.

import { SHEETS } from '../../src/core/schema';
import type { InvitationMailResult, InvitationsResult } from '../../src/shared/rpc';
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

describe('Kirim Email ke Unit', () => {
  type Outbox = Array<{
    to: string[];
    subject: string;
    attachments: Array<{ name: string; bytes: Uint8Array }>;
  }>;
  const outbox = (h: Harness) => (h.env.globals.MailApp as { _outbox: Outbox })._outbox;
  const status = (h: Harness) => rowsByHeader(h, 'Undangan').map((x) => [x['Unit Kerja'], x['Status Email']]);

  async function invited(): Promise<Harness> {
    const h = await workbook();
    await h.call<InvitationsResult>('makeInvitations', PLANNED, 2);
    return h;
  }
  function typeAddresses(h: Harness, rows: unknown[][]): void {
    const sheet = h.ss.getSheetByName('Daftar Unit')!;
    sheet.getRange(2, 1, rows.length, 2).setValues(rows);
  }

  test('no Daftar Unit yet: it is made with the units invited, nothing is sent; then one PDF per unit, once', async () => {
    const h = await invited();
    const first = await h.call<InvitationMailResult>('sendInvitationEmails', PLANNED);
    expect(first.unitsSheet).toBe('made');
    expect(first.sent).toEqual([]);
    expect(outbox(h)).toHaveLength(0);
    expect(h.values('Daftar Unit')).toEqual([
      ['Unit Kerja', 'Email'],
      ['BKPSDM', ''],
      ['Dinas Sosial', ''],
    ]);
    expect(first.noAddress).toHaveLength(2);
    // the admin fills the addresses (two for Dinas Sosial)
    typeAddresses(h, [
      ['BKPSDM', 'tu@bkpsdm.go.id'],
      ['dinas  sosial', 'dinsos@kota.go.id; sekretariat@kota.go.id'],
    ]);
    const r = await h.call<InvitationMailResult>('sendInvitationEmails', PLANNED);
    expect(r.sent).toEqual(['BKPSDM', 'Dinas Sosial']);
    expect(outbox(h).map((m) => [m.to, m.attachments.map((a) => a.name)])).toEqual([
      [['tu@bkpsdm.go.id'], ['Undangan DOU-2026-09 - BKPSDM.pdf']],
      [['dinsos@kota.go.id', 'sekretariat@kota.go.id'], ['Undangan DOU-2026-09 - Dinas Sosial.pdf']],
    ]);
    expect(outbox(h)[0].subject).toBe('Undangan Pelatihan DOU ASN: Pelayanan Prima (DOU-2026-09)');
    for (const m of outbox(h))
      expect(String.fromCharCode(...m.attachments[0].bytes.subarray(0, 5))).toBe('%PDF-');
    expect(status(h)).toEqual([
      ['BKPSDM', 'Terkirim'],
      ['BKPSDM', 'Terkirim'],
      ['Dinas Sosial', 'Terkirim'],
      ['Dinas Sosial', 'Terkirim'],
    ]);
    expect(rowsByHeader(h, 'Undangan')[2]['Email Unit']).toBe('dinsos@kota.go.id, sekretariat@kota.go.id');
    // the admin's Daftar Unit is never written again; a rerun sends nothing
    const before = JSON.stringify(h.values('Daftar Unit'));
    const again = await h.call<InvitationMailResult>('sendInvitationEmails', PLANNED);
    expect([again.sent, again.already]).toEqual([[], ['BKPSDM', 'Dinas Sosial']]);
    expect(outbox(h)).toHaveLength(2);
    expect(JSON.stringify(h.values('Daftar Unit'))).toBe(before);
  });

  test('an address that is not one names its row; an unclear answer from Google is never resent by itself', async () => {
    const h = await invited();
    await h.call('sendInvitationEmails', PLANNED);
    typeAddresses(h, [
      ['BKPSDM', 'tu@bkpsdm.go.id'],
      ['Dinas Sosial', 'bukan alamat'],
    ]);
    h.env.rt.injectFault({ method: 'MailApp.sendEmail', atCall: 1, kind: 'error', after: true });
    const r = await h.call<InvitationMailResult>('sendInvitationEmails', PLANNED);
    expect(r.unknown).toEqual(['BKPSDM']);
    expect(r.noAddress).toEqual([
      expect.stringMatching(/Dinas Sosial: lembar Daftar Unit baris 3 kolom Email/),
    ]);
    expect(r.message).toMatch(/Belum pasti terkirim: BKPSDM/);
    expect(status(h)).toEqual([
      ['BKPSDM', 'Mengirim'],
      ['BKPSDM', 'Mengirim'],
      ['Dinas Sosial', ''],
      ['Dinas Sosial', ''],
    ]);
    // fixed address; BKPSDM stays as it is until the admin clears its cell
    typeAddresses(h, [
      ['BKPSDM', 'tu@bkpsdm.go.id'],
      ['Dinas Sosial', 'dinsos@kota.go.id'],
    ]);
    const sent = outbox(h).length;
    const next = await h.call<InvitationMailResult>('sendInvitationEmails', PLANNED);
    expect([next.sent, next.unknown]).toEqual([['Dinas Sosial'], ['BKPSDM']]);
    expect(outbox(h)).toHaveLength(sent + 1);
  });

  test('a spent quota puts the unit back as it was; an address Google refuses is Gagal and is sent once fixed', async () => {
    const h = await invited();
    await h.call('sendInvitationEmails', PLANNED);
    typeAddresses(h, [
      ['BKPSDM', 'tu@bkpsdm.go.id'],
      ['Dinas Sosial', 'dinsos@kota.go.id'],
    ]);
    const quota = 'Service invoked too many times for one day: email.';
    h.env.rt.injectFault({ method: 'MailApp.sendEmail', atCall: 1, kind: 'error', message: quota });
    const r = await h.call<InvitationMailResult>('sendInvitationEmails', PLANNED);
    // the first send hits the quota: that unit and the rest wait for another day
    expect([r.sent, r.waiting, r.failed.length]).toEqual([[], ['BKPSDM', 'Dinas Sosial'], 0]);
    // nothing left: both units as they were, no address or time recorded
    const rows = () => rowsByHeader(h, 'Undangan');
    expect(rows().map((x) => [x['Status Email'], x['Email Unit'], x['Email Dikirim Pada']])).toEqual(
      rows().map(() => ['', '', '']),
    );
    h.env.rt.injectFault({
      method: 'MailApp.sendEmail',
      atCall: 1,
      kind: 'error',
      message: 'Invalid email: x',
    });
    const refused = await h.call<InvitationMailResult>('sendInvitationEmails', PLANNED);
    expect([refused.sent, refused.failed]).toEqual([
      ['Dinas Sosial'],
      [expect.stringMatching(/^BKPSDM: Google menolak/)],
    ]);
    expect(status(h).slice(0, 2)).toEqual([
      ['BKPSDM', 'Gagal'],
      ['BKPSDM', 'Gagal'],
    ]);
    const again = await h.call<InvitationMailResult>('sendInvitationEmails', PLANNED);
    expect([again.sent, again.already]).toEqual([['BKPSDM'], ['Dinas Sosial']]);
    expect(outbox(h)).toHaveLength(2);
  });

  test('before Buat Undangan: a plain message, nothing made', async () => {
    const h = await workbook();
    const r = await h.raw('sendInvitationEmails', PLANNED);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(/Buat Undangan/);
    expect(h.ss.getSheetByName('Daftar Unit')).toBeNull();
  });
});
