// A ZIP archive written byte by byte (no zip library or zlib in Apps Script), as the xlsx writer (core/xlsx.ts)
// packs its parts. The format is PKWARE's APPNOTE.TXT (the .ZIP File Format Specification, 6.3.x); ECMA-376 Part 2
// (Open Packaging Conventions) Annex C says which of its features a package may use, and this writer uses few: each
// entry is STORED (method 0, no compression), its CRC-32 (core/crc32.ts) and sizes are in the local file header (no
// data descriptor, flag bit 3 clear), names are printable ASCII with `/` between folders (no UTF-8 flag), and there
// are no extra fields, comments, encryption, multi-disk or ZIP64 records. Byte-identical output for identical
// input: every entry carries the same DOS date and time, 1980-01-01 00:00:00 (the earliest a DOS date can say), and
// entries keep the order given. Pure.
//
// Layout, all numbers little-endian (APPNOTE 4.3.6):
//   [local file header 1][data 1] … [local file header n][data n]
//   [central directory header 1] … [central directory header n]
//   [end of central directory record]

import { crc32 } from './crc32';

/** One file of an archive: its path inside the archive (ASCII, `/` between folders) and its bytes. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const END_SIZE = 22;
/** Version 1.0 is enough to extract a STORED file (APPNOTE 4.4.3.2); made by host 0 (MS-DOS), version 2.0. */
const VERSION_NEEDED = 10;
const VERSION_MADE_BY = 20;
/** DOS time 00:00:00 and date 1980-01-01: ((1980 − 1980) << 9) | (1 << 5) | 1 (APPNOTE 4.4.6). */
const DOS_TIME = 0;
const DOS_DATE = 0x0021;
/** The largest entry count and offset/size the classic (not ZIP64) records hold. */
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;

/** The name's bytes: printable ASCII only (so no UTF-8 flag is needed), not empty, no leading `/`, no `\`. */
function nameBytes(name: string): number[] {
  if (!/^[\x20-\x7e]+$/.test(name) || name.startsWith('/') || name.includes('\\'))
    throw new RangeError(`zip: entry name ${JSON.stringify(name)} is not a relative printable-ASCII path`);
  return [...name].map((c) => c.charCodeAt(0));
}

/** A ZIP archive of `entries` in this order, each STORED, all dated 1980-01-01 00:00. */
export function zipStored(entries: readonly ZipEntry[]): Uint8Array {
  if (entries.length > MAX_ENTRIES)
    throw new RangeError(`zip: ${entries.length} entries, at most ${MAX_ENTRIES}`);
  const seen = new Set<string>();
  const files = entries.map((e) => {
    if (seen.has(e.name)) throw new RangeError(`zip: entry ${JSON.stringify(e.name)} given twice`);
    seen.add(e.name);
    return { name: nameBytes(e.name), data: e.data, crc: crc32(e.data) };
  });
  const localSize = files.reduce((n, f) => n + LOCAL_HEADER_SIZE + f.name.length + f.data.length, 0);
  const centralSize = files.reduce((n, f) => n + CENTRAL_HEADER_SIZE + f.name.length, 0);
  if (files.some((f) => f.data.length > MAX_BYTES) || localSize + centralSize > MAX_BYTES)
    throw new RangeError('zip: more than 4 GiB (ZIP64 is not written)');

  const out = new Uint8Array(localSize + centralSize + END_SIZE);
  let o = 0;
  const u16 = (n: number) => {
    out[o++] = n & 255;
    out[o++] = (n >>> 8) & 255;
  };
  const u32 = (n: number) => {
    u16(n & 0xffff);
    u16(n >>> 16);
  };
  /** The fields a local and a central header share, from "version needed" to "extra field length". */
  const common = (f: (typeof files)[number]) => {
    u16(VERSION_NEEDED);
    u16(0); // general purpose flags: none
    u16(0); // compression method: STORED
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(f.crc);
    u32(f.data.length); // compressed size
    u32(f.data.length); // uncompressed size
    u16(f.name.length);
    u16(0); // extra field length
  };

  const offsets: number[] = [];
  for (const f of files) {
    offsets.push(o);
    u32(LOCAL_HEADER);
    common(f);
    out.set(f.name, o);
    o += f.name.length;
    out.set(f.data, o);
    o += f.data.length;
  }
  const centralStart = o;
  files.forEach((f, i) => {
    u32(CENTRAL_HEADER);
    u16(VERSION_MADE_BY);
    common(f);
    u16(0); // file comment length
    u16(0); // disk number start
    u16(0); // internal file attributes
    u32(0); // external file attributes
    u32(offsets[i]);
    out.set(f.name, o);
    o += f.name.length;
  });
  u32(END_OF_CENTRAL_DIRECTORY);
  u16(0); // number of this disk
  u16(0); // disk where the central directory starts
  u16(files.length); // entries on this disk
  u16(files.length); // entries in all
  u32(centralSize);
  u32(centralStart);
  u16(0); // comment length
  return out;
}
