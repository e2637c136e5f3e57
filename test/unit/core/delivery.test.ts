// Delivery, pure: one progress count from the ledger, the time left from the job's measured pace and the quotas,
// and who received nothing with the reason.

import { countProgress, newJob } from '../../../src/core/certificateJob';
import { runEligible } from '../../../src/core/certificates';
import { addPace, timeLeft, undelivered } from '../../../src/core/delivery';
import { DELIVERY_NOTES } from '../../../src/text/id/certDelivery';
import { LEDGER_NOTES } from '../../../src/text/id/certificates';
import { ledgerNip, ledgerRows } from './_fixtures';

const NOTES = {
  mailFailedPrefix: LEDGER_NOTES.mailFailed('').split(':')[0],
  pdfGone: DELIVERY_NOTES.pdfGone,
  failedPrefix: LEDGER_NOTES.failedPrefix,
};

describe('countProgress: one count from the ledger', () => {
  test('made, sent of those with an address, and those without one', () => {
    const rows = ledgerRows([
      { status: 'Terkirim' },
      { status: 'Terkirim' },
      { status: 'Dibuat' },
      { status: 'Dibuat', email: false },
      { status: 'Mengirim' },
      { status: 'Menunggu', pdf: false, email: false },
    ]);
    const all = new Set(rows.map((r) => `A|Sertifikat|${r.nip}`));
    const c = countProgress(rows, all, null);
    expect(c).toMatchObject({ total: 6, done: 5, withAddress: 4, noAddress: 2, emailed: 2, unknown: 1 });
  });
});

describe('timeLeft: measured pace and quotas', () => {
  const job = (o: Partial<ReturnType<typeof newJob>>) => ({ ...newJob(new Date(), true, false), ...o });
  test('rows left × this job’s time per row, at least a minute; none before a batch measured one', () => {
    expect(timeLeft(job({ pace: addPace(undefined, 60_000, 20) }), 100, 0)).toEqual({
      kind: 'minutes',
      minutes: 5,
    });
    expect(timeLeft(job({ pace: addPace(undefined, 1_000, 20) }), 3, 0)).toEqual({
      kind: 'minutes',
      minutes: 1,
    });
    expect(timeLeft(job({}), 100, 0)).toEqual({ kind: 'none' });
    expect(timeLeft(job({ pace: addPace(undefined, 1, 1), state: 'done' }), 0, 0)).toEqual({ kind: 'none' });
  });
  test('stopped by a quota: that quota; e-mails beyond today’s quota wait for tomorrow', () => {
    expect(timeLeft(job({ state: 'quota', stoppedBy: 'conversions', resumeAt: 'x' }), 5, 0)).toEqual({
      kind: 'quota',
      quota: 'conversions',
      resumeAt: 'x',
    });
    const t = timeLeft(job({ pace: addPace(undefined, 60_000, 60), mailLeft: 10 }), 40, 30);
    expect(t).toEqual({ kind: 'mailTomorrow', minutes: 1, waiting: 20 });
  });
});

describe('undelivered: everyone who received nothing, with the reason', () => {
  test('each reason told from the ledger and the job', () => {
    const rows = ledgerRows([
      { status: 'Terkirim' },
      { status: 'Dibuat', email: false },
      { status: 'Gagal', note: LEDGER_NOTES.mailFailed('Invalid email: x@') },
      { status: 'Mengirim' },
      { status: 'Dibuat', note: DELIVERY_NOTES.pdfGone },
      { status: 'Dibuat' },
    ]);
    const job = { ...newJob(new Date(), true, false), state: 'quota' as const, stoppedBy: 'email' as const };
    const got = undelivered(rows, runEligible(rows), job, NOTES).map((u) => [u.row.name, u.reason, u.quota]);
    expect(got).toEqual([
      ['Peserta 2', 'noAddress', undefined],
      ['Peserta 3', 'badAddress', undefined],
      ['Peserta 4', 'unknown', undefined],
      ['Peserta 5', 'pdfGone', undefined],
      ['Peserta 6', 'waitingEmail', 'email'],
    ]);
  });
  test('not made: held by the conversions quota, failed, or not yet; an e-mail not asked for', () => {
    const rows = ledgerRows([{ status: 'Menunggu', pdf: false }, { status: 'Dibuat' }]);
    const job = {
      ...newJob(new Date(), false, false),
      state: 'quota' as const,
      stoppedBy: 'conversions' as const,
    };
    // a frozen-less row cannot be in the run; mark the first eligible by hand
    const eligible = new Set([...runEligible(rows), `A|Sertifikat|${ledgerNip(0)}`]);
    const got = undelivered(rows, eligible, job, NOTES).map((u) => [u.reason, u.quota]);
    expect(got).toEqual([
      ['notMadeFailed', undefined],
      ['emailNotAsked', undefined],
    ]);
  });
});
