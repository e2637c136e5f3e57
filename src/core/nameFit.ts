// Names that fit (issue 12 item 4), pure: the size the paragraph holding {{Nama}} is set to so that the name never
// overflows its box. From the template's size the text shrinks to a minimum (60% of it, at least MIN_NAME_SIZE), then
// wraps to at most two lines; only a name that still does not fit in two lines goes below the minimum.
//
// Widths are estimated conservatively, so that what holds here holds on Google's fonts too: each character counts as
// the WIDER of Helvetica Bold (= Arial Bold) and Times Bold, times WIDTH_MARGIN (Georgia Bold, Google's widest common
// serif, is about 10% wider than Times Bold); a character outside ASCII counts as its base letter when it has one
// (é as e), else as a full em. Bold or not, the bold widths are used.

/** Widths (1/1000 em) of ASCII 32–126: the larger of Helvetica-Bold and Times-Bold (Adobe's AFM metrics). */
const ASCII_WIDTHS = [
  278, 333, 555, 556, 556, 1000, 833, 278, 333, 333, 500, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 778, 389,
  556, 778, 667, 944, 722, 778, 667, 778, 722, 667, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 584,
  556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 333, 556, 278, 889, 611, 611, 611, 611, 444, 556,
  333, 611, 556, 778, 556, 556, 500, 394, 280, 394, 584,
];

/** Headroom over the table for fonts wider than Helvetica/Times Bold (Georgia, Verdana-like faces). */
export const WIDTH_MARGIN = 1.2;
/** The name never shrinks below this many points before it wraps (Google Docs sizes are whole points). */
export const MIN_NAME_SIZE = 12;
/** The share of the template's size a name may shrink to before it wraps. */
export const MIN_NAME_SHARE = 0.6;
/** Below the minimum, a name too long for two lines shrinks at most to this. */
export const FLOOR_NAME_SIZE = 6;
export const MAX_NAME_LINES = 2;

function charWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 32 && c < 127) return ASCII_WIDTHS[c - 32];
  if (c === 0xa0) return ASCII_WIDTHS[0];
  const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  if (base && base !== ch && [...base].every((b) => (b.codePointAt(0) ?? 0) < 127))
    return [...base].reduce((a, b) => a + charWidth(b), 0);
  return 1000;
}

/** The estimated width in points of `text` at `size` points (never less than any common font's). */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return (w / 1000) * size * WIDTH_MARGIN;
}

/** Greedy wrap at spaces, as a word processor does; a word longer than the line takes a line (or more) alone. */
export function wrapLines(text: string, size: number, box: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, size) <= box) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  // a single word wider than the box wraps by characters: count the lines it really takes
  return lines.flatMap((l) => {
    const n = Math.max(1, Math.ceil(textWidth(l, size) / box - 1e-9));
    return l.includes(' ') || n === 1 ? [l] : Array.from({ length: n }, () => l);
  });
}

export interface NameFit {
  /** Whole points. */
  size: number;
  lines: number;
  /** Whether the name still overflows two lines at the floor size (a name of hundreds of characters). */
  overflows: boolean;
}

/** The smallest size the name may take before wrapping: 60% of the template's, at least 12 pt (or the template's). */
export function minNameSize(templateSize: number): number {
  return Math.min(
    Math.floor(templateSize),
    Math.max(MIN_NAME_SIZE, Math.ceil(templateSize * MIN_NAME_SHARE)),
  );
}

/**
 * The size for a name in a box `box` points wide, its template size `templateSize`: the template's size when it
 * fits one line; else the largest whole size down to the minimum that fits one line; else the largest size (from
 * the minimum down to the floor) at which it wraps to at most two lines.
 */
export function fitName(text: string, templateSize: number, box: number): NameFit {
  const start = Math.max(1, Math.floor(templateSize));
  const min = minNameSize(start);
  const name = text.trim();
  for (let s = start; s >= min; s--)
    if (textWidth(name, s) <= box) return { size: s, lines: 1, overflows: false };
  for (let s = min; s >= FLOOR_NAME_SIZE; s--) {
    const lines = wrapLines(name, s, box).length;
    if (lines <= MAX_NAME_LINES) return { size: s, lines, overflows: false };
  }
  const lines = wrapLines(name, FLOOR_NAME_SIZE, box).length;
  return { size: FLOOR_NAME_SIZE, lines, overflows: lines > MAX_NAME_LINES };
}
