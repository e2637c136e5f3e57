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
