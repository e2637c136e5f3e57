// The Google implementation of the port (src/features/port.ts): the only object through which features reach Apps
// Script. src/server.ts makes one per execution.

import type { Port } from '../features/port';
import { googleDocs, googleDrive, googleMail } from './port/files';
import { googleForms } from './port/forms';
import { googleLock, googleStore, googleTriggers, googleUi } from './port/runtime';
import { googleWorkbook, openBook } from './port/workbook';

export function googlePort(): Port {
  // one spreadsheet handle and sheet index for the workbook and forms ports: the sheets are listed once per execution
  const book = openBook();
  return {
    workbook: googleWorkbook(book),
    forms: googleForms(book),
    docs: googleDocs(),
    drive: googleDrive(),
    mail: googleMail(),
    ui: googleUi(),
    store: googleStore(),
    triggers: googleTriggers(),
    lock: googleLock(),
  };
}
