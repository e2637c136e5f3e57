// Analisis Soal: per question, percent correct before/after, difficulty (p) and discrimination (upper/lower 27%).

import { ITEM_NOTE } from '../text/id/rules';
import type { Question, Training } from './model';
import { round2 } from './round';
import { answerLetter, questionsByTraining, type ScoredResponse, testKey } from './testScores';

export type Difficulty = 'Mudah' | 'Sedang' | 'Sukar';

/**
 * What a question's figures call for (issue 14 item 8; the rules and their sources in ITEM_LEGEND): `worse` fewer
 * right after the training than before; `tooEasy` already known before it (Pre-Test, else Post-Test, > 90 % right);
 * `tooHard` < 30 % right in the Post-Test; `negative` the weaker group does better (a wrong key or a misleading
 * question); `low` a discrimination below 0.20.
 */
export type ItemFlag = 'worse' | 'tooEasy' | 'tooHard' | 'negative' | 'low';

/** Above this percent right a question is too easy (the difficulty index p > 0.90). */
export const TOO_EASY_PERCENT = 90;

export interface ItemRow {
  trainingCode: string;
  no: number;
  text: string;
  /** Benar Pre-Test (%); null without pre-test responses. */
  prePercent: number | null;
  postPercent: number | null;
  /** Peningkatan = post% − pre% from the shown percentages. */
  improvement: number | null;
  difficulty: Difficulty | '';
  /** Daya Beda = p(upper 27%) − p(lower 27%) by total post score; null below MIN_TAKERS. */
  discrimination: number | null;
  note: string;
  /** What the figures call for, in the order the note says it. */
  flags: ItemFlag[];
}

/** Fewest post-test takers for which upper/lower 27% groups mean anything. */
export const MIN_TAKERS = 10;

/** Tingkat Kesukaran from the shown post-test percent correct: > 70 Mudah, 30–70 Sedang, < 30 Sukar. */
export function difficultyOf(postPercent: number | null): Difficulty | '' {
  if (postPercent === null) return '';
  if (postPercent > 70) return 'Mudah';
  if (postPercent >= 30) return 'Sedang';
  return 'Sukar';
}

const isBlank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';

/**
 * Item analysis per question of each training (Kegiatan order, then No). `chosen` holds the responses used
 * per test after the duplicate policy, roster NIPs only (TestScores.chosen); percentages are over them.
 */
export function analyzeItems(
  trainings: readonly Training[],
  questions: readonly Question[],
  chosen: ReadonlyMap<string, readonly ScoredResponse[]>,
): ItemRow[] {
  const byTraining = questionsByTraining(questions);
  const rows: ItemRow[] = [];
  const done = new Set<string>();
  for (const t of trainings) {
    if (done.has(t.code)) continue;
    done.add(t.code);
    const qs = byTraining.get(t.code);
    if (!qs) continue;
    const pre = chosen.get(testKey(t.code, 'Pre-Test')) ?? [];
    const post = chosen.get(testKey(t.code, 'Post-Test')) ?? [];
    // Upper and lower groups by total post score (ties broken by NIP so the split is deterministic).
    const ordered = [...post].sort(
      (a, b) => b.score - a.score || (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0),
    );
    const k = Math.max(1, Math.round((27 * ordered.length) / 100));
    const upper = ordered.slice(0, k);
    const lower = ordered.slice(ordered.length - k);
    for (const q of qs) {
      const correct = (list: readonly ScoredResponse[]) => {
        let c = 0;
        for (const r of list) if (answerLetter(q, r.response.answers[q.no]) === q.key) c++;
        return c;
      };
      const answered = (list: readonly ScoredResponse[]) =>
        list.some((r) => !isBlank(r.response.answers[q.no]));
      const prePercent = pre.length ? round2((correct(pre) / pre.length) * 100) : null;
      const postPercent = post.length ? round2((correct(post) / post.length) * 100) : null;
      const improvement =
        prePercent !== null && postPercent !== null ? round2(postPercent - prePercent) : null;
      let discrimination: number | null = null;
      const notes: string[] = [];
      if (pre.length === 0 && post.length === 0) notes.push(ITEM_NOTE.noResponses);
      else if (!answered(pre) && !answered(post)) notes.push(ITEM_NOTE.noAnswers);
      if (post.length >= MIN_TAKERS) {
        discrimination = round2(correct(upper) / upper.length - correct(lower) / lower.length);
      } else if (post.length > 0) {
        notes.push(ITEM_NOTE.tooFewTakers(MIN_TAKERS));
      }
      const flags: ItemFlag[] = [];
      if (improvement !== null && improvement < 0) flags.push('worse');
      const known = prePercent ?? postPercent;
      if (
        known !== null &&
        known > TOO_EASY_PERCENT &&
        (postPercent === null || postPercent > TOO_EASY_PERCENT)
      )
        flags.push('tooEasy');
      if (postPercent !== null && postPercent < 30) flags.push('tooHard');
      if (discrimination !== null) {
        if (discrimination < 0) flags.push('negative');
        else if (discrimination < 0.2) flags.push('low');
      }
      for (const f of flags) notes.push(ITEM_NOTE[f]);
      rows.push({
        trainingCode: t.code,
        no: q.no,
        text: q.text,
        prePercent,
        postPercent,
        improvement,
        difficulty: difficultyOf(postPercent),
        discrimination,
        note: notes.join('; '),
        flags,
      });
    }
  }
  return rows;
}
