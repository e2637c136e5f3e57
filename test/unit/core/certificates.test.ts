// Certificates, pure: placeholders, numbering, Indonesian dates, file names, ledger planning and job progress.

import {
  countProgress,
  isQuotaError,
  newJob,
  noteQuotaUse,
  type QuotaWindows,
  quotaKind,
  resumeAfterQuota,
  rowWork,
  runWork,
} from '../../../src/core/certificateJob';
import { LOOK_PLACEHOLDERS } from '../../../src/core/certificateLook';
import {
  type Candidate,
  certificateBaseName,
  checkNumberFormat,
  escapeRegex,
  escapeReplacement,
  fillText,
  findBrokenPlaceholders,
  findPlaceholders,
  firstRows,
  formatCertificateNumber,
  formatNip,
  freezePlan,
  LEDGER_FIELDS,
  type LedgerRow,
  ledgerRowOf,
  type MergeValues,
  mergeValues,
  NOTE_DUPLICATE,
  NOTE_NOT_ELIGIBLE,
  PLACEHOLDERS,
  PRINT_FIELDS,
  parseSequence,
  planLedger,
  printedValues,
  runEligible,
  safeFileName,
} from '../../../src/core/certificates';
import { SHEETS } from '../../../src/core/schema';
import { openLedger } from '../../../src/core/table';
import { nipFor, training } from './_fixtures';

const FMT = '{nomor:3}/DOU-ASN/{kode}/{tahun}';

describe('placeholders', () => {
  test('known names match case-insensitively with spaces collapsed; unknown ones get the nearest known name', () => {
    const found = findPlaceholders(
      'Kepada {{Nama}} ({{ nip }}), {{Nma}} dan {{Unit  kerja}} {{Nama}} {{Pangkat/Golongan}} {{xyz}}',
    );
    expect(found.map((f) => [f.raw, f.name, f.suggestion])).toEqual([
      ['{{Nama}}', 'Nama', null],
      ['{{ nip }}', 'NIP', null],
      ['{{Nma}}', null, 'Nama'],
      ['{{Unit  kerja}}', 'Unit Kerja', null],
      ['{{Pangkat/Golongan}}', 'Pangkat/Golongan', null],
      ['{{xyz}}', null, null],
    ]);
    expect(findPlaceholders('{{Tanggal Pelaksana}}')[0].suggestion).toBe('Tanggal Pelaksanaan');
    expect(findPlaceholders('{{Nama\n}}')).toEqual([]);
  });

  test('half-typed placeholders are reported', () => {
    expect(findBrokenPlaceholders('Yth {{Nama} dan {{NIP}}')).toEqual(['{{Nama']);
    expect(findBrokenPlaceholders('{{Nama}} {{NIP}}')).toEqual([]);
  });

  test('regex and replacement escaping for replaceText (RE2 pattern, Java-style $ and \\)', () => {
    expect(escapeRegex('{{Pangkat/Golongan}}')).toBe('\\{\\{Pangkat/Golongan\\}\\}');
    expect(new RegExp(escapeRegex('a.b(c)[d]+?*^$|\\')).test('a.b(c)[d]+?*^$|\\')).toBe(true);
    expect(escapeReplacement('Rp$5 C:\\x')).toBe('Rp\\$5 C:\\\\x');
  });

  test('email subject and body are filled with the same placeholders; unknown ones stay as typed', () => {
    const v = mergeValues({
      kind: 'Sertifikat',
      number: '001',
      training: training('K1', {
        theme: 'Tema A',
        startDate: new Date(2026, 10, 24),
        endDate: new Date(2026, 10, 26),
      }),
      trainingJp: 17,
      participant: { nip: nipFor(1), name: 'Budi $1', position: 'Analis', rank: 'III/c', unit: 'BKPSDM' },
      result: { rank: 2, finalScore: 85.5, predicate: 'Memuaskan' },
    });
    expect(fillText('{{Nama}} — {{Tema}} ({{Tanggal Pelaksanaan}}) {{Apa}}', v)).toBe(
      'Budi $1 — Tema A (24–26 November 2026) {{Apa}}',
    );
    expect(v['Nilai Akhir']).toBe('85,50'); // as Rekap Nilai shows it (core/format.ts)
    expect(v.Peringkat).toBe('2');
    expect(v['Tanggal Terbit']).toBe('26 November 2026');
    expect(v.JP).toBe('17'); // as Rekap JP shows it
  });
});

