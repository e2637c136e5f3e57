// Pratinjau through the built bundle: one participant's certificate as a PDF marked CONTOH, no number given, the
// ledger untouched, one conversion; the longest name by default; the preview's template copies reused while the
// template is unchanged, made again when it changed; the previous preview removed.

import { spawnSync } from 'node:child_process';
import type { CertificateProgress, PreviewOptions, PreviewResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness, ledger } from './harness';

const HAVE_PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;
const pdfText = (bytes: Uint8Array) =>
  spawnSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(bytes) }).stdout.toString('utf8');

const CODE = 'SIM-0001';
const LONG = 'Prof. Dr. H. Muhammad Abdurrahman Wahyudi Kusumaningrat, S.H., M.Kn., M.Si., Ph.D.';

async function ready(): Promise<Harness> {
  const h = harness({ spreadsheet: synthWorkbook({ participants: 12, trainings: 1 }) });
  await h.call('pullResponses');
  await h.call('createTemplates');
  return h;
}

function setName(h: Harness, index: number, name: string): string {
  const s = h.ss.getSheetByName('Peserta')!;
  const values = s._dump() as unknown[][];
  s.getRange(index + 2, values[0].indexOf('Nama') + 1).setValue(name);
  return String(values[index + 1][values[0].indexOf('NIP')]);
}

const previews = (h: Harness) =>
  h.env.drive._files().filter((f) => !f.trashed && f.appProperties.douasnPreview === 'pdf');

describe('Pratinjau: one certificate marked CONTOH', () => {
  test('default: the longest name; no number, no ledger row, one conversion; CONTOH printed and in the name', async () => {
    const h = await ready();
    const nip = setName(h, 5, LONG);
    const options = await h.call<PreviewOptions>('certificatePreviewOptions', null);
    expect(options.trainingCode).toBe(CODE);
    expect(options.defaultNip).toBe(nip);
    expect(options.people.length).toBe(12);
    const ledgerBefore = h.ss.getSheetByName('Sertifikat')?._dump() ?? null;
    h.env.rt.resetCounters();
    const r = await h.call<PreviewResult>('previewCertificate', CODE, null);
    const counts = h.env.rt.snapshot();
    expect(counts['DocumentApp.Document.getAs'] ?? 0).toBe(1); // one conversion
    expect(counts['SpreadsheetApp.Range.setValues'] ?? 0).toBe(0); // nothing written to any sheet
    expect(h.ss.getSheetByName('Sertifikat')?._dump() ?? null).toEqual(ledgerBefore);
    expect([r.nip, r.name, r.printed.name]).toEqual([nip, LONG, LONG]);
    expect(r.printed.number).toBe('CONTOH \u2013 bukan sertifikat resmi');
    expect(r.fileName.startsWith('CONTOH - Sertifikat - ')).toBe(true);
    const [file] = previews(h);
    expect(file.name).toBe(r.fileName);
    expect(r.embed).toBe(`https://drive.google.com/file/d/${file.id}/preview`);
    expect(r.link).toContain(file.id);
    expect(file.appProperties.douasnKey).toBeUndefined(); // never taken for a certificate
    if (HAVE_PDFTOTEXT) {
      const text = pdfText(file.content!);
      expect(text).toContain('CONTOH');
      expect(text).toContain('bukan sertifikat resmi');
      expect(text.replace(/\s+/g, ' ')).toContain('Kusumaningrat');
    }
    // a real run afterwards starts numbering at 1: the preview used no number
    let p = await h.call<CertificateProgress>('startCertificates');
    for (let i = 0; i < 20 && p.state === 'running'; i++) p = await h.call('continueCertificates');
    expect(ledger(h).some((row) => String(row.Nomor).startsWith('001/'))).toBe(true);
  });

  test('a repeat reuses the copies (no document created) and replaces the previous preview; a changed template is copied again', async () => {
    const h = await ready();
    const first = await h.call<PreviewResult>('previewCertificate', CODE, null);
    h.env.rt.resetCounters();
    const nip = setName(h, 2, 'Siti Aminah');
    const second = await h.call<PreviewResult>('previewCertificate', CODE, nip);
    const counts = h.env.rt.snapshot();
    expect(counts['Drive.Files.copy'] ?? 0).toBe(0); // no document created on a repeat
    expect(counts['DocumentApp.Document.getAs']).toBe(1);
    expect(second.name).toBe('Siti Aminah');
    const now = previews(h);
    expect(now.map((f) => f.name)).toEqual([second.fileName]); // the previous one is gone
    expect(h.env.drive._files().some((f) => f.name === first.fileName && !f.trashed)).toBe(
      first.fileName === second.fileName,
    );
    // with the "documents created" quota spent, a repeat still works: it creates none
    h.env.rt.quotas.documentsCreated = 0;
    await h.call<PreviewResult>('previewCertificate', CODE, nip);
    // the template is edited: the next preview copies it again (and says so when the quota is spent)
    const templateId = JSON.parse(h.env.props.document.data.get('douasn.templates')!).certificate;
    h.env.rt.advance(60_000);
    const Doc = h.env.globals.DocumentApp as {
      openById(id: string): { getBody(): { appendParagraph(t: string): unknown }; saveAndClose(): void };
    };
    const doc = Doc.openById(templateId);
    doc.getBody().appendParagraph('Catatan baru');
    doc.saveAndClose();
    const refused = await h.raw('previewCertificate', CODE, nip);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.error).toContain('Kuota harian Google habis');
    h.env.rt.quotas.documentsCreated = 250;
    h.env.rt.resetCounters();
    const third = await h.call<PreviewResult>('previewCertificate', CODE, nip);
    expect(h.env.rt.snapshot()['Drive.Files.copy']).toBe(2);
    const file = previews(h).find((f) => f.name === third.fileName)!;
    if (HAVE_PDFTOTEXT) expect(pdfText(file.content!)).toContain('Catatan baru');
    // only one pair of copies is kept
    const copies = h.env.drive
      ._files()
      .filter((f) => !f.trashed && /^(source|scratch)-/.test(f.appProperties.douasnPreview ?? ''));
    expect(copies).toHaveLength(2);
  });

  test('refusals in plain Indonesian: no template yet, an unknown participant', async () => {
    const h = harness({ spreadsheet: synthWorkbook({ participants: 6, trainings: 1 }) });
    await h.call('pullResponses');
    const none = await h.raw('previewCertificate', CODE, null);
    expect(!none.ok && none.error).toContain('Buat Template');
    await h.call('createTemplates');
    const who = await h.raw('previewCertificate', CODE, '199001012020121001');
    expect(!who.ok && who.error).toContain('tidak terdaftar');
    const kind = await h.raw('previewCertificate', CODE, null, 'Piagam');
    expect(kind.ok).toBe(false);
  });
});
