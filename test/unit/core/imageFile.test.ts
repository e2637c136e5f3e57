import { base64Size, decodeBase64, imageInfo, printedSize } from '../../../src/core/imageFile';
import { logoJpeg, solidPng, tinyGif } from '../../fixtures/images';

const u8 = (b: Buffer) => new Uint8Array(b);

describe('imageInfo: the kind and size from the image’s own header', () => {
  test('a PNG: its IHDR width and height', () => {
    expect(imageInfo(u8(solidPng(300, 120)))).toEqual({
      kind: 'png',
      mimeType: 'image/png',
      width: 300,
      height: 120,
    });
  });
  test('a JPEG: its SOF frame, after the JFIF segment', () => {
    expect(imageInfo(u8(logoJpeg()))).toEqual({
      kind: 'jpeg',
      mimeType: 'image/jpeg',
      width: 240,
      height: 120,
    });
  });
  test('a GIF, text, a cut-off PNG and a JPEG without a frame are not images', () => {
    expect(imageInfo(u8(tinyGif()))).toBeNull();
    expect(imageInfo(u8(Buffer.from('hello world, not an image at all')))).toBeNull();
    expect(imageInfo(u8(solidPng(10, 10)).slice(0, 20))).toBeNull();
    expect(imageInfo(u8(logoJpeg()).slice(0, 20))).toBeNull();
    expect(imageInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
  });
});

describe('decodeBase64', () => {
  test('decodes as Node does, with and without padding', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'abcd', 'hello world!']) {
      const b64 = Buffer.from(s).toString('base64');
      expect(base64Size(b64)).toBe(Buffer.from(s).length);
      expect(Buffer.from(decodeBase64(b64)!).toString()).toBe(s);
    }
    const png = solidPng(40, 20);
    expect(Buffer.from(decodeBase64(png.toString('base64'))!).equals(png)).toBe(true);
  });
  test('refuses what is not base64', () => {
    expect(decodeBase64('abc')).toBeNull();
    expect(decodeBase64('ab$d')).toBeNull();
    expect(decodeBase64('a=bc')).toBeNull();
    expect(decodeBase64('data:image/png;base64,AAAA')).toBeNull();
  });
});

describe('printedSize: the height asked, the width by the proportions', () => {
  test('a wide logo 60 points high', () => {
    expect(printedSize({ width: 240, height: 120 }, 60, 700)).toEqual({ width: 120, height: 60 });
  });
  test('too wide for the box: the width is capped and the height follows', () => {
    expect(printedSize({ width: 2000, height: 100 }, 55, 300)).toEqual({ width: 300, height: 15 });
  });
});