describe('Indonesian dates and NIP as printed', () => {
  test('one day, a range in a month, across months and across years', () => {
    const v = (s: Date, e: Date | null) =>
      mergeValues({
        kind: 'Sertifikat',
        number: '',
        training: training('K', { startDate: s, endDate: e }),
        trainingJp: null,
        participant: { nip: '', name: '', position: '', rank: '', unit: '' },
        result: null,
      })['Tanggal Pelaksanaan'];
    expect(v(new Date(2026, 10, 24), new Date(2026, 10, 26))).toBe('24–26 November 2026');
    expect(v(new Date(2026, 10, 30), new Date(2026, 11, 2))).toBe('30 November – 2 Desember 2026');
    expect(v(new Date(2026, 11, 10), null)).toBe('10 Desember 2026');
    expect(v(new Date(2026, 11, 30), new Date(2027, 0, 2))).toBe('30 Desember 2026 – 2 Januari 2027');
  });

  test('an 18-digit NIP is printed in its usual groups', () => {
    expect(formatNip('198501012010011001')).toBe('19850101 201001 1 001');
    expect(formatNip('12345')).toBe('12345');
  });
});

describe('numbering', () => {
  const date = new Date(2026, 10, 26);
  test('formats: {nomor:N}, {kode}, {tahun}, {bulan}, {bulan_romawi}', () => {
    expect(formatCertificateNumber(FMT, { seq: 7, code: 'DOU-2026-01', date })).toBe(
      '007/DOU-ASN/DOU-2026-01/2026',
    );
    expect(
      formatCertificateNumber('{nomor}/{bulan}/{bulan_romawi}/{tahun}', { seq: 1234, code: 'X', date }),
    ).toBe('1234/11/XI/2026');
  });

  test('format check: {nomor} required, unknown codes named with the nearest', () => {
    expect(checkNumberFormat(FMT)).toEqual([]);
    expect(checkNumberFormat('{kode}/{tahun}')).toEqual([expect.stringMatching(/harus memuat \{nomor\}/)]);
    expect(checkNumberFormat('{nomor:3}/{thun}')[0]).toMatch(
      /\{thun\} tidak dikenal; mungkin maksudnya \{tahun\}/,
    );
  });

  test('the sequence is read back with the format, or from the first digits when the format changed', () => {
    expect(parseSequence('012/DOU-ASN/DOU-2026-01/2026', FMT, 'DOU-2026-01')).toBe(12);
    expect(parseSequence('SERT-0045', FMT, 'DOU-2026-01')).toBe(45);
    expect(parseSequence('tanpa', FMT, 'X')).toBeNull();
  });
});

describe('file names and links', () => {
  test('deterministic, safe, ASCII, bounded', () => {
    expect(certificateBaseName('Sertifikat', 'DOU-2026-01', 7, 'Dra. Sri Wahyuni, M.Pd.')).toBe(
      'Sertifikat DOU-2026-01 007 - Dra. Sri Wahyuni M.Pd',
    );
    expect(safeFileName('<img src=x onerror=alert(1)>')).toBe('img src x onerror alert 1');
    expect(safeFileName('Ñoño / Żółw: "ok"?')).toBe('Nono Zo w ok');
    expect(safeFileName('///')).toBe('_');
    expect(safeFileName('a'.repeat(200)).length).toBe(80);
  });
});

// ---------- the ledger ----------

const header = SHEETS.certificates.columns.map((c) => c.header);

/** The ledger as the add-on reads it: the table module at the detected header, each row by the rules' reader. */
function parseLedger(values: unknown[][]): { rows: LedgerRow[] } {
  const rows: LedgerRow[] = [];
  for (const e of openLedger(values, SHEETS.certificates).rows) {
    const r = ledgerRowOf(e.cells, e.sheetRow);
    if (r) rows.push(r);
  }
  return { rows };
}

/** A row's cells in schema order (the sheet `header` above). */
const ledgerCells = (r: LedgerRow, _layout?: unknown): unknown[] => LEDGER_FIELDS.map((f) => r[f]);
const cand = (code: string, kind: 'Sertifikat' | 'Piagam', i: number, name: string): Candidate => ({
  trainingCode: code,
  kind,
  nip: nipFor(i),
  name,
  email: `p${i}@x.id`,
});
const opts = {
  numberFor: (code: string, _k: string, seq: number) =>
    formatCertificateNumber(FMT, { seq, code, date: new Date(2026, 0, 5) }),
  sequenceOf: (r: LedgerRow) => parseSequence(r.number, FMT, r.trainingCode),
};

