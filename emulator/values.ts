// Cell values for the Sheets emulator: strings parsed "as if typed", serial dates in a time zone, display formatting.

/** What a cell holds: numbers (dates are numbers with a date format), text, booleans; null = empty. */
export type Scalar = number | string | boolean;

/** Days from 1899-12-30 (the serial epoch of Sheets and Excel) as a UTC wall clock. */
export const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** Month name (long or 3-letter, English or Indonesian) → 1..12, for parsing typed dates. */
const MONTH_LOOKUP = new Map<string, number>();
for (const names of [MONTHS_EN, MONTHS_ID]) {
  names.forEach((n, i) => {
    MONTH_LOOKUP.set(n.toLowerCase(), i + 1);
    MONTH_LOOKUP.set(n.slice(0, 3).toLowerCase(), i + 1);
  });
}
MONTH_LOOKUP.set('agt', 8);

/** What a spreadsheet locale changes in parsing and display. */
export interface LocaleInfo {
  decimal: string;
  group: string;
  /** Order of a typed d/m/y date. */
  dateOrder: 'DMY' | 'MDY';
  /** Format given to a typed or written date / date-time. */
  dateFormat: string;
  dateTimeFormat: string;
  months: string[];
  days: string[];
  trueWords: string[];
  falseWords: string[];
}

const COMMA_DECIMAL = new Set([
  'id',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'ru',
  'tr',
  'vi',
  'da',
  'sv',
  'nb',
  'fi',
  'pl',
]);
const localeCache = new Map<string, LocaleInfo>();

export function localeInfo(locale: string): LocaleInfo {
  const hit = localeCache.get(locale);
  if (hit) return hit;
  const lang = locale.split(/[_-]/)[0].toLowerCase();
  const comma = COMMA_DECIMAL.has(lang);
  const us = locale === 'en_US' || locale === 'en';
  const info: LocaleInfo = {
    decimal: comma ? ',' : '.',
    group: comma ? '.' : ',',
    dateOrder: us ? 'MDY' : 'DMY',
    dateFormat: us ? 'M/d/yyyy' : 'dd/MM/yyyy',
    dateTimeFormat: us ? 'M/d/yyyy H:mm:ss' : 'dd/MM/yyyy HH:mm:ss',
    months: lang === 'id' ? MONTHS_ID : MONTHS_EN,
    days: lang === 'id' ? DAYS_ID : DAYS_EN,
    trueWords: lang === 'id' ? ['true', 'benar'] : ['true'],
    falseWords: lang === 'id' ? ['false', 'salah'] : ['false'],
  };
  localeCache.set(locale, info);
  return info;
}

// ---------------------------------------------------------------------------------------------
// Time zones: a serial is a wall clock in the spreadsheet's zone; a JS Date is an instant.

const dtfCache = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();
let lastTz = '';
let lastBucket = Number.NaN;
let lastOffset = 0;

function zoneFormatter(tz: string): Intl.DateTimeFormat {
  let f = dtfCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    dtfCache.set(tz, f);
  }
  return f;
}

/** Offset (ms, wall − UTC) of `tz` at an instant, with historical offsets (Asia/Jakarta 1899: +07:07:12). */
export function zoneOffsetAt(instant: number, tz: string): number {
  if (tz === 'UTC' || tz === 'Etc/UTC' || tz === 'GMT') return 0;
  // Offsets change on (almost always) hour boundaries: memoise per hour so 10,000-row reads stay cheap.
  const bucket = Math.floor(instant / 3_600_000);
  if (tz === lastTz && bucket === lastBucket) return lastOffset;
  let cache = offsetCache.get(tz);
  if (!cache) {
    cache = new Map();
    offsetCache.set(tz, cache);
  }
  const hit = cache.get(bucket);
  if (hit !== undefined) {
    lastTz = tz;
    lastBucket = bucket;
    lastOffset = hit;
    return hit;
  }
  const base = Math.floor(instant / 1000) * 1000;
  const parts = zoneFormatter(tz).formatToParts(new Date(base));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  let year = get('year');
  if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year;
  const wall = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const off = wall - base;
  cache.set(bucket, off);
  lastTz = tz;
  lastBucket = bucket;
  lastOffset = off;
  return off;
}

/** A wall clock (as UTC ms) in `tz` → the instant. */
export function wallToInstant(wallMs: number, tz: string): number {
  const guess = wallMs - zoneOffsetAt(wallMs, tz);
  return wallMs - zoneOffsetAt(guess, tz);
}

