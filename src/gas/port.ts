// The Google implementation of the port (src/features/port.ts): the only object through which features reach Apps
// Script. src/server.ts makes one per execution.

import type { Port } from '../features/port';
import { googleDocs, googleDrive, googleMail } from './port/files';
import { googleForms } from './port/forms';
import { googleLock, googleStore, googleTriggers, googleUi } from './port/runtime';
import { googleWorkbook } from './port/workbook';

export function googlePort(): Port {
  return {
    workbook: googleWorkbook(),
    forms: googleForms(),
    docs: googleDocs(),
    drive: googleDrive(),
    mail: googleMail(),
    ui: googleUi(),
    store: googleStore(),
    triggers: googleTriggers(),
    lock: googleLock(),
  };
}