describe('ledger planning', () => {
  test('numbers are given once per training and kind, in name order, starting at 1', () => {
    const plan = planLedger(
      [],
      [
        cand('A', 'Sertifikat', 1, 'Citra'),
        cand('A', 'Sertifikat', 2, 'ani'),
        cand('A', 'Piagam', 1, 'Citra'),
        cand('B', 'Sertifikat', 3, 'Budi'),
      ],
      opts,
    );
    expect(plan.rows.map((r) => [r.trainingCode, r.kind, r.name, r.number, r.status])).toEqual([
      ['A', 'Sertifikat', 'ani', '001/DOU-ASN/A/2026', 'Menunggu'],
      ['A', 'Sertifikat', 'Citra', '002/DOU-ASN/A/2026', 'Menunggu'],
      ['A', 'Piagam', 'Citra', '001/DOU-ASN/A/2026', 'Menunggu'],
      ['B', 'Sertifikat', 'Budi', '001/DOU-ASN/B/2026', 'Menunggu'],
    ]);
    expect(plan.changed).toBe(true);
    expect(plan.eligible.size).toBe(4);
  });

  test('a rerun continues after the highest number, never reuses or shifts; a row that lost eligibility keeps its number', () => {
    const first = planLedger(
      [],
      [cand('A', 'Sertifikat', 1, 'Budi'), cand('A', 'Sertifikat', 2, 'Dewi')],
      opts,
    );
    const sheet = [header, ...first.rows.map((r) => ledgerCells(r))];
    // Dewi's certificate was made; Budi no longer qualifies; Ani (earlier in the alphabet) and Eka join
    sheet[2][7] = 'https://drive.google.com/file/d/1aaaaaaaaaaaa/view';
    const { rows } = parseLedger(sheet);
    const again = planLedger(
      rows,
      [
        cand('A', 'Sertifikat', 2, 'Dewi'),
        cand('A', 'Sertifikat', 5, 'Eka'),
        cand('A', 'Sertifikat', 4, 'Ani'),
      ],
      opts,
    );
    expect(again.rows.map((r) => [r.name, r.number])).toEqual([
      ['Budi', '001/DOU-ASN/A/2026'],
      ['Dewi', '002/DOU-ASN/A/2026'],
      ['Ani', '003/DOU-ASN/A/2026'],
      ['Eka', '004/DOU-ASN/A/2026'],
    ]);
    expect(again.rows[0].note).toBe(NOTE_NOT_ELIGIBLE);
    expect(again.eligible.has(`A|Sertifikat|${nipFor(1)}`)).toBe(false);
    expect(again.rows.slice(0, 2).map((r) => r.sheetRow)).toEqual([2, 3]);
    // planning the same data twice changes nothing the second time
    const sheet2 = [header, ...again.rows.map((r) => ledgerCells(r))];
    const third = planLedger(
      parseLedger(sheet2).rows,
      [
        cand('A', 'Sertifikat', 2, 'Dewi'),
        cand('A', 'Sertifikat', 5, 'Eka'),
        cand('A', 'Sertifikat', 4, 'Ani'),
      ],
      opts,
    );
    expect(third.changed).toBe(false);
    expect(third.added).toEqual([]);
  });

  test('eligibility regained removes the note; the number stays', () => {
    const first = planLedger([], [cand('A', 'Sertifikat', 1, 'Budi')], opts);
    const lost = planLedger(first.rows, [], opts);
    expect(lost.rows[0].note).toBe(NOTE_NOT_ELIGIBLE);
    const back = planLedger(lost.rows, [cand('A', 'Sertifikat', 1, 'Budi')], opts);
    expect(back.rows[0].note).toBe('');
    expect(back.rows[0].number).toBe('001/DOU-ASN/A/2026');
  });

  test('the ledger is read by header in any column order; other columns are kept', () => {
    const h = ['Catatan Saya', ...[...header].reverse()];
    const byHeader: Record<string, string> = {
      'Catatan Saya': 'punya admin',
      Email: 'x@y.id',
      PDF: 'https://drive.google.com/file/d/1bbbbbbbbbbbb/view',
      Status: 'Dibuat',
      Nama: 'Budi',
      NIP: `'${nipFor(1)}`,
      Nomor: '001/DOU-ASN/A/2026',
      Jenis: 'Sertifikat',
      'Kode Kegiatan': 'A',
      'Nilai Akhir (Cetak)': '85,50',
    };
    const row = h.map((x) => byHeader[x] ?? '');
    const { rows } = parseLedger([h, row]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      trainingCode: 'A',
      kind: 'Sertifikat',
      nip: nipFor(1),
      status: 'Dibuat',
      email: 'x@y.id',
      printScore: '85,50',
    });
  });

  test('a hand-added row without a number gets the next one with the new rows', () => {
    const hand = parseLedger([
      header,
      ['A', 'Sertifikat', '', nipFor(9), 'Zaki', '', '', '', '', '', '', ''],
    ]).rows;
    const plan = planLedger(
      hand,
      [cand('A', 'Sertifikat', 9, 'Zaki'), cand('A', 'Sertifikat', 1, 'Ani')],
      opts,
    );
    expect(plan.rows.map((r) => [r.name, r.number])).toEqual([
      ['Zaki', '002/DOU-ASN/A/2026'],
      ['Ani', '001/DOU-ASN/A/2026'],
    ]);
  });
});

