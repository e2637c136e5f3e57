// Diganti rows (a re-issue's history) in the pure ledger rules: planning, the rows a run works, progress, and the
// check against Drive (src/core/certificates.ts, certificateJob.ts, ledgerIntegrity.ts).

import { countProgress, runWork } from '../../../src/core/certificateJob';
import {
  type Candidate,
  type CertKind,
  firstRows,
  type LedgerRow,
  newLedgerRow,
  parseSequence,
  planLedger,
  runEligible,
  sequenceFloors,
} from '../../../src/core/certificates';
import { type CertificateFile, checkLedger } from '../../../src/core/ledgerIntegrity';

const FORMAT = '{nomor:3}/DOU/{kode}';
const nip = (d: number) => `198501${String(d).padStart(2, '0')}2010011001`;
const num = (seq: number) => `${String(seq).padStart(3, '0')}/DOU/A`;
const link = (id: string) => `https://drive.google.com/file/d/${id}/view`;
const seqOf = (r: LedgerRow) => parseSequence(r.number, FORMAT, r.trainingCode);

function row(d: number, seq: number, over: Partial<LedgerRow> = {}): LedgerRow {
  return newLedgerRow({
    trainingCode: 'A',
    kind: 'Sertifikat',
    number: num(seq),
    nip: nip(d),
    name: `Orang ${d}`,
    status: 'Dibuat',
    pdf: link(`file-${seq}-xxxxxxxx`),
    printTheme: 'Tema',
    numberCell: num(seq),
    sheetRow: seq + 1,
    ...over,
  });
}

function file(d: number, seq: number, over: Partial<CertificateFile> = {}): CertificateFile {
  const id = `file-${seq}-xxxxxxxx`;
  return {
    id,
    name: `Sertifikat A ${seq} - Orang ${d}.pdf`,
    key: `A|Sertifikat|${nip(d)}`,
    type: 'pdf',
    number: num(seq),
    trashed: false,
    link: link(id),
    ...over,
  };
}

const cand = (d: number): Candidate => ({
  trainingCode: 'A',
  kind: 'Sertifikat',
  nip: nip(d),
  name: `Orang ${d}`,
  email: '',
});
const opts = {
  sequenceOf: (n: string, _k: CertKind, code: string) => parseSequence(n, FORMAT, code),
  fileIdOf: (l: string) => /\/d\/([^/]+)/.exec(l)?.[1] ?? null,
};

/** Person 1's certificate 001 re-issued as 003 (person 2 holds 002). */
const history = () => [
  row(1, 1, { status: 'Diganti', note: 'Diganti oleh 003/DOU/A pada 1 Desember 2026: salah ketik.' }),
  row(2, 2),
  row(1, 3, { name: 'Orang Satu', note: 'Mengganti 001/DOU/A.' }),
];

describe('a Diganti row is history', () => {
  test('the row after it is the certificate: worked, counted, eligible; the Diganti row never', () => {
    const rows = history();
    expect(firstRows(rows).map((r) => r.number)).toEqual([num(2), num(3)]);
    expect([...runEligible(rows)]).toEqual([`A|Sertifikat|${nip(2)}`, `A|Sertifikat|${nip(1)}`]);
    rows[2].pdf = '';
    const work = runWork(rows, runEligible(rows), { email: true, attempts: {} });
    expect(work.map((r) => r.number)).toEqual([num(3)]);
    const c = countProgress(rows, runEligible(rows), { email: false, attempts: {} });
    expect([c.total, c.done, c.remaining]).toEqual([2, 1, 1]);
  });

  test('planning keeps its number taken and its note, gives the next number after it, marks nothing duplicate', () => {
    const rows = history();
    const plan = planLedger(rows, [cand(1), cand(2), cand(4)], {
      numberFor: (_c, _k, seq) => num(seq),
      sequenceOf: seqOf,
    });
    expect(plan.added.map((r) => r.number)).toEqual([num(4)]);
    expect(plan.rows[0]).toEqual(rows[0]); // untouched
    expect(plan.rows[2].note).toBe('Mengganti 001/DOU/A.');
    expect(sequenceFloors(rows, seqOf).get('A|Sertifikat')).toBe(3);
  });

  test('a Diganti row alone (its replacement deleted by hand): its number stays taken, the certificate is planned anew', () => {
    const rows = [row(1, 1, { status: 'Diganti' }), row(2, 2)];
    const plan = planLedger(rows, [cand(1), cand(2)], {
      numberFor: (_c, _k, s) => num(s),
      sequenceOf: seqOf,
    });
    expect(plan.added.map((r) => [r.nip, r.number])).toEqual([[nip(1), num(3)]]);
  });

  test('the check accepts the history: the old file prints the old number, marked or not yet marked', () => {
    const rows = history();
    for (const superseded of [true, false]) {
      const files = [file(1, 1, { superseded }), file(2, 2), file(1, 3)];
      const c = checkLedger(rows, files, opts);
      expect(c.errors).toEqual([]);
      expect(c.warnings).toEqual([]);
      expect(c.restored).toEqual([]);
      expect(c.reserved.get('A|Sertifikat')).toBe(3);
    }
  });

  test('hand edits are still caught with history present', () => {
    // the new row retyped to the old (Diganti) number: numbers twice
    const twice = history();
    Object.assign(twice[2], { number: num(1), numberCell: num(1), pdf: '', status: 'Menunggu' });
    const c1 = checkLedger(twice, [file(1, 1, { superseded: true }), file(2, 2)], opts);
    expect(c1.errors.map((e) => e.code)).toEqual(['ledger.numberTwice']);
    // ... and once its file exists, the file's number tells
    const made = history();
    Object.assign(made[2], { number: num(1), numberCell: num(1) });
    const c0 = checkLedger(made, [file(1, 1, { superseded: true }), file(2, 2), file(1, 3)], opts);
    expect(c0.errors.map((e) => e.code)).toEqual(['ledger.numberChanged']);
    // the new row's own file prints another number than its cell
    const changed = history();
    changed[2].number = num(9);
    changed[2].numberCell = num(9);
    const c2 = checkLedger(changed, [file(1, 1, { superseded: true }), file(2, 2), file(1, 3)], opts);
    expect(c2.errors.map((e) => e.code)).toEqual(['ledger.numberChanged']);
    // a Diganti row's number retyped to another person's: taken
    const taken = history();
    taken[0].number = num(2);
    taken[0].numberCell = num(2);
    const c3 = checkLedger(taken, [file(1, 1, { superseded: true }), file(2, 2), file(1, 3)], opts);
    expect(c3.errors.map((e) => e.code)).toContain('ledger.numberTaken');
  });

  test('the re-issued row deleted by hand: it comes back from its file; a replaced file never comes back', () => {
    const rows = [row(1, 1, { status: 'Diganti' }), row(2, 2)];
    const back = checkLedger(rows, [file(1, 1, { superseded: true }), file(2, 2), file(1, 3)], opts);
    expect(back.errors).toEqual([]);
    expect(back.restored.map((x) => x.row.number)).toEqual([num(3)]);
    // cut off before the new file was made: nothing to bring back; the old number stays reserved
    const none = checkLedger(rows, [file(1, 1), file(2, 2)], opts);
    expect(none.restored).toEqual([]);
    expect(none.errors).toEqual([]);
  });

  test('both rows deleted by hand: the re-issued file comes back, not the replaced one', () => {
    const c = checkLedger([row(2, 2)], [file(1, 1, { superseded: true }), file(2, 2), file(1, 3)], opts);
    expect(c.restored.map((x) => x.row.number)).toEqual([num(3)]);
  });
});