/**
 * Per zone and day: the offset when it is the same all day, NaN when it changes that day (then the exact
 * two-step conversion runs). Keys are small integers (days), so bulk reads of dates stay fast.
 */
const wallDayCache = new Map<string, Map<number, number>>();
const utcDayCache = new Map<string, Map<number, number>>();

function dayOffset(caches: Map<string, Map<number, number>>, tz: string, day: number, wall: boolean): number {
  let cache = caches.get(tz);
  if (!cache) {
    cache = new Map();
    caches.set(tz, cache);
  }
  let off = cache.get(day);
  if (off === undefined) {
    const start = SERIAL_EPOCH_MS + day * DAY_MS;
    const end = start + DAY_MS - 1;
    const a = wall ? start - wallToInstant(start, tz) : zoneOffsetAt(start, tz);
    const b = wall ? end - wallToInstant(end, tz) : zoneOffsetAt(end, tz);
    off = a === b ? a : Number.NaN;
    cache.set(day, off);
  }
  return off;
}

/** A serial (days since 1899-12-30, wall clock of `tz`) → a Date (the instant). */
export function serialToDate(serial: number, tz: string): Date {
  const wall = SERIAL_EPOCH_MS + Math.round(serial * DAY_MS);
  if (tz === 'UTC' || tz === 'Etc/UTC' || tz === 'GMT') return new Date(wall);
  const off = dayOffset(wallDayCache, tz, Math.floor(serial), true);
  return new Date(Number.isNaN(off) ? wallToInstant(wall, tz) : wall - off);
}

/** A Date (an instant) → the serial of its wall clock in `tz`. */
export function dateToSerial(d: Date, tz: string): number {
  const t = d.getTime();
  if (tz === 'UTC' || tz === 'Etc/UTC' || tz === 'GMT') return (t - SERIAL_EPOCH_MS) / DAY_MS;
  const off = dayOffset(utcDayCache, tz, Math.floor((t - SERIAL_EPOCH_MS) / DAY_MS), false);
  return (t + (Number.isNaN(off) ? zoneOffsetAt(t, tz) : off) - SERIAL_EPOCH_MS) / DAY_MS;
}

/** Wall-clock fields → serial. */
export function serialOf(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  // Howard Hinnant's days_from_civil, shifted so 1899-12-30 is day 0.
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468 + 25569;
  return days + (h * 3600 + mi * 60 + s) / 86400;
}

/** Cross-realm Date check (values may come from a node:vm context). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

// ---------------------------------------------------------------------------------------------
// Parsing a string as if a person typed it into a cell.

export interface Typed {
  value: Scalar | null;
  /** Set when the string became a formula (value is then its unevaluated result). */
  formula?: string;
  /** The number format Sheets gives the cell when it was General (dates, times, percents). */
  format?: string;
}

/** The value a formula shows: the emulator does not evaluate formulas (see fidelity table). */
export const FORMULA_VALUE = '#ERROR!';

const numberRes = new Map<string, { plain: RegExp; grouped: RegExp }>();
function numberRegexes(li: LocaleInfo) {
  const key = li.decimal + li.group;
  let r = numberRes.get(key);
  if (!r) {
    const d = li.decimal === '.' ? '\\.' : li.decimal;
    const g = li.group === '.' ? '\\.' : li.group;
    r = {
      plain: new RegExp(`^[+-]?(?:\\d+(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d+)?$`),
      grouped: new RegExp(`^[+-]?\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d*)?$`),
    };
    numberRes.set(key, r);
  }
  return r;
}

/** A number as typed in the locale, or null. '01234' → 1234; 18 digits → a double that lost digits. */
export function parseLocaleNumber(t: string, li: LocaleInfo): number | null {
  const { plain, grouped } = numberRegexes(li);
  let s: string;
  if (plain.test(t)) s = t;
  else if (grouped.test(t)) s = t.split(li.group).join('');
  else return null;
  if (li.decimal !== '.') s = s.replace(li.decimal, '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validYmd(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || y < 1000 || y > 9999) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]);
}

const TIME_RE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?$/;

function parseTime(t: string): { h: number; mi: number; s: number; seconds: boolean } | null {
  const m = TIME_RE.exec(t);
  if (!m) return null;
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const s = m[3] ? Number(m[3]) : 0;
  if (mi > 59 || s > 59) return null;
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  } else if (h > 23) return null;
  return { h, mi, s, seconds: m[3] !== undefined };
}