describe('print values frozen in the ledger', () => {
  const values = (name: string): MergeValues =>
    Object.fromEntries(PLACEHOLDERS.map((p) => [p, `${p} ${name}`])) as MergeValues;
  const roundTrip = (rows: LedgerRow[]) => parseLedger([header, ...rows.map((r) => ledgerCells(r))]).rows;

  test('every placeholder is printed from the row: its own name, NIP, code and number, the rest frozen', () => {
    // the agency and city are per run: frozen in its RunSettings (core/certificateLook.ts), not in the row
    const covered = [
      ...Object.values(PRINT_FIELDS),
      ...Object.values(LOOK_PLACEHOLDERS),
      'Nama',
      'NIP',
      'Kode Kegiatan',
      'Nomor',
      // the row's own verification code, and the link made of it and the run's look (URL Verifikasi)
      'Kode Verifikasi',
      'Tautan Verifikasi',
      'QR Verifikasi',
      // the TTE tag is per run too: its RunSettings.tte (core/tte.ts)
      'Tag TTE',
    ];
    expect([...covered].sort()).toEqual([...PLACEHOLDERS].sort());
    const plan = planLedger([], [cand('A', 'Sertifikat', 1, 'Budi')], opts);
    freezePlan(plan, () => ({ ...values('x'), 'Nilai Akhir': '85,50' }));
    const [row] = roundTrip(plan.rows);
    const printed = printedValues(row);
    expect(printed).toMatchObject({
      Nama: 'Budi',
      NIP: formatNip(nipFor(1)),
      'Kode Kegiatan': 'A',
      Nomor: '001/DOU-ASN/A/2026',
      'Nilai Akhir': '85,50',
      Tema: 'Tema x',
    });
    expect(runEligible([row])).toEqual(plan.eligible);
    const look = { government: 'PEMERINTAH KOTA X', agency: 'BKPSDM', city: 'Kota X' };
    expect(printedValues(row, look)).toMatchObject({
      'Pemerintah Daerah': 'PEMERINTAH KOTA X',
      Instansi: 'BKPSDM',
      'Kota Terbit': 'Kota X',
      Nama: 'Budi',
    });
  });

  test('a new start re-freezes what is not made yet; a made certificate keeps what its file printed', () => {
    const first = planLedger(
      [],
      [cand('A', 'Sertifikat', 1, 'Budi'), cand('A', 'Sertifikat', 2, 'Dewi')],
      opts,
    );
    freezePlan(first, (r) => values(r.name));
    const rows = roundTrip(first.rows);
    rows[0].pdf = 'https://drive.google.com/file/d/1aaaaaaaaaaaa/view'; // Budi's file exists
    const again = planLedger(
      rows,
      [cand('A', 'Sertifikat', 1, 'Budi'), cand('A', 'Sertifikat', 2, 'Dewi')],
      opts,
    );
    again.changed = false;
    freezePlan(again, (r) => values(`${r.name} baru`));
    expect(again.changed).toBe(true);
    expect(again.rows.map((r) => [r.name, r.printTheme])).toEqual([
      ['Budi', 'Tema Budi'],
      ['Dewi', 'Tema Dewi baru'],
    ]);
    // a row made before print values were kept takes the current values once (for its e-mail)
    const legacy = roundTrip(first.rows).map((r) => ({ ...r, printTheme: '', pdf: 'link' }));
    const third = planLedger(legacy, [cand('A', 'Sertifikat', 1, 'Budi')], opts);
    freezePlan(third, (r) => values(`${r.name} kini`));
    expect(third.rows[0].printTheme).toBe('Tema Budi kini');
  });

  test('the run from the ledger alone: a row without print values (added after the start) waits for the next start', () => {
    const plan = planLedger([], [cand('A', 'Sertifikat', 1, 'Budi')], opts);
    freezePlan(plan, (r) => values(r.name));
    const hand = parseLedger([
      header,
      ['A', 'Sertifikat', '', nipFor(9), 'Zaki', '', '', '', '', '', '', ''],
    ]).rows;
    const dup = { ...plan.rows[0], note: NOTE_DUPLICATE };
    const rows = [...roundTrip(plan.rows), ...hand, dup];
    expect([...runEligible(rows)]).toEqual([`A|Sertifikat|${nipFor(1)}`]);
    expect(firstRows(rows)).toHaveLength(2);
  });
});

