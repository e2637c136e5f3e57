// DocumentApp: the default certificate and charter templates (their wording is src/text/id/certificates.ts),
// reading a template's placeholders, and filling certificates, either in one reused scratch document (PDF mode) or
// in a document per certificate. Reached by features through the docs port (src/gas/port/files.ts).

import type { CertDesign } from '../core/certificateLook';
import { type MaterialList, materialCells } from '../core/certificateMaterials';
import {
  type CertKind,
  escapeRegex,
  escapeReplacement,
  type FoundPlaceholder,
  fillText,
  findBrokenPlaceholders,
  findPlaceholders,
  type MergeValues,
  type PlaceholderName,
  type DocSection as Section,
  type TemplateScan,
} from '../core/certificates';
import { imageInfo, printedSize } from '../core/imageFile';
import { fitName } from '../core/nameFit';
import { clearPng, qrPng } from '../core/png';
import { qrMatrix } from '../core/qr';
import { symbolsOf, TAG_PLACEHOLDER } from '../core/tte';
import { TEMPLATE_WORDS as W } from '../text/id/certificates';
import { MATERIALS_TEXT as MT } from '../text/id/certTemplate';

type Doc = GoogleAppsScript.Document.Document;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Container =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;

/** A4 landscape in points. */
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  after?: number;
  before?: number;
  align?: 'CENTER' | 'LEFT' | 'RIGHT';
  font?: string;
  /** The signer's block: centred in the right part of the page (room for the signature and the stamp). */
  signer?: boolean;
}

const NAVY = '#1f3a68';
const GOLD = '#9a7b2f';
const GREY = '#4a4a4a';

/**
 * The designs of the default templates (setting Desain Sertifikat): a frame is a one-cell table (DocumentApp has
 * no page border; a table's border is exported to PDF as drawn), its border width and colour, the cell's padding
 * and background; the title's font and colours.
 */
interface DesignSpec {
  frame: { width: number; color: string; background: string | null } | null;
  /** Page margins (points); inside a frame the cell's padding adds to them. */
  margin: number;
  padding: { top: number; side: number; bottom: number };
  titleFont: string;
  nameFont: string;
  color: string;
  charterColor: string;
}

const DESIGNS: Record<CertDesign, DesignSpec> = {
  Resmi: {
    frame: { width: 4.5, color: GOLD, background: null },
    margin: 28,
    padding: { top: 28, side: 40, bottom: 16 },
    titleFont: 'Georgia',
    nameFont: 'Georgia',
    color: NAVY,
    charterColor: GOLD,
  },
  Modern: {
    frame: { width: 2, color: NAVY, background: '#f4f7fb' },
    margin: 28,
    padding: { top: 28, side: 40, bottom: 16 },
    titleFont: 'Arial',
    nameFont: 'Arial',
    color: NAVY,
    charterColor: '#b8860b',
  },
  Sederhana: {
    frame: null,
    margin: 52,
    padding: { top: 0, side: 0, bottom: 0 },
    titleFont: 'Georgia',
    nameFont: 'Georgia',
    color: '#000000',
    charterColor: '#000000',
  },
};

/**
 * The default layouts (DESIGN §5.7): title, recipient name large, details, signer block; all placeholders. The room
 * for the signature and the stamp at the right holds the QR at the page's left (issue 13 item 1), the code printed
 * on the last line; an uploaded signature or stamp goes into that room beside the QR (writeDefaultTemplate).
 */
