// An .xlsx workbook written byte by byte (no spreadsheet library in Apps Script), for exports such as Ekspor SIASN:
// the Office Open XML SpreadsheetML format of ECMA-376 (5th edition), Part 1 §18 (the workbook, worksheet, styles
// and shared-string parts) in an Open Packaging Conventions package (Part 2: content types, relationships), zipped
// by core/zip.ts. Pure and deterministic: the same sheets give the same bytes.
//
// The package holds the smallest set of parts Excel, LibreOffice and Google Sheets all open:
//   [Content_Types].xml            the content type of each part (Part 2)
//   _rels/.rels                    the package's relationship to its main part, xl/workbook.xml
//   xl/workbook.xml                the sheets, by name, in order (§18.2)
//   xl/_rels/workbook.xml.rels     the workbook's relationships to its sheets, styles and shared strings
//   xl/styles.xml                  three cell formats (§18.8): 0 default (numbers), 1 text, 2 text in bold (header)
//   xl/sharedStrings.xml           every distinct text once (§18.4), cells refer to it by index
//   xl/worksheets/sheetN.xml       one worksheet a sheet (§18.3): row 1 the header, frozen; column widths
//
// Text stays text: a string is always a shared-string cell (`t="s"`) formatted `@` (built-in numFmtId 49,
// §18.8.30), so an 18-digit NIP is not read as a number and a value typed over it in Excel stays text; no cell ever
// holds a formula (`<f>`), so `=SUM(A1)` is the text `=SUM(A1)`. Excel's "number stored as text" marks are switched
// off for the written range (the worksheet's `ignoredErrors`). A string loses only what XML 1.0 cannot carry (§2.2
// Char: control characters other than tab, LF and CR; lone surrogates; U+FFFE, U+FFFF). A literal `_xHHHH_` in it is
// written `_x005F_xHHHH_` (ST_Xstring, Part 1 §22.9.2.19), as Excel would otherwise read it as the character U+HHHH;
// a CR is written `&#13;`, since an XML parser turns a literal CR into LF (XML 1.0 §2.11), and not `_x000D_`, whose
// `_` could close a `_xHHHH_` begun by the text before it. The XML is encoded as UTF-8 by core/hmac's utf8 (Apps
// Script has no TextEncoder); numbers are written as JavaScript's shortest round-trip text (no exponent below 1e21).

import { utf8 } from './hmac';
import { sheetNameKey } from './sheetNames';
import { zipStored } from './zip';

/**
 * A cell: a string is always text (never a number, never a formula; `''` a blank cell formatted as text), a finite
 * number is numeric (NaN and ±Infinity are refused), null is no cell at all.
 */
export type XlsxCell = string | number | null;

/** One sheet: its name (sanitized, see xlsxSheetNames), the header row, the data rows, column widths in characters. */
export interface XlsxSheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly XlsxCell[])[];
  /** Excel's column width (characters of the default font's digit, padding included), from column A; 0 < w ≤ 255. */
  widths?: readonly number[];
}

/** The MIME type of an .xlsx file, for the Drive file the export makes. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's limits (Excel specifications and limits): rows and columns of a sheet, characters of a cell and a name. */
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;
const MAX_CELL_CHARS = 32767;
const MAX_SHEET_NAME = 31;
const MAX_WIDTH = 255;

/** The cell formats of xl/styles.xml by index. */
const STYLE_TEXT = 1;
const STYLE_HEADER = 2;

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const NS_CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const REL_TYPE = `${NS_RELATIONSHIPS}/`;
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';

/** `s` without the characters XML 1.0 cannot carry (§2.2 Char); surrogate pairs kept, lone surrogates dropped. */
export function xmlChars(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let ok: boolean;
    if (c < 0x20) ok = c === 0x09 || c === 0x0a || c === 0x0d;
    else if (c < 0xd800) ok = true;
    else if (c < 0xdc00) {
      const d = s.charCodeAt(i + 1);
      ok = d >= 0xdc00 && d < 0xe000;
      if (ok) i++;
    } else ok = c >= 0xe000 && c < 0xfffe;
    if (!ok) {
      out += s.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

const ENTITIES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
  ['\r', '&#13;'],
]);

