// Terbitkan Ulang through the built bundle: the ledger keeps the history (Diganti + a new row with a new number),
// the old file is renamed and marked, delivery uses the corrected certificate, a cut-off re-issue finishes once, and
// the refusals.

import { spawnSync } from 'node:child_process';
import type { DriveFile as EmulatedDriveFile } from '../../emulator/drive';
import type { CertificateProgress, IssuedCertificate, ReissueArgs } from '../../src/shared/rpc';
import { type Harness, issuedSynth, ledger, runToEnd } from './harness';

const HAVE_PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;
const pdfText = (bytes: Uint8Array) =>
  spawnSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(bytes) }).stdout.toString('utf8');

/** A small workbook with every certificate made (one training, 12 participants, an e-mail address each). */
const issued = () => issuedSynth(12);

const keyOf = (r: Record<string, unknown>) => `${r['Kode Kegiatan']}|${r.Jenis}|${r.NIP}`;

function renameInPeserta(h: Harness, nip: string, name: string): void {
  const s = h.ss.getSheetByName('Peserta')!;
  const values = s._dump() as unknown[][];
  const i = values.findIndex((r) => String(r[values[0].indexOf('NIP')]) === nip);
  expect(i).toBeGreaterThan(0);
  s.getRange(i + 1, values[0].indexOf('Nama') + 1).setValue(name);
}

const request = (r: Record<string, unknown>, extra: Partial<ReissueArgs> = {}): ReissueArgs => ({
  number: String(r.Nomor),
  trainingCode: String(r['Kode Kegiatan']),
  piagam: r.Jenis === 'Piagam',
  nip: String(r.NIP),
  reason: 'Salah ketik nama',
  email: false,
  confirmUnchanged: false,
  ...extra,
});

const filesOf = (h: Harness, key: string): EmulatedDriveFile[] =>
  h.env.drive._files().filter((f) => f.appProperties.douasnKey === key && f.mimeType === 'application/pdf');

/** The invariants of one completed re-issue of `key` from `oldNumber`. */
function expectReissuedOnce(h: Harness, key: string, oldNumber: string, before: number, status = 'Dibuat') {
  const rows = ledger(h);
  expect(rows).toHaveLength(before + 1);
  const mine = rows.filter((r) => keyOf(r) === key);
  expect(mine.map((r) => r.Status)).toEqual(['Diganti', status]);
  const [old, now] = mine;
  expect(old.Nomor).toBe(oldNumber);
  expect(now.Nomor).not.toBe(oldNumber);
  expect(String(old.Catatan)).toContain(`Diganti oleh ${now.Nomor} pada `);
  expect(String(now.Catatan)).toContain(`Mengganti ${oldNumber}`);
  // numbers never reused: every number in the ledger is distinct
  const numbers = rows.map((r) => `${r['Kode Kegiatan']}|${r.Jenis}|${r.Nomor}`);
  expect(new Set(numbers).size).toBe(numbers.length);
  // two PDFs for the key: the old one marked, the new one printing the new number
  const files = filesOf(h, key).filter((f) => !f.trashed);
  expect(files).toHaveLength(2);
  const oldFile = files.find((f) => f.appProperties.douasnNumber === oldNumber)!;
  const newFile = files.find((f) => f.appProperties.douasnNumber === now.Nomor)!;
  expect(oldFile.name.startsWith('DIGANTI - ')).toBe(true);
  expect(oldFile.appProperties.douasnSuperseded).toBe('true');
  expect(oldFile.appProperties.douasnReplacedBy).toBe(now.Nomor);
  expect(newFile.name.startsWith('DIGANTI')).toBe(false);
  expect(newFile.appProperties.douasnSuperseded).toBeUndefined();
  expect(String(now.PDF)).toContain(newFile.id);
  expect(String(old.PDF)).toContain(oldFile.id);
  return { old, now, oldFile, newFile };
}

