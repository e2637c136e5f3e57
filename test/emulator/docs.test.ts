// Tests of the emulated DocumentApp: RE2 search and Java replacement semantics, saveAndClose, real PDFs, quotas, faults.

import { spawnSync } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
import { FakeBlob } from '../../emulator/base';
import {
  compileRe2,
  createDocumentApp,
  DOC_CLOSED,
  DOC_MISSING,
  expandReplacement,
  HorizontalAlignment,
  LAST_PARAGRAPH,
  MUST_BE_DETACHED,
  type ParagraphEl,
  ParagraphHeading,
  replaceInText,
} from '../../emulator/docs';
import { createDrive, DOC_MIME } from '../../emulator/drive';
import { newDocModel, newParagraph, renderPdf, toWinAnsi } from '../../emulator/pdf';
import { COST_MODEL, QUOTA_MESSAGES, Runtime } from '../../emulator/runtime';
import { solidPng } from '../fixtures/images';

const START = new Date('2026-11-27T09:00:00+07:00');

function setup(quotas?: Partial<Runtime['quotas']>) {
  const rt = new Runtime({ start: START });
  if (quotas) Object.assign(rt.quotas, quotas);
  const drive = createDrive(rt);
  const app = createDocumentApp(rt, drive);
  return { rt, drive, app };
}

const HAVE_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
if (!HAVE_PDFTOTEXT) {
  console.warn('pdftotext not found (apt-get install -y poppler-utils): text read-back checks are skipped');
}

