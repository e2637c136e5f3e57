// Test scores (DESIGN §4.4): response scoring, the duplicate-response policy, and typed Nilai values winning.

import { damagedEntry, matchable, reportStoredAsNumber } from './damagedNip';
import {
  OPTION_LETTERS,
  type OptionLetter,
  type Participant,
  type Question,
  type ScoreRecord,
  type TestResponse,
  type Training,
} from './model';
import { checkNip } from './nip';
import { type Problems, unknownTrainingReporter } from './problems';
import { round2 } from './round';
import { inPercentDomain, scoreFault, shownNumber } from './scoreDomain';
import type { DuplicatePolicy, Settings } from './settings';
import { closestMatch, type NipCandidate, type NipMatch } from './similar';

export type TestKind = 'Pre-Test' | 'Post-Test';

/** A response that was scored and belongs to a roster NIP. */
export interface ScoredResponse {
  response: TestResponse;
  nip: string;
  /** round2(points / max × 100). */
  score: number;
  points: number;
  maxPoints: number;
}

/** One participant's scores in one training. */
export interface ParticipantScores {
  /** Effective scores: the typed Nilai value when present, else the imported one (both shown rounded). */
  pre: number | null;
  post: number | null;
  preImported: number | null;
  postImported: number | null;
  preTyped: boolean;
  postTyped: boolean;
  /** Submission time of the post-test response used; null when the post-test is typed or missing. */
  postTimestamp: Date | null;
  activity: number | null;
  task: number | null;
  /** The Nilai row used, if any (problems about missing components name it). */
  record: ScoreRecord | null;
  /**
   * The first Post-Test response not used because its NIP could not be matched, whose closest roster NIP is this
   * participant's: a missing Post-Test is then that response's consequence (core/problems.ts foldByCause).
   */
  pendingPost?: { sheet: string; row: number | null; column: string };
}

/** "skor 9/12 → ketik 75": a response's points and the 0–100 value Nilai takes for them. */
export function scoreToType(pts: { points: number; maxPoints: number }): string {
  const value = pts.maxPoints > 0 ? round2((pts.points / pts.maxPoints) * 100) : 0;
  return `skor ${shownNumber(pts.points)}/${shownNumber(pts.maxPoints)} → ketik ${shownNumber(value)}`;
}

export interface TestScores {
  /** Per `scoreKey(trainingCode, nip)` for every roster entry. */
  byParticipant: Map<string, ParticipantScores>;
  /** Responses used (after the duplicate policy) of valid roster NIPs, per `testKey(trainingCode, kind)`, in sheet order. */
  chosen: Map<string, ScoredResponse[]>;
}

export interface TestScoresInput {
  trainings: readonly Training[];
  participants: readonly Participant[];
  questions: readonly Question[];
  tests: readonly TestResponse[];
  scores: readonly ScoreRecord[];
  settings: Settings;
}

export const scoreKey = (trainingCode: string, nip: string): string => `${trainingCode}\u0001${nip}`;
export const testKey = (trainingCode: string, kind: TestKind): string => `${trainingCode}\u0001${kind}`;

const collapse = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The option letter an answer stands for: a letter, an option's text, or "B. text"; null when unmatched. */
export function answerLetter(question: Question, answer: unknown): OptionLetter | null {
  if (answer === null || answer === undefined) return null;
  const t = collapse(String(answer));
  if (t === '') return null;
  if (/^[a-e]$/.test(t)) return t.toUpperCase() as OptionLetter;
  for (let i = 0; i < OPTION_LETTERS.length; i++) {
    const o = question.options[i];
    if (o && collapse(o) === t) return OPTION_LETTERS[i];
  }
  const m = /^([a-e])[.)]\s*(.*)$/.exec(t);
  if (m) {
    const i = m[1].charCodeAt(0) - 97;
    const o = question.options[i];
    if (!m[2] || (o && collapse(o) === m[2])) return OPTION_LETTERS[i];
  }
  return null;
}

/** Groups questions by training, first row per (training, No) wins; ordered by No. */
export function questionsByTraining(questions: readonly Question[]): Map<string, Question[]> {
  const map = new Map<string, Question[]>();
  const seen = new Set<string>();
  for (const q of questions) {
    const k = `${q.trainingCode}\u0001${q.no}`;
    if (seen.has(k)) continue;
    seen.add(k);
    let list = map.get(q.trainingCode);
    if (!list) {
      list = [];
      map.set(q.trainingCode, list);
    }
    list.push(q);
  }
  for (const list of map.values()) list.sort((a, b) => a.no - b.no);
  return map;
}

/**
 * Points and max of a response: from the quiz score when present (a score without a max is read as
 * 0–100), else by checking the answers against Soal.Kunci (Σ Bobot of correct answers over Σ Bobot).
 * Null when neither is possible.
 */
