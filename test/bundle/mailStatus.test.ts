// E-mail status through the built bundle: a row is Mengirim before its send and Terkirim only after sendEmail
// returned; a failed marking write sends nothing and counts nothing; an outcome that is unknown is listed (result,
// panel, ledger note) and never resent by itself; the admin resends only those rows, or marks them sent.

import { CONSUMER_QUOTAS } from '../../emulator/runtime';
import { SHEETS } from '../../src/core/schema';
import type { CertificateProgress, PanelState } from '../../src/shared/rpc';
import { LEDGER_NOTES } from '../../src/text/id/certificates';
import { correctedSampleSpreadsheet, emailAll, type Harness, harness, ledger, startAll } from './harness';

interface Sent {
  to: string[];
  attachments: Array<{ name: string | null }>;
}
const outboxOf = (h: Harness) => (h.env.globals.MailApp as unknown as { _outbox: Sent[] })._outbox;

async function drive(h: Harness, first: CertificateProgress, max = 100): Promise<CertificateProgress> {
  let p = first;
  for (let i = 0; i < max && p.state === 'running'; i++)
    p = await h.call<CertificateProgress>('continueCertificates');
  return p;
}

/** The sample with every certificate made (no e-mail yet). */
async function made(): Promise<Harness> {
  const ss = await correctedSampleSpreadsheet();
  const h = harness({ spreadsheet: ss, quotas: { ...CONSUMER_QUOTAS, emailRecipients: 1500 } });
  await h.call('runSetup');
  await h.call('pullResponses');
  await h.call('createTemplates');
  expect((await drive(h, await startAll(h))).state).toBe('done');
  return h;
}

const withEmail = (h: Harness) => ledger(h).filter((r) => r.Email !== '');
/** Messages per address, sorted, as one string. */
const perAddress = (list: readonly string[]) => [...list].sort().join(',');