function templateLines(kind: CertKind, d: DesignSpec): Line[] {
  /** The agency, the title, the number and "diberikan kepada": every kind opens so. */
  const opening = (title: Line): Line[] => [
    { text: W.government, size: 13, bold: true, color: GREY, after: 0 },
    { text: W.agency, size: 11, bold: true, color: GREY, after: 24 },
    title,
    { text: W.number, size: 11, color: GREY, after: 14 },
    { text: W.givenTo, size: 12, italic: true, after: 0 },
  ];
  const certificateTitle: Line = {
    text: W.certificateTitle,
    size: 38,
    bold: true,
    color: d.color,
    after: 6,
    font: d.titleFont,
  };
  const name: Line = {
    text: W.name,
    size: 26,
    bold: true,
    color: d.color,
    before: 6,
    after: 4,
    font: d.nameFont,
  };
  const nip: Line = { text: W.nip, size: 11, color: GREY, after: 2 };
  const person: Line[] = [name, nip, { text: W.position, size: 11, color: GREY, after: 18 }];
  const theme: Line = { text: W.theme, size: 15, bold: true, color: d.color, after: 2 };
  const signer: Line[] = [
    { text: W.placeAndDate, size: 11, before: 10, after: 0, signer: true },
    { text: W.signerTitle, size: 11, after: 0, signer: true },
    // the QR at the page's left, as tall as the room left for the signature and the stamp at the right
    QR_LINE,
    TTE_TAG_LINE,
    { text: W.signer, size: 11, bold: true, after: 0, signer: true },
    { text: W.signerNip, size: 10, color: GREY, after: 0, signer: true },
    { text: W.verification, size: 8, color: GREY, align: 'LEFT', after: 0 },
  ];
  if (kind === 'Sertifikat Narasumber') {
    // the speaker's agency instead of a participant's position line; what and how long they taught, no grade
    return [
      ...opening(certificateTitle),
      name,
      nip,
      { text: W.speakerAgency, size: 11, color: GREY, after: 12 },
      { text: W.speakerRole, size: 16, bold: true, color: d.color, after: 4 },
      { text: W.speakerAttended, size: 12, after: 2 },
      theme,
      { text: W.speakerTopic, size: 11, after: 2 },
      { text: W.speakerDetails, size: 11, after: 4 },
      ...signer,
    ];
  }
  if (kind === 'Sertifikat') {
    return [
      ...opening(certificateTitle),
      ...person,
      { text: W.attended, size: 12, after: 2 },
      theme,
      { text: W.certificateDetails, size: 11, after: 2 },
      { text: W.grade, size: 13, bold: true, color: d.color, after: 0 },
      { text: W.score, size: 10, color: GREY, after: 4 },
      ...signer,
    ];
  }
  return [
    ...opening({
      text: W.charterTitle,
      size: 34,
      bold: true,
      color: d.charterColor,
      after: 6,
      font: d.titleFont,
    }),
    ...person,
    { text: W.charterRank, size: 16, bold: true, color: d.charterColor, after: 4 },
    { text: W.charterDetails, size: 11, after: 2 },
    { text: W.grade, size: 13, bold: true, color: GOLD, after: 0 },
    { text: W.score, size: 10, color: GREY, after: 4 },
    ...signer,
  ];
}

/** The paragraph that holds the QR (placeQr puts it first on the line) and, when uploaded, the signature beside it. */
const QR_LINE: Line = { text: W.qr, size: 8, align: 'LEFT', after: 0 };

/**
 * The `{{Tag TTE}}` run in the signature box (issue 13 item 4): prints the tag in Tag mode, nothing otherwise, white
 * and small so it cannot be seen but a signer's tool finds it; the same height either way, so the layout is one. It
 * sits at the foot of the room left for the signature, just above the signer's name: a tool that puts the visible
 * signature's lower-left corner at the tag (iText's rectangle from the found text) fills that room.
 */
const TTE_TAG_LINE: Line = {
  text: `{{${TAG_PLACEHOLDER}}}`,
  size: 4,
  color: '#ffffff',
  after: 0,
  signer: true,
};

/** The signer's block width (points): centred in the right part of the text box. */
const SIGNER_WIDTH = 300;

/** A paragraph that only holds the place Docs requires (before and after a table): as small as Docs allows. */
function shrink(p: Paragraph): void {
  p.setSpacingBefore(0).setSpacingAfter(0).setLineSpacing(1);
  p.editAsText().setFontSize(1);
}