export function responsePoints(
  r: TestResponse,
  questions: readonly Question[] | undefined,
): { points: number; maxPoints: number } | null {
  if (r.points !== null) {
    const max = r.maxPoints ?? 100;
    // a score outside its domain is never used (the readers reported it where it came from)
    return scoreFault(r.points, max) ? null : { points: r.points, maxPoints: max };
  }
  if (!questions || questions.length === 0) return null;
  let points = 0;
  let max = 0;
  for (const q of questions) {
    max += q.weight;
    if (answerLetter(q, r.answers[q.no]) === q.key) points += q.weight;
  }
  return scoreFault(points, max) ? null : { points, maxPoints: max };
}

const timeOf = (r: TestResponse): number | null => (r.timestamp ? r.timestamp.getTime() : null);

/** The response kept for one NIP and test under the duplicate policy (`list` in sheet order). */
export function pickResponse(list: readonly ScoredResponse[], policy: DuplicatePolicy): ScoredResponse {
  let best = list[0];
  for (let i = 1; i < list.length; i++) {
    const c = list[i];
    const tb = timeOf(best.response);
    const tc = timeOf(c.response);
    if (policy === 'Pertama') {
      // Earliest first; a response without a timestamp comes after any with one.
      if (tc !== null && (tb === null || tc < tb)) best = c;
    } else if (policy === 'Terakhir') {
      if (tc === null ? tb === null : tb === null || tc >= tb) best = c;
    } else if (c.score > best.score || (c.score === best.score && tc !== null && (tb === null || tc < tb))) {
      best = c;
    }
  }
  return best;
}