/** Text of a PDF by poppler's pdftotext, or null when the binary is absent. */
function pdfText(bytes: Uint8Array): string | null {
  if (!HAVE_PDFTOTEXT) return null;
  const r = spawnSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(bytes) });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr.toString()}`);
  return r.stdout.toString('utf8');
}

/** A w×h solid red PNG (test/fixtures/images.ts). */
function redPng(w: number, h: number): Uint8Array {
  return new Uint8Array(solidPng(w, h, [255, 0, 0]));
}

describe('replaceText: RE2 pattern, Java replacement', () => {
  test('the search pattern is a regular expression applied to each paragraph', () => {
    const { app } = setup();
    const doc = app.create('t');
    const body = doc.getBody();
    body.setText('Nama: {{Nama}}');
    body.appendParagraph('a.c abc');
    body.replaceText('{{Nama}}', 'Budi'); // braces that start no repetition are literals in RE2
    body.replaceText('a.c', 'X'); // `.` matches any character
    expect(body.getText()).toBe('Nama: Budi\nX X');
  });

  test('placeholders with regex characters need escaping, and then match literally', () => {
    const { app } = setup();
    const body = app.create('t').getBody();
    body.setText('Golongan: {{Pangkat/Golongan}} (III.a)');
    body.replaceText('\\{\\{Pangkat/Golongan\\}\\}', 'Penata');
    body.replaceText('\\(III\\.a\\)', '[III/a]');
    expect(body.getText()).toBe('Golongan: Penata [III/a]');
  });

  test('an unescaped $ in the replacement fails like Java; an escaped one is kept', () => {
    const { app } = setup();
    const body = app.create('t').getBody();
    body.setText('Biaya: {{Biaya}}');
    expect(() => body.replaceText('\\{\\{Biaya\\}\\}', 'Rp$5')).toThrow('No group 5');
    expect(() => body.replaceText('\\{\\{Biaya\\}\\}', 'US$ 5')).toThrow('Illegal group reference');
    expect(() => body.replaceText('\\{\\{Biaya\\}\\}', 'Rp 5$')).toThrow(
      'Illegal group reference: group index is missing',
    );
    expect(body.getText()).toBe('Biaya: {{Biaya}}');
    const value = 'Rp$5 \\ C:\\data';
    body.replaceText('\\{\\{Biaya\\}\\}', value.replace(/[\\$]/g, '\\$&'));
    expect(body.getText()).toBe('Biaya: Rp$5 \\ C:\\data');
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: Java named-group syntax, not a template
  test('group references $0 / $1 / ${name} are applied', () => {
    expect(replaceInText('24-11-2026', compileRe2('(\\d+)-(\\d+)-(\\d+)'), '$3/$2/$1 ($0)')).toBe(
      '2026/11/24 (24-11-2026)',
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Java named-group syntax, not a template
    expect(replaceInText('NIP 1985', compileRe2('(?P<n>\\d+)'), '#${n}')).toBe('NIP #1985');
    // Java reads the longest group number that exists: $10 with one group is $1 then '0'
    expect(replaceInText('ab', compileRe2('(a)'), '$10')).toBe('a0b');
    expect(() => expandReplacement('\\', null, 0)).toThrow('character to be escaped is missing');
  });

  test('RE2 has no lookaround and no backreferences; (?i) is supported', () => {
    expect(() => compileRe2('a(?=b)')).toThrow(/lookaround/);
    expect(() => compileRe2('(a)\\1')).toThrow(/backreferences/);
    expect(replaceInText('NAMA nama', compileRe2('(?i)nama'), 'x')).toBe('x x');
  });

  test('replaceText reaches table cells and costs 80 ms', () => {
    const { app, rt } = setup();
    const body = app.create('t').getBody();
    body.appendTable([
      ['Nama', '{{Nama}}'],
      ['NIP', '{{NIP}}'],
    ]);
    const before = rt.now;
    body.replaceText('\\{\\{NIP\\}\\}', '198501012010011001');
    expect(rt.now - before).toBe(COST_MODEL.docReplaceText);
    expect(body.getTables()[0].getCell(1, 1).getText()).toBe('198501012010011001');
    expect(rt.counts.get('DocumentApp.Body.replaceText')).toBe(1);
  });
});

describe('documents and saveAndClose', () => {
  test('create makes a Google Docs file in My Drive, costs 600 ms and one "documents created"', () => {
    const { app, drive, rt } = setup();
    const before = rt.now;
    const doc = app.create('Templat Sertifikat');
    expect(rt.now - before).toBe(COST_MODEL.docOpenOrCreate);
    const f = drive._get(doc.getId())!;
    expect(f.mimeType).toBe(DOC_MIME);
    expect(f.parents).toEqual([drive.rootId]);
    expect(f.createdByApp).toBe(true);
    expect(doc.getId()).toHaveLength(44);
    expect(rt.used.documentsCreated).toBe(1);
    expect(doc.getBody().getNumChildren()).toBe(1); // a new document holds one empty paragraph
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
  });

  test('changes reach Drive (and the PDF) only after saveAndClose; a closed handle throws', () => {
    const { app, drive } = setup();
    const doc = app.create('Draf');
    const id = doc.getId();
    doc.getBody().setText('Isi baru');
    const unsaved = doc.getAs('application/pdf');
    expect(drive._get(id)!.doc!.body.children).toHaveLength(1);
    expect((drive._get(id)!.doc!.body.children[0] as { text: string }).text).toBe('');
    const t1 = pdfText(unsaved._bytes());
    if (t1 !== null) expect(t1).not.toContain('Isi baru');
    doc.saveAndClose();
    expect(() => doc.getBody()).toThrow(DOC_CLOSED);
    expect(() => doc.getAs('application/pdf')).toThrow(DOC_CLOSED);
    const again = app.openById(id);
    expect(again.getBody().getText()).toBe('Isi baru');
    const t2 = pdfText(again.getAs('application/pdf')._bytes());
    if (t2 !== null) expect(t2).toContain('Isi baru');
  });

  test('an unsaved handle is saved at the end of the execution (Google auto-saves)', () => {
    const { app, drive } = setup();
    const doc = app.create('Auto');
    const id = doc.getId();
    doc.getBody().appendParagraph('tersimpan');
    expect(app._openCount()).toBe(1);
    app._endExecution();
    expect(app._openCount()).toBe(0);
    expect(drive._get(id)!.doc!.body.children.map((b) => (b as { text: string }).text)).toEqual([
      '',
      'tersimpan',
    ]);
  });

  test('openById sees only documents visible under drive.file', () => {
    const { app, drive } = setup();
    const ext = drive._createExternalFile({ name: 'Template milik orang lain', mimeType: DOC_MIME });
    expect(() => app.openById(ext.id)).toThrow(DOC_MISSING);
    drive._grantAccess(ext.id);
    expect(app.openById(ext.id).getName()).toBe('Template milik orang lain');
    expect(app.openByUrl(`https://docs.google.com/document/d/${ext.id}/edit`).getId()).toBe(ext.id);
  });

  test('a Drive copy of a Doc duplicates its saved content; the copies are independent', () => {
    const { app, drive, rt } = setup();
    const tpl = app.create('Templat');
    const tplId = tpl.getId();
    tpl.getBody().setText('Kepada {{Nama}}');
    tpl.saveAndClose();
    const copy = drive.api.Files.copy({ name: 'Sertifikat Budi' }, tplId) as { id: string };
    expect(rt.used.documentsCreated).toBe(2); // stricter: Drive copies of Docs count too
    const d = app.openById(copy.id);
    d.getBody().replaceText('\\{\\{Nama\\}\\}', 'Budi');
    d.saveAndClose();
    expect(app.openById(copy.id).getBody().getText()).toBe('Kepada Budi');
    expect(app.openById(tplId).getBody().getText()).toBe('Kepada {{Nama}}');
  });

  test('structure: tables keep a paragraph after them, the last paragraph cannot be removed', () => {
    const { app } = setup();
    const body = app.create('s').getBody();
    body.clear();
    const t = body.appendTable([['a', 'b']]);
    expect(body.getNumChildren()).toBe(3);
    expect(t.getNumRows()).toBe(1);
    expect(t.getRow(0).getCell(1).getText()).toBe('b');
    t.getRow(0).getCell(1).setText('B');
    expect(t.getCell(0, 1).getText()).toBe('B');
    expect(() => body.appendTable([['a'], ['b', 'c']])).toThrow('Invalid argument: cells');
    expect(() => body.getChild(9)).toThrow(
      'Child index (9) must be less than the number of child elements (3).',
    );
    const last = body.getChild(2) as ReturnType<typeof body.appendParagraph>;
    body.removeChild(body.getChild(0) as ReturnType<typeof body.appendParagraph>);
    expect(() => body.removeChild(last)).toThrow("Can't remove the last paragraph in a document section.");
  });

  test('getText: a table joins all its cells with newlines (rows too), a row its cells; the body adds its paragraphs', () => {
    const { app } = setup();
    const body = app.create('t').getBody();
    body.appendParagraph('Awal');
    const t = body.appendTable([
      ['R1C1', 'R1C2'],
      ['R2C1', 'R2C2'],
    ]);
    body.appendParagraph('Akhir');
    expect(t.getText()).toBe('R1C1\nR1C2\nR2C1\nR2C2');
    expect(t.getRow(0).getText()).toBe('R1C1\nR1C2');
    expect(t.getCell(0, 1).getText()).toBe('R1C2');
    t.getCell(1, 0).appendParagraph('baris dua');
    expect(t.getRow(1).getText()).toBe('R2C1\nbaris dua\nR2C2');
    // '' (the new document's paragraph), Awal, the table, the empty paragraph after it, Akhir
    expect(body.getText()).toBe('\nAwal\nR1C1\nR1C2\nR2C1\nbaris dua\nR2C2\n\nAkhir');
    expect(body.appendTable().getText()).toBe('');
  });

  test('styles: headings, alignment and attributes use Google enums', () => {
    const { app } = setup();
    const body = app.create('s').getBody();
    const p = body.appendParagraph('SERTIFIKAT');
    p.setHeading(ParagraphHeading.TITLE).setAlignment(HorizontalAlignment.CENTER);
    expect(p.getHeading()).toBe(ParagraphHeading.TITLE);
    expect(p.getAlignment()).toBe(HorizontalAlignment.CENTER);
    const style: Record<string, unknown> = {};
    style[String(app.Attribute.BOLD)] = true;
    style[String(app.Attribute.FONT_SIZE)] = 28;
    p.setAttributes(style);
    expect(p.editAsText().isBold()).toBe(true);
    expect(p.editAsText().getFontSize()).toBe(28);
    p.editAsText().setFontSize(0, 3, 30).setForegroundColor('#1a237e');
    expect(p.getAttributes().FONT_SIZE).toBe(30);
    expect(() => p.editAsText().setBold(5, 40, true)).toThrow(/Invalid text range/);
    expect((p as unknown as { setFontSize?: unknown }).setFontSize).toBeUndefined(); // not on Google's Paragraph
  });
});