type Blob = GoogleAppsScript.Base.Blob;

/** The uploaded images a new template prints (Drive blobs), each may be absent. */
export interface DocImages {
  logo: Blob | null;
  signature: Blob | null;
}

/** With a logo: the spacing (points) that gives up the logo's height, line by line (found by their text). */
const LOGO_ROOM: ReadonlyArray<[string, Partial<Line>]> = [
  [W.agency, { after: 8 }],
  [W.number, { after: 4 }],
  [W.position, { after: 6 }],
  [W.placeAndDate, { before: 0 }],
];

/**
 * With a logo the page's top and bottom give up room (points): without a frame the margins, with one the margins
 * (the frame stays 20 pt, 7 mm, inside the sheet's edge) and the padding above the first line.
 */
const LOGO_FREE_MARGIN = 20;
const LOGO_FREE_FRAMED = { margin: 8, padding: 12 };

/** Printed heights (points): the logo above the heading, the signature or stamp above the signer's name. */
const LOGO_HEIGHT = 60;
const SIGNATURE_HEIGHT = 55;
/** InlineImage sizes are pixels (Google's reference), 96 to the inch; the page's are points, 72 to the inch. */
const PX_PER_PT = 96 / 72;
/** The QR's printed side: 2.1 cm (60 pt), and in InlineImage pixels. */
const QR_SIDE = 60;
const QR_SIDE_PX = Math.round(QR_SIDE * PX_PER_PT);

/**
 * Puts `blob` into the (empty) paragraph `p` as an inline image `height` points high, its width by the image's own
 * proportions (read from its header), at most `maxWidth` points.
 */
function placeImage(p: Paragraph, blob: Blob, height: number, maxWidth: number): void {
  const info = imageInfo(Uint8Array.from(blob.getBytes(), (b) => b & 0xff));
  const image = p.appendInlineImage(blob);
  if (!info) return;
  const size = printedSize(info, height * PX_PER_PT, maxWidth * PX_PER_PT);
  image.setHeight(size.height).setWidth(size.width);
}

/**
 * The signature or stamp in the QR's paragraph, centred over the signer's block: inline images lie side by side, so
 * a clear image as wide as the QR and the gap before the signature goes first (the QR is put before both when the
 * certificate is filled). The line stays as tall as the QR, and the tag's paragraph below it is the image's foot.
 */
function placeSignature(p: Paragraph, blob: Blob, box: number): void {
  const info = imageInfo(Uint8Array.from(blob.getBytes(), (b) => b & 0xff));
  const size = info
    ? printedSize(info, SIGNATURE_HEIGHT * PX_PER_PT, (SIGNER_WIDTH - QR_SIDE) * PX_PER_PT)
    : { width: Math.round(SIGNATURE_HEIGHT * PX_PER_PT), height: Math.round(SIGNATURE_HEIGHT * PX_PER_PT) };
  const centre = (box - SIGNER_WIDTH / 2) * PX_PER_PT;
  const gap = Math.max(1, Math.round(centre - size.width / 2 - QR_SIDE_PX));
  p.appendInlineImage(Utilities.newBlob(signed(clearPng()), 'image/png', 'jarak.png'))
    .setWidth(gap)
    .setHeight(1);
  p.appendInlineImage(blob).setWidth(size.width).setHeight(size.height);
}

/** Bytes as Apps Script's blobs hold them (signed). */
const signed = (bytes: Uint8Array) => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));

/**
 * Fills a new document (made by Drive in the output folder) with the default layout of `design`, A4 landscape,
 * and saves it. A framed design puts every line in the one cell of a table that frames the page. The logo, when
 * uploaded, is centred above the heading; the signature or stamp sits in the signer's block above the name, in
 * the room left for it.
 */