/** Text for XML content or an attribute value (of characters XML allows). */
const escapeXml = (s: string) => s.replace(/[&<>"'\r]/g, (c) => ENTITIES.get(c)!);

/** A cell's text as SpreadsheetML stores it: `_xHHHH_` means U+HHHH there, so a literal one gets its `_` escaped. */
const escapeXstring = (s: string) => s.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');

/** The column's letters (0 → A, 25 → Z, 26 → AA, 16383 → XFD). */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `s` cut to at most `n` UTF-16 units, never between the halves of a surrogate pair. */
function cut(s: string, n: number): string {
  if (s.length <= n) return s;
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c < 0xdc00 ? n - 1 : n);
}

/** Without spaces and apostrophes at either end (Excel refuses a name that starts or ends with `'`). */
const tidy = (s: string) => s.replace(/^['\s]+|['\s]+$/g, '');

/**
 * The names the sheets get, in order: each as Excel allows it (at most 31 characters, none of `[ ] : * ? / \`
 * (each becomes `_`), no control characters, not starting or ending with `'`, not empty (`Sheet<n>`), not Excel's
 * reserved `History`), and unique as core/sheetNames compares them (any letter case): a repeat gets ` (2)`, ` (3)`, ….
 */
export function xlsxSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((given, i) => {
    let base = tidy(
      cut(
        tidy(
          xmlChars(given)
            .replace(/[\t\n\r]/g, ' ')
            .replace(/[[\]:*?/\\]/g, '_'),
        ),
        MAX_SHEET_NAME,
      ),
    );
    if (base === '') base = `Sheet${i + 1}`;
    if (sheetNameKey(base) === 'history') base = `${base}_`;
    let name = base;
    for (let k = 2; used.has(sheetNameKey(name)); k++) {
      const suffix = ` (${k})`;
      name = tidy(cut(base, MAX_SHEET_NAME - suffix.length)) + suffix;
    }
    used.add(sheetNameKey(name));
    return name;
  });
}

/** The workbook's shared strings (§18.4): each distinct text once, in order of first use. */
interface SharedStrings {
  index: Map<string, number>;
  xml: string[];
  count: number;
}

function sharedIndex(strings: SharedStrings, text: string): number {
  strings.count++;
  let i = strings.index.get(text);
  if (i === undefined) {
    i = strings.xml.length;
    strings.index.set(text, i);
    strings.xml.push(`<si><t xml:space="preserve">${escapeXml(escapeXstring(text))}</t></si>`);
  }
  return i;
}

function sheetXml(sheet: XlsxSheet, name: string, strings: SharedStrings): string {
  const rowCount = 1 + sheet.rows.length;
  if (rowCount > MAX_ROWS)
    throw new RangeError(`xlsx: sheet "${name}" has ${rowCount} rows, at most ${MAX_ROWS}`);
  const columnCount = sheet.rows.reduce(
    (n, r) => Math.max(n, r.length),
    Math.max(sheet.header.length, sheet.widths?.length ?? 0),
  );
  if (columnCount > MAX_COLUMNS)
    throw new RangeError(`xlsx: sheet "${name}" has ${columnCount} columns, at most ${MAX_COLUMNS}`);
  const letters = Array.from({ length: columnCount }, (_, c) => columnName(c));

  const xml: string[] = [];
  let lastRow = 0;
  let lastColumn = -1;
  const writeRow = (cells: readonly XlsxCell[], r: number, textStyle: number) => {
    let open = false;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (v === null || v === undefined) continue;
      const ref = letters[c] + r;
      let cell: string;
      if (typeof v === 'string') {
        const text = xmlChars(v);
        if (text.length > MAX_CELL_CHARS)
          throw new RangeError(
            `xlsx: sheet "${name}" cell ${ref} has ${text.length} characters, at most ${MAX_CELL_CHARS}`,
          );
        // an empty text is a blank cell formatted as text (blank to ISBLANK and COUNTA; what is typed there is text)
        cell =
          text === ''
            ? `<c r="${ref}" s="${textStyle}"/>`
            : `<c r="${ref}" s="${textStyle}" t="s"><v>${sharedIndex(strings, text)}</v></c>`;
      } else if (typeof v === 'number') {
        if (!Number.isFinite(v))
          throw new RangeError(`xlsx: sheet "${name}" cell ${ref} is ${v}, not a finite number`);
        // the shortest text that reads back as the same double: no exponent below 1e21, so none for a safe integer
        cell = `<c r="${ref}"><v>${String(v)}</v></c>`;
      } else
        throw new TypeError(
          `xlsx: sheet "${name}" cell ${ref} is a ${typeof v}, not a string, number or null`,
        );
      if (!open) xml.push(`<row r="${r}">`);
      open = true;
      xml.push(cell);
      lastRow = r;
      lastColumn = Math.max(lastColumn, c);
    }
    if (open) xml.push('</row>');
  };
  writeRow(sheet.header, 1, STYLE_HEADER);
  for (let i = 0; i < sheet.rows.length; i++) writeRow(sheet.rows[i], i + 2, STYLE_TEXT);
  const range = lastRow === 0 ? 'A1' : `A1:${letters[lastColumn]}${lastRow}`;

  const cols = (sheet.widths ?? []).map((w, c) => {
    if (typeof w !== 'number' || !(w > 0 && w <= MAX_WIDTH))
      throw new RangeError(`xlsx: sheet "${name}" column ${letters[c]} width ${w}, not in (0, ${MAX_WIDTH}]`);
    return `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`;
  });
  return [
    XML_DECLARATION,
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS}">`,
    `<dimension ref="${range}"/>`,
    '<sheetViews><sheetView workbookViewId="0">',
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>',
    '</sheetView></sheetViews>',
    cols.length ? `<cols>${cols.join('')}</cols>` : '',
    '<sheetData>',
    ...xml,
    '</sheetData>',
    lastRow === 0
      ? ''
      : `<ignoredErrors><ignoredError sqref="${range}" numberStoredAsText="1"/></ignoredErrors>`,
    '</worksheet>',
  ].join('');
}

