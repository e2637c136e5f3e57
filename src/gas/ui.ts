// The spreadsheet UI: menu, sidebar, dialogs, alerts and toasts.

import { ADDON_TITLE, MENU_ITEMS, MSG } from '../shared/strings';

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(MSG.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(): void {
  const html = HtmlService.createHtmlOutputFromFile('help').setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, MSG.helpTitle);
}

export function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(ADDON_TITLE, message, ui.ButtonSet.OK);
}

export function toast(message: string, seconds = 6): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, ADDON_TITLE, seconds);
}
