// The verification web app (issue 13 item 2): a separate small Apps Script project with its own manifest
// (verify/appsscript.json: the spreadsheets scope only, the one Google lists for openById; "execute as the deploying
// account, anyone may open"), so the add-on's own manifest gains nothing for it. Built
// by tools/build.ts into dist-verify/Code.js. It reads the registry sheet(s) the add-on keeps, one getValues each
// (script property REGISTRI: the spreadsheet ids, one per year's workbook, separated by commas), and answers through
// src/core/verifyPage.ts. It writes nothing and never shows more than the public fields of the code asked.

import type { RegistryRecord } from '../src/core/registry';
import { answer, answerHtml, answerJson, REGISTRY_SHEET, recordsOf } from '../src/core/verifyPage';
import { VERIFY_TEXT as T } from '../src/text/id/verifyPage';

type Params = Record<string, string | undefined>;

function registries(): { records: RegistryRecord[]; issuer: string; ok: boolean } {
  const props = PropertiesService.getScriptProperties();
  const ids = String(props.getProperty('REGISTRI') ?? '')
    .split(/[\s,;]+/)
    .filter(Boolean);
  const records: RegistryRecord[] = [];
  let ok = ids.length > 0;
  for (const id of ids) {
    try {
      const sheet = SpreadsheetApp.openById(id).getSheetByName(REGISTRY_SHEET);
      if (!sheet) {
        ok = false;
        continue;
      }
      records.push(...recordsOf(sheet.getDataRange().getValues()));
    } catch (_e) {
      ok = false;
    }
  }
  const issuer = String(props.getProperty('PENERBIT') ?? '') || records.find((r) => r.issuer)?.issuer || '';
  return { records, issuer, ok };
}

export function doGet(e: {
  parameter?: Params;
}): GoogleAppsScript.HTML.HtmlOutput | GoogleAppsScript.Content.TextOutput {
  const p = e?.parameter ?? {};
  const typed = typeof p.kode === 'string' ? p.kode : '';
  const reg = registries();
  const a = answer(typed, reg.records);
  if (p.format === 'json') {
    const body = !reg.ok && a.kind === 'unknown' && typed ? { hasil: 'tidak tersedia' } : answerJson(a);
    return ContentService.createTextOutput(JSON.stringify(body)).setMimeType(ContentService.MimeType.JSON);
  }
  // a code not found while a registry could not be read: the page says so instead of "not found"
  const unavailable = !reg.ok && a.kind === 'unknown' && typed !== '';
  const html = answerHtml(
    unavailable ? { kind: 'unknown', asked: false } : a,
    reg.issuer,
    typed,
    unavailable,
  );
  return HtmlService.createHtmlOutput(html)
    .setTitle(T.title)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}