describe('PDF export', () => {
  test('getAs gives a real A4-landscape PDF named <name>.pdf whose text reads back', async () => {
    const { app, rt } = setup();
    const doc = app.create('Sertifikat – Siti Nur’aini');
    const id = doc.getId();
    const body = doc.getBody();
    body.setPageWidth(841.89).setPageHeight(595.28).setMarginTop(36).setMarginBottom(36);
    body.clear();
    body
      .appendParagraph('SERTIFIKAT')
      .setHeading(ParagraphHeading.TITLE)
      .setAlignment(HorizontalAlignment.CENTER);
    body.appendParagraph('Diberikan kepada Siti Nur’aini, S.Kom. — NIP 198501012010011001');
    body.appendParagraph('Pelatihan Dasar, 24–26 November 2026 (30 JP) • Predikat “Sangat Baik”');
    body.appendParagraph('Aneh tapi aman: Łódź ﬁ 😀 中文 İ \u0000');
    body.appendTable([
      ['Nilai Akhir', '92,50'],
      ['Peringkat', '1'],
    ]);
    body.appendImage(new FakeBlob(rt, redPng(40, 20), 'image/png', 'logo.png'));
    body.appendPageBreak();
    body.appendParagraph('Halaman dua');
    body.appendHorizontalRule();
    doc.saveAndClose();
    const before = rt.now;
    const blob = app.openById(id).getAs('application/pdf');
    expect(rt.now - before).toBe(COST_MODEL.docOpenOrCreate + COST_MODEL.docGetAsPdf);
    expect(rt.used.filesConverted).toBe(1);
    expect(blob.getName()).toBe('Sertifikat – Siti Nur’aini.pdf');
    expect(blob.getContentType()).toBe('application/pdf');
    const bytes = blob._bytes();
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(2);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo(841.89, 2);
    expect(height).toBeCloseTo(595.28, 2);
    expect(pdf.getTitle()).toBe('Sertifikat – Siti Nur’aini');
    const text = pdfText(bytes);
    if (text !== null) {
      expect(text).toContain('SERTIFIKAT');
      expect(text).toContain('NIP 198501012010011001');
      expect(text).toContain('24–26 November 2026');
      expect(text).toContain('“Sangat Baik”');
      expect(text).toContain('Nilai Akhir');
      expect(text).toContain('92,50');
      expect(text).toContain('Halaman dua');
      expect(text).toContain('Lódz fi ? ?? I'); // outside WinAnsi: decomposed when possible, else '?'
    }
  });

  test('rendering is deterministic and never fails on odd input', () => {
    const m = newDocModel();
    const long = newParagraph(`${'x'.repeat(5000)} ${'kata '.repeat(3000)}`);
    m.body.children.push(long, newParagraph('\u{1F600}\u200b\u0301\ud800 tab\there'));
    const a = renderPdf(m, { title: 't', date: START });
    const b = renderPdf(m, { title: 't', date: START });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const charset = new Set(Array.from({ length: 95 }, (_, i) => i + 32));
    expect(toWinAnsi('a\tb\u{1F600}é', charset)).toBe('a b?e');
  });

  test('only PDF conversion exists; the files-converted quota is enforced and resets the next day', () => {
    const { app, rt } = setup({ filesConverted: 2 });
    const doc = app.create('q');
    expect(() => doc.getAs('image/png')).toThrow('is not supported');
    doc.getAs('application/pdf');
    doc.getBlob();
    expect(() => doc.getAs('application/pdf')).toThrow(QUOTA_MESSAGES.filesConverted);
    rt.advanceToNextDay();
    expect(doc.getAs('application/pdf').getName()).toBe('q.pdf');
  });
});

