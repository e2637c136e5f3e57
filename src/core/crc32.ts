// CRC-32 (ISO 3309 / ITU-T V.42, the polynomial of PNG and ZIP), pure: the files the add-on writes byte by byte
// (the QR's PNG, deterministic ZIP/xlsx archives) checksum their parts here.

let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** The CRC-32 of `bytes[start, end)`, continuing from `crc` (0 to start), as an unsigned 32-bit number. */
export function crc32(bytes: ArrayLike<number>, crc = 0, start = 0, end = bytes.length): number {
  const t = crcTable();
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = start; i < end; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