/** Imports test scores for every roster entry of every training (DESIGN §4.4). */
export function importTestScores(input: TestScoresInput, problems: Problems): TestScores {
  const { trainings, participants, settings } = input;
  const known = new Set(trainings.map((t) => t.code));
  const questions = questionsByTraining(input.questions);

  // Roster per training: first row per NIP.
  const rosters = new Map<string, Map<string, Participant>>();
  for (const p of participants) {
    if (!known.has(p.trainingCode)) continue;
    let r = rosters.get(p.trainingCode);
    if (!r) {
      r = new Map();
      rosters.set(p.trainingCode, r);
    }
    if (!r.has(p.nip)) r.set(p.nip, p);
  }
  const candidates = (code: string): NipCandidate[] => matchable(rosters.get(code)?.values() ?? []);

  const byParticipant = new Map<string, ParticipantScores>();
  for (const [code, roster] of rosters) {
    for (const nip of roster.keys()) {
      byParticipant.set(scoreKey(code, nip), {
        pre: null,
        post: null,
        preImported: null,
        postImported: null,
        preTyped: false,
        postTyped: false,
        postTimestamp: null,
        activity: null,
        task: null,
        record: null,
      });
    }
  }

  // Typed values (Nilai): the parser keeps one row per training and roster NIP.
  const typedPre = new Set<string>();
  const typedPost = new Set<string>();
  for (const s of input.scores) {
    const key = scoreKey(s.trainingCode, s.nip);
    const ps = byParticipant.get(key);
    if (!ps) continue;
    // the last guard: a typed value the sheet reader let through outside 0–100 is an Error, never used
    const shown = (v: number | null, what: string, column: string): number | null => {
      if (v === null) return null;
      if (inPercentDomain(v)) return round2(v);
      problems.add(
        'score.outOfDomain',
        { sheet: s.src.sheet, row: s.src.row, column },
        { code: s.trainingCode, nip: s.nip, what, value: shownNumber(v) },
      );
      return null;
    };
    ps.record = s;
    ps.pre = shown(s.pre, 'Pre-Test', 'Pre-Test');
    ps.post = shown(s.post, 'Post-Test', 'Post-Test');
    ps.preTyped = ps.pre !== null;
    ps.postTyped = ps.post !== null;
    ps.activity = shown(s.activity, 'Keaktifan', 'Keaktifan');
    ps.task = shown(s.task, 'Tugas', 'Tugas');
    if (ps.preTyped) typedPre.add(key);
    if (ps.postTyped) typedPost.add(key);
  }

  // Responses, grouped per test and NIP in sheet order.
  const groups = new Map<string, Map<string, ScoredResponse[]>>();
  const reportUnknown = unknownTrainingReporter(problems);
  for (const r of input.tests) {
    const code = r.trainingCode;
    const roster = rosters.get(code);
    if (!known.has(code)) {
      reportUnknown(r);
      continue;
    }
    const check = checkNip(r.nipRaw);
    const at = { sheet: r.src.sheet, row: r.src.row, column: 'NIP' };
    // a score already typed in Nilai for the suggested NIP has fixed the response: then only a Peringatan
    const typedFor = (match: NipMatch | null) =>
      match !== null && (r.kind === 'Pre-Test' ? typedPre : typedPost).has(scoreKey(code, match.nip));
    // the score an unmatched response holds, for the admin to type under the right NIP
    const toType = (): string | null => {
      const pts = responsePoints(r, questions.get(code));
      return pts ? scoreToType(pts) : null;
    };
    /** The participant the response probably is: a Post-Test missing from them follows this response. */
    const pending = (match: NipMatch | null, fixed: boolean) => {
      if (!match || fixed || r.kind !== 'Post-Test') return;
      const ps = byParticipant.get(scoreKey(code, match.nip));
      if (ps && !ps.pendingPost) ps.pendingPost = at;
    };
    if (check.numberTyped) {
      const match = closestMatch(check.nip, candidates(code));
      const fixed = typedFor(match);
      problems.add(fixed ? 'response.nipNumberTypedTyped' : 'response.nipNumberTyped', at, {
        nip: check.nip,
        kind: r.kind,
        match,
        score: fixed ? null : toType(),
      });
      pending(match, fixed);
      continue;
    }
    if (!roster?.has(check.nip)) {
      const damaged = damagedEntry((n) => roster?.get(n), check.nip);
      if (damaged) {
        reportStoredAsNumber(problems, at, check.nip, damaged);
        continue;
      }
      const match = closestMatch(check.nip, candidates(code));
      const fixed = typedFor(match);
      problems.add(fixed ? 'response.nipNotEnrolledTyped' : 'response.nipNotEnrolled', at, {
        nip: check.nip,
        kind: r.kind,
        code,
        match,
        score: fixed ? null : toType(),
      });
      pending(match, fixed);
      continue;
    }
    const qs = questions.get(code);
    const pts = responsePoints(r, qs);
    if (!pts) {
      if (r.points !== null) {
        // points outside their domain that no reader caught: the last guard reports them here, never used
        problems.add(
          'score.outOfDomain',
          { ...at, column: 'Skor' },
          {
            code,
            nip: check.nip,
            what: r.kind,
            value: `${shownNumber(r.points)} / ${shownNumber(r.maxPoints ?? 100)}`,
          },
        );
        continue;
      }
      const zero = !!qs?.length && qs.every((q) => q.weight === 0);
      problems.add(
        zero ? 'response.keyWeightsZero' : 'response.unscorable',
        { ...at, column: zero ? 'Bobot' : 'Skor' },
        { kind: r.kind, nip: check.nip, code },
      );
      continue;
    }
    const score = round2((pts.points / pts.maxPoints) * 100);
    if (!inPercentDomain(score)) {
      // the last guard where the rules take their scores: whatever route brought it, never used outside 0–100
      problems.add(
        'score.outOfDomain',
        { ...at, column: 'Skor' },
        { code, nip: check.nip, what: r.kind, value: shownNumber(score) },
      );
      continue;
    }
    const tk = testKey(code, r.kind);
    let perTest = groups.get(tk);
    if (!perTest) {
      perTest = new Map();
      groups.set(tk, perTest);
    }
    let list = perTest.get(check.nip);
    if (!list) {
      list = [];
      perTest.set(check.nip, list);
    }
    list.push({
      response: r,
      nip: check.nip,
      score,
      points: pts.points,
      maxPoints: pts.maxPoints,
    });
  }

  const chosen = new Map<string, ScoredResponse[]>();
  for (const [tk, perTest] of groups) {
    const used: ScoredResponse[] = [];
    for (const list of perTest.values()) {
      const pick = list.length === 1 ? list[0] : pickResponse(list, settings.duplicatePolicy);
      // Analisis Soal counts only participants whose NIP is valid.
      if (rosters.get(pick.response.trainingCode)?.get(pick.nip)?.nipValid) used.push(pick);
      if (list.length > 1) {
        for (const other of list) {
          if (other === pick) continue;
          problems.add(
            'response.duplicate',
            { sheet: other.response.src.sheet, row: other.response.src.row, column: 'NIP' },
            {
              nip: other.nip,
              kind: other.response.kind,
              code: other.response.trainingCode,
              count: list.length,
              policy: settings.duplicatePolicy,
            },
          );
        }
      }
      const ps = byParticipant.get(scoreKey(pick.response.trainingCode, pick.nip));
      if (!ps) continue;
      if (pick.response.kind === 'Pre-Test') {
        ps.preImported = pick.score;
        if (!ps.preTyped) ps.pre = pick.score;
      } else {
        ps.postImported = pick.score;
        if (!ps.postTyped) {
          ps.post = pick.score;
          ps.postTimestamp = pick.response.timestamp;
        }
      }
    }
    used.sort((a, b) => a.response.src.row - b.response.src.row);
    chosen.set(tk, used);
  }
  return { byParticipant, chosen };
}