const STYLES_XML = [
  XML_DECLARATION,
  `<styleSheet xmlns="${NS_MAIN}">`,
  '<fonts count="2">',
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '</fonts>',
  // the first two fills are reserved (none and gray125): Excel expects them there
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
  '<cellXfs count="3">',
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>',
  '</cellXfs>',
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
  '</styleSheet>',
].join('');

const relationships = (rels: readonly (readonly [type: string, target: string])[]) =>
  [
    XML_DECLARATION,
    `<Relationships xmlns="${NS_PACKAGE_RELATIONSHIPS}">`,
    ...rels.map(
      ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}${type}" Target="${target}"/>`,
    ),
    '</Relationships>',
  ].join('');

const bytes = (xml: string) => Uint8Array.from(utf8(xml));

/** The .xlsx file of `sheets` (at least one), in order: each with its header row in bold and frozen. */
export function xlsxBytes(sheets: readonly XlsxSheet[]): Uint8Array {
  if (sheets.length === 0) throw new RangeError('xlsx: a workbook needs at least one sheet');
  const names = xlsxSheetNames(sheets.map((s) => s.name));
  const strings: SharedStrings = { index: new Map(), xml: [], count: 0 };
  const sheetParts = sheets.map((s, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    data: bytes(sheetXml(s, names[i], strings)),
  }));

  const contentTypes = [
    XML_DECLARATION,
    `<Types xmlns="${NS_CONTENT_TYPES}">`,
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}sheet.main+xml"/>`,
    ...sheetParts.map((p) => `<Override PartName="/${p.name}" ContentType="${CONTENT_TYPE}worksheet+xml"/>`),
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT_TYPE}sharedStrings+xml"/>`,
    '</Types>',
  ].join('');
  const workbook = [
    XML_DECLARATION,
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS}">`,
    '<bookViews><workbookView/></bookViews>',
    '<sheets>',
    ...names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`),
    '</sheets>',
    '</workbook>',
  ].join('');
  const workbookRels = relationships([
    ...sheetParts.map((_, i) => ['worksheet', `worksheets/sheet${i + 1}.xml`] as const),
    ['styles', 'styles.xml'],
    ['sharedStrings', 'sharedStrings.xml'],
  ]);
  const sharedStrings = [
    XML_DECLARATION,
    `<sst xmlns="${NS_MAIN}" count="${strings.count}" uniqueCount="${strings.xml.length}">`,
    ...strings.xml,
    '</sst>',
  ].join('');

  return zipStored([
    { name: '[Content_Types].xml', data: bytes(contentTypes) },
    { name: '_rels/.rels', data: bytes(relationships([['officeDocument', 'xl/workbook.xml']])) },
    { name: 'xl/workbook.xml', data: bytes(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: bytes(workbookRels) },
    { name: 'xl/styles.xml', data: bytes(STYLES_XML) },
    { name: 'xl/sharedStrings.xml', data: bytes(sharedStrings) },
    ...sheetParts,
  ]);
}