describe('quotas and faults', () => {
  test('documents created: the daily quota stops creation and resets on the next simulated day', () => {
    const { app, rt, drive } = setup({ documentsCreated: 2 });
    app.create('a');
    app.create('b');
    expect(() => app.create('c')).toThrow(QUOTA_MESSAGES.documentsCreated);
    expect(drive._files().map((f) => f.name)).toEqual(['a', 'b']);
    rt.advanceToNextDay();
    expect(app.create('c').getName()).toBe('c');
    expect(rt.used.documentsCreated).toBe(1);
  });

  test('a fault after the call leaves the document created although the caller got an error', () => {
    const { app, rt, drive } = setup();
    rt.injectFault({ method: 'DocumentApp.create', atCall: 1, kind: 'error', after: true });
    expect(() => app.create('Yatim')).toThrow(/server error/);
    const orphan = drive._files().filter((f) => f.name === 'Yatim');
    expect(orphan).toHaveLength(1);
    expect(rt.used.documentsCreated).toBe(1);
  });

  test('a fault before the call leaves nothing behind', () => {
    const { app, rt, drive } = setup();
    rt.injectFault({ method: 'DocumentApp.create', atCall: 1, kind: 'error' });
    expect(() => app.create('Tidak ada')).toThrow();
    expect(drive._files()).toHaveLength(0);
  });
});

