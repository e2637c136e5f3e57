// Shared pieces of the emulated base services: Google-style enum values, the MimeType enum, the Blob, realm-safe type checks.

import type { Runtime } from './runtime';
import { COST_MODEL } from './runtime';

/** Object.prototype.toString tag: realm-safe (values cross the node:vm boundary). */
export function tagOf(v: unknown): string {
  return Object.prototype.toString.call(v).slice(8, -1);
}

export function isDateValue(v: unknown): v is Date {
  return tagOf(v) === 'Date';
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || tagOf(v) !== 'Object') return false;
  const proto = Object.getPrototypeOf(v);
  // A plain object of any realm has a prototype whose own prototype is null (Object.prototype).
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Google's wording when arguments don't fit any overload, e.g. `(String,String,String)`. */
export function signatureError(method: string, args: unknown[]): Error {
  const names = args.map((a) => {
    if (a === null || a === undefined) return 'null';
    if (typeof a === 'string') return 'String';
    if (typeof a === 'number') return 'number';
    if (typeof a === 'boolean') return 'Boolean';
    if (isDateValue(a)) return 'Date';
    if (Array.isArray(a)) return 'number[]';
    return 'Object';
  });
  return new Error(`The parameters (${names.join(',')}) don't match the method signature for ${method}.`);
}

/**
 * One value of an Apps Script enum. Google's enum values are objects (not strings): `toString()` and
 * `name()` give the name, so `e.authMode === 'NONE'` is false on Google and here too.
 */
export interface GasEnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

export function makeEnum<K extends string>(names: readonly K[]): Readonly<Record<K, GasEnumValue>> {
  const out = {} as Record<K, GasEnumValue>;
  names.forEach((n, i) => {
    out[n] = Object.freeze({
      name: () => n,
      ordinal: () => i,
      toString: () => n,
      toJSON: () => n,
    });
  });
  return Object.freeze(out);
}

/** Name of an enum value given either as a GasEnumValue or as its name string. */
export function enumName(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as GasEnumValue).name === 'function') {
    return (v as GasEnumValue).name();
  }
  return String(v);
}

/** Google's MimeType enum: its values are plain MIME strings (usable in getAs and Drive metadata). */
export const MIME_TYPE = Object.freeze({
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_DRIVE_FOLDER: 'application/vnd.google-apps.folder',
  FOLDER: 'application/vnd.google-apps.folder',
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  CSV: 'text/csv',
  JSON: 'application/json',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  ZIP: 'application/zip',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});

/** Java bytes are signed: Apps Script byte arrays hold -128..127. */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

export function fromByteArray(bytes: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = Number(bytes[i]) & 0xff;
  return out;
}

/** Bytes of a string or of a byte array (signed or unsigned numbers). */
export function bytesOf(data: unknown, charset = 'UTF-8'): Uint8Array {
  if (typeof data === 'string') {
    const enc = /^(US[-_])?ASCII$/i.test(charset) ? 'latin1' : 'utf8';
    return new Uint8Array(Buffer.from(data, enc));
  }
  if (Array.isArray(data) || ArrayBuffer.isView(data)) return fromByteArray(data as ArrayLike<number>);
  throw new Error('Invalid argument: data');
}

/**
 * The Blob of Apps Script's base service (Utilities.newBlob, Document.getAs, Drive/Mail attachments).
 * Other emulated services construct it with `new FakeBlob(rt, bytes, contentType, name)`.
 */
export class FakeBlob {
  private data: Uint8Array;
  private type: string | null;
  private fileName: string | null;

  constructor(
    private readonly rt: Runtime,
    bytes: Uint8Array,
    contentType: string | null = null,
    name: string | null = null,
  ) {
    this.data = new Uint8Array(bytes);
    this.type = contentType;
    this.fileName = name;
  }

  private c<T>(method: string, effect: () => T): T {
    return this.rt.call(`Utilities.Blob.${method}`, COST_MODEL.trivial, effect);
  }

  getBytes(): number[] {
    return this.c('getBytes', () => toSignedBytes(this.data));
  }
  setBytes(bytes: number[]): FakeBlob {
    return this.c('setBytes', () => {
      this.data = fromByteArray(bytes);
      return this;
    });
  }
  getDataAsString(charset?: string): string {
    return this.c('getDataAsString', () =>
      Buffer.from(this.data).toString(/^(US[-_])?ASCII$/i.test(charset ?? '') ? 'latin1' : 'utf8'),
    );
  }
  setDataFromString(s: string, charset?: string): FakeBlob {
    return this.c('setDataFromString', () => {
      this.data = bytesOf(String(s), charset);
      return this;
    });
  }
  getContentType(): string | null {
    return this.c('getContentType', () => this.type);
  }
  setContentType(t: string | null): FakeBlob {
    return this.c('setContentType', () => {
      this.type = t;
      return this;
    });
  }
  getName(): string | null {
    return this.c('getName', () => this.fileName);
  }
  setName(n: string): FakeBlob {
    return this.c('setName', () => {
      this.fileName = n;
      return this;
    });
  }
  isGoogleType(): boolean {
    return this.c('isGoogleType', () => false);
  }
  copyBlob(): FakeBlob {
    return this.c('copyBlob', () => new FakeBlob(this.rt, this.data, this.type, this.fileName));
  }
  getBlob(): FakeBlob {
    return this.c('getBlob', () => this);
  }
  /** Conversion between formats is not modelled: only the blob's own type is accepted (stricter). */
  getAs(contentType: string): FakeBlob {
    return this.c('getAs', () => {
      if (contentType !== this.type) {
        throw new Error(`Converting from ${this.type ?? 'null'} to ${contentType} is not supported.`);
      }
      return new FakeBlob(this.rt, this.data, this.type, this.fileName);
    });
  }

  /** Emulator-only: the raw bytes, uncounted (for writing PDFs to disk, attachments, asserts). */
  _bytes(): Uint8Array {
    return new Uint8Array(this.data);
  }
  /** Emulator-only: content type and name, uncounted. */
  _meta(): { contentType: string | null; name: string | null; size: number } {
    return { contentType: this.type, name: this.fileName, size: this.data.length };
  }
}

export function isFakeBlob(v: unknown): v is FakeBlob {
  return v instanceof FakeBlob;
}

/** mulberry32: a tiny seeded PRNG, so ids and simulated answers are the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
