// Indonesian dates: month names, ranges ("24–26 November 2026", "30 November – 2 Desember 2026"), Roman months.

import { MONTHS } from '../text/id/rules';

/** Month names as printed (the catalog's). */
export const MONTHS_ID = MONTHS;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

export function romanMonth(month1to12: number): string {
  return ROMAN[month1to12 - 1] ?? '';
}

/** "24 November 2026" */
export function formatDateLong(d: Date): string {
  return `${d.getDate()} ${MONTHS_ID[d.getMonth()]} ${d.getFullYear()}`;
}

/** A training's dates as printed on a certificate: one day, a range in one month, across months or years. */
export function formatDateRange(start: Date | null, end: Date | null): string {
  if (!start && !end) return '';
  const a = start ?? (end as Date);
  const b = end ?? a;
  if (a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth()) {
    if (a.getDate() === b.getDate()) return formatDateLong(a);
    return `${a.getDate()}\u2013${b.getDate()} ${MONTHS_ID[a.getMonth()]} ${a.getFullYear()}`;
  }
  if (a.getFullYear() === b.getFullYear()) {
    return `${a.getDate()} ${MONTHS_ID[a.getMonth()]} \u2013 ${b.getDate()} ${MONTHS_ID[b.getMonth()]} ${b.getFullYear()}`;
  }
  return `${formatDateLong(a)} \u2013 ${formatDateLong(b)}`;
}
