// The workbook port over SpreadsheetApp.

import type { SpreadsheetInfo, WorkbookPort } from '../../features/port';
import { activeSpreadsheet } from '../sheets';

export function googleWorkbook(): WorkbookPort {
  // asked of Google once per port (one per execution)
  let info: SpreadsheetInfo | null = null;
  return {
    info() {
      if (info) return info;
      const ss = activeSpreadsheet();
      info = { id: ss.getId(), name: ss.getName(), timeZone: ss.getSpreadsheetTimeZone() };
      return info;
    },
  };
}
