// The workbook port over SpreadsheetApp.

import type { WorkbookPort } from '../../features/port';
import { activeSpreadsheet } from '../sheets';

export function googleWorkbook(): WorkbookPort {
  return {
    info() {
      const ss = activeSpreadsheet();
      return { id: ss.getId(), name: ss.getName(), timeZone: ss.getSpreadsheetTimeZone() };
    },
  };
}
