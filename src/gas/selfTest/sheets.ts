// Uji Layanan, sheets: typed cells written and read back (NIP, formulas, locale parsing, dates and times), sheet
// names, and the errors Google gives for wrong shapes, long text and ranges outside the grid.

import { isDate, isPercentFormat, rangeLink } from '../../core/cells';
import { idsOf, NIP } from './checks';
import {
  berbeda,
  type Context,
  check,
  expectError,
  group,
  judge,
  type Outcome,
  onCleanup,
  scratchSheetName,
  show,
  skipped,
} from './judge';
import * as probe from './probes';

export const SHEET_IDS = idsOf('S-');
/** S-1 … S-14: read from one row of typed cells, written and read back in one go. */
const CELL_IDS = SHEET_IDS.filter((id) => Number(id.slice(2)) <= 14);

export function sheetChecks(ctx: Context): void {
  const { ss, zone } = ctx;
  const name = scratchSheetName(ctx.runId);
  const sheet = probe.insertScratchSheet(ss, name);
  if (!sheet) throw new Error(`nama lembar uji "${name}" sudah dipakai`);
  onCleanup(ctx, `lembar "${name}"`, () => probe.deleteSheet(ss, sheet));
  // a failure of the typed-cells block fails S-1 … S-14 only
  group(ctx, CELL_IDS, () => {
    const written = new Date(2026, 10, 24, 9, 30);
    const cells: Array<{ value: unknown; format: string }> = [
      { value: NIP, format: '@' }, //                 0  S-1
      { value: NIP, format: 'General' }, //           1  S-2, S-3
      { value: '=1+1', format: '@' }, //              2  S-4
      { value: "'01234", format: 'General' }, //      3  S-5
      { value: "'01234", format: '@' }, //            4  S-6
      { value: '1,5', format: 'General' }, //         5  S-7
      { value: '1.5', format: 'General' }, //         6  S-8
      { value: '+62 812 3456', format: 'General' }, // 7  S-9
      { value: 'BENAR', format: 'General' }, //       8  S-10
      { value: '50%', format: 'General' }, //         9  S-11
      { value: '24/11/2026', format: 'General' }, // 10  S-12
      { value: '08:00', format: 'General' }, //      11  S-13
      { value: written, format: 'General' }, //      12  S-14
    ];
    const got = probe.probeCells(sheet, 1, cells);
    const v = got.values;
    const cellSeen = (i: number): string =>
      `${show(v[i], zone)}; tampil "${got.display[i]}"${got.formulas[i] ? `; rumus "${got.formulas[i]}"` : ''}`;
    const needsId = (fn: () => Outcome) => () =>
      ctx.idLocale ? fn() : skipped(`lokal spreadsheet ${ctx.locale}, bukan id_ID`, cellSeen(0));

    check(ctx, 'S-1', () => judge(v[0] === NIP, cellSeen(0)));
    check(ctx, 'S-2', () => judge(typeof v[1] === 'number' && v[1] === Number(NIP), cellSeen(1)));
    check(ctx, 'S-3', () => {
      const want = ctx.locale.startsWith('id')
        ? '1,98501E+17'
        : ctx.locale.startsWith('en')
          ? '1.98501E+17'
          : null;
      if (want === null)
        return skipped(`lokal spreadsheet ${ctx.locale}: tampilan tidak dimodelkan`, cellSeen(1));
      return judge(got.display[1] === want, cellSeen(1));
    });
    check(ctx, 'S-4', () => judge(got.formulas[2] !== '', cellSeen(2)));
    check(ctx, 'S-5', () => judge(v[3] === '01234', cellSeen(3)));
    check(ctx, 'S-6', () => judge(v[4] === "'01234", cellSeen(4)));
    check(
      ctx,
      'S-7',
      needsId(() => judge(v[5] === 1.5, cellSeen(5))),
    );
    check(
      ctx,
      'S-8',
      needsId(() => judge(v[6] === '1.5', cellSeen(6))),
    );
    check(ctx, 'S-9', () => judge(got.formulas[7] !== '', cellSeen(7)));
    check(
      ctx,
      'S-10',
      needsId(() => judge(v[8] === true, cellSeen(8))),
    );
    check(ctx, 'S-11', () =>
      judge(
        v[9] === 0.5 && got.display[9] === '50%' && isPercentFormat(got.formats[9]),
        `${cellSeen(9)}; format "${got.formats[9]}"`,
      ),
    );
    check(
      ctx,
      'S-12',
      needsId(() =>
        judge(isDate(v[10]) && probe.formatDate(v[10], zone, 'yyyy-MM-dd') === '2026-11-24', cellSeen(10)),
      ),
    );
    check(ctx, 'S-13', () => {
      if (!isDate(v[11])) return berbeda(cellSeen(11));
      const clock = probe.formatDate(v[11], zone, 'yyyy-MM-dd HH:mm');
      const offset = probe.formatDate(v[11], zone, 'Z');
      const offsetOk = zone !== 'Asia/Jakarta' || offset === '+0707';
      return judge(clock === '1899-12-30 08:00' && offsetOk, `${cellSeen(11)}; selisih zona ${offset}`);
    });
    check(ctx, 'S-14', () =>
      judge(
        isDate(v[12]) && v[12].getTime() === written.getTime(),
        `${cellSeen(12)}; ditulis ${show(written, zone)}`,
      ),
    );
  });
  check(ctx, 'S-15', () => {
    const found = probe.sheetByName(ss, name.toUpperCase());
    return judge(found === null, found === null ? 'Tidak ditemukan (null)' : `Ditemukan lembar "${found}"`);
  });
  check(ctx, 'S-16', () => {
    const r = probe.insertOtherCase(ss, name.toUpperCase());
    if (r.ok) return berbeda(`Tidak ditolak: lembar "${r.value}" dibuat (langsung dihapus lagi)`);
    return expectError(
      r,
      `A sheet with the name "${name.toUpperCase()}" already exists. Please enter another name.`,
    );
  });
  check(ctx, 'S-17', () =>
    expectError(
      probe.setValuesWrongShape(sheet, 2),
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    ),
  );
  check(ctx, 'S-18', () =>
    expectError(
      probe.writeText(sheet, 3, 'x'.repeat(50_001)),
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    ),
  );
  check(ctx, 'S-19', () =>
    expectError(
      probe.rangeBelowGrid(sheet),
      'The coordinates of the range are outside the dimensions of the sheet.',
    ),
  );
  check(ctx, 'S-20', () => {
    const r = probe.idAcrossRename(sheet, `${name} (2)`);
    if (!r.ok) return berbeda(`Gagal: ${r.error}`);
    const { before, after } = r.value;
    return judge(before === after, `ID ${before} sebelum, ${after} sesudah ganti nama`);
  });
  check(ctx, 'S-21', () => {
    const url = rangeLink(sheet.getParent().getId(), sheet.getSheetId(), 'A1');
    const r = probe.richTextLink(sheet, url);
    if (!r.ok) return berbeda(`Gagal: ${r.error}`);
    const { value, link } = r.value;
    return judge(
      value === 'Buka C13' && link === url,
      `Nilai ${JSON.stringify(value)}, tautan ${link ?? 'tidak ada'}`,
    );
  });
  check(ctx, 'S-22', () => {
    const r = probe.moveToFirstAndBack(ss, sheet);
    if (!r.ok) return berbeda(`Gagal: ${r.error}`);
    const { first, last, of } = r.value;
    return judge(first === 1 && last === of, `Posisi ${first} lalu ${last} dari ${of} lembar`);
  });
  check(ctx, 'S-23', () => {
    const r = probe.warningOnlyProtection(sheet, 'Uji DOU ASN');
    if (!r.ok) return berbeda(`Gagal: ${r.error}`);
    const { warning, description, listed } = r.value;
    return judge(
      warning && description === 'Uji DOU ASN' && listed === 1,
      `Hanya peringatan: ${warning ? 'ya' : 'tidak'}; keterangan "${description}"; ${listed} perlindungan lembar`,
    );
  });
}