describe('job', () => {
  test('work per row: a made file is never made again; an email marked Terkirim is never sent again', () => {
    const plan = planLedger([], [cand('A', 'Sertifikat', 1, 'Ani')], opts);
    const r = plan.rows[0];
    const job = newJob(new Date(), true, false);
    expect(runWork(plan.rows, plan.eligible, job)).toEqual(plan.rows);
    expect(rowWork(r, plan.eligible, job)).toEqual({ pdf: true, email: true });
    r.pdf = 'link';
    r.status = 'Terkirim';
    expect(rowWork(r, plan.eligible, job)).toEqual({ pdf: false, email: false });
    expect(countProgress(plan.rows, plan.eligible, job)).toMatchObject({
      total: 1,
      done: 1,
      emailed: 1,
      remaining: 0,
    });
  });

  test('quota errors and the resume time: 24 hours after the first use in the window, not midnight', () => {
    expect(isQuotaError(new Error('Service invoked too many times for one day: file conversion.'))).toBe(
      true,
    );
    expect(isQuotaError(new Error('Service error'))).toBe(false);
    expect(quotaKind(new Error('Service invoked too many times for one day: file conversion.'))).toBe(
      'conversions',
    );
    expect(quotaKind(new Error('Service invoked too many times for one day: email.'))).toBe('email');
    expect(quotaKind(new Error('Service invoked too many times for one day: docs create.'))).toBe(
      'documents',
    );
    expect(quotaKind(new Error('Service error'))).toBeNull();
    const now = new Date(2026, 10, 27, 15, 30);
    // first used at 09:10 the same day: back at 09:10 the next day
    const r = resumeAfterQuota(now, new Date(2026, 10, 27, 9, 10));
    expect([r.getDate(), r.getHours(), r.getMinutes()]).toEqual([28, 9, 10]);
    // unknown or stale first use: at the latest 24 hours from now
    expect(resumeAfterQuota(now).getTime()).toBe(now.getTime() + 24 * 3600e3);
    expect(resumeAfterQuota(now, new Date(2026, 10, 26, 9, 0)).getTime()).toBe(now.getTime() + 24 * 3600e3);
  });

  test('noteQuotaUse opens a window at the first use and keeps it for 24 hours', () => {
    const w: QuotaWindows = {};
    expect(noteQuotaUse(w, ['conversions'], new Date('2026-11-27T02:00:00Z'))).toBe(true);
    expect(noteQuotaUse(w, ['conversions'], new Date('2026-11-27T20:00:00Z'))).toBe(false);
    expect(w.conversions).toBe('2026-11-27T02:00:00.000Z');
    expect(noteQuotaUse(w, ['conversions', 'email'], new Date('2026-11-28T02:00:00Z'))).toBe(true);
    expect(w).toEqual({ conversions: '2026-11-28T02:00:00.000Z', email: '2026-11-28T02:00:00.000Z' });
  });
});
