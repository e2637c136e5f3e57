// The add-on's own output sheets, recognised by a marker: their sheet IDs, kept in one document property. A sheet ID
// is assigned when the sheet is made and never changes, whatever the sheet is renamed to or wherever it is moved
// (Sheet.getSheetId, emulator/README.md); a person's sheet that takes an output's name has another ID, so the writer
// leaves it alone. One property read per execution, one write when a sheet is made or adopted.

import type { SheetIndex } from './port/workbook';
import { getDocJson, setDocJson } from './properties';
import { GENERATED_NOTE } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Document property holding the IDs (a JSON array of numbers). */
export const OWN_SHEETS_KEY = 'douasn.ownSheets';
/** IDs kept at most (the newest): a deleted sheet's ID is never reused, so old ones only cost room. */
const MAX_IDS = 200;

export class OwnSheets {
  private ids: number[] | null = null;

  /** The IDs, read once (an unreadable value counts as no marker: the sheets are recognised again as below). */
  private load(): number[] {
    if (this.ids) return this.ids;
    const ids = getDocJson<unknown>(OWN_SHEETS_KEY);
    this.ids = Array.isArray(ids) ? ids.filter((n): n is number => typeof n === 'number') : [];
    return this.ids;
  }

  has(sheet: Sheet): boolean {
    return this.load().includes(sheet.getSheetId());
  }

  /** Marks a sheet as the add-on's (one property write). */
  add(sheet: Sheet): void {
    const ids = this.load();
    const id = sheet.getSheetId();
    if (ids.includes(id)) return;
    ids.push(id);
    if (ids.length > MAX_IDS) ids.splice(0, ids.length - MAX_IDS);
    setDocJson(OWN_SHEETS_KEY, ids);
  }
}

/**
 * Whether an unmarked sheet may be used as an output: it has the output's exact name and either, in A1, the add-on's
 * generated-sheet note (an earlier version of the add-on made it, before the marker existed) or nothing at all (an
 * empty sheet, e.g. one a crash left right after it was made: nothing there to lose). Anything else is a person's
 * sheet: when unsure, it is theirs.
 */
export function madeByEarlierVersion(sheet: Sheet, actualName: string, outputName: string): boolean {
  return (
    actualName === outputName &&
    (sheet.getRange(1, 1).getNote() === GENERATED_NOTE || sheet.getLastRow() === 0)
  );
}

/**
 * A sheet of the add-on found by name in any case through the execution's sheet index: the sheet when it is the
 * add-on's (marked, or `earlier` says an earlier version made it: then marked), null when there is none, `taken`
 * with the sheet's own name when a person's sheet has the name.
 */
export function findOwnSheet(
  sheets: SheetIndex,
  name: string,
  own: OwnSheets,
  earlier: (sheet: Sheet, actualName: string) => boolean,
): Sheet | null | { taken: string } {
  const sheet = sheets.get(name);
  if (!sheet) return null;
  if (own.has(sheet)) return sheet;
  const actual = sheets.actualName(name) ?? name;
  if (earlier(sheet, actual)) {
    own.add(sheet);
    return sheet;
  }
  return { taken: actual };
}