export function writeDefaultTemplate(
  docId: string,
  kind: CertKind,
  design: CertDesign = 'Resmi',
  images: DocImages = { logo: null, signature: null },
): void {
  const d = DESIGNS[design] ?? DESIGNS.Resmi;
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  body.setPageWidth(A4_LANDSCAPE.width).setPageHeight(A4_LANDSCAPE.height);
  // without a frame the page's own margins give the logo its room
  const vertical = !images.logo
    ? d.margin
    : d.margin - (d.frame ? LOGO_FREE_FRAMED.margin : LOGO_FREE_MARGIN);
  body.setMarginTop(vertical).setMarginBottom(vertical).setMarginLeft(d.margin).setMarginRight(d.margin);
  const inner = A4_LANDSCAPE.width - 2 * d.margin;
  let box = inner;
  // the container the lines go to, and its first (empty) paragraph
  let container: GoogleAppsScript.Document.Body | GoogleAppsScript.Document.TableCell = body;
  if (d.frame) {
    const table = body.appendTable([['']]);
    table.setBorderWidth(d.frame.width).setBorderColor(d.frame.color).setColumnWidth(0, inner);
    const cell = table.getCell(0, 0);
    cell.setPaddingTop(d.padding.top - (images.logo ? LOGO_FREE_FRAMED.padding : 0));
    cell.setPaddingBottom(d.padding.bottom);
    cell.setPaddingLeft(d.padding.side).setPaddingRight(d.padding.side);
    if (d.frame.background) cell.setBackgroundColor(d.frame.background);
    // the body keeps a paragraph before the table (the new document's) and after it (Docs adds one)
    shrink(body.getChild(0) as Paragraph);
    shrink(body.getChild(2) as Paragraph);
    container = cell;
    box = inner - 2 * d.padding.side;
  }
  const lines = templateLines(kind, d);
  if (images.logo) {
    // the logo takes the first paragraph; the lines below it move closer together so the page keeps one sheet
    const p = container.getChild(0) as Paragraph;
    p.setAlignment(DocumentApp.HorizontalAlignment.CENTER).setSpacingBefore(0).setSpacingAfter(2);
    placeImage(p, images.logo, LOGO_HEIGHT, box);
    for (const [text, change] of LOGO_ROOM) {
      const i = lines.findIndex((l) => l.text === text);
      if (i >= 0) lines[i] = { ...lines[i], ...change };
    }
  }
  lines.forEach((l, i) => {
    let p: Paragraph;
    if (i === 0 && !images.logo) {
      p = container.getChild(0) as Paragraph;
      p.setText(l.text);
    } else p = container.appendParagraph(l.text);
    if (images.signature && l === QR_LINE) placeSignature(p, images.signature, box);
    p.setAlignment(DocumentApp.HorizontalAlignment[l.align ?? 'CENTER']);
    p.setSpacingBefore(l.before ?? 0).setSpacingAfter(l.after ?? 6);
    if (l.signer) p.setIndentStart(Math.max(0, box - SIGNER_WIDTH));
    const t = p.editAsText();
    t.setFontSize(l.size).setBold(Boolean(l.bold)).setItalic(Boolean(l.italic));
    t.setForegroundColor(l.color ?? '#000000');
    t.setFontFamily(l.font ?? 'Arial');
  });
  doc.saveAndClose();
}

// ---------- the Daftar Materi page ----------

type Body = GoogleAppsScript.Document.Body;

/** Column widths of the list (No., Materi, Narasumber, JP) as shares of the text box. */
const MATERIAL_COLUMNS = [0.07, 0.5, 0.33, 0.1];

/** The list's table at `at` in the body: the cells, a thin border, the header row bold, sized columns. */
function insertMaterialTable(body: Body, at: number, list: MaterialList): void {
  const table = body.insertTable(at, materialCells(list));
  const box = body.getPageWidth() - body.getMarginLeft() - body.getMarginRight();
  table.setBorderWidth(0.75).setBorderColor(GREY);
  MATERIAL_COLUMNS.forEach((share, i) => {
    table.setColumnWidth(i, Math.floor(box * share));
  });
  for (let i = 0; i < MATERIAL_COLUMNS.length; i++) table.getCell(0, i).editAsText().setBold(true);
}

