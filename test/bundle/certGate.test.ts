// The certificate gate through the built bundle (issue 12 items 1–2): a run is for the chosen trainings only (the
// active one by default), an unfinished training is refused unless confirmed by code, Errors of the chosen trainings
// stop the run (by cause, with counts), the predicate policy decides what prints, and the minimum score decides who
// gets a Sertifikat, with a Keterangan that says so.

import { CONSUMER_QUOTAS } from '../../emulator/runtime';
import type { CertificateProgress, PreflightResult, PreviewResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness, ledger, pdfsByKey } from './harness';

async function drive(h: Harness, first: CertificateProgress, max = 100): Promise<CertificateProgress> {
  let p = first;
  for (let i = 0; i < max && p.state === 'running'; i++)
    p = await h.call<CertificateProgress>('continueCertificates');
  return p;
}

/** Three trainings, 20 participants each, all ended (their dates moved to last year), templates made. */
async function three(opts: Parameters<typeof harness>[0] = {}): Promise<{ h: Harness; codes: string[] }> {
  const h = harness({ spreadsheet: synthWorkbook({ participants: 60, trainings: 3 }), ...opts });
  await h.call('runSetup');
  const k = h.ss.getSheetByName('Kegiatan')!;
  const [head, ...rows] = h.values('Kegiatan');
  const start = head.indexOf('Tanggal Mulai');
  const end = head.indexOf('Tanggal Selesai');
  rows.forEach((_, i) => {
    k.getRange(i + 2, start + 1).setValue(new Date(2025, 2, 3 + i * 7));
    k.getRange(i + 2, end + 1).setValue(new Date(2025, 2, 5 + i * 7));
  });
  await h.call('createTemplates');
  return { h, codes: rows.map((r) => String(r[head.indexOf('Kode')])) };
}

const codesOfPdfs = (h: Harness) => new Set([...pdfsByKey(h).keys()].map((k) => k.split('|')[0]));
const codesOfLedger = (h: Harness) => new Set(ledger(h).map((r) => String(r['Kode Kegiatan'])));

/** Types `value` into `column` of the 1-based data row `row` of `sheet` (by header). */
function typeAt(h: Harness, sheet: string, row: number, column: string, value: unknown): void {
  const head = h.values(sheet)[0];
  h.ss
    .getSheetByName(sheet)!
    .getRange(row, head.indexOf(column) + 1)
    .setValue(value);
}

function setSetting(h: Harness, key: string, value: unknown): void {
  const rows = h.values('Pengaturan');
  const i = rows.findIndex((r) => r[0] === key);
  expect(i).toBeGreaterThan(0);
  h.ss
    .getSheetByName('Pengaturan')!
    .getRange(i + 1, 2)
    .setValue(value);
}

