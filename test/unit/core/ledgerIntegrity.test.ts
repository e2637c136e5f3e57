// The ledger checked against the files in Drive, pure (src/core/ledgerIntegrity.ts).

import { type CertKind, type LedgerRow, newLedgerRow, parseSequence } from '../../../src/core/certificates';
import { type CertificateFile, checkLedger, numberCellProblem } from '../../../src/core/ledgerIntegrity';

const FORMAT = '{nomor:3}/DOU/{kode}';
const nip = (d: number) => `198501${String(d).padStart(2, '0')}2010011001`;
const num = (seq: number, code = 'A') => `${String(seq).padStart(3, '0')}/DOU/${code}`;
const link = (id: string) => `https://drive.google.com/file/d/${id}/view`;

function row(d: number, seq: number | null, over: Partial<LedgerRow> = {}): LedgerRow {
  const number = seq === null ? '' : num(seq);
  return newLedgerRow({
    trainingCode: 'A',
    kind: 'Sertifikat',
    number,
    nip: nip(d),
    name: `Orang ${d}`,
    status: 'Dibuat',
    pdf: link(`file-${d}-xxxxxxxx`),
    printTheme: 'Tema',
    numberCell: number,
    sheetRow: d + 1,
    ...over,
  });
}

function file(d: number, seq: number | null, over: Partial<CertificateFile> = {}): CertificateFile {
  const id = `file-${d}-xxxxxxxx`;
  return {
    id,
    name: `Sertifikat A ${String(seq).padStart(3, '0')} - Orang ${d}.pdf`,
    key: `A|Sertifikat|${nip(d)}`,
    type: 'pdf',
    number: seq === null ? null : num(seq),
    trashed: false,
    link: link(id),
    ...over,
  };
}

const opts = {
  sequenceOf: (n: string, _k: CertKind, code: string) => parseSequence(n, FORMAT, code),
  fileIdOf: (l: string) => /\/d\/([^/]+)/.exec(l)?.[1] ?? null,
};

describe('checkLedger', () => {
  test('a ledger that agrees with its files: no finding; the highest printed number is reserved', () => {
    const c = checkLedger([row(1, 1), row(2, 2)], [file(1, 1), file(2, 2)], opts);
    expect(c.errors).toEqual([]);
    expect(c.warnings).toEqual([]);
    expect(c.restored).toEqual([]);
    expect(c.reserved.get('A|Sertifikat')).toBe(2);
  });

  test('a row without its link yet (a batch cut off before the ledger write) whose file prints its number: fine', () => {
    const c = checkLedger([row(1, 1, { pdf: '', status: 'Menunggu' })], [file(1, 1)], opts);
    expect(c.errors).toEqual([]);
    expect(c.restored).toEqual([]);
  });

  test('a retyped NIP: an Error at the NIP cell with the NIP and number the file carries', () => {
    const r = row(1, 1, { nip: nip(9) });
    const c = checkLedger([r], [file(1, 1)], opts);
    expect(c.errors).toEqual([
      {
        code: 'ledger.keyChanged',
        row: 2,
        column: 'nip',
        value: nip(9),
        file: file(1, 1).name,
        fileValue: nip(1),
        fileNumber: num(1),
      },
    ]);
    // the file is linked from the row: it is not "restored" as a second row
    expect(c.restored).toEqual([]);
  });

  test('an edited Nomor (or a cleared one) on an issued row: an Error at Nomor naming the printed number', () => {
    for (const number of ['999/X', '']) {
      const c = checkLedger([row(1, 1, { number, numberCell: number })], [file(1, 1)], opts);
      expect(c.errors).toMatchObject([{ code: 'ledger.numberChanged', row: 2, fileNumber: num(1), number }]);
    }
  });

  test('a formula or a number in Nomor: an Error at the cell; the value is never taken as a number', () => {
    expect(numberCellProblem('#ERROR!', '#ERROR!')).toBe('#ERROR!');
    expect(numberCellProblem(2, '2')).toBe('2');
    expect(numberCellProblem('#N/A', '#N/A')).toBe('#N/A');
    expect(numberCellProblem('abc', 'abc')).toBe('abc');
    expect(numberCellProblem(num(3), num(3))).toBeNull();
    expect(numberCellProblem('', '')).toBeNull();
    expect(numberCellProblem(new Date(Date.UTC(2026, 0, 5)), 'x')).toBe('2026-01-05');
    expect(numberCellProblem(true, 'true')).toBe('true');
    const c = checkLedger(
      [row(1, 1), row(2, null, { pdf: '', status: 'Menunggu', number: '#REF!', numberCell: '#REF!' })],
      [file(1, 1)],
      opts,
    );
    expect(c.errors).toEqual([{ code: 'ledger.numberInvalid', row: 3, column: 'number', value: '#REF!' }]);
  });

  test('a number on a file of another person, or twice in the ledger: an Error at the later Nomor', () => {
    const taken = checkLedger([row(1, 1), row(2, 1, { pdf: '', status: 'Menunggu' })], [file(1, 1)], opts);
    expect(taken.errors).toMatchObject([{ code: 'ledger.numberTaken', row: 3, fileNip: nip(1) }]);
    const twice = checkLedger(
      [row(1, 5, { pdf: '', status: 'Menunggu' }), row(2, 5, { pdf: '', status: 'Menunggu' })],
      [],
      opts,
    );
    expect(twice.errors).toMatchObject([{ code: 'ledger.numberTwice', row: 3, firstRow: 2 }]);
  });

  test("a trashed PDF of a Dibuat row: an Error at Status; a PDF gone: a Peringatan (it may be another admin's)", () => {
    const c = checkLedger([row(1, 1), row(2, 2)], [file(1, 1, { trashed: true })], opts);
    expect(c.errors).toMatchObject([{ code: 'ledger.fileTrashed', row: 2, column: 'status' }]);
    expect(c.warnings).toMatchObject([{ code: 'ledger.fileGone', row: 3, column: 'status' }]);
  });

  test('a trashed PDF whose row was cleared for re-issue with the same number: fine; with another number: an Error', () => {
    const same = checkLedger([row(1, 1, { pdf: '', status: '' })], [file(1, 1, { trashed: true })], opts);
    expect(same.errors).toEqual([]);
    const other = checkLedger([row(1, 4, { pdf: '', status: '' })], [file(1, 1, { trashed: true })], opts);
    expect(other.errors).toMatchObject([{ code: 'ledger.numberChanged', fileNumber: num(1) }]);
  });

  test('a row deleted: restored from its file with the same number; a trashed one is an Error; numbers stay reserved', () => {
    const c = checkLedger([row(1, 1)], [file(1, 1), file(2, 7), file(3, 3, { trashed: true })], opts);
    expect(c.restored.map((x) => [x.row.nip, x.row.number, x.row.status, x.row.pdf])).toEqual([
      [nip(2), num(7), 'Dibuat', file(2, 7).link],
    ]);
    expect(c.errors).toMatchObject([{ code: 'ledger.orphanTrashed', number: num(3), nip: nip(3) }]);
    expect(c.reserved.get('A|Sertifikat')).toBe(7);
  });

  test('files made before numbers were kept (no number): no number check, never restored', () => {
    const c = checkLedger([row(1, 1)], [file(1, null), file(2, null)], opts);
    expect(c.errors).toEqual([]);
    expect(c.restored).toEqual([]);
    expect(c.reserved.size).toBe(0);
  });
});
