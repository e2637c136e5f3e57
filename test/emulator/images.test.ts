// The emulated calls the uploaded certificate images go through (issue 12 item 4): an image stored with
// Drive.Files.create from a Utilities.newBlob of its bytes, read back with UrlFetchApp (Drive alt=media), put into a
// document with Paragraph.appendInlineImage and sized with InlineImage.setHeight/setWidth, embedded by the PDF export.

import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { FOLDER_MIME } from '../../emulator/drive';
import { createEnvironment } from '../../emulator/environment';
import { logoJpeg, solidPng } from '../fixtures/images';

type F = { id: string; mimeType: string };
// biome-ignore lint/suspicious/noExplicitAny: the emulated globals are untyped here
type Any = any;

function setup() {
  const env = createEnvironment({});
  const g = env.globals as Any;
  const Files = env.drive.api.Files;
  const folder = Files.create({ name: 'Sertifikat', mimeType: FOLDER_MIME }) as F;
  /** As src/gas/drive.ts createFileFromBytes: signed bytes, newBlob, files.create with the blob. */
  const store = (bytes: Buffer, mimeType: string, name: string): F => {
    const signed = Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
    const blob = g.Utilities.newBlob(signed, mimeType, name);
    return Files.create({ name, mimeType, parents: [folder.id] }, blob, { fields: 'id,mimeType' }) as F;
  };
  const download = (id: string) =>
    g.UrlFetchApp.fetch(`https://www.googleapis.com/drive/v3/files/${id}?alt=media`, {
      headers: { Authorization: `Bearer ${g.ScriptApp.getOAuthToken()}` },
      muteHttpExceptions: true,
    });
  return { env, g, store, download };
}

async function imagesOf(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const out: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
      out.push(`${obj.dict.get(PDFName.of('Width'))}x${obj.dict.get(PDFName.of('Height'))}`);
  }
  return out.sort();
}

describe('an uploaded image: stored, read back, placed in a document, exported', () => {
  test('files.create with a newBlob of signed bytes stores the bytes exactly, typed as given', () => {
    const { store, download } = setup();
    const png = solidPng(30, 10);
    const f = store(png, 'image/png', 'ttd.png');
    expect(f.mimeType).toBe('image/png');
    const res = download(f.id);
    expect(res.getResponseCode()).toBe(200);
    const blob = res.getBlob();
    expect(blob.getContentType()).toBe('image/png');
    expect(Buffer.from(blob.getBytes().map((b: number) => b & 255)).equals(png)).toBe(true);
  });

  test('the read-back blobs go into paragraphs as inline images at the size set, and the PDF embeds both', async () => {
    const { g, store, download } = setup();
    const logo = download(store(logoJpeg(), 'image/jpeg', 'logo.jpg').id).getBlob();
    const sign = download(store(solidPng(300, 100), 'image/png', 'ttd.png').id).getBlob();
    const doc = g.DocumentApp.create('Template');
    const body = doc.getBody();
    const first = body.getChild(0);
    const a = first.appendInlineImage(logo).setHeight(60).setWidth(120);
    expect([a.getWidth(), a.getHeight()]).toEqual([120, 60]);
    // in a table cell's paragraph too (the framed designs)
    const cell = body.appendTable([['']]).getCell(0, 0);
    const b = cell.appendParagraph('').appendInlineImage(sign).setHeight(55).setWidth(165);
    expect([b.getWidth(), b.getHeight()]).toEqual([165, 55]);
    expect(body.getImages()).toHaveLength(2);
    const id = doc.getId();
    doc.saveAndClose();
    const pdf = g.DocumentApp.openById(id).getAs('application/pdf');
    const bytes = Uint8Array.from(pdf.getBytes(), (x: number) => x & 255);
    expect(await imagesOf(bytes)).toEqual(['240x120', '300x100']);
  });

  test('a blob that is no image is refused by appendInlineImage', () => {
    const { g } = setup();
    const doc = g.DocumentApp.create('T');
    const p = doc.getBody().getChild(0);
    expect(() => p.appendInlineImage(g.Utilities.newBlob('not an image', 'image/png', 'x.png'))).toThrow(
      'Invalid image data.',
    );
  });
});

