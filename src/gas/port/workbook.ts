// The workbook port over SpreadsheetApp.

import type { WorkbookPort } from '../../features/port';

export function googleWorkbook(): WorkbookPort {
  return {};
}
