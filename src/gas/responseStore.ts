// The response store's two hidden sheets (STORES in src/core/schema.ts): made on first write, read whole with one
// getValues each, appended to or rewritten as one block. Text goes in through the one safe-text writer.

import { UserError } from '../core/errors';
import { STORES, type StoreDef } from '../core/schema';
import { TABLE_TEXT } from '../text/id/table';
import { findOwnSheet } from './ownSheets';
import type { OpenBook } from './port/workbook';
import { insertAddonSheet, outputCell, readAll } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const formatOf = (def: StoreDef) =>
  def.columns.map((c) =>
    c.type === 'number' || c.type === 'integer' || c.type === 'bool' ? 'General' : '@',
  );

/** One store sheet: found once per execution, its values kept after the first read. */
export class StoreSheet {
  private sheet: Sheet | null | undefined;
  /** The sheet's own name when a person's sheet has the store's name (in any case): never read or written. */
  private taken: string | null = null;
  private values: unknown[][] | null = null;

  constructor(
    private readonly def: StoreDef,
    private readonly book: OpenBook,
  ) {}

  /** The add-on's store sheet (marked, or made by an earlier version: exact name and the store's header row). */
  private find(): Sheet | null {
    if (this.sheet === undefined) {
      const headers = this.def.columns.map((c) => c.header);
      const { sheets, own } = this.book();
      const found = findOwnSheet(
        sheets,
        this.def.name,
        own,
        (sheet, actual) =>
          actual === this.def.name &&
          sheet.getLastColumn() === headers.length &&
          (sheet.getRange(1, 1, 1, headers.length).getValues()[0] as unknown[]).every(
            (v, i) => v === headers[i],
          ),
      );
      this.taken = found && 'taken' in found ? found.taken : null;
      this.sheet = found && 'taken' in found ? null : found;
    }
    return this.sheet;
  }

  /** The sheet, made hidden with its header and column formats when it does not exist yet. */
  private ensure(): Sheet {
    const found = this.find();
    if (found) return found;
    if (this.taken !== null) throw new UserError(TABLE_TEXT.storeNameTaken(this.taken, this.def.name));
    const { ss, sheets, own } = this.book();
    const sheet = insertAddonSheet({ ss, sheets }, this.def.name);
    sheets.set(this.def.name, sheet);
    // marked before anything is written: a crash from here on leaves the add-on's own sheet
    own.add(sheet);
    const n = this.def.columns.length;
    // only the store's columns count toward the 10-million-cell limit
    if (sheet.getMaxColumns() > n) sheet.deleteColumns(n + 1, sheet.getMaxColumns() - n);
    sheet
      .getRange(1, 1, sheet.getMaxRows(), n)
      .setNumberFormats(Array.from({ length: sheet.getMaxRows() }, () => formatOf(this.def)));
    sheet.getRange(1, 1, 1, n).setValues([this.def.columns.map((c) => c.header)]);
    sheet.hideSheet();
    this.sheet = sheet;
    this.values = [this.def.columns.map((c) => c.header)];
    return sheet;
  }

  /** Every row, header first ([] when the sheet is not there): one getValues per execution. */
  read(): unknown[][] {
    if (this.values) return this.values;
    const sheet = this.find();
    this.values = sheet ? readAll(sheet) : [];
    return this.values;
  }

  private cells(rows: readonly (readonly unknown[])[]): unknown[][] {
    const plain = formatOf(this.def).map((f) => f === '@');
    return rows.map((r) => this.def.columns.map((_, i) => outputCell(r[i], plain[i], plain[i])));
  }

  /** Appends rows below the last one: one setNumberFormats and one setValues for the block. */
  append(rows: readonly (readonly unknown[])[]): void {
    if (!rows.length) return;
    const sheet = this.ensure();
    if (this.read().length === 0) this.write([]);
    const have = this.read().length;
    const n = this.def.columns.length;
    const need = have + rows.length;
    if (sheet.getMaxRows() < need) sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
    const range = sheet.getRange(have + 1, 1, rows.length, n);
    range.setNumberFormats(rows.map(() => formatOf(this.def)));
    range.setValues(this.cells(rows));
    const header = this.values?.[0] ?? this.def.columns.map((c) => c.header);
    this.values = [header, ...(this.values ?? []).slice(1), ...rows.map((r) => [...r])];
  }

  /** Rewrites the whole sheet (header + rows) as one block; rows an earlier, longer store left are cleared. */
  write(rows: readonly (readonly unknown[])[]): void {
    const sheet = this.ensure();
    const old = Math.max(1, this.read().length);
    const n = this.def.columns.length;
    const header = this.def.columns.map((c) => c.header);
    const total = rows.length + 1;
    if (sheet.getMaxRows() < total) sheet.insertRowsAfter(sheet.getMaxRows(), total - sheet.getMaxRows());
    const range = sheet.getRange(1, 1, total, n);
    range.setNumberFormats([header.map(() => '@'), ...rows.map(() => formatOf(this.def))]);
    range.setValues([header, ...this.cells(rows)]);
    if (old > total) sheet.getRange(total + 1, 1, old - total, n).clearContent();
    this.values = [header, ...rows.map((r) => [...r])];
  }
}

/** The two store sheets, found and made through the execution's sheet index and marker (`book`). */
export function responseStoreSheets(book: OpenBook): { answers: StoreSheet; imports: StoreSheet } {
  return {
    answers: new StoreSheet(STORES.responses, book),
    imports: new StoreSheet(STORES.responseForms, book),
  };
}
