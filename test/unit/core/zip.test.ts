import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { crc32 } from '../../../src/core/crc32';
import { zipStored } from '../../../src/core/zip';

const UNZIP = '/usr/bin/unzip';
const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

const ENTRIES = [
  { name: '[Content_Types].xml', data: text('<Types/>') },
  { name: 'xl/worksheets/sheet1.xml', data: text('<worksheet>é 😀</worksheet>') },
  { name: 'empty.bin', data: new Uint8Array(0) },
  { name: 'big.bin', data: Uint8Array.from({ length: 70000 }, (_, i) => (i * 7919) & 255) },
];

/** The archive's records read by hand (APPNOTE 4.3): each central entry and the local header it points to. */
function records(zip: Uint8Array) {
  const b = Buffer.from(zip);
  const end = b.length - 22;
  expect(b.readUInt32LE(end)).toBe(0x06054b50);
  const count = b.readUInt16LE(end + 10);
  expect(b.readUInt16LE(end + 8)).toBe(count);
  const cdSize = b.readUInt32LE(end + 12);
  const cdStart = b.readUInt32LE(end + 16);
  expect(cdStart + cdSize).toBe(end);
  expect(b.readUInt16LE(end + 20)).toBe(0); // no comment
  const out = [];
  let p = cdStart;
  for (let i = 0; i < count; i++) {
    expect(b.readUInt32LE(p)).toBe(0x02014b50);
    const nameLen = b.readUInt16LE(p + 28);
    const central = {
      flags: b.readUInt16LE(p + 8),
      method: b.readUInt16LE(p + 10),
      time: b.readUInt16LE(p + 12),
      date: b.readUInt16LE(p + 14),
      crc: b.readUInt32LE(p + 16),
      size: b.readUInt32LE(p + 20),
      rawSize: b.readUInt32LE(p + 24),
      extra: b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32),
      name: b.toString('latin1', p + 46, p + 46 + nameLen),
      offset: b.readUInt32LE(p + 42),
    };
    const l = central.offset;
    expect(b.readUInt32LE(l)).toBe(0x04034b50);
    const localNameLen = b.readUInt16LE(l + 26);
    const local = {
      flags: b.readUInt16LE(l + 6),
      method: b.readUInt16LE(l + 8),
      time: b.readUInt16LE(l + 10),
      date: b.readUInt16LE(l + 12),
      crc: b.readUInt32LE(l + 14),
      size: b.readUInt32LE(l + 18),
      rawSize: b.readUInt32LE(l + 22),
      extra: b.readUInt16LE(l + 28),
      name: b.toString('latin1', l + 30, l + 30 + localNameLen),
    };
    const dataStart = l + 30 + localNameLen + local.extra;
    out.push({ central, local, data: new Uint8Array(b.subarray(dataStart, dataStart + local.size)) });
    p += 46 + nameLen;
  }
  expect(p).toBe(end);
  return out;
}

describe('zipStored', () => {
  const zip = zipStored(ENTRIES);

  it('reads back with JSZip: the same names in the same order, the same bytes', async () => {
    const read = await JSZip.loadAsync(zip);
    expect(Object.keys(read.files)).toEqual(ENTRIES.map((e) => e.name));
    for (const e of ENTRIES) expect(await read.file(e.name)!.async('uint8array')).toEqual(e.data);
  });

  it('writes each entry STORED, dated 1980-01-01 00:00, with its CRC-32 and sizes in both headers', () => {
    const recs = records(zip);
    expect(recs.map((r) => r.central.name)).toEqual(ENTRIES.map((e) => e.name));
    let at = 0;
    recs.forEach((r, i) => {
      const { offset, ...fields } = r.central;
      // the entries follow each other from the archive's first byte, without a gap
      expect(offset).toBe(at);
      at += 30 + ENTRIES[i].name.length + ENTRIES[i].data.length;
      expect(r.local).toEqual(fields);
      expect(r.local).toMatchObject({ flags: 0, method: 0, time: 0, date: 0x0021, extra: 0 });
      expect(r.local.crc).toBe(crc32(ENTRIES[i].data));
      expect(r.local.size).toBe(ENTRIES[i].data.length);
      expect(r.local.rawSize).toBe(ENTRIES[i].data.length);
      expect(Buffer.from(r.data).equals(Buffer.from(ENTRIES[i].data))).toBe(true);
    });
  });

  it('passes unzip -t', () => {
    if (!existsSync(UNZIP)) return;
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    try {
      const file = join(dir, 'a.zip');
      writeFileSync(file, zip);
      const out = execFileSync(UNZIP, ['-t', file], { encoding: 'utf8' });
      expect(out).toMatch(/No errors detected/);
      const list = execFileSync(UNZIP, ['-v', file], { encoding: 'utf8' });
      expect(list).toMatch(/Stored\s+70000\s+0%\s+1980-01-01 00:00\s+[0-9a-f]{8}\s+big\.bin/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is byte-identical for identical input, and an empty archive is the end record alone', () => {
    const again = zipStored(ENTRIES.map((e) => ({ name: e.name, data: Uint8Array.from(e.data) })));
    expect(Buffer.from(again).equals(Buffer.from(zip))).toBe(true);
    expect([...zipStored([])]).toEqual([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
  });

  it('refuses names it cannot write plainly, and a name given twice', () => {
    const data = new Uint8Array(1);
    expect(() => zipStored([{ name: 'é.xml', data }])).toThrow(RangeError);
    expect(() => zipStored([{ name: '', data }])).toThrow(RangeError);
    expect(() => zipStored([{ name: '/abs.xml', data }])).toThrow(RangeError);
    expect(() => zipStored([{ name: 'a\\b.xml', data }])).toThrow(RangeError);
    expect(() => zipStored([{ name: 'a\nb', data }])).toThrow(RangeError);
    expect(() =>
      zipStored([
        { name: 'a.xml', data },
        { name: 'a.xml', data },
      ]),
    ).toThrow(/given twice/);
  });
});