/** Where the page sits in a filled document (child indexes of the body), so the next certificate can update it. */
interface MaterialsPage {
  code: string;
  subtitle: number;
  table: number;
}

/** Appends the page at the end of the body: a page break, the title, the training, the table. */
function appendMaterials(body: Body, list: MaterialList): MaterialsPage {
  body.appendPageBreak();
  const title = body.appendParagraph(MT.title);
  title.setAlignment(DocumentApp.HorizontalAlignment.CENTER).setSpacingAfter(2);
  title.editAsText().setFontSize(16).setBold(true).setForegroundColor(NAVY);
  const subtitle = body.appendParagraph(MT.subtitle(list.theme, list.code));
  subtitle.setAlignment(DocumentApp.HorizontalAlignment.CENTER).setSpacingAfter(12);
  subtitle.editAsText().setFontSize(12).setBold(false).setForegroundColor('#000000');
  const at = body.getChildIndex(subtitle);
  insertMaterialTable(body, at + 1, list);
  return { code: list.code, subtitle: at, table: at + 1 };
}

// ---------- reading a template ----------

function sectionOf(doc: Doc, s: Section): Container | null {
  if (s === 'body') return doc.getBody();
  return s === 'header' ? doc.getHeader() : doc.getFooter();
}

const SECTIONS: readonly Section[] = ['body', 'header', 'footer'];

/** The placeholders a template uses (one getText per section). Throws when the document is gone. */
export function scanTemplate(docId: string): TemplateScan {
  const doc = DocumentApp.openById(docId);
  const byRaw = new Map<string, FoundPlaceholder>();
  const broken: string[] = [];
  const sections: Section[] = [];
  let tagCount = 0;
  let symbols = '';
  for (const s of SECTIONS) {
    const c = sectionOf(doc, s);
    if (!c) continue;
    const text = c.getText();
    const found = findPlaceholders(text);
    if (found.length) sections.push(s);
    for (const f of found) if (!byRaw.has(f.raw)) byRaw.set(f.raw, f);
    broken.push(...findBrokenPlaceholders(text));
    // TTE (core/tte.ts templateTagFault): how often the tag prints, and the template's own symbols
    tagCount += found.filter((f) => f.name === TAG_PLACEHOLDER).length;
    symbols += symbolsOf(text.replace(/\{\{[^{}\n]*\}\}/g, ' '));
  }
  return { placeholders: [...byRaw.values()], broken, sections, tagCount, symbols: symbolsOf(symbols) };
}

// ---------- filling ----------

/** Replaces every placeholder of the scan in one container: one replaceText per distinct placeholder text. */
function replaceAll(
  el: { replaceText(pattern: string, replacement: string): unknown },
  placeholders: readonly FoundPlaceholder[],
  values: MergeValues,
): void {
  for (const p of placeholders) {
    if (!p.name) continue;
    // {{QR Verifikasi}} prints no text: the image goes there (placeQr)
    const text = p.name === 'QR Verifikasi' ? '' : values[p.name];
    el.replaceText(escapeRegex(p.raw), escapeReplacement(text));
  }
}

/**
 * The QR of a certificate, appended to the (filled) paragraph that held {{QR Verifikasi}}: a PNG made in the script
 * (core/qr.ts, core/png.ts; no outside service). Without a link (a row numbered before codes existed) the paragraph
 * keeps no verification text at all.
 */
function placeQr(p: Paragraph, values: MergeValues): void {
  const link = values['QR Verifikasi'];
  if (!link) {
    // its text only: an image beside it (the default template's signature) stays
    if (!values['Kode Verifikasi'] && p.getText()) p.replaceText('.+', '');
    return;
  }
  const blob = Utilities.newBlob(signed(qrPng(qrMatrix(link), 4)), 'image/png', 'qr-verifikasi.png');
  // first on its line when the paragraph holds nothing else (the default template's signature lies beside it)
  const image = p.getText() ? p.appendInlineImage(blob) : p.insertInlineImage(0, blob);
  image.setWidth(QR_SIDE_PX).setHeight(QR_SIDE_PX);
}

