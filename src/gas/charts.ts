// Embedded charts on output sheets (the sheet writer removes the old ones before each run).

export type ChartKind = 'COLUMN' | 'BAR';

export function addChart(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  kind: ChartKind,
  ranges: readonly GoogleAppsScript.Spreadsheet.Range[],
  title: string,
  anchor: { row: number; column: number },
  options: Record<string, unknown> = {},
): void {
  let b = sheet.newChart().setChartType(Charts.ChartType[kind]);
  for (const r of ranges) b = b.addRange(r);
  b = b
    .setNumHeaders(1)
    .setPosition(anchor.row, anchor.column, 0, 0)
    .setOption('title', title)
    .setOption('legend', { position: 'bottom' });
  for (const [k, v] of Object.entries(options)) b = b.setOption(k, v);
  sheet.insertChart(b.build());
}
