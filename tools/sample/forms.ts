// Google-Forms-like response sheets: answer sheets that earn given points, submission timelines, the quiz sheet
// in its locale, and the names people type.

import { OPTION_LETTERS, type OptionLetter } from '../../src/core/model';
import { type Cell, FMT_STAMP_EN, FMT_STAMP_ID, type Rng, type SheetSpec } from '../sample-data';
import { NAME_AS_LISTED } from './cast';
import type { FormDef, QuestionDef } from './content';
import type { Cast } from './participants';
import type { Person } from './people';
import { maxPoints, QUESTIONS } from './questions';
import type { Resp } from './types';

/** Chooses which questions are answered correctly so the weighted points equal `target`. */
export function answerSheet(rng: Rng, qs: readonly QuestionDef[], target: number): OptionLetter[] {
  const w2 = qs.map((q, i) => (q.weight === 2 ? i : -1)).filter((i) => i >= 0);
  const w1 = qs.map((q, i) => (q.weight === 1 ? i : -1)).filter((i) => i >= 0);
  const feasible: number[] = [];
  for (let k = 0; k <= w2.length; k++)
    if (target - 2 * k >= 0 && target - 2 * k <= w1.length) feasible.push(k);
  if (!feasible.length) throw new Error(`no answer sheet gives ${target} points`);
  const k2 = rng.pick(feasible);
  const right = new Set([...rng.shuffle(w2).slice(0, k2), ...rng.shuffle(w1).slice(0, target - 2 * k2)]);
  return qs.map((q, i) => {
    if (right.has(i)) return q.key;
    const wrong = OPTION_LETTERS.slice(0, q.options.length).filter((l) => l !== q.key);
    return rng.pick(wrong);
  });
}

const optionText = (q: QuestionDef, l: OptionLetter) => q.options[OPTION_LETTERS.indexOf(l)];
const questionHeader = (no: number, q: QuestionDef) => `${no}. ${q.text}`;

/** `n` distinct submission times within `spanSec` seconds after `start`, in order. */
export const timeline = (rng: Rng, n: number, start: Date, spanSec: number): Date[] => {
  const secs = new Set<number>();
  while (secs.size < n) secs.add(rng.int(0, spanSec));
  return [...secs].sort((a, b) => a - b).map((s) => new Date(start.getTime() + s * 1000));
};

/** The name a person types in a form: the odd listed names as they are, others the base name, sometimes in capitals. */
export function typedName(rng: Rng, cast: Cast, p: Person): string {
  const k = cast.keyOf.get(p);
  if (k && NAME_AS_LISTED.includes(k)) return p.name;
  return rng.chance(0.2) ? p.base.toUpperCase() : p.base;
}

const LEAD: Record<NonNullable<FormDef['locale']>, string[]> = {
  en: ['Timestamp', 'Email Address', 'Score', 'NIP', 'Nama Lengkap'],
  id: ['Stempel waktu', 'Alamat email', 'Skor', 'NIP', 'Nama Lengkap'],
  'id-noscore': ['Stempel waktu', 'NIP', 'Nama Lengkap'],
};

/**
 * A quiz response sheet: responses without a time get `times[i]`; rows in time order, each answer as the chosen
 * option's text; `r.row` is set to the written row.
 */
export function quizSheet(rng: Rng, cast: Cast, form: FormDef, resps: Resp[], times: Date[]): SheetSpec {
  const locale = form.locale!;
  const qs = QUESTIONS[form.code];
  const max = maxPoints(form.code);
  resps.forEach((r, i) => {
    r.time = r.time ?? times[i];
  });
  const ordered = [...resps].sort((a, b) => a.time!.getTime() - b.time!.getTime());
  const rows = ordered.map((r) => {
    const ans = r.answers.map((l, i) => optionText(qs[i], l));
    const lead: Cell[] =
      locale === 'id-noscore'
        ? [r.time!, r.nipCell, typedName(rng, cast, r.e.p)]
        : [r.time!, r.e.p.formEmail, `${r.pts} / ${max}`, r.nipCell, typedName(rng, cast, r.e.p)];
    r.row = [...lead, ...ans];
    return r.row;
  });
  return {
    name: form.sheet,
    headers: [...LEAD[locale], ...qs.map((q, i) => questionHeader(i + 1, q))],
    rows,
    textColumns: ['NIP'],
    formats: { [LEAD[locale][0]]: locale === 'en' ? FMT_STAMP_EN : FMT_STAMP_ID },
  };
}