/** A template paragraph that holds placeholders, found again by position in the same section. */
interface Slot {
  section: Section;
  index: number;
  paragraph: Paragraph;
  placeholders: FoundPlaceholder[];
  /** The paragraph holds {{Nama}}: its text, size and box, to fit the name (core/nameFit.ts). */
  fit: NameSlot | null;
  /** The paragraph holds {{QR Verifikasi}}: the QR image is appended to it. */
  qr: boolean;
  /** The paragraph holds {{Kode Verifikasi}}: without a code (a row numbered before codes existed) it prints nothing. */
  code: boolean;
}

/** The paragraph that prints the name: its template text, its size there and the width it may fill (points). */
interface NameSlot {
  text: string;
  size: number;
  box: number;
}

/** A named style's size when the text has none of its own (Google Docs' defaults). */
const HEADING_SIZE: Record<string, number> = {
  TITLE: 26,
  SUBTITLE: 15,
  HEADING1: 20,
  HEADING2: 16,
  HEADING3: 14,
};
/** Google Docs' default table cell padding, and never less is assumed (points). */
const CELL_PADDING = 5.4;

/**
 * The name's paragraph as the template has it (a handful of calls, once per batch or document): its size at the
 * placeholder, and the width it may fill: the page between the margins, or its table cell's width less padding
 * (a cell without a width: the page width shared by the row's cells), less the paragraph's indents.
 */
function nameSlot(doc: Doc, paragraph: Paragraph, text: string, raw: string): NameSlot {
  const body = doc.getBody();
  let box = body.getPageWidth() - body.getMarginLeft() - body.getMarginRight();
  const parent = paragraph.getParent();
  if (parent && parent.getType() === DocumentApp.ElementType.TABLE_CELL) {
    const cell = parent as unknown as GoogleAppsScript.Document.TableCell;
    const width = cell.getWidth();
    const cells = cell.getParentRow().getNumCells();
    const pad =
      Math.max(CELL_PADDING, cell.getPaddingLeft() ?? 0) +
      Math.max(CELL_PADDING, cell.getPaddingRight() ?? 0);
    box = (width && width > 0 ? Math.min(width, box) : box / Math.max(1, cells)) - pad;
  }
  box -= (paragraph.getIndentStart() ?? 0) + (paragraph.getIndentEnd() ?? 0);
  const at = Math.max(0, text.indexOf(raw));
  const own = paragraph.editAsText().getFontSize(at);
  const size = own && own > 0 ? own : (HEADING_SIZE[String(paragraph.getHeading())] ?? 11);
  return { text, size, box: Math.max(36, box) };
}

/** After filling: the paragraph's size set so the name fits (a call only when the name needs a smaller size). */
function fitFilled(paragraph: Paragraph, fit: NameSlot, values: MergeValues): void {
  const { size } = fitName(fillText(fit.text, values), fit.size, fit.box);
  if (size < fit.size) paragraph.editAsText().setFontSize(size);
}

/**
 * Fills certificates in one scratch document, a copy of the template made once per batch: for each certificate the
 * paragraphs that hold placeholders are put back from the template (a detached copy, filled before it is inserted
 * after the paragraph it replaces), the document is saved, reopened and exported. Nothing else of the document is
 * touched, so its layout, header, footer and tables stay exactly the template's; only "documents created" is spared
 * (one per batch instead of one each).
 */
export class ScratchMerger {
  private readonly slots: Slot[] = [];
  private doc: Doc;
  /** Sections whose children are all paragraphs. */
  private readonly flat = new Set<Section>();
  /** Unknown placeholders found in the template (the caller refuses to fill then). */
  readonly unknown: string[] = [];
  /** The Daftar Materi page the scratch document holds (kept while the training stays the same), and as saved. */
  private materials: MaterialsPage | null = null;
  private saved: MaterialsPage | null = null;