describe('structure rules Google enforces (gas-fakes issue 51 and tests run live; Google issue 440465247)', () => {
  const texts = (c: { getNumChildren(): number; getChild(i: number): { getText(): string } }) =>
    Array.from({ length: c.getNumChildren() }, (_, i) => c.getChild(i).getText());

  test('the last paragraph of a body cannot be removed, whatever precedes it', () => {
    const { app } = setup();
    const body = app.create('s').getBody();
    body.appendParagraph('a');
    const b = body.appendParagraph('b');
    expect(() => b.removeFromParent()).toThrow(LAST_PARAGRAPH);
    expect(() => body.removeChild(b)).toThrow(LAST_PARAGRAPH);
    expect(texts(body)).toEqual(['', 'a', 'b']);
    // the other paragraphs go; the last stays
    body.removeChild(body.getChild(0) as ParagraphEl);
    (body.getChild(0) as ParagraphEl).removeFromParent();
    expect(texts(body)).toEqual(['b']);
    expect(() => b.removeFromParent()).toThrow(LAST_PARAGRAPH);
    // the usual way out: put the replacement AFTER it, then remove it
    body.insertParagraph(1, b.copy().setText('b2'));
    b.removeFromParent();
    expect(texts(body)).toEqual(['b2']);
  });

  test('a table does not help: the paragraph after a table is the last one and stays; the table may go', () => {
    const { app } = setup();
    const body = app.create('s').getBody();
    const t = body.appendTable([['x']]);
    expect(body.getNumChildren()).toBe(3); // '', table, the paragraph Docs keeps after a table
    const last = body.getChild(2) as ParagraphEl;
    expect(() => last.removeFromParent()).toThrow(LAST_PARAGRAPH);
    (body.getChild(0) as ParagraphEl).removeFromParent(); // not the last: fine
    expect(() => body.removeChild(last)).toThrow(LAST_PARAGRAPH);
    t.removeFromParent();
    expect(texts(body)).toEqual(['']);
  });

  test('header and footer: the last paragraph cannot be removed either', () => {
    const { app } = setup();
    const doc = app.create('s');
    const header = doc.addHeader();
    const h = header.appendParagraph('{{Nomor}}');
    expect(() => h.removeFromParent()).toThrow(LAST_PARAGRAPH);
    expect(() => header.removeChild(h)).toThrow(LAST_PARAGRAPH);
    header.removeChild(header.getChild(0) as ParagraphEl);
    expect(texts(header)).toEqual(['{{Nomor}}']);
    const footer = doc.addFooter();
    expect(() => (footer.getChild(0) as ParagraphEl).removeFromParent()).toThrow(LAST_PARAGRAPH);
  });

  test('stricter: a table cell cannot lose its last paragraph; a cell paragraph has the cell as parent', () => {
    const { app } = setup();
    const body = app.create('s').getBody();
    const t = body.appendTable([['{{Nama}}', 'NIP']]);
    const cell = t.getCell(0, 0);
    const only = cell.getChild(0) as ParagraphEl;
    expect(() => only.removeFromParent()).toThrow(LAST_PARAGRAPH);
    expect(() => cell.removeChild(only)).toThrow(LAST_PARAGRAPH);
    const inCell = body.getParagraphs().find((p) => p.getText() === '{{Nama}}')!;
    expect(String((inCell.getParent() as { getType(): unknown }).getType())).toBe('TABLE_CELL');
    expect(() => inCell.removeFromParent()).toThrow(LAST_PARAGRAPH);
    // insert after, then remove: the cell keeps a paragraph
    const parent = inCell.getParent() as typeof cell;
    parent.insertParagraph(
      parent.getChildIndex(inCell) + 1,
      inCell.copy().replaceText('\\{\\{Nama\\}\\}', 'Budi'),
    );
    inCell.removeFromParent();
    expect(t.getCell(0, 0).getText()).toBe('Budi');
    expect(t.getText()).toBe('Budi\nNIP');
  });

  test('inserting an element still in a document throws "Element must be detached."; a copy() may be inserted', () => {
    const { app } = setup();
    const doc = app.create('s');
    const body = doc.getBody();
    const p = body.appendParagraph('Nama: {{Nama}}');
    expect(() => body.appendParagraph(p)).toThrow(MUST_BE_DETACHED);
    expect(() => body.insertParagraph(0, p)).toThrow(MUST_BE_DETACHED);
    expect(() => body.insertParagraph(0, body.getChild(0) as ParagraphEl)).toThrow(MUST_BE_DETACHED);
    const header = doc.addHeader();
    const footer = doc.addFooter();
    expect(() => header.appendParagraph(p)).toThrow(MUST_BE_DETACHED);
    expect(() => footer.insertParagraph(0, p)).toThrow(MUST_BE_DETACHED);
    const t = body.appendTable([['a']]);
    const cell = t.getCell(0, 0);
    expect(() => cell.appendParagraph(p)).toThrow(MUST_BE_DETACHED);
    expect(() => cell.insertParagraph(0, cell.getChild(0) as ParagraphEl)).toThrow(MUST_BE_DETACHED);
    expect(() => body.insertTable(0, t)).toThrow(MUST_BE_DETACHED);
    expect(() => body.appendTable(t)).toThrow(MUST_BE_DETACHED);
    expect(texts(body)).toEqual(['', 'Nama: {{Nama}}', 'a', '']); // nothing was inserted
    // an attached paragraph of another open document is attached too
    const other = app.create('lain').getBody().appendParagraph('lain');
    expect(() => body.appendParagraph(other)).toThrow(MUST_BE_DETACHED);

    const c = p.copy();
    expect(c.getParent()).toBeNull();
    body.insertParagraph(0, c);
    header.appendParagraph(p.copy());
    cell.insertParagraph(0, p.copy());
    body.insertTable(0, t.copy());
    expect(texts(body).slice(0, 2)).toEqual(['Nama: {{Nama}}\na', 'Nama: {{Nama}}']); // the table copy, the copy
    expect(header.getText()).toBe('\nNama: {{Nama}}');
    expect(t.getCell(0, 0).getText()).toBe('Nama: {{Nama}}\na');
    // a copy is independent of what was inserted from it
    c.setText('diubah');
    expect(texts(body)[1]).toBe('Nama: {{Nama}}');
    // a removed paragraph is detached and may be inserted again
    p.removeFromParent();
    expect(p.getParent()).toBeNull();
    body.insertParagraph(0, p);
    expect(texts(body)[0]).toBe('Nama: {{Nama}}');
  });

  test('an attached inline image cannot be appended again; its blob can. Wrong element kinds and indexes throw', () => {
    const { app, rt } = setup();
    const body = app.create('s').getBody();
    const img = body.appendImage(new FakeBlob(rt, redPng(4, 2), 'image/png', 'logo.png'));
    expect(() => body.appendImage(img)).toThrow(MUST_BE_DETACHED);
    const p = body.appendParagraph('x');
    expect(() => p.appendInlineImage(img)).toThrow(MUST_BE_DETACHED);
    expect(p.appendInlineImage(img.getBlob()).getWidth()).toBe(4);
    expect(() => body.insertParagraph(1, body as never)).toThrow(
      /The parameters .* don't match the method signature/,
    );
    expect(() => body.appendParagraph(body.appendTable([['t']]) as never)).toThrow(
      /don't match the method signature/,
    );
    expect(() => body.insertParagraph(99, p.copy())).toThrow(
      'must be less than or equal to the number of child elements',
    );
  });
});

