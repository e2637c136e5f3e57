// The port: everything a feature may ask of Google, as plain data in and out. Only src/gas implements it
// (src/gas/port.ts); src/server.ts makes one per call and hands it to the feature. Features and rules never touch an
// Apps Script global or type: tsconfig.rules.json checks that.

import type {
  DocsPort,
  DriveFile,
  DrivePort,
  ImageBlob,
  MailPort,
  Pdf,
  ScratchMerge,
  TemplateImages,
} from './port/files';
import type { FormsPort } from './port/forms';
import type { LockPort, StorePort, TriggersPort, UiPort } from './port/runtime';
import type { WorkbookPort } from './port/workbook';

export interface Port {
  /** The active spreadsheet: tables read and written through the one table module. */
  workbook: WorkbookPort;
  /** Google Forms: building, and reading responses into the add-on's store. */
  forms: FormsPort;
  docs: DocsPort;
  drive: DrivePort;
  mail: MailPort;
  /** Menu, alerts and toasts. */
  ui: UiPort;
  /** Document and user properties, and who the admin is. */
  store: StorePort;
  /** The hourly continuation trigger and the deployment it runs in. */
  triggers: TriggersPort;
  lock: LockPort;
}

export type {
  DocsPort,
  DriveFile,
  DrivePort,
  FormsPort,
  ImageBlob,
  LockPort,
  MailPort,
  Pdf,
  ScratchMerge,
  StorePort,
  TemplateImages,
  TriggersPort,
  UiPort,
  WorkbookPort,
};