  constructor(
    templateId: string,
    private readonly scratchId: string,
  ) {
    const template = DocumentApp.openById(templateId);
    for (const s of SECTIONS) {
      const c = sectionOf(template, s);
      if (!c) continue;
      const paragraphs = c.getParagraphs();
      // only paragraphs at the top level (no tables): a paragraph's index is its child index, no look-up needed
      if (paragraphs.length === c.getNumChildren()) this.flat.add(s);
      paragraphs.forEach((paragraph, index) => {
        const text = paragraph.getText();
        const found = findPlaceholders(text);
        for (const f of found) if (!f.name && !this.unknown.includes(f.raw)) this.unknown.push(f.raw);
        const placeholders = found.filter((p) => p.name);
        const name = placeholders.find((p) => p.name === 'Nama');
        const fit = name ? nameSlot(template, paragraph, text, name.raw) : null;
        const qr = placeholders.some((p) => p.name === 'QR Verifikasi');
        const code = placeholders.some((p) => p.name === 'Kode Verifikasi');
        if (placeholders.length)
          this.slots.push({ section: s, index, paragraph, placeholders, fit, qr, code });
      });
    }
    this.doc = DocumentApp.openById(scratchId);
  }

  /** Fills the scratch document with one certificate's values and returns its PDF. */
  render(
    values: MergeValues,
    fileName: string,
    materials: MaterialList | null = null,
  ): GoogleAppsScript.Base.Blob {
    const bySection = new Map<Section, { container: Container; paras: Paragraph[] }>();
    for (const slot of this.slots) {
      let sec = bySection.get(slot.section);
      if (!sec) {
        const container = sectionOf(this.doc, slot.section) as Container;
        sec = { container, paras: container.getParagraphs() };
        bySection.set(slot.section, sec);
      }
      const old = sec.paras[slot.index];
      const flat = this.flat.has(slot.section);
      // the paragraph's parent is its section, or the table cell that holds it
      const parent = flat ? sec.container : (old.getParent() as unknown as Container);
      const at = flat ? slot.index : parent.getChildIndex(old);
      const fresh = slot.paragraph.copy();
      replaceAll(fresh, slot.placeholders, values);
      if (slot.fit) fitFilled(fresh, slot.fit, values);
      // the filled copy goes AFTER the old paragraph, then the old one goes: Docs never lets a section or a table
      // cell lose its last paragraph, and the template's last paragraph often holds a placeholder. The copy then
      // sits at the old index, so the indexes of the other slots stay right.
      const placed = parent.insertParagraph(at + 1, fresh);
      if (slot.qr) placeQr(placed, values);
      else if (slot.code && !values['Kode Verifikasi']) placed.setText('');
      old.removeFromParent();
    }
    this.updateMaterials(materials);
    this.doc.saveAndClose();
    this.saved = this.materials;
    // the export reads the saved document: reopen, which also gives the handle for the next certificate
    this.doc = DocumentApp.openById(this.scratchId);
    return this.doc.getAs(PDF).setName(fileName);
  }

  /**
   * The Daftar Materi page after the template's content: made once, its training and table replaced only when the
   * training changes (a batch works one training after another, so mostly no call at all).
   */
  private updateMaterials(list: MaterialList | null): void {
    const page = this.materials;
    if (!list || page?.code === list.code) return;
    const body = this.doc.getBody();
    if (!page) {
      this.materials = appendMaterials(body, list);
      return;
    }
    (body.getChild(page.table) as GoogleAppsScript.Document.Table).removeFromParent();
    insertMaterialTable(body, page.table, list);
    (body.getChild(page.subtitle) as Paragraph).setText(MT.subtitle(list.theme, list.code));
    this.materials = { ...page, code: list.code };
  }

