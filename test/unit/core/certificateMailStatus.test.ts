// The e-mail status of a certificate, pure: Mengirim (sending, outcome unknown) is told apart from Terkirim (sent);
// neither is e-mailed again by a run; only a resend the admin asked for e-mails the rows it marked; the counts
// report only confirmed sends and the unknown ones separately.

import {
  countProgress,
  MAX_UNKNOWN_LISTED,
  mailStarted,
  newJob,
  rowWork,
  runWork,
  unknownList,
} from '../../../src/core/certificateJob';
import { type LedgerRow, runEligible } from '../../../src/core/certificates';
import { SHEETS } from '../../../src/core/schema';
import { LEDGER_NOTES } from '../../../src/text/id/certificates';
import { ledgerNip, ledgerRows } from './_fixtures';

/** Ledger rows as read from the sheet: one per status given, each made (a PDF link) with an address. */
const ledgerOf = (statuses: readonly string[], note: (i: number) => string = () => ''): LedgerRow[] =>
  ledgerRows(statuses.map((status, i) => ({ status, note: note(i) })));

describe('e-mail status', () => {
  test('Mengirim is read back from the sheet (any case) and counts as started, like Terkirim', () => {
    const rows = ledgerOf(['Mengirim', 'mengirim', 'Terkirim', 'Dibuat', 'Gagal']);
    expect(rows.map((r) => r.status)).toEqual(['Mengirim', 'Mengirim', 'Terkirim', 'Dibuat', 'Gagal']);
    expect(rows.map(mailStarted)).toEqual([true, true, true, false, false]);
    expect(SHEETS.certificates.columns.find((c) => c.key === 'status')).toMatchObject({
      choices: expect.arrayContaining(['Mengirim']),
    });
  });

  test('a run never e-mails a row marked Mengirim or Terkirim again; Dibuat and Gagal are still due', () => {
    const rows = ledgerOf(['Mengirim', 'Terkirim', 'Dibuat', 'Gagal']);
    const eligible = runEligible(rows);
    const job = newJob(new Date(), true, false);
    expect(rows.map((r) => rowWork(r, eligible, job).email)).toEqual([false, false, true, true]);
    expect(runWork(rows, eligible, job).map((r) => r.status)).toEqual(['Dibuat', 'Gagal']);
  });

  test('counts: only Terkirim is counted sent; Mengirim is counted unknown and listed with NIP, name, code and row', () => {
    const rows = ledgerOf(['Terkirim', 'Mengirim', 'Mengirim', 'Dibuat']);
    const c = countProgress(rows, runEligible(rows), newJob(new Date(), true, false));
    expect(c).toMatchObject({ total: 4, done: 4, emailed: 1, unknown: 2, remaining: 1, emailPending: 1 });
    expect(unknownList(rows)).toEqual([
      {
        trainingCode: 'A',
        kind: 'Sertifikat',
        nip: ledgerNip(1),
        name: 'Peserta 2',
        email: 'p1@contoh.go.id',
        row: 3,
      },
      {
        trainingCode: 'A',
        kind: 'Sertifikat',
        nip: ledgerNip(2),
        name: 'Peserta 3',
        email: 'p2@contoh.go.id',
        row: 4,
      },
    ]);
  });

  test('the list is bounded, the count is whole', () => {
    const rows = ledgerOf(Array.from({ length: MAX_UNKNOWN_LISTED + 7 }, () => 'Mengirim'));
    expect(unknownList(rows)).toHaveLength(MAX_UNKNOWN_LISTED);
    expect(countProgress(rows, runEligible(rows), null).unknown).toBe(MAX_UNKNOWN_LISTED + 7);
  });

  test('a resend job e-mails only the rows the request marked, and makes nothing else', () => {
    const rows = ledgerOf(['Dibuat', 'Dibuat', 'Menunggu'], (i) => (i === 1 ? LEDGER_NOTES.resend : ''));
    rows[2].pdf = '';
    const eligible = runEligible(rows);
    const job = { ...newJob(new Date(), true, false), resend: true };
    expect(rows.map((r) => rowWork(r, eligible, job))).toEqual([
      { pdf: false, email: false },
      { pdf: false, email: true },
      { pdf: false, email: false },
    ]);
    // once marked Mengirim again by its send, it is not due again: never sent a third time by itself
    rows[1].status = 'Mengirim';
    expect(rowWork(rows[1], eligible, job).email).toBe(false);
  });
});