describe('e-mail status: sent, or sending with the outcome unknown', () => {
  test('a service error on the marking write: that row is not sent, not Terkirim, not counted; sent once later', async () => {
    const h = await made();
    // the first setValues of the e-mail batch is the first row's marking write (before any send)
    h.env.rt.injectFault({ method: 'SpreadsheetApp.Range.setValues', atCall: 1, kind: 'error' });
    const first = await emailAll(h);
    const outbox = outboxOf(h);
    const rows = withEmail(h);
    // the batch went on with the other rows: what it calls sent is exactly what left
    expect(outbox.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.Status === 'Terkirim')).toHaveLength(outbox.length);
    expect([first.emailed, first.unknown]).toEqual([outbox.length, 0]);
    expect(first.message).toContain(`${outbox.length} email terkirim`);
    const missed = rows[0];
    expect(missed.Status).toBe('Dibuat');
    expect(String(missed.Catatan)).toMatch(/^Gagal \(percobaan 1\)/);
    const to = (addr: unknown) => outbox.filter((m) => m.to[0] === addr).length;
    expect(to(missed.Email)).toBe(
      rows.filter((r) => r.Email === missed.Email && r.Status === 'Terkirim').length,
    );
    // the next batch sends it, once
    const done = await drive(h, first.state === 'running' ? first : await h.call('continueCertificates'));
    expect(done.state).toBe('done');
    expect(perAddress(outbox.map((m) => m.to[0]))).toBe(perAddress(withEmail(h).map((r) => String(r.Email))));
    expect(withEmail(h).every((r) => r.Status === 'Terkirim')).toBe(true);
    expect(done.message).toContain(`Terkirim ${rows.length} dari ${rows.length}`);
  });

  test('a marking write that took effect but threw: nothing sent for that row; the batch puts it back; sent once later', async () => {
    const h = await made();
    h.env.rt.injectFault({ method: 'SpreadsheetApp.Range.setValues', atCall: 2, kind: 'error', after: true });
    const first = await emailAll(h);
    const rows = withEmail(h);
    const outbox = outboxOf(h);
    expect(rows.filter((r) => r.Status === 'Mengirim')).toEqual([]);
    expect(rows.filter((r) => r.Status === 'Terkirim')).toHaveLength(outbox.length);
    expect(first.emailed).toBe(outbox.length);
    // the second row's marking write (which also carried the first row's Terkirim) threw: not sent, put back
    expect([rows[0].Status, rows[1].Status]).toEqual(['Terkirim', 'Dibuat']);
    expect(String(rows[1].Catatan)).toMatch(/^Gagal \(percobaan 1\)/);
    await drive(h, first.state === 'running' ? first : await h.call('continueCertificates'));
    expect(perAddress(outboxOf(h).map((m) => m.to[0]))).toBe(
      perAddress(withEmail(h).map((r) => String(r.Email))),
    );
  });

  test('sendEmail threw after the message left: Mengirim, listed (result, panel, note), never resent by a run', async () => {
    const h = await made();
    h.env.rt.injectFault({ method: 'MailApp.sendEmail', atCall: 3, kind: 'error', after: true });
    const p = await drive(h, await emailAll(h));
    const rows = withEmail(h);
    const outbox = outboxOf(h);
    expect(outbox).toHaveLength(rows.length); // it did leave
    const unknown = rows.filter((r) => r.Status === 'Mengirim');
    expect(unknown).toHaveLength(1);
    expect(p.state).toBe('done');
    expect([p.emailed, p.unknown]).toEqual([rows.length - 1, 1]);
    expect(p.message).toContain(`Terkirim ${rows.length - 1} dari ${rows.length}`);
    expect(p.message).toContain('1 email belum pasti terkirim');
    const [u] = unknown;
    const sheetRow = h.values(SHEETS.certificates.name).findIndex((r) => r[2] === u.Nomor) + 1;
    expect(p.unknownMails).toEqual([
      {
        trainingCode: u['Kode Kegiatan'],
        kind: u.Jenis,
        nip: u.NIP,
        name: u.Nama,
        email: u.Email,
        row: sheetRow,
      },
    ]);
    expect(String(u.Catatan)).toContain('Belum pasti email ini terkirim');
    const panel = await h.call<PanelState>('getPanelState');
    expect([panel.certificates.unknown, panel.certificates.unknownMails.length]).toEqual([1, 1]);
    // neither Lanjutkan nor a new Kirim Email sends it again
    await drive(h, await emailAll(h));
    expect(outboxOf(h)).toHaveLength(rows.length);
    expect(withEmail(h).filter((r) => r.Status === 'Mengirim')).toHaveLength(1);
  });

  test('Kirim Ulang sends only the unknown rows, once; Tandai Terkirim marks them without sending', async () => {
    const h = await made();
    h.env.rt.injectFault({ method: 'MailApp.sendEmail', atCall: 2, kind: 'error' }); // not sent, outcome unknown
    await drive(h, await emailAll(h));
    const rows = withEmail(h);
    expect(outboxOf(h)).toHaveLength(rows.length - 1);
    const unknown = rows.find((r) => r.Status === 'Mengirim')!;
    // an admin sets another row back to Dibuat by hand: a resend must not send it
    const sheet = h.ss.getSheetByName(SHEETS.certificates.name)!;
    const values = sheet._dump() as unknown[][];
    const other = values.findIndex((r, i) => i > 0 && r[5] === 'Terkirim');
    sheet.getRange(other + 1, 6).setValue('Dibuat');
    const before = outboxOf(h).length;
    const r = await drive(h, await h.call<CertificateProgress>('resendUnknownEmails'));
    expect(r.state).toBe('done');
    expect(outboxOf(h)).toHaveLength(before + 1);
    expect(outboxOf(h).at(-1)!.to[0]).toBe(unknown.Email);
    const after = ledger(h);
    expect(after.find((x) => x.Nomor === unknown.Nomor)!.Status).toBe('Terkirim');
    expect(after.find((x) => x.Nomor === values[other][2])!.Status).toBe('Dibuat');
    expect([r.unknown, r.unknownMails]).toEqual([0, []]);
    // nothing left unknown: a second resend sends nothing and says so
    const again = await h.call<CertificateProgress>('resendUnknownEmails');
    expect(again.message).toBe('Tidak ada email yang belum pasti terkirim.');
    expect(outboxOf(h)).toHaveLength(before + 1);

    // Tandai Terkirim: a fresh unknown one becomes Terkirim with a note, nothing is sent
    const h2 = await made();
    h2.env.rt.injectFault({ method: 'MailApp.sendEmail', atCall: 1, kind: 'error', after: true });
    await drive(h2, await emailAll(h2));
    const sent = outboxOf(h2).length;
    const marked = await h2.call<CertificateProgress>('markUnknownEmailsSent');
    expect(marked.unknown).toBe(0);
    expect(marked.message).toContain('1 email ditandai Terkirim');
    expect(outboxOf(h2)).toHaveLength(sent);
    const rows2 = withEmail(h2);
    expect(rows2.every((x) => x.Status === 'Terkirim')).toBe(true);
    expect(rows2.filter((x) => x.Catatan === LEDGER_NOTES.markedSent)).toHaveLength(1);
  });

  test('a message Google refused (an invalid address) is Gagal with the reason, not unknown, and nothing left', async () => {
    const h = await made();
    h.env.rt.injectFault({
      method: 'MailApp.sendEmail',
      atCall: 1,
      kind: 'error',
      message: 'Invalid email: peserta@contoh',
    });
    const p = await emailAll(h);
    const rows = withEmail(h);
    expect(rows[0].Status).toBe('Gagal');
    expect(String(rows[0].Catatan)).toContain('Gagal mengirim email: Invalid email: peserta@contoh');
    expect(p.unknown).toBe(0);
    expect(p.emailed).toBe(outboxOf(h).length);
  });

  test('while a run is going, the unknown e-mails cannot be resent or marked: an Indonesian message says why', async () => {
    const h = await made();
    h.env.rt.injectFault({ method: 'MailApp.sendEmail', atCall: 2, kind: 'timeout' });
    await expect(emailAll(h)).rejects.toThrow(/Exceeded maximum execution time/);
    const status = await h.call<CertificateProgress>('certificateStatus');
    expect([status.state, status.unknown]).toEqual(['running', 1]);
    for (const name of ['resendUnknownEmails', 'markUnknownEmailsSent']) {
      const r = await h.raw<CertificateProgress>(name);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain('Proses sertifikat masih berjalan');
    }
  });
});