interface DatePart {
  y: number;
  mo: number;
  d: number;
  format: string;
}

function parseDatePart(t: string, li: LocaleInfo): DatePart | null {
  let m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    return validYmd(y, mo, d) ? { y, mo, d, format: m[2] === '-' ? 'yyyy-MM-dd' : 'yyyy/MM/dd' } : null;
  }
  m = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    const [d, mo] = li.dateOrder === 'DMY' ? [a, b] : [b, a];
    return validYmd(y, mo, d) ? { y, mo, d, format: li.dateFormat } : null;
  }
  m = /^(\d{1,2})[ -]([A-Za-z]+)\.?,?[ -](\d{4})$/.exec(t);
  if (m) {
    const mo = MONTH_LOOKUP.get(m[2].toLowerCase());
    const [d, y] = [Number(m[1]), Number(m[3])];
    return mo && validYmd(y, mo, d) ? { y, mo, d, format: 'd MMMM yyyy' } : null;
  }
  m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) {
    const mo = MONTH_LOOKUP.get(m[1].toLowerCase());
    const [d, y] = [Number(m[2]), Number(m[3])];
    return mo && validYmd(y, mo, d) ? { y, mo, d, format: 'MMMM d, yyyy' } : null;
  }
  return null;
}

/**
 * Parses a string the way Sheets parses typed input (GAS-FACTS "Strings are parsed as if typed").
 * `cellFormat` is the cell's current number format: '@' (plain text) keeps everything but formulas as text.
 */
export function parseTyped(s: string, li: LocaleInfo, cellFormat: string): Typed {
  if (s === '') return { value: null };
  // A leading '=' makes a formula even in a plain-text cell ([unsure] → stricter).
  if (s.length > 1 && s[0] === '=') return { value: FORMULA_VALUE, formula: s };
  if (cellFormat === '@') return { value: s };
  if (s[0] === "'") return { value: s.length > 1 ? s.slice(1) : null };
  const t = s.length > 0 && s.charCodeAt(0) > 32 && s.charCodeAt(s.length - 1) > 32 ? s : s.trim();
  if (t === '') return { value: s };
  const c0 = t.charCodeAt(0);
  const letter = (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 > 127;
  if (letter) {
    if (t.length <= 5) {
      const lower = t.toLowerCase();
      if (li.trueWords.includes(lower)) return { value: true };
      if (li.falseWords.includes(lower)) return { value: false };
    }
    // Only 'November 24, 2026'-like text can still be a value.
    if (!/\d{4}$/.test(t)) return { value: s };
  }
  const numeric = (c0 >= 48 && c0 <= 57) || t[0] === '+' || t[0] === '-' || t[0] === li.decimal;
  if (numeric) {
    const n = parseLocaleNumber(t, li);
    if (n !== null) return { value: n };
    if (t.endsWith('%')) {
      const p = parseLocaleNumber(t.slice(0, -1).trim(), li);
      if (p !== null) return { value: p / 100, format: Number.isInteger(p) ? '0%' : '0.00%' };
    }
  }
  if (c0 >= 48 && c0 <= 57) {
    const tm = parseTime(t);
    if (tm)
      return { value: serialOf(1899, 12, 30, tm.h, tm.mi, tm.s), format: tm.seconds ? 'HH:mm:ss' : 'HH:mm' };
  }
  const sp = t.lastIndexOf(' ');
  if (sp > 0 && t.includes(':')) {
    const dp = parseDatePart(t.slice(0, sp).trim(), li);
    const tm = dp ? parseTime(t.slice(sp + 1)) : null;
    if (dp && tm) {
      const fmt = dp.format === 'yyyy-MM-dd' ? 'yyyy-MM-dd HH:mm:ss' : li.dateTimeFormat;
      return { value: serialOf(dp.y, dp.mo, dp.d, tm.h, tm.mi, tm.s), format: fmt };
    }
  }
  const dp = parseDatePart(t, li);
  if (dp) return { value: serialOf(dp.y, dp.mo, dp.d), format: dp.format };
  // '+…' and '-…' that are not numbers are read as formulas by Sheets (phone numbers give #ERROR!). [comm]
  if (t.length > 1 && (t[0] === '+' || t[0] === '-')) return { value: FORMULA_VALUE, formula: `=${t}` };
  return { value: s };
}

// ---------------------------------------------------------------------------------------------
// Display: numbers by number format, dates by date pattern, in the locale's separators.

interface FmtToken {
  kind: 'lit' | 'y' | 'M' | 'd' | 'h' | 'm' | 's' | 'ampm' | 'frac';
  text: string;
  n: number;
}

const dateFmtCache = new Map<string, FmtToken[] | null>();

/** Strips quoted literals and escapes (for classifying a pattern). */
function stripLiterals(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

/** Whether a number format shows a date or a time (then getValues returns a Date). */
export function isDateFormat(fmt: string): boolean {
  if (!fmt || fmt === '@' || fmt.toLowerCase() === 'general') return false;
  return /[dmyhs]/i.test(
    stripLiterals(fmt)
      .replace(/\[[^\]]*\]/g, '')
      .replace(/General/gi, ''),
  );
}

function tokenizeDate(fmt: string): FmtToken[] {
  const out: FmtToken[] = [];
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === '"') {
      const j = fmt.indexOf('"', i + 1);
      const end = j < 0 ? fmt.length : j;
      out.push({ kind: 'lit', text: fmt.slice(i + 1, end), n: 0 });
      i = end + 1;
      continue;
    }
    if (ch === '\\' && i + 1 < fmt.length) {
      out.push({ kind: 'lit', text: fmt[i + 1], n: 0 });
      i += 2;
      continue;
    }
    if (/^(AM\/PM|am\/pm)/.test(fmt.slice(i))) {
      out.push({ kind: 'ampm', text: 'AM/PM', n: 5 });
      i += 5;
      continue;
    }
    const lowerCh = ch.toLowerCase();
    if ('ydhms'.includes(lowerCh)) {
      let j = i;
      while (j < fmt.length && fmt[j].toLowerCase() === lowerCh) j++;
      const kind = (lowerCh === 'm' ? 'm' : lowerCh) as FmtToken['kind'];
      out.push({ kind, text: fmt.slice(i, j), n: j - i });
      i = j;
      continue;
    }
    if (ch === '.' && fmt[i + 1] === '0') {
      let j = i + 1;
      while (fmt[j] === '0') j++;
      out.push({ kind: 'frac', text: '', n: j - i - 1 });
      i = j;
      continue;
    }
    out.push({ kind: 'lit', text: ch, n: 0 });
    i++;
  }
  // 'm' is minutes after an hour or before seconds, else month.
  const fields = out.filter((t) => t.kind !== 'lit');
  fields.forEach((t, k) => {
    if (t.kind !== 'm') return;
    const prev = fields[k - 1];
    const next = fields[k + 1];
    const minute = prev?.kind === 'h' || next?.kind === 's';
    t.kind = minute ? 'm' : 'M';
  });
  return out;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Calendar fields of a serial's wall clock without building a Date (civil-from-days arithmetic). */