describe('a table framing the page (certificate designs, issue 12 item 4)', () => {
  /** Every text line with its box, by poppler (-bbox-layout): y from the top of the page. */
  function lines(bytes: Uint8Array): Array<{ text: string; xMin: number; yMin: number }> {
    const out = spawnSync('pdftotext', ['-bbox-layout', '-', '-'], {
      input: Buffer.from(bytes),
    }).stdout.toString();
    return [...out.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      text: [...m[3].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
    }));
  }

  test('cell padding: set per side and read back; an unset side reads the default; a negative one throws', () => {
    const { app } = setup();
    const cell = app
      .create('x')
      .getBody()
      .appendTable([['a']])
      .getCell(0, 0);
    expect(cell.getPaddingTop()).toBe(5);
    cell.setPaddingTop(20).setPaddingLeft(40);
    expect([cell.getPaddingTop(), cell.getPaddingLeft(), cell.getPaddingRight()]).toEqual([20, 40, 5]);
    expect(() => cell.setPaddingBottom(-1)).toThrow();
  });

  test("a cell's width is its column's when set, null when Docs shares the width", () => {
    const { app } = setup();
    const table = app
      .create('x')
      .getBody()
      .appendTable([['a', 'b']]);
    expect(table.getCell(0, 1).getWidth()).toBeNull();
    table.setColumnWidth(1, 200);
    expect(table.getCell(0, 1).getWidth()).toBe(200);
    expect(table.getCell(0, 0).getWidth()).toBeNull();
  });

  test('the PDF draws the border and lays out a cell with its padding, indents, spacing and images', () => {
    if (!HAVE_PDFTOTEXT) return;
    const { app, rt } = setup();
    const doc = app.create('Bingkai');
    const id = doc.getId();
    const body = doc.getBody();
    body.setPageWidth(841.89).setPageHeight(595.28);
    body.setMarginLeft(28).setMarginRight(28).setMarginTop(28).setMarginBottom(28);
    const table = body.appendTable([['JUDUL']]);
    table.setBorderWidth(4).setBorderColor('#9a7b2f').setColumnWidth(0, 786);
    const cell = table.getCell(0, 0);
    cell.setPaddingLeft(40).setPaddingTop(30);
    const signer = cell.appendParagraph('Penandatangan').setIndentStart(400).setSpacingBefore(50);
    signer.setAlignment(HorizontalAlignment.LEFT);
    cell.appendParagraph('').appendInlineImage(new FakeBlob(rt, redPng(40, 20), 'image/png', 'ttd.png'));
    doc.saveAndClose();
    const bytes = app.openById(id).getAs('application/pdf')._bytes();
    const found = lines(bytes);
    const title = found.find((l) => l.text === 'JUDUL')!;
    const who = found.find((l) => l.text === 'Penandatangan')!;
    expect(title.xMin).toBeGreaterThanOrEqual(28 + 40 - 0.5); // the page margin and the cell's left padding
    expect(title.yMin).toBeGreaterThanOrEqual(28 + 30 - 1); // and its top padding
    expect(who.xMin).toBeGreaterThanOrEqual(28 + 40 + 400 - 0.5); // the indent inside the cell
    expect(who.yMin - title.yMin).toBeGreaterThan(50); // the spacing before it
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/Subtype\s*\/Image/); // the image inside the cell is embedded
  });

  test('Text.getFontSize(offset) reads the size at a character; setFontSize(size) sets the whole text', () => {
    const { app } = setup();
    const p = app.create('x').getBody().appendParagraph('Kepada {{Nama}}');
    p.editAsText().setFontSize(26);
    expect(p.editAsText().getFontSize(7)).toBe(26);
    p.editAsText().setFontSize(16);
    expect(p.editAsText().getFontSize(0)).toBe(16);
  });
});
