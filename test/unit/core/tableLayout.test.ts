// The layout detector and the table module's ledger and output models: the ambiguous header cases decided once,
// for every reader and writer.

import { columnOf, columnsToAdd, detectLayout, HEADER_SCAN_ROWS } from '../../../src/core/layout';
import { Problems } from '../../../src/core/problems';
import { OUTPUTS, SHEETS } from '../../../src/core/schema';
import {
  appendLedgerRow,
  ledgerRowWrite,
  openLedger,
  outputRows,
  readOutput,
  readTable,
  setLedgerCell,
  takeLedgerWrite,
} from '../../../src/core/table';

const P = SHEETS.participants;
const HEADER = ['Kode Kegiatan', 'NIP', 'Nama'];

describe('detectLayout', () => {
  test('a header below a title row: found there; missing columns go into that row after every used column', () => {
    const values = [['Daftar Peserta DOU ASN 2026'], [], HEADER, ['A', 'n', 'Budi', 'catatan saya']];
    const l = detectLayout(values, P);
    expect(l).toMatchObject({ status: 'found', headerRow: 3, width: 4, rival: 0 });
    expect(columnsToAdd(l)).toEqual({
      row: 3,
      firstColumn: 4,
      keys: ['position', 'rank', 'unit', 'email', 'status', 'phone'],
    });
  });

  test('two rows naming as many columns: the one with data under it wins and the other is the rival', () => {
    // what the old Setup did to a title row: a second header set appended to row 1, the real one in row 2
    const title = ['Daftar Peserta', '', '', ...HEADER];
    const values = [title, [...HEADER], ['A', 'n1', 'Budi'], ['A', 'n2', 'Sri']];
    const l = detectLayout(values, P);
    expect(l).toMatchObject({ status: 'found', headerRow: 2, rival: 1 });
    const p = new Problems();
    const t = readTable(values, P, p);
    expect(t.rows.map((r) => r.cells.name)).toEqual(['Budi', 'Sri']);
    expect(p.list).toEqual([expect.objectContaining({ level: 'Peringatan', sheet: 'Peserta', row: 1 })]);
  });

  test('two equal header rows with nothing under either: the upper one', () => {
    const l = detectLayout([HEADER, HEADER], P);
    expect(l).toMatchObject({ headerRow: 1, rival: 2 });
  });

  test('a row naming more columns beats one naming fewer, whatever the data', () => {
    const l = detectLayout([['Nama', 'Catatan'], HEADER, ['A', 'n', 'Budi']], P);
    expect(l).toMatchObject({ headerRow: 2, rival: 0 });
  });

  test(`a header below the top ${HEADER_SCAN_ROWS} rows is not found: no columns may be added`, () => {
    const values = [
      ...Array.from({ length: HEADER_SCAN_ROWS }, (_, i) => [`catatan ${i}`]),
      HEADER,
      ['A', 'n', 'Budi'],
    ];
    const l = detectLayout(values, P);
    expect(l).toMatchObject({ status: 'notFound', headerRow: 0 });
    expect(columnsToAdd(l)).toBeNull();
    const p = new Problems();
    expect(readTable(values, P, p).rows).toEqual([]);
    expect(p.list).toEqual([expect.objectContaining({ level: 'Error', sheet: 'Peserta', row: 1 })]);
  });

  test('an empty sheet: the header goes in row 1 from column A, and the reader reports nothing', () => {
    for (const values of [[], [[''], ['', '  ']]]) {
      const l = detectLayout(values, P);
      expect(l.status).toBe('empty');
      expect(columnsToAdd(l)).toEqual({ row: 1, firstColumn: 0, keys: P.columns.map((c) => c.key) });
      const p = new Problems();
      readTable(values, P, p);
      expect(p.list).toEqual([]);
    }
  });

  test('columnOf finds a problem column by the header as written, or by the contract header of an alias', () => {
    const values = [['judul'], ['Name', 'Kode', 'NIP']];
    const l = detectLayout(values, P);
    expect(l.headerRow).toBe(2);
    expect(columnOf(values, l, P, 'NIP')).toBe(2);
    expect(columnOf(values, l, P, 'Nama')).toBe(0); // the canonical header of the 'Name' column
    expect(columnOf(values, l, P, 'Kode Kegiatan')).toBe(1);
    expect(columnOf(values, l, P, 'Email')).toBe(-1);
    expect(columnOf(values, l, null, 'Kode')).toBe(1);
  });
});