class WallFields {
  private y: number;
  private mo: number;
  private d: number;
  private wd: number;
  private msOfDay: number;
  constructor(msSinceEpoch: number) {
    const days = Math.floor(msSinceEpoch / DAY_MS);
    this.msOfDay = msSinceEpoch - days * DAY_MS;
    // Days since 1970-01-01 (serial 25569), then Howard Hinnant's civil_from_days.
    const z = days - 25569 + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor(
      (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
    );
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    this.d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    this.mo = mp < 10 ? mp + 3 : mp - 9;
    this.y = yoe + era * 400 + (this.mo <= 2 ? 1 : 0);
    // 1899-12-30 (serial 0) was a Saturday.
    this.wd = (((days + 6) % 7) + 7) % 7;
  }
  getUTCFullYear() {
    return this.y;
  }
  getUTCMonth() {
    return this.mo - 1;
  }
  getUTCDate() {
    return this.d;
  }
  getUTCDay() {
    return this.wd;
  }
  getUTCHours() {
    return Math.floor(this.msOfDay / 3_600_000);
  }
  getUTCMinutes() {
    return Math.floor(this.msOfDay / 60_000) % 60;
  }
  getUTCSeconds() {
    return Math.floor(this.msOfDay / 1000) % 60;
  }
  getUTCMilliseconds() {
    return this.msOfDay % 1000;
  }
}

/** Formats a serial with a date/time pattern (tokens y M d H h m s, AM/PM, quoted literals). */
export function formatDateSerial(serial: number, fmt: string, li: LocaleInfo): string {
  // Sheets repeat the same dates a lot (session days): memoise per pattern and locale.
  const key = fmt + '\u0000' + li.decimal + li.months[0];
  let memo = dateTextCache.get(key);
  if (!memo) {
    memo = new Map();
    dateTextCache.set(key, memo);
  }
  const hit = memo.get(serial);
  if (hit !== undefined) return hit;
  if (memo.size > 50_000) memo.clear();
  const text = formatDateSerialUncached(serial, fmt, li);
  memo.set(serial, text);
  return text;
}

const dateTextCache = new Map<string, Map<number, string>>();

function formatDateSerialUncached(serial: number, fmt: string, li: LocaleInfo): string {
  let toks = dateFmtCache.get(fmt);
  if (!toks) {
    toks = tokenizeDate(fmt);
    dateFmtCache.set(fmt, toks);
  }
  const hasFrac = toks.some((t) => t.kind === 'frac');
  const ms = Math.round(serial * DAY_MS);
  const dt = new WallFields(hasFrac ? ms : Math.round(ms / 1000) * 1000);
  const hasAmPm = toks.some((t) => t.kind === 'ampm');
  let out = '';
  for (const t of toks) {
    switch (t.kind) {
      case 'lit':
        out += t.text;
        break;
      case 'y':
        out += t.n <= 2 ? pad(dt.getUTCFullYear() % 100, 2) : pad(dt.getUTCFullYear(), 4);
        break;
      case 'M': {
        const mo = dt.getUTCMonth();
        if (t.n === 1) out += String(mo + 1);
        else if (t.n === 2) out += pad(mo + 1, 2);
        else if (t.n === 3) out += li.months[mo].slice(0, 3);
        else if (t.n === 4) out += li.months[mo];
        else out += li.months[mo][0];
        break;
      }
      case 'd': {
        if (t.n === 1) out += String(dt.getUTCDate());
        else if (t.n === 2) out += pad(dt.getUTCDate(), 2);
        else if (t.n === 3) out += li.days[dt.getUTCDay()].slice(0, 3);
        else out += li.days[dt.getUTCDay()];
        break;
      }
      case 'h': {
        let h = dt.getUTCHours();
        if (hasAmPm) h = h % 12 === 0 ? 12 : h % 12;
        out += t.n >= 2 ? pad(h, 2) : String(h);
        break;
      }
      case 'm':
        out += t.n >= 2 ? pad(dt.getUTCMinutes(), 2) : String(dt.getUTCMinutes());
        break;
      case 's':
        out += t.n >= 2 ? pad(dt.getUTCSeconds(), 2) : String(dt.getUTCSeconds());
        break;
      case 'frac':
        out += li.decimal + pad(dt.getUTCMilliseconds(), 3).slice(0, t.n);
        break;
      case 'ampm':
        out += dt.getUTCHours() < 12 ? 'AM' : 'PM';
        break;
    }
  }
  return out;
}

const nfCache = new Map<string, Intl.NumberFormat>();
function fixedFormatter(minFrac: number, maxFrac: number): Intl.NumberFormat {
  const key = `${minFrac}/${maxFrac}`;
  let nf = nfCache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: minFrac,
      maximumFractionDigits: maxFrac,
      useGrouping: false,
      roundingMode: 'halfExpand',
    } as Intl.NumberFormatOptions);
    nfCache.set(key, nf);
  }
  return nf;
}

