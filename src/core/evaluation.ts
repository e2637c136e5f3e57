// Rekap Evaluasi (DESIGN §4.7): per training, subject and aspect, Responden, Rata-rata, Indeks and Kategori.

import type { Aspect, AspectKind, EvaluationResponse, EvaluationSubject, Session, Training } from './model';
import { type Problems, unknownTrainingReporter } from './problems';
import { round2 } from './round';
import { bandLabel, type Settings } from './settings';

export const OVERALL_ASPECT = 'Keseluruhan';

export interface EvaluationRow {
  trainingCode: string;
  kind: AspectKind;
  /** Session number for a Narasumber subject, else null. */
  session: number | null;
  /** Speaker from Sesi for a Narasumber subject, else ''. */
  speaker: string;
  /** NIP Narasumber from Sesi (the speaker's identity with training and session, core/speakers.ts), else ''. */
  speakerNip: string;
  aspect: string;
  respondents: number;
  /** Rata-rata; null when no valid answer. */
  mean: number | null;
  /** Indeks = round2(Rata-rata / Skala × 100) from the shown Rata-rata. */
  index: number | null;
  category: string;
}

export interface EvaluationInput {
  trainings: readonly Training[];
  sessions: readonly Session[];
  aspects: readonly Aspect[];
  evaluations: readonly EvaluationResponse[];
  settings: Settings;
}

const collapsed = new Map<string, string>();
/** Aspect names compared case- and space-insensitively (memoised: the same few names repeat on every response). */
const collapse = (s: string): string => {
  let c = collapsed.get(s);
  if (c === undefined) {
    c = s.trim().replace(/\s+/g, ' ').toLowerCase();
    if (collapsed.size > 10_000) collapsed.clear();
    collapsed.set(s, c);
  }
  return c;
};
const KIND_ORDER: Record<AspectKind, number> = { Narasumber: 0, Penyelenggaraan: 1, 'Pasca Pelatihan': 2 };

/** A rating as an integer 1..scale (numbers or numeric text), or null when it is not one. */
export function ratingValue(value: unknown, scale: number): number | null {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*\d+([.,]0+)?\s*$/.test(value))
    n = Number(value.trim().replace(',', '.'));
  else return null;
  return Number.isInteger(n) && n >= 1 && n <= scale ? n : null;
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

interface AspectAcc {
  name: string;
  sum: number;
  count: number;
}

interface SubjectAcc {
  kind: AspectKind;
  session: number | null;
  aspects: Map<string, AspectAcc>;
  respondents: number;
  /** Where the subject was first rated (a response sheet cell), for problems about it. */
  first: { sheet: string; row: number; column: string };
}

function subjectKey(s: EvaluationSubject): string {
  return s.type === 'Narasumber' ? `N\u0001${s.session}` : s.type;
}

