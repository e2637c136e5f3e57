// Indonesian texts of the side panel's own calls (selecting a problem's cell).

export const PANEL_TEXT = {
  noSheet: (sheet: string) => `Lembar "${sheet}" tidak ada.`,
} as const;
