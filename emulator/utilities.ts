// Emulated Utilities (formatDate with Java SimpleDateFormat semantics, blobs, digests, base64, sleep), Logger, console and Session.

import { createHash, createHmac } from 'node:crypto';
import { format as nodeFormat } from 'node:util';
import { bytesOf, enumName, FakeBlob, isDateValue, makeEnum, signatureError, toSignedBytes } from './base';
import type { Runtime } from './runtime';
import { COST_MODEL } from './runtime';
import { MONTHS_EN } from './values';
import { zipStored } from './zip';

// ---------------------------------------------------------------------------------------------
// Time zones and wall-clock parts

interface WallClock {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday … 6 = Saturday */
  dow: number;
  /** Offset from UTC in ms at that instant (may have seconds: Asia/Jakarta 1899 is +07:07:12). */
  offsetMs: number;
}

type Zone =
  | { kind: 'fixed'; id: string; offsetMs: number }
  | { kind: 'iana'; id: string; fmt: Intl.DateTimeFormat };

const zoneCache = new Map<string, Zone>();

/**
 * Resolves a time-zone ID as Java's TimeZone.getTimeZone would: IANA IDs and custom `GMT±H[H][[:]MM]`.
 * Java silently falls back to GMT for an unknown ID; the emulator throws instead (stricter: a typo such
 * as 'WIB' or 'UTC+7' would otherwise print wrong times on Google without any error).
 */
