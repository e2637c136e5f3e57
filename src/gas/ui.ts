// The spreadsheet UI: menu, sidebar, dialogs, alerts and toasts.

import { ADDON_TITLE } from '../shared/strings';
import { WINDOW_TITLES } from '../text/id/menu';

/** One menu line: its caption and the top-level function it runs, with a separator line above it or not. */
export interface MenuLine {
  caption: string;
  functionName: string;
  separatorBefore: boolean;
}

export function buildMenu(lines: readonly MenuLine[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const line of lines) {
    if (line.separatorBefore) menu.addSeparator();
    menu.addItem(line.caption, line.functionName);
  }
  menu.addToUi();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(WINDOW_TITLES.sidebar);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(): void {
  const html = HtmlService.createHtmlOutputFromFile('help').setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, WINDOW_TITLES.help);
}

export function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(ADDON_TITLE, message, ui.ButtonSet.OK);
}

export function toast(message: string, seconds = 6): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, ADDON_TITLE, seconds);
}