describe('scope: the chosen trainings only', () => {
  test('by default the active training: no row, number or file of another training', async () => {
    const { h, codes } = await three();
    await h.call('setActiveTraining', codes[1]);
    const pre = await h.call<PreflightResult>('preflightCertificates');
    expect(pre.gate?.trainings.map((t) => t.code)).toEqual([codes[1]]);
    expect(pre.ok).toBe(true);
    const done = await drive(h, await h.call<CertificateProgress>('startCertificates'));
    expect(done.state).toBe('done');
    expect(codesOfLedger(h)).toEqual(new Set([codes[1]]));
    expect(codesOfPdfs(h)).toEqual(new Set([codes[1]]));
    expect(done.total).toBe(pre.gate!.certificates.toMake + pre.gate!.charters.toMake);
  });

  test('several chosen; a later run for another training leaves the first run’s rows as they were', async () => {
    const { h, codes } = await three();
    const scope = { trainings: [codes[0], codes[2]] };
    const pre = await h.call<PreflightResult>('preflightCertificates', scope);
    expect(pre.ok).toBe(true);
    await drive(h, await h.call<CertificateProgress>('startCertificates', false, scope));
    expect(codesOfPdfs(h)).toEqual(new Set([codes[0], codes[2]]));
    const before = ledger(h);
    await drive(h, await h.call<CertificateProgress>('startCertificates', false, { trainings: [codes[1]] }));
    const after = ledger(h);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(codesOfPdfs(h)).toEqual(new Set(codes));
  });

  test('a quota-stopped run continues inside its scope; another start waits for it', async () => {
    const { h, codes } = await three({ quotas: { ...CONSUMER_QUOTAS, filesConverted: 5 } });
    const p = await drive(
      h,
      await h.call<CertificateProgress>('startCertificates', false, { trainings: [codes[0]] }),
    );
    expect(p.state).toBe('quota');
    const r = await h.raw<CertificateProgress>('startCertificates', false, { trainings: [codes[1]] });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toContain(`Pembuatan sertifikat untuk ${codes[0]} masih berjalan`);
    h.env.rt.advance(25 * 3600e3);
    const q = await drive(h, await h.call<CertificateProgress>('continueCertificates'));
    expect(['done', 'quota']).toContain(q.state);
    expect(codesOfLedger(h)).toEqual(new Set([codes[0]]));
    expect(codesOfPdfs(h)).toEqual(new Set([codes[0]]));
  });

  test('an unknown code or too many codes are refused plainly', async () => {
    const { h } = await three();
    const pre = await h.call<PreflightResult>('preflightCertificates', { trainings: ['TIDAK-ADA'] });
    expect(pre.ok).toBe(false);
    expect(pre.errors.join('\n')).toContain('Kegiatan TIDAK-ADA tidak ada di lembar Kegiatan');
    const r = await h.raw('preflightCertificates', {
      trainings: Array.from({ length: 11 }, (_, i) => `K${i}`),
    });
    expect(r.ok).toBe(false);
  });
});

describe('an unfinished training', () => {
  test('is refused, then made once its code is confirmed', async () => {
    const { h, codes } = await three();
    const future = new Date(h.env.rt.now + 14 * 86400e3);
    typeAt(h, 'Kegiatan', 2, 'Tanggal Mulai', future);
    typeAt(h, 'Kegiatan', 2, 'Tanggal Selesai', future);
    const scope = { trainings: [codes[0]] };
    const pre = await h.call<PreflightResult>('preflightCertificates', scope);
    expect(pre.ok).toBe(false);
    expect(pre.errors.join('\n')).toContain(`Kegiatan ${codes[0]} baru selesai pada`);
    expect(pre.gate?.trainings[0]).toMatchObject({ code: codes[0], ended: false, confirmed: false });
    const refused = await h.call<CertificateProgress>('startCertificates', false, scope);
    expect(refused.state).toBe('error');
    expect(pdfsByKey(h).size).toBe(0);
    // confirming another training does not confirm this one
    const other = { ...scope, confirmUnfinished: [codes[1]] };
    expect((await h.call<PreflightResult>('preflightCertificates', other)).ok).toBe(false);
    const ok = { ...scope, confirmUnfinished: [codes[0]] };
    expect((await h.call<PreflightResult>('preflightCertificates', ok)).gate?.trainings[0].confirmed).toBe(
      true,
    );
    await drive(h, await h.call<CertificateProgress>('startCertificates', false, ok));
    expect(codesOfPdfs(h)).toEqual(new Set([codes[0]]));
  });
});

describe('Errors in Masalah', () => {
  test('of a chosen training stop it, listed by cause with counts; of another training they do not', async () => {
    const { h, codes } = await three();
    const people = h.values('Peserta');
    const code = people[0].indexOf('Kode Kegiatan');
    const rowsOf = (c: string) => people.flatMap((r, i) => (i > 0 && r[code] === c ? [i + 1] : []));
    const bad = rowsOf(codes[0]).slice(0, 3);
    for (const [i, row] of bad.entries()) typeAt(h, 'Peserta', row, 'NIP', `123456${i}`);
    const pre = await h.call<PreflightResult>('preflightCertificates', { trainings: [codes[0]] });
    expect(pre.ok).toBe(false);
    // one line per cause, with its count and places (the rows that now name an unknown NIP follow from it)
    expect(pre.gate?.blocking).toContain(
      `NIP tidak valid: 3 baris (${bad.map((r) => `Peserta baris ${r}`).join(', ')})`,
    );
    expect(pre.gate?.blocking.some((l) => l.startsWith('NIP tidak terdaftar di Peserta: '))).toBe(true);
    expect(pre.errors.join('\n')).toContain('menyangkut peserta kegiatan yang dipilih');
    const r = await h.call<CertificateProgress>('startCertificates', false, { trainings: [codes[0]] });
    expect(r.state).toBe('error');
    expect(pdfsByKey(h).size).toBe(0);
    const other = await h.call<PreflightResult>('preflightCertificates', { trainings: [codes[1]] });
    expect([other.ok, other.gate?.blocking]).toEqual([true, []]);
  });
});

