// The forms port over FormApp.

import type { FormsPort } from '../../features/port';

export function googleForms(): FormsPort {
  return {};
}