/** Rounds half away from zero on the decimal value shown (15 significant digits), like a spreadsheet. */
function toFixedDecimal(abs: number, minFrac: number, maxFrac: number): string {
  // format(string) rounds the exact decimal text, so 1.005 → "1.01" (Intl.NumberFormat v3).
  const nf = fixedFormatter(minFrac, maxFrac) as unknown as { format(v: string): string };
  return nf.format(abs.toPrecision(15));
}

function localise(s: string, li: LocaleInfo, group: boolean): string {
  const dot = s.indexOf('.');
  let int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  if (group && int.length > 3) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, li.group);
  return frac ? int + li.decimal + frac : int;
}

/** Scientific like Sheets' automatic format: '1.98501E+17' (6 significant digits). */
function scientific(n: number, li: LocaleInfo, digits = 5): string {
  const [mant, exp] = n.toExponential(digits).split('e');
  const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
  const e = Number(exp);
  return m.replace('.', li.decimal) + 'E' + (e < 0 ? '-' : '+') + pad(Math.abs(e), 2);
}

/** Sheets' automatic ("General") display of a number [unsure: ≥ 1e15 → scientific, else ≤ 15 digits]. */
export function formatGeneral(n: number, li: LocaleInfo): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '#NUM!' : n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e15 || abs < 1e-10) return (n < 0 ? '-' : '') + scientific(abs, li);
  // Fast path: the shortest round-trip text already fits (≤ 15 significant digits, ≤ 10 decimals).
  const plain = String(n);
  if (!plain.includes('e')) {
    const dot = plain.indexOf('.');
    const decimals = dot < 0 ? 0 : plain.length - dot - 1;
    const digits = plain.replace(/^-?0*\.?0*/, '').replace('.', '').length;
    if (decimals <= 10 && digits <= 15)
      return dot < 0 || li.decimal === '.' ? plain : plain.replace('.', li.decimal);
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const s = toFixedDecimal(abs, 0, Math.min(10, Math.max(0, 15 - intDigits)));
  if (s === '0') return (n < 0 ? '-' : '') + scientific(abs, li);
  return (n < 0 ? '-' : '') + localise(s, li, false);
}

