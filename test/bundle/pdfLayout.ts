// Reading a rendered certificate back: its lines with their boxes (poppler's pdftotext -bbox-layout) and the text
// runs of its content streams with their font sizes (pdf-lib, inflated), so tests assert where text lies.

import { spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFRawStream, type PDFRef } from 'pdf-lib';

export const HAVE_POPPLER = spawnSync('pdftotext', ['-v']).status === 0;

export interface PdfLine {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PdfLayout {
  pages: Array<{ width: number; height: number }>;
  lines: PdfLine[];
}

const num = (tag: string, attr: string) =>
  Number(new RegExp(`${attr}="([\\d.]+)"`).exec(tag)?.[1] ?? Number.NaN);
const unentity = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Every line of every page with its box (points, y from the top), as poppler reads the PDF. */
export function pdfLayout(bytes: Uint8Array): PdfLayout {
  const out = spawnSync('pdftotext', ['-bbox-layout', '-', '-'], {
    input: Buffer.from(bytes),
  }).stdout.toString();
  const pages: PdfLayout['pages'] = [];
  const lines: PdfLine[] = [];
  for (const [i, page] of out
    .split(/<page /)
    .slice(1)
    .entries()) {
    const head = page.slice(0, page.indexOf('>'));
    pages.push({ width: num(head, 'width'), height: num(head, 'height') });
    for (const m of page.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...m[2].matchAll(/<word [^>]*>([\s\S]*?)<\/word>/g)].map((w) => unentity(w[1]));
      lines.push({
        page: i + 1,
        text: words.join(' '),
        xMin: num(m[1], 'xMin'),
        xMax: num(m[1], 'xMax'),
        yMin: num(m[1], 'yMin'),
        yMax: num(m[1], 'yMax'),
      });
    }
  }
  return { pages, lines };
}

/** The text runs (Tj) of each page with the font size set for them (Tf). */
export async function pdfRuns(
  bytes: Uint8Array,
): Promise<Array<{ page: number; text: string; size: number }>> {
  const doc = await PDFDocument.load(bytes);
  const runs: Array<{ page: number; text: string; size: number }> = [];
  doc.getPages().forEach((page, i) => {
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((r) => doc.context.lookup(r as PDFRef))
        : [contents as unknown];
    for (const s of streams) {
      if (!(s instanceof PDFRawStream)) continue;
      const raw = Buffer.from(s.contents);
      let text: string;
      try {
        text = inflateSync(raw).toString('latin1');
      } catch {
        text = raw.toString('latin1');
      }
      let size = 0;
      for (const m of text.matchAll(/\/\S+ ([\d.]+) Tf|<([0-9A-Fa-f]*)> Tj|\(((?:\\.|[^\\)])*)\) Tj/g)) {
        if (m[1]) size = Number(m[1]);
        else if (m[2] !== undefined)
          runs.push({ page: i + 1, text: Buffer.from(m[2], 'hex').toString('latin1'), size });
        else runs.push({ page: i + 1, text: m[3].replace(/\\(.)/g, '$1'), size });
      }
    }
  });
  return runs;
}
