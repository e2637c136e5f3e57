import { crc32 } from '../../../src/core/crc32';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('crc32', () => {
  it('gives the standard check value of "123456789"', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
  });
  it('is 0 for nothing and continues across chunks', () => {
    expect(crc32([])).toBe(0);
    const all = ascii('The quick brown fox jumps over the lazy dog');
    expect(crc32(all)).toBe(0x414fa339);
    expect(crc32(all.slice(10), crc32(all.slice(0, 10)))).toBe(0x414fa339);
    expect(crc32(all, 0, 0, 10)).toBe(crc32(all.slice(0, 10)));
  });
});