interface NumSection {
  prefix: string;
  suffix: string;
  minInt: number;
  minFrac: number;
  maxFrac: number;
  group: boolean;
  percent: boolean;
  exp: boolean;
}

const numFmtCache = new Map<string, NumSection[]>();

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') q = !q;
    if (ch === '\\' && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === ';' && !q) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function literalText(s: string): string {
  return s
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/\[[^\]]*\]/g, '');
}

function parseSection(sec: string): NumSection {
  // The digit pattern outside quotes; everything around it is literal text.
  const masked = sec.replace(/"[^"]*"|\\./g, (m) => '\u0000'.repeat(m.length));
  const m = /[0#?][0#?,]*(?:\.[0#?]*)?(?:[eE][+-][0#]+)?|\.[0#?]+(?:[eE][+-][0#]+)?/.exec(masked);
  if (!m) {
    return {
      prefix: literalText(sec),
      suffix: '',
      minInt: 0,
      minFrac: 0,
      maxFrac: 0,
      group: false,
      percent: sec.includes('%'),
      exp: false,
    };
  }
  const core = m[0];
  const [mantissa] = core.split(/[eE]/);
  const [intPart, fracPart = ''] = mantissa.split('.');
  return {
    prefix: literalText(sec.slice(0, m.index)),
    suffix: literalText(sec.slice(m.index + core.length)),
    minInt: (intPart.match(/0/g) ?? []).length,
    minFrac: (fracPart.match(/0/g) ?? []).length,
    maxFrac: fracPart.length,
    group: intPart.includes(','),
    percent: masked.includes('%'),
    exp: /[eE]/.test(core),
  };
}

/** Formats a number with a numeric pattern ('0', '0.00', '#,##0', '0%', '0.00E+00', sections with ';'). */
export function formatNumberPattern(n: number, fmt: string, li: LocaleInfo): string {
  let secs = numFmtCache.get(fmt);
  if (!secs) {
    secs = splitSections(fmt).map(parseSection);
    numFmtCache.set(fmt, secs);
  }
  let sec = secs[0];
  let neg = n < 0;
  if (n < 0 && secs.length > 1) {
    sec = secs[1];
    neg = false;
  } else if (n === 0 && secs.length > 2) sec = secs[2];
  let abs = Math.abs(n);
  if (sec.percent) abs *= 100;
  let body: string;
  if (sec.exp) body = scientific(abs, li, sec.maxFrac);
  else {
    let s = toFixedDecimal(abs, sec.minFrac, sec.maxFrac);
    const dot = s.indexOf('.');
    let int = dot < 0 ? s : s.slice(0, dot);
    const frac = dot < 0 ? '' : s.slice(dot + 1);
    if (int === '0' && sec.minInt === 0) int = '';
    int = int.padStart(sec.minInt, '0');
    s = frac ? `${int}.${frac}` : int;
    body = localise(s, li, sec.group);
    if (body === '' && !frac) body = '';
    if (Number(s) === 0) neg = false;
  }
  return (neg ? '-' : '') + sec.prefix + body + sec.suffix;
}

/** The text a cell shows (getDisplayValues). */
export function formatDisplay(v: Scalar | null | undefined, fmt: string, li: LocaleInfo): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (!fmt || fmt === '@' || fmt.toLowerCase() === 'general') return formatGeneral(v, li);
  if (isDateFormat(fmt)) return formatDateSerial(v, fmt, li);
  return formatNumberPattern(v, fmt, li);
}