describe('Terbitkan Ulang: one certificate issued again with a new number', () => {
  test('history rows, the next number, old file renamed and marked, the corrected name printed', async () => {
    const h = await issued();
    const rows = ledger(h);
    const target = rows[0];
    const key = keyOf(target);
    const highest = Math.max(...rows.map((r) => Number(/^(\d+)/.exec(String(r.Nomor))?.[1] ?? 0)));
    renameInPeserta(h, String(target.NIP), `${target.Nama}, S.Kom., M.Si.`);
    const found = await h.call<IssuedCertificate[]>('findIssuedCertificates', String(target.Nomor));
    expect(found.map((f) => f.number)).toEqual([target.Nomor]);
    const outbox = (h.env.globals.MailApp as { _outbox: unknown[] })._outbox;
    const sent = outbox.length;
    const p = await runToEnd(h, await h.call<CertificateProgress>('reissueCertificate', request(target)));
    expect(p.state).toBe('done');
    expect(p.message).toContain(`Sertifikat ${target.Nomor} diterbitkan ulang sebagai`);
    const { now, newFile } = expectReissuedOnce(h, key, String(target.Nomor), rows.length);
    expect(now.Nama).toBe(`${target.Nama}, S.Kom., M.Si.`);
    expect(Number(/^(\d+)/.exec(String(now.Nomor))?.[1])).toBe(highest + 1);
    expect(outbox).toHaveLength(sent); // not asked: no e-mail
    if (HAVE_PDFTOTEXT) {
      const text = pdfText(newFile.content!);
      expect(text).toContain('S.Kom., M.Si.');
      expect(text).toContain(String(now.Nomor));
    }
    // the picker finds the certificate by its new number and shows the old one as replaced
    const again = await h.call<IssuedCertificate[]>('findIssuedCertificates', String(target.NIP));
    expect(again.filter((f) => f.kind === target.Jenis).map((f) => [f.number, f.replaced])).toEqual([
      [now.Nomor, [target.Nomor]],
    ]);
    // a later run accepts the history: nothing made, nothing renumbered, no error
    const before = h.env.drive._files().length;
    const rerun = await runToEnd(h, await h.call<CertificateProgress>('startCertificates'));
    expect(rerun.state).toBe('done');
    expect(h.env.drive._files().length).toBe(before);
    expect(ledger(h).map((r) => r.Nomor)).toEqual(ledger(h).map((r) => r.Nomor));
    expectReissuedOnce(h, key, String(target.Nomor), rows.length);
  });

  test('delivery uses the corrected certificate: e-mailed once when asked, never again by a later e-mail run', async () => {
    const h = await issued();
    const rows = ledger(h);
    const target = rows[1];
    renameInPeserta(h, String(target.NIP), `Dr. ${target.Nama}`);
    const outbox = (
      h.env.globals.MailApp as {
        _outbox: Array<{ to: string[]; attachments: Array<{ bytes: Uint8Array; name: string }> }>;
      }
    )._outbox;
    await runToEnd(
      h,
      await h.call<CertificateProgress>('reissueCertificate', request(target, { email: true })),
    );
    const { now } = expectReissuedOnce(h, keyOf(target), String(target.Nomor), rows.length, 'Terkirim');
    const mails = outbox.filter((m) => m.to[0] === target.Email);
    expect(mails).toHaveLength(1);
    expect(mails[0].attachments[0].name).toContain('Dr');
    if (HAVE_PDFTOTEXT) expect(pdfText(mails[0].attachments[0].bytes)).toContain(String(now.Nomor));
    // the e-mail run for everyone else: the corrected one is not sent a second time
    await runToEnd(h, await h.call<CertificateProgress>('sendCertificateEmails'));
    expect(outbox.filter((m) => m.to[0] === target.Email)).toHaveLength(1);
    expect(outbox).toHaveLength(rows.length); // one each; the Diganti row is never e-mailed
  });

  test('refusals: already replaced, not made, unchanged (allowed when confirmed), a run in progress', async () => {
    const h = await issued();
    const rows = ledger(h);
    const [a, b] = rows;
    const unchanged = await h.raw('reissueCertificate', request(a));
    expect(unchanged.ok).toBe(false);
    expect(!unchanged.ok && unchanged.error).toContain('Tidak ada perubahan');
    expect(ledger(h)).toHaveLength(rows.length); // nothing written
    await runToEnd(
      h,
      await h.call<CertificateProgress>('reissueCertificate', request(a, { confirmUnchanged: true })),
    );
    expectReissuedOnce(h, keyOf(a), String(a.Nomor), rows.length);
    const twice = await h.raw('reissueCertificate', request(a, { confirmUnchanged: true }));
    expect(!twice.ok && twice.error).toContain(`Sertifikat ${a.Nomor} sudah diganti oleh`);
    const unknown = await h.raw('reissueCertificate', { ...request(b), number: '999/XYZ' });
    expect(!unknown.ok && unknown.error).toContain('tidak ditemukan');
    // not made: its PDF cell is empty (the admin cleared it)
    const sheet = h.ss.getSheetByName('Sertifikat')!;
    const head = (sheet._dump() as unknown[][])[0];
    const rowOfB = ledger(h).findIndex((r) => r.Nomor === b.Nomor) + 2;
    const pdfCell = sheet.getRange(rowOfB, head.indexOf('PDF') + 1);
    const link = pdfCell.getValue();
    pdfCell.setValue('');
    const notMade = await h.raw('reissueCertificate', request(b, { confirmUnchanged: true }));
    expect(!notMade.ok && notMade.error).toContain('belum dibuat');
    pdfCell.setValue(link);
    // a run in progress (its record says so): refused, nothing written
    h.env.props.document.data.set(
      'douasn.certificateJob',
      JSON.stringify({ state: 'running', email: false, unattended: false, attempts: {}, batches: 0 }),
    );
    const busy = await h.raw('reissueCertificate', request(b, { confirmUnchanged: true }));
    expect(!busy.ok && busy.error).toContain('sedang berjalan');
    expect(ledger(h)).toHaveLength(rows.length + 1);
  });

  test('a bad argument is refused before anything runs', async () => {
    const h = await issued();
    const r = await h.raw('reissueCertificate', { ...request(ledger(h)[0]), piagam: 'Ijazah' });
    expect(r.ok).toBe(false);
    const extra = await h.raw('reissueCertificate', { ...request(ledger(h)[0]), nomor: 'x' });
    expect(extra.ok).toBe(false);
  });
});