describe('pass policy', () => {
  const lowest = 'Tidak Memuaskan';
  async function printed(policy: string | null): Promise<Array<Record<string, unknown>>> {
    const { h, codes } = await three();
    if (policy) setSetting(h, 'Cetak Predikat', policy);
    // a low score for some: the Post-Test of the first five of the first training
    const scores = h.values('Nilai');
    const code = scores[0].indexOf('Kode Kegiatan');
    let n = 0;
    scores.forEach((r, i) => {
      if (i > 0 && r[code] === codes[0] && n++ < 5) typeAt(h, 'Nilai', i + 1, 'Post-Test', 5);
    });
    const pre = await h.call<PreflightResult>('preflightCertificates', { trainings: [codes[0]] });
    expect(pre.ok).toBe(true);
    await drive(h, await h.call<CertificateProgress>('startCertificates', false, { trainings: [codes[0]] }));
    return ledger(h).filter((r) => r.Jenis === 'Sertifikat');
  }

  test('default: never a failing predicate; its score is not printed either', async () => {
    const rows = await printed(null);
    expect(rows.some((r) => r['Predikat (Cetak)'] === lowest)).toBe(false);
    const blank = rows.filter((r) => r['Predikat (Cetak)'] === '');
    expect(blank.length).toBeGreaterThanOrEqual(5);
    for (const r of blank) expect(r['Nilai Akhir (Cetak)']).toBe('');
    expect(rows.some((r) => r['Predikat (Cetak)'] !== '')).toBe(true);
  });

  test('Ya prints every predicate, Tidak none', async () => {
    expect((await printed('Ya')).some((r) => r['Predikat (Cetak)'] === lowest)).toBe(true);
    const none = await printed('Tidak');
    expect(none.every((r) => r['Predikat (Cetak)'] === '' && r['Nilai Akhir (Cetak)'] === '')).toBe(true);
  });

  test('Nilai Minimum Sertifikat: below it no Sertifikat, and Keterangan says why', async () => {
    const { h, codes } = await three();
    setSetting(h, 'Nilai Minimum Sertifikat', 75);
    await h.call('computeScores');
    const [head, ...rows] = h.values('Rekap Nilai');
    const col = (n: string) => head.indexOf(n);
    const below = rows.filter(
      (r) => typeof r[col('Nilai Akhir')] === 'number' && (r[col('Nilai Akhir')] as number) < 75,
    );
    expect(below.length).toBeGreaterThan(0);
    for (const r of below) {
      expect(r[col('Sertifikat')]).toBe('Tidak');
      expect(String(r[col('Keterangan')])).toContain('di bawah nilai minimum sertifikat 75');
    }
    const pre = await h.call<PreflightResult>('preflightCertificates', { trainings: [codes[0]] });
    const reason = pre.gate?.nothing.find((n) => n.reason === 'Nilai akhir di bawah nilai minimum');
    expect(reason?.count).toBe(below.filter((r) => r[0] === codes[0]).length);
  });
});

