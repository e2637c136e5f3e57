import {
  escapeTag,
  findSignature,
  hasPrefix,
  readTag,
  signedAtText,
  templateTagFault,
  tteValues,
} from '../../../src/core/tte';

describe('core/tte', () => {
  it('reads a tag: one visible ASCII non-letter, non-digit, non-brace character', () => {
    expect(readTag('#')).toBe('#');
    expect(readTag(' $ ')).toBe('$');
    for (const bad of ['', 'ab', 'a', '7', '##', '{', '}', '✓', ' ']) expect(readTag(bad)).toBeUndefined();
  });

  it('escapes the tag in every printed value to its fullwidth look-alike, and prints the tag only in Tag mode', () => {
    expect(escapeTag('Budi #1 #2', '#')).toBe('Budi ＃1 ＃2');
    const v = { Nama: 'A#B', Nomor: '001/#/2026', 'Tag TTE': '' };
    expect(tteValues(v, { mode: 'Tag', tag: '#' })).toEqual({
      Nama: 'A＃B',
      Nomor: '001/＃/2026',
      'Tag TTE': '#',
    });
    expect(tteValues(v, { mode: 'Tidak', tag: '#' })).toEqual(v);
    expect(tteValues(v, undefined)).toEqual(v);
    // the link a QR encodes stays as it is
    const linked = { Nama: 'A#B', 'Tautan Verifikasi': 'https://contoh.go.id/v#x', 'Tag TTE': '' };
    expect(tteValues(linked, { mode: 'Tag', tag: '#' })['Tautan Verifikasi']).toBe(
      'https://contoh.go.id/v#x',
    );
  });

  it('judges a template: the tag written once, not in its own text', () => {
    const tag = { mode: 'Tag' as const, tag: '#' };
    expect(templateTagFault({ tagCount: 0, symbols: '' }, tag)).toBe('missing');
    expect(templateTagFault({}, tag)).toBe('missing');
    expect(templateTagFault({ tagCount: 2, symbols: '' }, tag)).toBe('repeated');
    expect(templateTagFault({ tagCount: 1, symbols: ':,#' }, tag)).toBe('inText');
    expect(templateTagFault({ tagCount: 1, symbols: ':,' }, tag)).toBeNull();
    expect(templateTagFault({ tagCount: 0 }, { mode: 'Tidak', tag: '#' })).toBeNull();
  });

  it('finds a signature after the original bytes, and its time', () => {
    const enc = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
    const orig = enc('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
    const signed = new Uint8Array([
      ...orig,
      ...enc(
        "5 0 obj<</Type /Sig /ByteRange [0 10 20 30] /Contents <00> /M (D:20261203101500+07'00')>>endobj\n%%EOF\n",
      ),
    ]);
    expect(findSignature(orig)).toBeNull();
    expect(findSignature(signed)?.m).toBe("D:20261203101500+07'00'");
    expect(hasPrefix(signed, orig)).toBe(true);
    expect(hasPrefix(orig, signed)).toBe(false);
    expect(signedAtText("D:20261203101500+07'00'")).toBe('3 Desember 2026 10.15.00 WIB');
    expect(signedAtText(null)).toBe('');
  });
});
