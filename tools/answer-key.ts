// The answer key a simulated participant needs for the add-on's Pre-/Post-Test forms: those forms are not quizzes
// and hold no key (it stays in `Soal`), so the simulation reads it from the sheet, as the participant "knows" it.

import { SHEETS } from '../src/core/schema';

const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
const OPTION_KEYS = ['a', 'b', 'c', 'd', 'e'] as const;

/**
 * `{ '<No>. <Pertanyaan>': <text of the option Kunci names> }` for one training, from the `Soal` values (header in
 * the first row, the contract headers). Rows with an unknown key letter or an empty keyed option are left out.
 */
export function answerKeyFromSoal(
  values: readonly (readonly unknown[])[],
  code: string,
): Record<string, string> {
  const [head, ...rows] = values;
  if (!head) return {};
  const col = (key: string) => {
    const h = SHEETS.questions.columns.find((c) => c.key === key)?.header ?? key;
    return head.findIndex((x) => String(x).trim().toLowerCase() === h.toLowerCase());
  };
  const [cCode, cNo, cText, cKey] = [col('trainingCode'), col('no'), col('text'), col('key')];
  const cOptions = OPTION_KEYS.map(col);
  const out: Record<string, string> = {};
  for (const r of rows) {
    if (String(r[cCode] ?? '').trim() !== code) continue;
    const letter = String(r[cKey] ?? '')
      .trim()
      .toUpperCase();
    const at = LETTERS.indexOf(letter as (typeof LETTERS)[number]);
    const option = at >= 0 ? String(r[cOptions[at]] ?? '').trim() : '';
    if (!option) continue;
    out[`${Number(r[cNo])}. ${String(r[cText] ?? '').trim()}`] = option;
  }
  return out;
}
