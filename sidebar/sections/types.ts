// Props every workflow section receives from the panel.

import type { PanelState } from '../../src/shared/rpc';

export interface SectionProps {
  panel: PanelState;
  /** Code of the active training, or null when the workbook has none. */
  active: string | null;
  open: boolean;
  onToggle: () => void;
  /** This section holds the one next step (sidebar/main.tsx nextStep): its main button is the panel's primary. */
  next: boolean;
  /** Reloads the panel state (problem counts, forms, progress) after an action changed the workbook. */
  refresh: () => Promise<void>;
}