describe('the PDF places an image where its paragraph is', () => {
  /** Each drawn image's box in the page's content stream: `w 0 0 h x y cm /Name Do`. */
  async function placements(pdf: Uint8Array): Promise<number[][]> {
    const doc = await PDFDocument.load(pdf);
    const { inflateSync } = await import('node:zlib');
    const out: number[][] = [];
    const page = doc.getPage(0);
    const contents = page.node.Contents();
    const streams = contents ? ('asArray' in contents ? contents.asArray() : [contents]) : [];
    for (const ref of streams) {
      const s = doc.context.lookup(ref as never) as PDFRawStream;
      const raw = Buffer.from(s.contents);
      const text = (s.dict.get(PDFName.of('Filter')) ? inflateSync(raw) : raw).toString('latin1');
      // pdf-lib's drawImage: q, a translation to (x, y), a scale to (w, h) among unit matrices, the image, Q
      for (const block of text.matchAll(
        /q\s+((?:[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ cm\s+)+)\/\S+ Do/g,
      )) {
        const ms = [
          ...block[1].matchAll(/([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) cm/g),
        ].map((m) => m.slice(1, 7).map(Number));
        const move = ms.find((m) => m[4] !== 0 || m[5] !== 0) ?? [1, 0, 0, 1, 0, 0];
        const scale = ms.find((m) => m[0] !== 1 || m[3] !== 1) ?? [1, 0, 0, 1, 0, 0];
        out.push([scale[0], scale[3], move[4], move[5]]);
      }
    }
    return out;
  }

  test('pixels are drawn at ¾ point each; a body paragraph’s start indent moves its image', async () => {
    const { g, store, download } = setup();
    const sign = download(store(solidPng(300, 100), 'image/png', 'ttd.png').id).getBlob();
    const doc = g.DocumentApp.create('T');
    const body = doc.getBody();
    body.setMarginLeft(50).setMarginRight(50);
    const p = body.getChild(0);
    p.setIndentStart(300).setAlignment(g.DocumentApp.HorizontalAlignment.CENTER);
    p.appendInlineImage(sign).setWidth(160).setHeight(80);
    const id = doc.getId();
    const pageWidth = body.getPageWidth();
    doc.saveAndClose();
    const pdf = Uint8Array.from(
      g.DocumentApp.openById(id).getAs('application/pdf').getBytes(),
      (x: number) => x & 255,
    );
    const [[w, h, x]] = await placements(pdf);
    expect([w, h]).toEqual([120, 60]);
    // centred in the box from margin + indent to the right margin
    expect(x).toBeCloseTo(50 + 300 + (pageWidth - 100 - 300 - 120) / 2, 0);
  });

  test('inline images lie side by side on their line, feet level, and wrap when the line is full', async () => {
    const { g, store, download } = setup();
    const a = download(store(solidPng(40, 40), 'image/png', 'a.png').id).getBlob();
    const b = download(store(solidPng(20, 20), 'image/png', 'b.png').id).getBlob();
    const doc = g.DocumentApp.create('T');
    const body = doc.getBody();
    body.setMarginLeft(50).setMarginRight(50);
    const box = body.getPageWidth() - 100;
    const p = body.getChild(0);
    p.appendInlineImage(a).setWidth(80).setHeight(80); // 60 pt
    p.appendInlineImage(b).setWidth(40).setHeight(40); // 30 pt, beside the first
    // 60 + 30 + this is wider than the box: the next line
    p.appendInlineImage(b)
      .setWidth(Math.round((box - 60) / 0.75))
      .setHeight(40);
    const id = doc.getId();
    doc.saveAndClose();
    const pdf = Uint8Array.from(
      g.DocumentApp.openById(id).getAs('application/pdf').getBytes(),
      (x: number) => x & 255,
    );
    const [first, second, third] = await placements(pdf);
    expect(first.slice(0, 3)).toEqual([60, 60, 50]);
    // beside the first, its foot on the same line as the first's
    expect(second.slice(0, 3)).toEqual([30, 30, 110]);
    expect(second[3]).toBeCloseTo(first[3], 5);
    // the line is full: the third starts the next line, below the first
    expect(third[2]).toBe(50);
    expect(third[3]).toBeCloseTo(first[3] - 30, 5);
  });

  test('insertInlineImage(0) puts an image first on the line; an index past the end or before text throws', async () => {
    const { g, store, download } = setup();
    const a = download(store(solidPng(40, 40), 'image/png', 'a.png').id).getBlob();
    const doc = g.DocumentApp.create('T');
    const p = doc.getBody().getChild(0);
    p.appendInlineImage(a).setWidth(40).setHeight(40);
    p.insertInlineImage(0, a).setWidth(80).setHeight(80);
    expect(p.getChild(0).getWidth()).toBe(80);
    expect(p.getChild(1).getWidth()).toBe(40);
    expect(() => p.insertInlineImage(3, a)).toThrow(
      'Child index (3) must be less than or equal to the number of child elements (2).',
    );
    p.appendText('Kode');
    expect(() => p.insertInlineImage(0, a)).toThrow(/not modelled/);
    const id = doc.getId();
    doc.saveAndClose();
    const pdf = Uint8Array.from(
      g.DocumentApp.openById(id).getAs('application/pdf').getBytes(),
      (x: number) => x & 255,
    );
    const [first, second] = await placements(pdf);
    expect(first[0]).toBe(60);
    expect(second[2]).toBeCloseTo(first[2] + 60, 5);
  });
});
