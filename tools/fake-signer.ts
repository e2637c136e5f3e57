// A stand-in for BSrE's bulk signing tool (issue 13 item 4), for tests and demos: for each PDF it finds the tag
// character (poppler's pdftotext -bbox) and appends an incremental update (PDF 32000-1 §7.5.6): a signature
// dictionary (/Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange /Contents /M), a
// signature widget at the tag, the page and the catalog (with /AcroForm) rewritten as new revisions, and a new xref
// section whose trailer's /Prev points at the original's. The original bytes stay a prefix of the signed file. The
// /Contents is not a real CMS signature (no key is held here): a SHA-256 of the signed ranges, zero-padded.
//
//   npx tsx tools/fake-signer.ts [--tag '#'] [--time 2026-12-03T10:15:00+07:00] OUT_DIR FILE.pdf...

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PDFArray, type PDFDict, PDFDocument, PDFName, type PDFRef } from 'pdf-lib';

export interface TagPlace {
  /** 0-based page index. */
  page: number;
  /** The tag's box in PDF user space (points, y from the bottom). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where the tag is (its first occurrence as a word of its own), as pdftotext -bbox reads it; null when absent. */
export function findTag(pdf: Uint8Array, tag: string): TagPlace | null {
  const out = spawnSync('pdftotext', ['-bbox', '-', '-'], { input: Buffer.from(pdf) }).stdout.toString();
  const esc = tag.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const pages = out.split(/<page /).slice(1);
  for (const [i, page] of pages.entries()) {
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 0);
    for (const m of page.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)) {
      if (m[2] !== esc) continue;
      const n = (a: string) => Number(new RegExp(`${a}="([\\d.]+)"`).exec(m[1])?.[1] ?? 0);
      return { page: i, x1: n('xMin'), y1: height - n('yMax'), x2: n('xMax'), y2: height - n('yMin') };
    }
  }
  return null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A PDF date in UTC+7 (WIB), as BSrE's tools write them: D:YYYYMMDDHHmmSS+07'00'. */
export function pdfDateWib(at: Date): string {
  const t = new Date(at.getTime() + 7 * 3600_000);
  return `D:${t.getUTCFullYear()}${pad2(t.getUTCMonth() + 1)}${pad2(t.getUTCDate())}${pad2(t.getUTCHours())}${pad2(t.getUTCMinutes())}${pad2(t.getUTCSeconds())}+07'00'`;
}

const CONTENTS_BYTES = 4096;
const enc = (s: string) => Buffer.from(s, 'latin1');

