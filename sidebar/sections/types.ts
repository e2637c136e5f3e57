// Props every workflow section receives from the panel.

import type { PanelState } from '../../src/shared/rpc';

export interface SectionProps {
  panel: PanelState;
  /** Code of the active training, or null when the workbook has none. */
  active: string | null;
  open: boolean;
  onToggle: () => void;
  /** Reloads the panel state (problem counts, forms, progress) after an action changed the workbook. */
  refresh: () => Promise<void>;
}
