// The `Sertifikat` ledger against Drive: a number printed on a file is never changed, reused or issued twice. Each
// case is an ordinary edit an admin makes between runs (a row deleted, a NIP retyped, a header renamed or deleted,
// a formula in Nomor, a PDF trashed or deleted); the next run either repairs what is certain or stops with an Error
// naming the cell, before any file is made.

import { SHEETS } from '../../src/core/schema';
import type { CertificateProgress, PreflightResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness } from './harness';

const NAME = SHEETS.certificates.name;

async function drive(h: Harness, first: CertificateProgress, max = 50): Promise<CertificateProgress> {
  let p = first;
  for (let i = 0; i < max && p.state === 'running'; i++)
    p = await h.call<CertificateProgress>('continueCertificates');
  return p;
}

/** A small year (2 trainings, 12 participants), every certificate made once. */
async function issued(participants = 12): Promise<Harness> {
  const h = harness({ spreadsheet: synthWorkbook({ participants, trainings: 2 }) });
  await h.call('pullResponses');
  await h.call('createTemplates');
  const p = await drive(h, await h.call<CertificateProgress>('startCertificates'));
  expect(p.state).toBe('done');
  return h;
}

interface Pdf {
  id: string;
  key: string;
  number: string | undefined;
  trashed: boolean;
  name: string;
}

/** Every certificate PDF in the emulated Drive (trashed ones too). */
function pdfs(h: Harness): Pdf[] {
  return h.env.drive
    ._files()
    .filter((f) => f.mimeType === 'application/pdf' && f.appProperties.douasnKey)
    .map((f) => ({
      id: f.id,
      key: f.appProperties.douasnKey,
      number: f.appProperties.douasnNumber,
      trashed: f.trashed,
      name: f.name,
    }));
}

/** What the PDFs printed (by file id), read from the ledger right after they were made. */
function printedBy(h: Harness): Map<string, string> {
  const out = new Map<string, string>();
  const rows = ledgerRows(h);
  for (const r of rows) {
    const id = /\/d\/([^/]+)/.exec(String(r.PDF))?.[1];
    if (id) out.set(id, String(r.Nomor));
  }
  return out;
}

function ledgerRows(h: Harness): Array<Record<string, unknown>> {
  const [head, ...rows] = h.values(NAME);
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(head.map((k, i) => [String(k), r[i]])));
}

function column(h: Harness, header: string): number {
  const i = (h.values(NAME)[0] as string[]).indexOf(header);
  expect([header, i >= 0]).toEqual([header, true]);
  return i + 1;
}

/**
 * The invariant on Drive: every file still carries the number first printed on it, no certificate has two untrashed
 * PDFs, and no number is on files of two certificates. When the run went through (`agrees`), the ledger says the
 * number each existing file prints.
 */
function expectFilesIntact(h: Harness, before: Map<string, string>, agrees = true): void {
  const now = pdfs(h);
  const live = new Map<string, number>();
  for (const f of now) if (!f.trashed) live.set(f.key, (live.get(f.key) ?? 0) + 1);
  expect([...live.entries()].filter(([, n]) => n > 1)).toEqual([]);
  for (const f of now) if (before.has(f.id)) expect([f.id, f.number]).toEqual([f.id, before.get(f.id)]);
  const seen = new Map<string, string>();
  for (const f of now) {
    const [code, kind] = f.key.split('|');
    const k = `${code}|${kind}|${f.number}`;
    if (seen.has(k)) expect([k, seen.get(k)]).toEqual([k, f.key]);
    seen.set(k, f.key);
  }
  if (!agrees) return;
  const byId = new Map(now.map((f) => [f.id, f]));
  for (const r of ledgerRows(h)) {
    const id = /\/d\/([^/]+)/.exec(String(r.PDF))?.[1];
    const f = id ? byId.get(id) : undefined;
    if (f) expect([id, r.Nomor, r.NIP]).toEqual([id, f.number, f.key.split('|')[2]]);
  }
}

async function restart(h: Harness): Promise<{ pre: PreflightResult; run: CertificateProgress }> {
  const pre = await h.call<PreflightResult>('preflightCertificates');
  const run = await drive(h, await h.call<CertificateProgress>('startCertificates'));
  return { pre, run };
}