describe('ledgers', () => {
  const C = SHEETS.certificates;
  const head = C.columns.map((c) => c.header);

  test("a person's column and a deleted NIP column: the NIP is placed after every used column, never over theirs", () => {
    const withoutNip = head.filter((h) => h !== 'NIP');
    const values = [
      [...withoutNip.slice(0, 3), 'Catatan saya', ...withoutNip.slice(3)],
      ['DOU-01', 'Sertifikat', '001', 'x', 'Budi'],
    ];
    const l = openLedger(values, C);
    expect(l.addHeaders).toEqual(['nip']);
    expect(l.columns.get('nip')).toBe(values[0].length);
    expect(l.rows).toHaveLength(1);
    const w = takeLedgerWrite(l);
    if (!w) throw new Error('expected a write');
    // the person's column 3 is in no run, the header run is only the missing NIP, and NIP/code columns are text
    expect(w.runs.map((r) => [r.column, r.values[0].length])).toEqual([
      [0, 3],
      [4, withoutNip.length - 3 + 1],
    ]);
    expect(w.header).toEqual([{ column: values[0].length, values: [['NIP']], plainText: [false] }]);
    // text: Kode Kegiatan, Nomor, the placed NIP, and every later code column (Kode Verifikasi, Diganti Oleh, SHA-256)
    const codeAt = (k: string) =>
      values[0].indexOf(SHEETS.certificates.columns.find((c) => c.key === k)?.header ?? '');
    const later = ['code', 'replacedBy', 'signedSha256'].map(codeAt);
    expect(later.every((i) => i > 0)).toBe(true);
    expect([...w.textColumns].sort((a, b) => a - b)).toEqual(
      [0, 2, ...later, values[0].length].sort((a, b) => a - b),
    );
    expect(w.block).toBe(true);
    expect(takeLedgerWrite(l)).toBeNull();
  });

  test('rows by key with their sheet rows at a header below a title; appended rows follow the last used row', () => {
    const values = [
      ['Catatan'],
      head,
      ['DOU-01', 'Sertifikat', '001', '198501012010011001'],
      [],
      ['', '', '', ''],
    ];
    const l = openLedger(values, C);
    expect(l.headerRow).toBe(2);
    expect(l.rows.map((r) => r.sheetRow)).toEqual([3]);
    expect(setLedgerCell(l, l.rows[0], 'status', 'Dibuat')).toBe(true);
    expect(setLedgerCell(l, l.rows[0], 'status', 'Dibuat')).toBe(false);
    const added = appendLedgerRow(l, { trainingCode: 'DOU-01', nip: '198501012010011002' });
    expect(added.sheetRow).toBe(6);
    const one = ledgerRowWrite(l, added);
    expect(one).toMatchObject({ firstRow: 6, block: false, header: [] });
    const w = takeLedgerWrite(l);
    expect(w?.firstRow).toBe(3);
    expect(w?.runs[0].values).toHaveLength(4);
  });

  test('a ledger with values but no header refuses to write; a missing or empty one gets its header in row 1', () => {
    const blocked = openLedger([['catatan lepas'], ['lagi']], C);
    expect(blocked.blocked).toBe(true);
    expect(takeLedgerWrite(blocked)).toBeNull();
    for (const v of [null, []]) {
      const l = openLedger(v, C);
      expect(l.headerRow).toBe(1);
      expect(takeLedgerWrite(l)?.header).toEqual([
        { column: 0, values: [head], plainText: head.map(() => false) },
      ]);
    }
  });
});

describe('outputs', () => {
  test('records by key in the definition order, and read back by header', () => {
    const rows = outputRows(OUTPUTS.problems, [
      {
        message: 'm',
        level: 'Error',
        sheet: 'Peserta',
        row: 3,
        column: 'NIP',
        suggestion: 's',
        trainingCode: 'K1',
      },
      { level: 'Peringatan', sheet: 'Nilai', row: null, message: 'x' },
    ]);
    expect(rows).toEqual([
      ['Error', 'Peserta', 3, 'NIP', 'm', 's', 'K1', ''],
      ['Peringatan', 'Nilai', '', '', 'x', '', '', ''],
    ]);
    const back = readOutput([OUTPUTS.problems.columns.map((c) => c.header), ...rows], OUTPUTS.problems);
    expect(back[0]).toEqual({
      level: 'Error',
      sheet: 'Peserta',
      row: 3,
      column: 'NIP',
      message: 'm',
      suggestion: 's',
      trainingCode: 'K1',
      cell: '',
    });
  });
});
