import {
  type Candidate,
  LEDGER_FIELDS,
  ledgerRowOf,
  planLedger,
  printedValues,
} from '../../../src/core/certificates';
import {
  CODE_ALPHABET,
  codeSource,
  formatCode,
  isCode,
  normalizeCode,
  verificationLink,
} from '../../../src/core/verificationCode';
import { nipFor } from './_fixtures';

const secret = (i: number) => `${i.toString(16).padStart(8, '0')}${'ab12cd34ef56'.repeat(4)}`;

describe('verification codes', () => {
  test('12 characters of Crockford base32, 60 bits, shown as XXXX-XXXX-XXXX, and read back however typed', () => {
    const next = codeSource(secret(1));
    const c = next();
    expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(isCode(c)).toBe(true);
    expect(formatCode(c)).toBe(`${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`);
    expect(normalizeCode(` ${formatCode(c).toLowerCase()} `)).toBe(c);
    expect(normalizeCode('oIl0-abcd')).toBe('0110ABCD');
    expect(isCode('0110ABCD')).toBe(false);
    expect(isCode('0123456789AU')).toBe(false);
  });

  test('unique over 50,000 codes from one run and across runs; every character and position used evenly', () => {
    const all = new Set<string>();
    const counts = new Map<string, number>();
    for (let run = 0; run < 5; run++) {
      const next = codeSource(secret(run));
      for (let i = 0; i < 10_000; i++) {
        const c = next();
        all.add(c);
        for (const ch of c) counts.set(ch, (counts.get(ch) ?? 0) + 1);
      }
    }
    expect(all.size).toBe(50_000);
    // 600,000 characters over 32 symbols: each about 18,750 (σ ≈ 137); a bias of 5 % would be visible
    expect(counts.size).toBe(CODE_ALPHABET.length);
    for (const n of counts.values()) expect(Math.abs(n - 18_750)).toBeLessThan(800);
  });

  test('never one the ledger holds (a clash is drawn again), and not derivable from the run order alone', () => {
    const first = codeSource(secret(7))();
    const again = codeSource(secret(7), [formatCode(first)])();
    expect(again).not.toBe(first);
    // another secret gives unrelated codes: the code is not a function of position, number or NIP
    expect(codeSource(secret(8))()).not.toBe(first);
    expect(() => codeSource('short')).toThrow();
  });

  test('the link of the QR: the page with ?kode= (or &kode=), nothing without a page or a code', () => {
    expect(verificationLink('https://script.google.com/macros/s/X/exec', 'ABCD-EFGH-JKMN')).toBe(
      'https://script.google.com/macros/s/X/exec?kode=ABCDEFGHJKMN',
    );
    expect(verificationLink(' https://a.example/v?x=1 ', 'ABCDEFGHJKMN')).toBe(
      'https://a.example/v?x=1&kode=ABCDEFGHJKMN',
    );
    expect(verificationLink('', 'ABCDEFGHJKMN')).toBe('');
    expect(verificationLink('https://a.example/v', '')).toBe('');
  });
});

describe('codes in the ledger plan', () => {
  const cand = (i: number, name: string): Candidate => ({
    trainingCode: 'A',
    kind: 'Sertifikat',
    nip: nipFor(i),
    name,
    email: '',
  });
  const base = {
    numberFor: (_c: string, _k: string, seq: number) => String(seq).padStart(3, '0'),
    sequenceOf: (r: { number: string }) => Number(r.number) || null,
  };

  test('a new row gets a code with its number; a made certificate keeps its own (or none); a code never changes', () => {
    const next = codeSource(secret(3));
    const first = planLedger([], [cand(1, 'Ani'), cand(2, 'Budi')], { ...base, codeFor: next });
    const codes = first.rows.map((r) => r.code);
    expect(codes.every((c) => isCode(c ?? ''))).toBe(true);
    expect(new Set(codes).size).toBe(2);
    // read back from the sheet; Ani's was made before codes existed (no code), Budi's is waiting
    const cells = first.rows.map((r) => Object.fromEntries(LEDGER_FIELDS.map((f) => [f, r[f]])));
    const rows = cells.map((c, i) => ledgerRowOf({ ...c, code: i === 0 ? '' : c.code }, i + 2));
    const made = { ...rows[0], pdf: 'https://drive.google.com/file/d/1abc/view' } as NonNullable<
      (typeof rows)[0]
    >;
    const again = planLedger(
      [made, rows[1] as NonNullable<(typeof rows)[0]>],
      [cand(1, 'Ani'), cand(2, 'Budi')],
      {
        ...base,
        codeFor: codeSource(secret(4)),
      },
    );
    expect(again.rows[0].code).toBe('');
    expect(again.rows[1].code).toBe(codes[1]);
    expect(again.changed).toBe(false);
  });

  test('a certificate prints its code and the link of its QR', () => {
    const plan = planLedger([], [cand(1, 'Ani')], { ...base, codeFor: codeSource(secret(5)) });
    const row = plan.rows[0];
    const v = printedValues(row, {
      government: 'G',
      agency: 'A',
      city: 'C',
      verifyUrl: 'https://v.example/exec',
    });
    expect(v['Kode Verifikasi']).toBe(formatCode(row.code ?? ''));
    expect(v['Tautan Verifikasi']).toBe(`https://v.example/exec?kode=${row.code}`);
    expect(printedValues(row, { government: 'G', agency: 'A', city: 'C' })['Tautan Verifikasi']).toBe('');
  });
});