/** The signed PDF: `pdf` unchanged, followed by one incremental update carrying a signature at the tag. */
export async function fakeSign(
  pdf: Uint8Array,
  opts: { tag?: string; at?: Date; signer?: string } = {},
): Promise<Uint8Array> {
  const tag = opts.tag ?? '#';
  const place = findTag(pdf, tag);
  if (!place) throw new Error(`tag ${tag} not found`);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const ctx = doc.context;
  const original = Buffer.from(pdf);
  const prevXref = Number(
    /startxref\s+(\d+)\s+%%EOF\s*$/.exec(original.toString('latin1'))?.[1] ?? Number.NaN,
  );
  if (!Number.isFinite(prevXref)) throw new Error('no startxref');
  const rootRef = ctx.trailerInfo.Root as PDFRef;
  const page = doc.getPage(place.page);
  // the next free object number: past every object the original's trailers count (object and xref streams too)
  const sizes = [...original.toString('latin1').matchAll(/\/Size\s+(\d+)/g)].map((x) => Number(x[1]));
  const size = Math.max(ctx.largestObjectNumber + 1, ...sizes);
  const sigNo = size;
  const widgetNo = size + 1;
  // the page and the catalog as new revisions (same object numbers), with the widget and the form
  const pageDict = page.node.clone(ctx) as PDFDict;
  const annots = pageDict.lookupMaybe(PDFName.of('Annots'), PDFArray);
  const annotsText = `[${annots ? annots.asArray().map(String).join(' ') : ''} ${widgetNo} 0 R]`;
  pageDict.delete(PDFName.of('Annots'));
  const catalog = (ctx.lookup(rootRef) as PDFDict).clone(ctx);
  catalog.delete(PDFName.of('AcroForm'));
  const m = pdfDateWib(opts.at ?? new Date());
  const sig = `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /Name (${opts.signer ?? 'Penandatangan'}) /M (${m}) /ByteRange [0 ########## ########## ##########] /Contents <${'0'.repeat(CONTENTS_BYTES * 2)}> >>`;
  const widget = `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Tanda Tangan 1) /F 132 /Rect [${place.x1.toFixed(2)} ${place.y1.toFixed(2)} ${(place.x1 + 120).toFixed(2)} ${(place.y1 + 50).toFixed(2)}] /V ${sigNo} 0 R /P ${page.ref.objectNumber} 0 R >>`;
  const pageText = `${pageDict.toString().replace(/>>\s*$/, '')} /Annots ${annotsText} >>`;
  const catalogText = `${catalog.toString().replace(/>>\s*$/, '')} /AcroForm << /Fields [${widgetNo} 0 R] /SigFlags 3 >> >>`;
  const objects: Array<[number, string]> = [
    [sigNo, sig],
    [widgetNo, widget],
    [page.ref.objectNumber, pageText],
    [rootRef.objectNumber, catalogText],
  ];
  let body = original.toString('latin1').endsWith('\n') ? '' : '\n';
  const offsets = new Map<number, number>();
  for (const [no, text] of objects) {
    offsets.set(no, original.length + body.length);
    body += `${no} 0 obj\n${text}\nendobj\n`;
  }
  // the new xref section as a cross-reference stream (PDF 32000-1 §7.5.8), uncompressed: it may follow either kind
  const xrefNo = widgetNo + 1;
  const xrefAt = original.length + body.length;
  offsets.set(xrefNo, xrefAt);
  const sorted = [...offsets.keys()].sort((a, b) => a - b);
  const rows = Buffer.alloc(sorted.length * 7);
  sorted.forEach((no, i) => {
    rows.writeUInt8(1, i * 7);
    rows.writeUInt32BE(offsets.get(no) ?? 0, i * 7 + 1);
    rows.writeUInt16BE(0, i * 7 + 5);
  });
  const index = sorted.map((no) => `${no} 1`).join(' ');
  const head = `${xrefNo} 0 obj\n<< /Type /XRef /Size ${xrefNo + 1} /Root ${rootRef.objectNumber} 0 R /Prev ${prevXref} /W [1 4 2] /Index [${index}] /Length ${rows.length} >>\nstream\n`;
  const tail = `\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`;
  const out = Buffer.concat([original, enc(body), enc(head), rows, enc(tail)]);
  // the byte range: everything but the /Contents hex string, then the digest of those bytes in its place
  const text = out.toString('latin1');
  const open = text.indexOf('/Contents <', original.length) + '/Contents '.length;
  const close = text.indexOf('>', open) + 1;
  const range = [0, open, close, out.length - close];
  const rangeAt = text.indexOf('/ByteRange [0 ##########', original.length);
  const rangeText = `/ByteRange [0 ${range
    .slice(1)
    .map((n) => String(n).padStart(10, ' '))
    .join(' ')}]`;
  out.write(rangeText, rangeAt, 'latin1');
  const digest = createHash('sha256').update(out.subarray(0, open)).update(out.subarray(close)).digest('hex');
  out.write(digest, open + 1, 'latin1');
  return new Uint8Array(out);
}

async function main(argv: string[]): Promise<void> {
  let tag = '#';
  let at = new Date();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--tag') tag = argv[++i];
    else if (argv[i] === '--time') at = new Date(argv[++i]);
    else files.push(argv[i]);
  }
  const [outDir, ...inputs] = files;
  if (!outDir || !inputs.length) {
    console.error('usage: tsx tools/fake-signer.ts [--tag #] [--time ISO] OUT_DIR FILE.pdf...');
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  for (const f of inputs) {
    const signed = await fakeSign(new Uint8Array(readFileSync(f)), { tag, at });
    writeFileSync(join(outDir, basename(f)), signed);
    console.log(`${basename(f)}: ${signed.length} bytes`);
  }
}

if (require.main === module) void main(process.argv.slice(2));