describe('Terbitkan Ulang cut off at each step finishes once', () => {
  const steps: Array<[string, string, number, boolean]> = [
    ['after the job is saved, before the ledger write', 'SpreadsheetApp.Range.setValues', 1, false],
    ['after the ledger write, before the old file is marked', 'SpreadsheetApp.Range.setValues', 1, true],
    ['while the old file is read for marking', 'Drive.Files.get', 1, false],
    ['after the old file is marked, before the new file', 'Drive.Files.update', 1, true],
    ['after the new file, before the batch writes the ledger', 'Drive.Files.create', 1, true],
    ['after the batch wrote the ledger', 'SpreadsheetApp.Range.setValues', 2, true],
  ];
  test.each(steps)('%s', async (_label, method, atCall, after) => {
    const h = await issued();
    const rows = ledger(h);
    const target = rows[2];
    renameInPeserta(h, String(target.NIP), `${target.Nama} Jr.`);
    h.env.rt.injectFault({ method, atCall, kind: 'timeout', after });
    const calls = h.env.rt.counts.get(method) ?? 0;
    await expect(h.call('reissueCertificate', request(target))).rejects.toThrow(
      /Exceeded maximum execution time/,
    );
    expect(h.env.rt.counts.get(method)).toBe(calls + atCall); // the fault fired where meant
    h.env.rt.clearFaults();
    // the panel goes on (continue), or the admin asks again: either way once
    const first = await h.raw<CertificateProgress>('continueCertificates');
    expect(first.ok).toBe(true);
    let p = first.ok ? first.value : null;
    if (p?.state !== 'done') p = await runToEnd(h, p as CertificateProgress);
    const status = await h.call<CertificateProgress>('certificateStatus');
    expect(status.state).toBe('done');
    const { now } = expectReissuedOnce(h, keyOf(target), String(target.Nomor), rows.length);
    expect(now.Nama).toBe(`${target.Nama} Jr.`);
    // asking again now is refused (already replaced), never a third number
    const again = await h.raw('reissueCertificate', request(target));
    expect(again.ok).toBe(false);
    expectReissuedOnce(h, keyOf(target), String(target.Nomor), rows.length);
  });
});