/** Builds the Rekap Evaluasi rows (DESIGN §4.7). Out-of-scale answers are ignored with a Peringatan at their cell. */
export function summarizeEvaluations(input: EvaluationInput, problems: Problems): EvaluationRow[] {
  const { settings } = input;
  const scale = settings.evaluationScale;
  const trainingOrder = new Map<string, number>();
  input.trainings.forEach((t, i) => {
    if (!trainingOrder.has(t.code)) trainingOrder.set(t.code, i);
  });
  const sessionOf = new Map<string, Session>();
  for (const s of input.sessions) {
    const k = `${s.trainingCode}\u0001${s.number}`;
    if (!sessionOf.has(k)) sessionOf.set(k, s);
  }
  // Aspect order and canonical spelling per kind, from Aspek Evaluasi.
  const aspectOrder = new Map<string, { order: number; name: string }>();
  input.aspects.forEach((a, i) => {
    const k = `${a.kind}\u0001${collapse(a.aspect)}`;
    if (!aspectOrder.has(k)) aspectOrder.set(k, { order: i, name: a.aspect.trim() });
  });

  const perTraining = new Map<string, Map<string, SubjectAcc>>();
  const reportUnknown = unknownTrainingReporter(problems);
  for (const r of input.evaluations) {
    if (!trainingOrder.has(r.trainingCode)) {
      reportUnknown(r);
      continue;
    }
    let subjects = perTraining.get(r.trainingCode);
    if (!subjects) {
      subjects = new Map();
      perTraining.set(r.trainingCode, subjects);
    }
    const answeredSubjects = new Set<SubjectAcc>();
    for (const rating of r.ratings) {
      const kind: AspectKind = rating.subject.type;
      const sk = subjectKey(rating.subject);
      let subject = subjects.get(sk);
      if (!subject) {
        subject = {
          kind,
          session: rating.subject.type === 'Narasumber' ? rating.subject.session : null,
          aspects: new Map(),
          respondents: 0,
          first: { sheet: r.src.sheet, row: r.src.row, column: rating.column },
        };
        subjects.set(sk, subject);
      }
      const ak = collapse(rating.aspect);
      let acc = subject.aspects.get(ak);
      if (!acc) {
        acc = { name: aspectOrder.get(`${kind}\u0001${ak}`)?.name ?? rating.aspect.trim(), sum: 0, count: 0 };
        subject.aspects.set(ak, acc);
      }
      if (isBlank(rating.value)) continue;
      const v = ratingValue(rating.value, scale);
      if (v === null) {
        problems.add(
          'evaluation.outOfScale',
          { sheet: r.src.sheet, row: r.src.row, column: rating.column },
          { value: String(rating.value), scale },
        );
        continue;
      }
      acc.sum += v;
      acc.count++;
      answeredSubjects.add(subject);
    }
    for (const s of answeredSubjects) s.respondents++;
  }

  const rows: EvaluationRow[] = [];
  const codes = [...perTraining.keys()].sort(
    (a, b) => (trainingOrder.get(a) as number) - (trainingOrder.get(b) as number),
  );
  for (const code of codes) {
    const subjects = [...(perTraining.get(code) as Map<string, SubjectAcc>).values()].sort(
      (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.session ?? 0) - (b.session ?? 0),
    );
    for (const s of subjects) {
      let speaker = '';
      let speakerNip = '';
      if (s.kind === 'Narasumber') {
        const session = sessionOf.get(`${code}\u0001${s.session}`);
        if (session) {
          speaker = session.speaker;
          speakerNip = session.speakerNip;
        } else {
          problems.add('evaluation.sessionUnknown', s.first, { code, session: s.session as number });
        }
      }
      const aspects = [...s.aspects.entries()].sort(([ka, a], [kb, b]) => {
        const oa = aspectOrder.get(`${s.kind}\u0001${ka}`)?.order;
        const ob = aspectOrder.get(`${s.kind}\u0001${kb}`)?.order;
        if (oa !== undefined && ob !== undefined) return oa - ob;
        if (oa !== undefined) return -1;
        if (ob !== undefined) return 1;
        const la = a.name.toLowerCase();
        const lb = b.name.toLowerCase();
        return la < lb ? -1 : la > lb ? 1 : 0;
      });
      const base = { trainingCode: code, kind: s.kind, session: s.session, speaker, speakerNip };
      let meanSum = 0;
      let meanCount = 0;
      for (const [, a] of aspects) {
        const mean = a.count ? round2(a.sum / a.count) : null;
        if (mean !== null) {
          meanSum += mean;
          meanCount++;
        }
        rows.push({ ...base, aspect: a.name, respondents: a.count, ...indexOf(mean, scale, settings) });
      }
      const overall = meanCount ? round2(meanSum / meanCount) : null;
      rows.push({
        ...base,
        aspect: OVERALL_ASPECT,
        respondents: s.respondents,
        ...indexOf(overall, scale, settings),
      });
    }
  }
  return rows;
}

function indexOf(
  mean: number | null,
  scale: number,
  settings: Settings,
): { mean: number | null; index: number | null; category: string } {
  if (mean === null) return { mean: null, index: null, category: '' };
  const index = round2((mean / scale) * 100);
  return { mean, index, category: bandLabel(settings.evaluationBands, index) };
}
