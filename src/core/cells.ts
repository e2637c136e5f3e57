// Cell values as getValues() returns them (string, number, boolean, Date, ''), read into typed values.
// Pure: the spreadsheet time zone is passed in; Dates are recognised across realms.

export const isDate = (v: unknown): v is Date =>
  typeof v === 'object' &&
  v !== null &&
  Object.prototype.toString.call(v) === '[object Date]' &&
  !Number.isNaN((v as Date).getTime());

export const isBlank = (v: unknown): boolean =>
  v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(tz: string): Intl.DateTimeFormat | null {
  let f = formatters.get(tz);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null; // unknown zone: fall back to the script's zone (Date getters)
    }
    formatters.set(tz, f);
  }
  return f;
}

/**
 * The wall-clock reading of an instant in a time zone. Sheets gives dates and times as instants in the
 * spreadsheet's zone (a time-only cell is 1899-12-30 with that zone's historical offset, GAS-FACTS), so the
 * wall clock in that same zone is the value the person typed.
 */
export function wallClock(d: Date, tz: string): WallClock {
  const f = formatterFor(tz);
  if (!f) {
    return {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      second: d.getSeconds(),
    };
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(d)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour % 24,
    minute: parts.minute,
    second: parts.second,
  };
}

/**
 * Trimmed text of any cell; numbers as written by String (a lossy number stays visibly lossy); a Date (a name or
 * code that Sheets took for a date) as the person reads it, dd/MM/yyyy [HH:mm] in the script's time zone.
 */
export function asText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (isBlank(v)) return '';
  if (isDate(v)) {
    const time =
      v.getHours() || v.getMinutes() ? ` ${formatMinutes(v.getHours() * 60 + v.getMinutes())}` : '';
    return `${formatDateId(v)}${time}`;
  }
  return String(v).trim();
}

/** A code (Kode Kegiatan and the like): trimmed, inner spaces collapsed. */
export function asCode(v: unknown): string {
  return asText(v).replace(/\s+/g, ' ');
}

/** A number from a number cell or a number typed as text ("80", "80,5", "80.5"); undefined when unreadable. */
export function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') {
    const t = v.trim().replace(/\s/g, '');
    if (/^-?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  }
  return undefined;
}

/** Calendar date read from a date cell or typed text (dd/mm/yyyy, yyyy-mm-dd); a Date at local midnight. */
export function asDate(v: unknown, tz: string): Date | undefined {
  if (isDate(v)) {
    const w = wallClock(v, tz);
    return new Date(w.year, w.month - 1, w.day);
  }
  if (typeof v === 'string') {
    const t = v.trim();
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    if (m) return civil(+m[1], +m[2], +m[3]);
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    if (m) return civil(+m[3], +m[2], +m[1]);
  }
  return undefined;
}

function civil(y: number, m: number, d: number): Date | undefined {
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : undefined;
}

/** Minutes after midnight from a time cell, a date-time cell, a day fraction, or text "08:00" / "08.00". */
export function asMinutes(v: unknown, tz: string): number | undefined {
  if (isDate(v)) {
    const w = wallClock(v, tz);
    return w.hour * 60 + w.minute + (w.second >= 30 ? 1 : 0);
  }
  if (typeof v === 'number' && v >= 0 && v < 1) return Math.round(v * 1440);
  if (typeof v === 'string') {
    const m = /^(\d{1,2})[:.](\d{2})([:.]\d{2})?$/.exec(v.trim());
    if (m && +m[1] < 24 && +m[2] < 60) return +m[1] * 60 + +m[2];
  }
  return undefined;
}

/** A checkbox or typed yes/no; undefined when unreadable. */
export function asBool(v: unknown): boolean | undefined {
  if (v === true || v === false) return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  const t = asText(v).toLowerCase();
  if (['true', 'ya', 'y', 'yes', 'hadir', 'benar', '1', 'v', '✓', 'x'].includes(t)) return true;
  if (['false', 'tidak', 't', 'n', 'no', 'absen', 'salah', '0', ''].includes(t)) return false;
  return undefined;
}

/** "HH:mm" for minutes after midnight. */
export function formatMinutes(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "24/11/2026" for messages. */
export function formatDateId(d: Date): string {
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

// ---------------------------------------------------------------- number formats (what a cell's format means)

/** A number format without its quoted literals ("…") and escaped characters (\x): what is left is pattern. */
const formatPattern = (fmt: string): string => fmt.replace(/"[^"]*"?/g, '').replace(/\\./g, '');

/**
 * Whether a number format shows its number as a percent (the number ×100 with a %): a `%` outside quoted literals
 * and escapes. `0"%"` shows 90 as "90%" and is not a percent format (the cell holds what it shows).
 */
export function isPercentFormat(fmt: string | undefined): boolean {
  return !!fmt && fmt !== '@' && formatPattern(fmt).includes('%');
}

/** A number typed as a percent in text ("90%", "85,5 %"): the percent it says (90, 85.5), else undefined. */
export function percentText(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*%\s*$/.exec(v);
  return m ? Number(m[1].replace(',', '.')) : undefined;
}

/** The percent a percent-formatted cell shows (0.9 → 90, 0.855 → 85.5), free of binary noise (0.855 × 100). */
export function fromFraction(n: number): number {
  return Math.round(n * 100 * 1e9) / 1e9;
}

/** 1-based column number → letters (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

/** The fragment's mark, apart: the build refuses `#name=` in the bundle's text (it reads as a private field). */
const HASH = '#';

/**
 * The address of a sheet, or of a range in it (`C13`, `13:13`), as Sheets gives it for "link to this range":
 * opened from the spreadsheet itself it goes to that sheet and selects the range.
 */
export function rangeLink(spreadsheetId: string, sheetId: number, range: string | null = null): string {
  const base = `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/edit${HASH}gid=${sheetId}`;
  return range ? `${base}&range=${range}` : base;
}