describe('the gate and the other certificate runs', () => {
  test('a start cut off before its snapshot reached the sheet continues with its own scope and confirmations', async () => {
    const { h, codes } = await three();
    const future = new Date(h.env.rt.now + 14 * 86400e3);
    typeAt(h, 'Kegiatan', 3, 'Tanggal Mulai', future);
    typeAt(h, 'Kegiatan', 3, 'Tanggal Selesai', future);
    const scope = { trainings: [codes[1]], confirmUnfinished: [codes[1]] };
    // the execution ends before the ledger write (the job is saved, unfrozen): the next call starts it again
    h.env.rt.injectFault({ method: 'SpreadsheetApp.Range.setValues', atCall: 1, kind: 'timeout' });
    await expect(h.call('startCertificates', false, scope)).rejects.toThrow(
      /Exceeded maximum execution time/,
    );
    h.env.rt.clearFaults();
    expect(ledger(h)).toEqual([]);
    expect((await h.call<CertificateProgress>('certificateStatus')).state).toBe('running');
    const done = await drive(h, await h.call<CertificateProgress>('continueCertificates'));
    expect([done.state, done.message]).toEqual(['done', done.message]);
    expect(codesOfLedger(h)).toEqual(new Set([codes[1]]));
    expect(codesOfPdfs(h)).toEqual(new Set([codes[1]]));
  });

  test('Terbitkan Ulang faces the Errors of that participant and of the training, not of other participants', async () => {
    const { h, codes } = await three();
    await drive(h, await h.call<CertificateProgress>('startCertificates', false, { trainings: [codes[0]] }));
    const rows = ledger(h).filter((r) => r.Jenis === 'Sertifikat');
    const [target, other] = rows;
    const request = {
      number: String(target.Nomor),
      trainingCode: codes[0],
      piagam: false,
      nip: String(target.NIP),
      reason: 'Salah ketik nama',
      email: false,
      confirmUnchanged: true,
    };
    // another participant's score out of range: an Error of the training, on someone else's row
    const scores = h.values('Nilai');
    const nipAt = scores[0].indexOf('NIP');
    const otherRow = scores.findIndex((r) => String(r[nipAt]) === String(other.NIP)) + 1;
    typeAt(h, 'Nilai', otherRow, 'Keaktifan', 150);
    const ok = await drive(h, await h.call<CertificateProgress>('reissueCertificate', request));
    expect(ok.state).toBe('done');
    // now an Error on the target's own row: the re-issue of its new number is refused, with the cause and row
    const now = ledger(h).find(
      (r) => r.NIP === target.NIP && r.Jenis === 'Sertifikat' && r.Status !== 'Diganti',
    )!;
    const ownRow = scores.findIndex((r) => String(r[nipAt]) === String(target.NIP)) + 1;
    typeAt(h, 'Nilai', ownRow, 'Tugas', 150);
    const before = pdfsByKey(h).size;
    const refused = await h.raw('reissueCertificate', { ...request, number: String(now.Nomor) });
    expect(refused.ok).toBe(false);
    const error = refused.ok ? '' : String(refused.error);
    expect(error).toContain('baris peserta ini');
    expect(error).toContain(`Nilai baris ${ownRow}`);
    expect(error).not.toContain(`Nilai baris ${otherRow}`);
    expect(pdfsByKey(h).size).toBe(before);
    expect(ledger(h).filter((r) => r.Status === 'Diganti')).toHaveLength(1);
  });

  test('Pratinjau is not blocked by the gate and prints the predicate as Cetak Predikat would', async () => {
    const { h, codes } = await three();
    const scores = h.values('Nilai');
    const code = scores[0].indexOf('Kode Kegiatan');
    const nipAt = scores[0].indexOf('NIP');
    const row = scores.findIndex((r, i) => i > 0 && r[code] === codes[0]) + 1;
    const nip = String(scores[row - 1][nipAt]);
    for (const c of ['Post-Test', 'Keaktifan', 'Tugas']) typeAt(h, 'Nilai', row, c, 5);
    // an Error elsewhere in the training: a run is refused, the preview is not
    typeAt(h, 'Nilai', row + 1, 'Keaktifan', 150);
    expect((await h.call<PreflightResult>('preflightCertificates', { trainings: [codes[0]] })).ok).toBe(
      false,
    );
    const shown = await h.call<PreviewResult>('previewCertificate', codes[0], nip);
    expect([shown.printed.predicate, shown.printed.score]).toEqual(['', '']);
    setSetting(h, 'Cetak Predikat', 'Ya');
    const all = await h.call<PreviewResult>('previewCertificate', codes[0], nip);
    expect(all.printed.predicate).toBe('Tidak Memuaskan');
  });
});