export function resolveZone(id: string): Zone {
  const cached = zoneCache.get(id);
  if (cached) return cached;
  let zone: Zone;
  const m = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (m) {
    const h = Number(m[2]);
    const min = Number(m[3] ?? 0);
    if (h > 23 || min > 59) throw unknownZone(id);
    zone = { kind: 'fixed', id, offsetMs: (m[1] === '-' ? -1 : 1) * (h * 60 + min) * 60_000 };
  } else if (id === 'GMT' || id === 'UTC') {
    zone = { kind: 'fixed', id, offsetMs: 0 };
  } else {
    let fmt: Intl.DateTimeFormat;
    try {
      fmt = new Intl.DateTimeFormat('en-US', {
        timeZone: id,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      throw unknownZone(id);
    }
    zone = { kind: 'iana', id, fmt };
  }
  zoneCache.set(id, zone);
  return zone;
}

function unknownZone(id: string): Error {
  return new Error(
    `Invalid argument: timeZone (emulator: unknown time zone "${id}"; Google would silently use GMT)`,
  );
}

/** Wall-clock fields of an instant in a zone, with the zone's historical offset (via Intl/ICU tz data). */
export function wallClock(t: number, zoneId: string): WallClock {
  const zone = resolveZone(zoneId);
  const ms = ((t % 1000) + 1000) % 1000;
  const whole = t - ms;
  let offsetMs: number;
  if (zone.kind === 'fixed') {
    offsetMs = zone.offsetMs;
  } else {
    const parts: Record<string, string> = {};
    for (const p of zone.fmt.formatToParts(new Date(whole))) parts[p.type] = p.value;
    let year = Number(parts.year);
    if (parts.era === 'BC') year = 1 - year;
    const asUtc = Date.UTC(
      year,
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    );
    offsetMs = asUtc - whole;
  }
  const d = new Date(whole + offsetMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms,
    dow: d.getUTCDay(),
    offsetMs,
  };
}

// ---------------------------------------------------------------------------------------------
// SimpleDateFormat

/** Java's English month names (SimpleDateFormat's default locale on Apps Script). */
const MONTHS = MONTHS_EN;
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java names for zones whose English short name is not in ICU's en data (Java's TimeZoneNames). */
const JAVA_ZONE_NAMES: Record<string, [string, string]> = {
  'Asia/Jakarta': ['WIB', 'Western Indonesia Time'],
  'Asia/Pontianak': ['WIB', 'Western Indonesia Time'],
  'Asia/Makassar': ['WITA', 'Central Indonesia Time'],
  'Asia/Jayapura': ['WIT', 'Eastern Indonesia Time'],
  UTC: ['UTC', 'Coordinated Universal Time'],
  GMT: ['GMT', 'Greenwich Mean Time'],
};

type Token = { kind: 'lit'; text: string } | { kind: 'field'; letter: string; count: number };

const PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out.push({ kind: 'lit', text: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i++;
      for (;;) {
        if (i >= pattern.length) throw new Error('Unterminated quote');
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += pattern[i++];
      }
      out.push({ kind: 'lit', text });
    } else if (/[a-zA-Z]/.test(c)) {
      if (!PATTERN_LETTERS.includes(c)) throw new Error(`Illegal pattern character '${c}'`);
      let n = 1;
      while (pattern[i + n] === c) n++;
      out.push({ kind: 'field', letter: c, count: n });
      i += n;
    } else {
      out.push({ kind: 'lit', text: c });
      i++;
    }
  }
  return out;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function dayOfYear(w: WallClock): number {
  return (Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86_400_000 + 1;
}

/** Week of year and week-year with the US rules Java uses for en_US (weeks start Sunday, week 1 holds 1 January). */
function usWeek(w: WallClock): { week: number; weekYear: number } {
  const doy = dayOfYear(w);
  const daysInYear = isLeap(w.year) ? 366 : 365;
  if (doy + (6 - w.dow) > daysInYear) return { week: 1, weekYear: w.year + 1 };
  const jan1Dow = new Date(Date.UTC(w.year, 0, 1)).getUTCDay();
  return { week: Math.floor((doy - 1 + jan1Dow) / 7) + 1, weekYear: w.year };
}

function zoneName(zoneId: string, w: WallClock, long: boolean): string {
  const zone = resolveZone(zoneId);
  const gmt = () => {
    const totalMin = Math.trunc(w.offsetMs / 60_000);
    const a = Math.abs(totalMin);
    return `GMT${totalMin < 0 ? '-' : '+'}${pad(Math.floor(a / 60), 2)}:${pad(a % 60, 2)}`;
  };
  const known = JAVA_ZONE_NAMES[zoneId];
  if (known) return long ? known[1] : known[0];
  if (zone.kind === 'fixed') return gmt();
  // Java's English names: ICU's en-US names, else another English locale's (IST, BST…), else GMT±hh:mm.
  const at = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour) - w.offsetMs);
  for (const locale of ['en-US', 'en-GB', 'en-IN', 'en-AU']) {
    const name =
      new Intl.DateTimeFormat(locale, { timeZone: zoneId, timeZoneName: long ? 'long' : 'short' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (name !== '' && !/^(GMT|UTC)([+-]|$)/.test(name)) return name;
    if (name === 'GMT' && !long) return name;
  }
  return gmt();
}

function rfc822(offsetMs: number): string {
  // Java: minutes truncated toward zero, so +07:07:12 prints +0707.
  let v = Math.trunc(offsetMs / 60_000);
  const sign = v < 0 ? '-' : '+';
  v = Math.abs(v);
  return sign + pad(Math.floor(v / 60) * 100 + (v % 60), 4);
}

function iso8601(offsetMs: number, count: number): string {
  if (count > 3) throw new Error(`invalid ISO 8601 format: length=${count}`);
  let v = Math.trunc(offsetMs / 60_000);
  if (v === 0) return 'Z';
  const sign = v < 0 ? '-' : '+';
  v = Math.abs(v);
  const hh = pad(Math.floor(v / 60), 2);
  if (count === 1) return sign + hh;
  return sign + hh + (count === 3 ? ':' : '') + pad(v % 60, 2);
}

/** Formats an instant like Java's SimpleDateFormat in English (what Utilities.formatDate does). */
export function formatJavaDate(t: number, zoneId: string, pattern: string): string {
  const tokens = tokenize(pattern);
  const w = wallClock(t, zoneId);
  let out = '';
  for (const tk of tokens) {
    if (tk.kind === 'lit') {
      out += tk.text;
      continue;
    }
    const n = tk.count;
    switch (tk.letter) {
      case 'G':
        out += w.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y': {
        const y0 = tk.letter === 'y' ? w.year : usWeek(w).weekYear;
        const y = y0 > 0 ? y0 : 1 - y0;
        out += n === 2 ? pad(y % 100, 2) : pad(y, n);
        break;
      }
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n);
        break;
      case 'w':
        out += pad(usWeek(w).week, n);
        break;
      case 'W': {
        const firstDow = new Date(Date.UTC(w.year, w.month - 1, 1)).getUTCDay();
        out += pad(Math.floor((w.day - 1 + firstDow) / 7) + 1, n);
        break;
      }
      case 'D':
        out += pad(dayOfYear(w), n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'F':
        out += pad(Math.floor((w.day - 1) / 7) + 1, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[w.dow] : DAYS[w.dow].slice(0, 3);
        break;
      case 'u':
        out += pad(w.dow === 0 ? 7 : w.dow, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'K':
        out += pad(w.hour % 12, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.ms, n);
        break;
      case 'z':
        out += zoneName(zoneId, w, n >= 4);
        break;
      case 'Z':
        out += rfc822(w.offsetMs);
        break;
      case 'X':
        out += iso8601(w.offsetMs, n);
        break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// formatString (sprintf-like)

function formatString(template: string, args: unknown[]): string {
  let k = 0;
  return template.replace(
    /%([-+0 ]*)(\d+)?(?:\.(\d+))?([sdifxXeEocS%])/g,
    (_m, flags: string, width?: string, prec?: string, conv?: string) => {
      if (conv === '%') return '%';
      const v = args[k++];
      let s: string;
      switch (conv) {
        case 'd':
        case 'i':
          s = String(Math.trunc(Number(v)));
          break;
        case 'f':
          s = Number(v).toFixed(prec === undefined ? 6 : Number(prec));
          break;
        case 'e':
        case 'E':
          s = Number(v).toExponential(prec === undefined ? 6 : Number(prec));
          if (conv === 'E') s = s.toUpperCase();
          break;
        case 'x':
        case 'X':
          s = Math.trunc(Number(v)).toString(16);
          if (conv === 'X') s = s.toUpperCase();
          break;
        case 'o':
          s = Math.trunc(Number(v)).toString(8);
          break;
        case 'c':
          s = typeof v === 'number' ? String.fromCharCode(v) : String(v).charAt(0);
          break;
        case 'S':
          s = String(v).toUpperCase();
          break;
        default:
          s = String(v);
          if (prec !== undefined) s = s.slice(0, Number(prec));
      }
      if (flags.includes('+') && /^[0-9]/.test(s) && /[difeE]/.test(conv ?? '')) s = `+${s}`;
      const wdt = width ? Number(width) : 0;
      if (s.length < wdt) {
        if (flags.includes('-')) s = s.padEnd(wdt, ' ');
        else if (flags.includes('0') && conv !== 's') {
          const neg = /^[-+]/.test(s) ? s[0] : '';
          s = neg + s.slice(neg.length).padStart(wdt - neg.length, '0');
        } else s = s.padStart(wdt, ' ');
      }
      return s;
    },
  );
}

// ---------------------------------------------------------------------------------------------
// CSV

function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Utilities

export const DigestAlgorithm = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'] as const);
export const MacAlgorithm = makeEnum([
  'HMAC_MD5',
  'HMAC_SHA_1',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
] as const);
export const Charset = makeEnum(['US_ASCII', 'UTF_8'] as const);

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

function charsetName(c: unknown): string {
  if (c === undefined || c === null) return 'UTF-8';
  return enumName(c).replace('_', '-');
}

/** The longest Utilities.sleep Google accepts (5 minutes). */
export const MAX_SLEEP_MS = 300_000;

/** Apps Script's blob size limit (50 MB, quotas page "Blob size"); the message is the emulator's. */
export const MAX_BLOB_BYTES = 50 * 1024 * 1024;
export const BLOB_TOO_LARGE = 'Emulator: blob over the 50 MB limit';

export function createUtilities(rt: Runtime, opts: { uuidSeed?: string } = {}) {
  const t = COST_MODEL.trivial;
  let uuidCounter = 0;
  const seed = opts.uuidSeed ?? 'dou-asn-emulator';
  const digest = (alg: unknown, value: unknown, charset?: unknown): number[] => {
    const name = enumName(alg);
    const node = NODE_DIGEST[name];
    if (!node) throw new Error(`Invalid argument: algorithm (emulator: ${name} not modelled)`);
    return toSignedBytes(
      createHash(node)
        .update(bytesOf(value, charsetName(charset)))
        .digest(),
    );
  };
  const hmac = (alg: unknown, value: unknown, key: unknown, charset?: unknown): number[] => {
    const node = NODE_DIGEST[enumName(alg)];
    if (!node) throw new Error('Invalid argument: algorithm');
    const cs = charsetName(charset);
    return toSignedBytes(createHmac(node, bytesOf(key, cs)).update(bytesOf(value, cs)).digest());
  };
  const decode = (encoded: unknown, webSafe: boolean): number[] => {
    if (typeof encoded !== 'string') throw signatureError('Utilities.base64Decode', [encoded]);
    const s = encoded.replace(/\s+/g, '');
    const re = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
    if (!re.test(s) || s.replace(/=+$/, '').length % 4 === 1) throw new Error('Could not decode string.');
    return toSignedBytes(new Uint8Array(Buffer.from(s, webSafe ? 'base64url' : 'base64')));
  };
  return {
    DigestAlgorithm,
    MacAlgorithm,
    Charset,
    formatDate(date: Date, timeZone: string, format: string): string {
      return rt.call('Utilities.formatDate', t, () => {
        if (!isDateValue(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
          throw signatureError('Utilities.formatDate', [date, timeZone, format]);
        }
        const ms = date.getTime();
        if (Number.isNaN(ms)) throw new Error('Invalid argument: date');
        return formatJavaDate(ms, timeZone, format);
      });
    },
    formatString(template: string, ...args: unknown[]): string {
      return rt.call('Utilities.formatString', t, () => formatString(String(template), args));
    },
    newBlob(data: unknown, contentType?: string | null, name?: string | null): FakeBlob {
      return rt.call('Utilities.newBlob', t, () => {
        if (data === undefined || data === null) throw signatureError('Utilities.newBlob', [data]);
        return new FakeBlob(rt, bytesOf(data), contentType ?? null, name ?? null);
      });
    },
    sleep(milliseconds: number): void {
      if (typeof milliseconds !== 'number' || milliseconds < 0 || milliseconds > MAX_SLEEP_MS) {
        rt.call('Utilities.sleep', t);
        throw new Error('Invalid argument: milliseconds');
      }
      rt.call('Utilities.sleep', milliseconds);
    },
    getUuid(): string {
      return rt.call('Utilities.getUuid', t, () => {
        // Deterministic (seeded) so emulator runs are reproducible; shaped like a version-4 UUID.
        const h = createHash('sha256').update(`${seed}:${++uuidCounter}`).digest('hex');
        const variant = ((Number.parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
      });
    },
    computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
      return rt.call('Utilities.computeDigest', t, () => digest(algorithm, value, charset));
    },
    computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
      return rt.call('Utilities.computeHmacSha256Signature', t, () =>
        hmac('HMAC_SHA_256', value, key, charset),
      );
    },
    computeHmacSignature(algorithm: unknown, value: unknown, key: unknown, charset?: unknown): number[] {
      return rt.call('Utilities.computeHmacSignature', t, () => hmac(algorithm, value, key, charset));
    },
    base64Encode(data: unknown, charset?: unknown): string {
      return rt.call('Utilities.base64Encode', t, () =>
        Buffer.from(bytesOf(data, charsetName(charset))).toString('base64'),
      );
    },
    base64EncodeWebSafe(data: unknown, charset?: unknown): string {
      return rt.call('Utilities.base64EncodeWebSafe', t, () =>
        Buffer.from(bytesOf(data, charsetName(charset)))
          .toString('base64')
          .replace(/\+/g, '-')
          .replace(/\//g, '_'),
      );
    },
    base64Decode(encoded: string): number[] {
      return rt.call('Utilities.base64Decode', t, () => decode(encoded, false));
    },
    base64DecodeWebSafe(encoded: string): number[] {
      return rt.call('Utilities.base64DecodeWebSafe', t, () => decode(encoded, true));
    },
    /**
     * A ZIP of the blobs (entries named by the blobs' names). Stricter than documented: a blob without a name, two
     * entries of the same name, or an archive over the 50 MB blob limit is refused.
     */
    zip(blobs: unknown, name?: string): FakeBlob {
      return rt.call('Utilities.zip', COST_MODEL.zip, () => {
        if (!Array.isArray(blobs)) throw signatureError('Utilities.zip', [blobs]);
        const seen = new Set<string>();
        const entries = blobs.map((b) => {
          const blob = b as FakeBlob;
          if (!blob || typeof blob.getBytes !== 'function') throw signatureError('Utilities.zip', [blobs]);
          const entry = blob.getName();
          if (!entry)
            throw new Error('Emulator: a blob without a name in Utilities.zip is refused (stricter)');
          if (seen.has(entry))
            throw new Error(`Emulator: two entries named ${entry} in Utilities.zip (stricter)`);
          seen.add(entry);
          return { name: entry, data: new Uint8Array(blob.getBytes().map((x) => x & 255)) };
        });
        const bytes = zipStored(entries);
        if (bytes.length > MAX_BLOB_BYTES) throw new Error(BLOB_TOO_LARGE);
        return new FakeBlob(rt, bytes, 'application/zip', name ?? null);
      });
    },
    parseCsv(csv: string, delimiter?: string): string[][] {
      return rt.call('Utilities.parseCsv', t, () => parseCsv(String(csv), delimiter ?? ','));
    },
  };
}

export type FakeUtilities = ReturnType<typeof createUtilities>;

// ---------------------------------------------------------------------------------------------
// Logger and console

export interface LogEntry {
  /** 'Logger' for Logger.log, else the console method. */
  level: 'Logger' | 'log' | 'info' | 'warn' | 'error';
  message: string;
  /** Simulated time of the call. */
  at: number;
}

export function createLogging(rt: Runtime, logs: LogEntry[], opts: { verbose?: boolean } = {}) {
  const t = COST_MODEL.trivial;
  const record = (level: LogEntry['level'], message: string) => {
    logs.push({ level, message, at: rt.now });
    if (opts.verbose) process.stderr.write(`[${level}] ${message}\n`);
  };
  const Logger = {
    log(data: unknown, ...values: unknown[]) {
      return rt.call('Logger.log', t, () => {
        const msg =
          values.length > 0 && typeof data === 'string' ? formatString(data, values) : nodeFormat('%s', data);
        record('Logger', msg);
        return Logger;
      });
    },
    getLog(): string {
      return rt.call('Logger.getLog', t, () =>
        logs
          .filter((l) => l.level === 'Logger')
          .map((l) => `${l.message}\n`)
          .join(''),
      );
    },
    clear(): void {
      rt.call('Logger.clear', t, () => {
        for (let i = logs.length - 1; i >= 0; i--) if (logs[i].level === 'Logger') logs.splice(i, 1);
      });
    },
  };
  const method =
    (level: 'log' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]): void => {
      rt.call(`console.${level}`, t, () => record(level, nodeFormat(...args)));
    };
  const console = {
    log: method('log'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
  };
  return { Logger, console };
}

// ---------------------------------------------------------------------------------------------
// Session

/** `user` is a getter: the environment switches users between executions (`env.setUser`). */
export function createSession(rt: Runtime, opts: { user: () => string; locale?: string }) {
  const t = COST_MODEL.trivial;
  const current = opts.user;
  const user = (email: string) => ({
    getEmail: () => rt.call('Session.User.getEmail', t, () => email),
    toString: () => email,
  });
  return {
    getScriptTimeZone: () => rt.call('Session.getScriptTimeZone', t, () => rt.timeZone),
    getActiveUserLocale: () => rt.call('Session.getActiveUserLocale', t, () => opts.locale ?? 'id'),
    getActiveUser: () => rt.call('Session.getActiveUser', t, () => user(current())),
    getEffectiveUser: () => rt.call('Session.getEffectiveUser', t, () => user(current())),
    getTemporaryActiveUserKey: () =>
      rt.call('Session.getTemporaryActiveUserKey', t, () =>
        createHash('sha256').update(`key:${current()}`).digest('base64').slice(0, 43),
      ),
  };
}