describe('the ledger is checked against Drive before anything is made', () => {
  test('new files carry their number, NIP, training, kind and spreadsheet in appProperties', async () => {
    const h = await issued();
    const files = h.env.drive._files().filter((f) => f.mimeType === 'application/pdf');
    expect(files.length).toBeGreaterThan(5);
    const rows = new Map(ledgerRows(h).map((r) => [`${r['Kode Kegiatan']}|${r.Jenis}|${r.NIP}`, r]));
    for (const f of files) {
      const p = f.appProperties;
      const r = rows.get(p.douasnKey)!;
      expect(p.douasnNumber).toBe(r.Nomor);
      expect(p.douasnSpreadsheet).toBe(h.ss.getId());
    }
  });

  test('a ledger row deleted: the row comes back from its file with the same number; a newcomer never takes it', async () => {
    const h = await issued();
    const before = printedBy(h);
    const sheet = h.ss.getSheetByName(NAME)!;
    const gone = ledgerRows(h)[2];
    sheet.deleteRow(4);
    const filesBefore = pdfs(h).length;
    const { pre, run } = await restart(h);
    expect(pre.ok).toBe(true);
    expect(pre.warnings.join('\n')).toMatch(/dipulihkan/i);
    expect(run.state).toBe('done');
    const back = ledgerRows(h).find((r) => r.NIP === gone.NIP && r.Jenis === gone.Jenis)!;
    expect(back.Nomor).toBe(gone.Nomor);
    expect(back.PDF).toBe(gone.PDF);
    expect(pdfs(h).length).toBe(filesBefore);
    expectFilesIntact(h, before);
    expect(String(back.Catatan)).toMatch(/Dipulihkan/);
  });

  test('a NIP retyped on an issued row: an Error at that NIP cell naming the file, nothing made', async () => {
    const h = await issued();
    const before = printedBy(h);
    const sheet = h.ss.getSheetByName(NAME)!;
    const nip = column(h, 'NIP');
    sheet.getRange(3, nip).setValue('199912312020121001');
    const filesBefore = pdfs(h).length;
    const { pre, run } = await restart(h);
    expect(pre.ok).toBe(false);
    const text = pre.errors.join('\n');
    expect(text).toMatch(/Sertifikat.*baris 3.*NIP/);
    expect(text).toMatch(/\.pdf/);
    expect(run.state).toBe('error');
    expect(run.message).toContain(text.slice(0, 40));
    expect(pdfs(h).length).toBe(filesBefore);
    expectFilesIntact(h, before, false);
  });

  test('a Nomor edited on an issued row: an Error at that Nomor cell with the number the file carries', async () => {
    const h = await issued();
    const before = printedBy(h);
    const sheet = h.ss.getSheetByName(NAME)!;
    const nomor = column(h, 'Nomor');
    const was = String(sheet.getRange(2, nomor).getValue());
    sheet.getRange(2, nomor).setValue('999/X');
    const { pre, run } = await restart(h);
    expect(pre.ok).toBe(false);
    expect(pre.errors.join('\n')).toContain(was);
    expect(pre.errors.join('\n')).toMatch(/baris 2.*Nomor/);
    expect(run.state).toBe('error');
    expectFilesIntact(h, before, false);
  });

  test('a formula typed in Nomor of a row not made yet: an Error at the cell, never printed', async () => {
    const h = harness({ spreadsheet: synthWorkbook({ participants: 12, trainings: 2 }) });
    await h.call('pullResponses');
    await h.call('createTemplates');
    // the first start numbers every row and makes the first batch; stop it, then type a formula in a waiting row
    h.env.rt.resetCounters();
    await h.call<CertificateProgress>('startCertificates');
    await h.call('stopCertificates');
    const rows = ledgerRows(h);
    const waiting = rows.findIndex((r) => r.Status === 'Menunggu');
    const at = waiting >= 0 ? waiting + 2 : rows.length + 1;
    const sheet = h.ss.getSheetByName(NAME)!;
    if (waiting < 0) {
      // every row was made in one batch: a new row by hand for a participant who is a candidate is not possible;
      // put the formula on the last row's number, with its file trashed and its PDF cleared for re-issue
      const pdf = String(rows[rows.length - 1].PDF);
      const id = /\/d\/([^/]+)/.exec(pdf)![1];
      h.env.drive._get(id)!.trashed = true;
      sheet.getRange(at, column(h, 'PDF')).setValue('');
      sheet.getRange(at, column(h, 'Status')).setValue('');
    }
    sheet.getRange(at, column(h, 'Nomor')).setFormula('=1+1');
    const { pre, run } = await restart(h);
    expect(pre.ok).toBe(false);
    expect(pre.errors.join('\n')).toMatch(new RegExp(`baris ${at}.*Nomor`));
    expect(run.state).toBe('error');
    for (const f of h.env.drive._files())
      if (f.mimeType === 'application/pdf') expect(f.appProperties.douasnNumber).not.toMatch(/#|^2$/);
  });

  test('a PDF trashed in Drive: an Error at the Status cell; restored from the trash the run goes on', async () => {
    const h = await issued();
    const before = printedBy(h);
    const r = ledgerRows(h)[1];
    const id = /\/d\/([^/]+)/.exec(String(r.PDF))![1];
    h.env.drive._get(id)!.trashed = true;
    const first = await restart(h);
    expect(first.pre.ok).toBe(false);
    expect(first.pre.errors.join('\n')).toMatch(/baris 3.*Status/);
    expect(first.pre.errors.join('\n')).toMatch(/Sampah/);
    expect(first.run.state).toBe('error');
    expect(first.run.message).toMatch(/baris 3 kolom Status.*Sampah/);
    h.env.drive._get(id)!.trashed = false;
    const second = await restart(h);
    expect(second.pre.ok).toBe(true);
    expect(second.run.state).toBe('done');
    expect(ledgerRows(h)[1].Status).toBe('Dibuat');
    expectFilesIntact(h, before);
  });

  test('a PDF trashed, its PDF cell cleared: made again with the SAME number', async () => {
    const h = await issued();
    const before = printedBy(h);
    const r = ledgerRows(h)[1];
    const id = /\/d\/([^/]+)/.exec(String(r.PDF))![1];
    h.env.drive._get(id)!.trashed = true;
    const sheet = h.ss.getSheetByName(NAME)!;
    sheet.getRange(3, column(h, 'PDF')).setValue('');
    const { pre, run } = await restart(h);
    expect(pre.errors).toEqual([]);
    expect(run.state).toBe('done');
    const again = ledgerRows(h)[1];
    expect(again.Nomor).toBe(r.Nomor);
    expect(again.PDF).not.toBe(r.PDF);
    const fresh = pdfs(h).find((f) => !f.trashed && f.key === `${r['Kode Kegiatan']}|${r.Jenis}|${r.NIP}`)!;
    expect(fresh.number).toBe(r.Nomor);
    expectFilesIntact(h, before);
  });

  test("a PDF deleted for good: a Peringatan at the Status cell and a note on the row (it may be another admin's)", async () => {
    const h = await issued();
    const r = ledgerRows(h)[0];
    const id = /\/d\/([^/]+)/.exec(String(r.PDF))![1];
    h.env.drive._deleteForever(id);
    const { pre, run } = await restart(h);
    expect(pre.ok).toBe(true);
    expect(pre.warnings.join('\n')).toMatch(/baris 2 kolom Status.*tidak ditemukan/);
    expect(run.state).toBe('done');
    expect(String(ledgerRows(h)[0].Catatan)).toMatch(/tidak ditemukan/);
    // the admin clears the PDF cell: made again with the same number
    const sheet = h.ss.getSheetByName(NAME)!;
    sheet.getRange(2, column(h, 'PDF')).setValue('');
    const again = await restart(h);
    expect(again.pre.warnings.join('\n')).not.toMatch(/tidak ditemukan/);
    expect(again.run.state).toBe('done');
    const fresh = pdfs(h).find((f) => f.key === `${r['Kode Kegiatan']}|${r.Jenis}|${r.NIP}`)!;
    expect(fresh.number).toBe(r.Nomor);
  });
});

describe('an edit between batches is seen by the next batch before it makes anything', () => {
  test('a NIP retyped and a formula typed in Nomor while the run is going: the next batch stops at those cells', async () => {
    const h = harness({ spreadsheet: synthWorkbook({ participants: 160, trainings: 2 }) });
    await h.call('pullResponses');
    await h.call('createTemplates');
    const first = await h.call<CertificateProgress>('startCertificates');
    expect(first.state).toBe('running');
    const rows = ledgerRows(h);
    const made = rows.findIndex((r) => r.Status === 'Dibuat');
    const waiting = rows.findIndex((r) => r.Status === 'Menunggu');
    expect(made >= 0 && waiting >= 0).toBe(true);
    const sheet = h.ss.getSheetByName(NAME)!;
    sheet.getRange(made + 2, column(h, 'NIP')).setValue('199912312020121001');
    sheet.getRange(waiting + 2, column(h, 'Nomor')).setFormula('=1+1');
    const files = pdfs(h).length;
    const next = await h.call<CertificateProgress>('continueCertificates');
    expect(next.state).toBe('error');
    expect(next.message).toContain(`baris ${made + 2} kolom NIP`);
    expect(next.message).toContain(`baris ${waiting + 2} kolom Nomor`);
    expect(pdfs(h).length).toBe(files);
  });

  test('the header row deleted between batches: the next batch stops, nothing is written or made', async () => {
    const h = harness({ spreadsheet: synthWorkbook({ participants: 160, trainings: 2 }) });
    await h.call('pullResponses');
    await h.call('createTemplates');
    const first = await h.call<CertificateProgress>('startCertificates');
    expect(first.state).toBe('running');
    const sheet = h.ss.getSheetByName(NAME)!;
    sheet.deleteRow(1);
    const values = JSON.stringify(h.values(NAME));
    const files = pdfs(h).length;
    const next = await h.call<CertificateProgress>('continueCertificates');
    expect(next.state).toBe('error');
    expect(next.message).toMatch(/baris 1 berisi data sertifikat|judul/);
    expect(JSON.stringify(h.values(NAME))).toBe(values);
    expect(pdfs(h).length).toBe(files);
  });
});

describe('a broken ledger header is repaired when certain, else the run stops', () => {
  test('the Nomor header renamed: the run stops naming the header row and Nomor; no number shifts', async () => {
    const h = await issued(10);
    const before = printedBy(h);
    const sheet = h.ss.getSheetByName(NAME)!;
    sheet.getRange(1, column(h, 'Nomor')).setValue('No. Sertifikat');
    // and a newcomer (the case where five certificates shifted)
    const { pre, run } = await restart(h);
    expect(pre.ok).toBe(false);
    expect(pre.errors.join('\n')).toMatch(/baris 1.*Nomor/);
    expect(run.state).toBe('error');
    expect(h.values(NAME)[0].filter((x) => x === 'Nomor')).toHaveLength(0);
    expectFilesIntact(h, before, false);
  });

  test('the NIP header renamed: repaired (the column holds NIPs), no fresh numbers, NIPs stay text', async () => {
    const h = await issued();
    const before = printedBy(h);
    const count = ledgerRows(h).length;
    const sheet = h.ss.getSheetByName(NAME)!;
    const nip = column(h, 'NIP');
    sheet.getRange(1, nip).setValue('Nomor Induk');
    const files = pdfs(h).length;
    for (let i = 0; i < 2; i++) {
      const { pre, run } = await restart(h);
      expect(pre.ok).toBe(true);
      expect(run.state).toBe('done');
    }
    expect(ledgerRows(h).length).toBe(count);
    expect(pdfs(h).length).toBe(files);
    expect(h.values(NAME)[0][nip - 1]).toBe('NIP');
    const formats = sheet.getRange(2, nip, count, 1).getNumberFormats().flat();
    expect(new Set(formats)).toEqual(new Set(['@']));
    expectFilesIntact(h, before);
  });

  test('the Status header renamed over a column that also says Mengirim: repaired like any status column', async () => {
    const h = await issued();
    const sheet = h.ss.getSheetByName(NAME)!;
    const status = column(h, 'Status');
    // an e-mail whose outcome is unknown is an ordinary status of the column (issue 11: Mengirim)
    sheet.getRange(2, status).setValue('Mengirim');
    sheet.getRange(1, status).setValue('Keadaan');
    const { pre } = await restart(h);
    expect(pre.ok).toBe(true);
    expect(h.values(NAME)[0][status - 1]).toBe('Status');
    expect(h.values(NAME)[1][status - 1]).toBe('Mengirim');
  });

  test('a Sertifikat sheet made by hand without a NIP column, with rows: the run stops naming NIP', async () => {
    const h = harness({ spreadsheet: synthWorkbook({ participants: 12, trainings: 2 }) });
    await h.call('pullResponses');
    await h.call('createTemplates');
    const sheet = h.ss.getSheetByName(NAME) ?? h.ss.insertSheet(NAME);
    sheet.getRange(1, 1, 3, 3).setValues([
      ['Kode Kegiatan', 'Jenis', 'Nama'],
      ['SIM-0001', 'Sertifikat', 'Budi'],
      ['SIM-0001', 'Sertifikat', 'Ani'],
    ]);
    const { pre, run } = await restart(h);
    expect(pre.ok).toBe(false);
    expect(pre.errors.join('\n')).toMatch(/baris 1.*NIP/);
    expect(run.state).toBe('error');
    expect(pdfs(h)).toEqual([]);
    expect(h.values(NAME)[0]).toEqual(['Kode Kegiatan', 'Jenis', 'Nama']);
  });

  test('the header row deleted: the run stops, no second ledger block is appended', async () => {
    const h = await issued();
    const before = printedBy(h);
    const sheet = h.ss.getSheetByName(NAME)!;
    const rowsBefore = h.values(NAME).length;
    sheet.deleteRow(1);
    const { pre, run } = await restart(h);
    expect(pre.ok).toBe(false);
    expect(pre.errors.join('\n')).toMatch(/judul/);
    expect(run.state).toBe('error');
    expect(h.values(NAME).length).toBe(rowsBefore - 1);
    expectFilesIntact(h, before, false);
  });
});