  /** After a failed certificate: drop unsaved edits by reopening the saved scratch document. */
  reset(): void {
    this.doc = DocumentApp.openById(this.scratchId);
    // the saved document holds the page as the last certificate saved it
    this.materials = this.saved;
  }
}

const PDF = 'application/pdf';

/** Fills a document made for one certificate (a copy of the template) and returns its PDF. */
export function fillDocument(
  docId: string,
  scan: TemplateScan,
  values: MergeValues,
  fileName: string,
  materials: MaterialList | null = null,
): GoogleAppsScript.Base.Blob {
  const doc = DocumentApp.openById(docId);
  // the paragraphs that print the name, found before they are filled
  const names: Array<{ paragraph: Paragraph; fit: NameSlot }> = [];
  for (const raw of scan.placeholders.filter((p) => p.name === 'Nama').map((p) => p.raw)) {
    for (const s of scan.sections) {
      const found = sectionOf(doc, s)?.findText(escapeRegex(raw));
      if (!found) continue;
      const paragraph = found.getElement().getParent() as Paragraph;
      names.push({ paragraph, fit: nameSlot(doc, paragraph, paragraph.getText(), raw) });
    }
  }
  // the paragraphs that hold the QR (and, without a code, the code's line), found before they are filled
  const paragraphsOf = (name: PlaceholderName): Paragraph[] => {
    const out: Paragraph[] = [];
    for (const raw of scan.placeholders.filter((p) => p.name === name).map((p) => p.raw))
      for (const s of scan.sections) {
        const found = sectionOf(doc, s)?.findText(escapeRegex(raw));
        if (found) out.push(found.getElement().getParent() as Paragraph);
      }
    return out;
  };
  const qrs = paragraphsOf('QR Verifikasi');
  const codeLines = values['Kode Verifikasi'] ? [] : paragraphsOf('Kode Verifikasi');
  for (const s of scan.sections) {
    const c = sectionOf(doc, s);
    if (c) replaceAll(c, scan.placeholders, values);
  }
  for (const n of names) fitFilled(n.paragraph, n.fit, values);
  for (const p of qrs) placeQr(p, values);
  for (const p of codeLines) if (!qrs.includes(p)) p.setText('');
  if (materials) appendMaterials(doc.getBody(), materials);
  doc.saveAndClose();
  return docPdf(docId, fileName);
}

/** A document as a PDF (its saved content: the fill above saves and closes before this). */
export function docPdf(docId: string, fileName: string): GoogleAppsScript.Base.Blob {
  return DocumentApp.openById(docId).getAs(PDF).setName(fileName);
}

// ---------- letters (pemanggilan, issue 15 item 4) ----------

/** Writes a new, empty document as the default invitation letter: one paragraph per line, the first as title. */
export function writeLetterTemplate(docId: string, lines: readonly string[]): void {
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  const [first, ...rest] = lines;
  const title = body.getParagraphs()[0];
  title.setText(first ?? '');
  title.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  title.editAsText().setBold(true).setFontSize(13);
  for (const line of rest) body.appendParagraph(line).editAsText().setBold(false).setFontSize(11);
  doc.saveAndClose();
}

/**
 * Fills a copy of the letter template for one unit: each `{{Name}}` replaced literally, then the lampiran (a title
 * and one table: a header row and a row per invitee) appended after the letter, and saved.
 */
export function fillLetter(
  docId: string,
  values: ReadonlyMap<string, string>,
  lampiran: { title: string; rows: ReadonlyArray<readonly string[]> },
): void {
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  for (const [name, value] of values) body.replaceText(escapeRegex(`{{${name}}}`), escapeReplacement(value));
  body.appendPageBreak();
  body.appendParagraph(lampiran.title).editAsText().setBold(true).setFontSize(12);
  body.appendTable(lampiran.rows.map((r) => [...r]));
  body.appendParagraph('');
  doc.saveAndClose();
}
