// Evaluasi: compute Rekap Evaluasi and show the speakers' and the organisers' index with categories.

import { useState } from 'preact/hooks';
import type { EvaluationResult, EvaluationSubjectView } from '../../src/shared/rpc';
import { EVALUATION, NOT_READY } from '../../src/text/id/sidebar';
import { ActionButton, Chip, fmt, Hint, Message, type Note, Rich, Section, settle } from '../components/ui';
import { call } from '../rpc';
import type { SectionProps } from './types';

export function categoryTone(c: string): 'good' | 'ok' | 'bad' | 'neutral' {
  if (c === 'Sangat Baik') return 'good';
  if (c === 'Baik') return 'ok';
  if (c === 'Kurang Baik' || c === 'Tidak Baik') return 'bad';
  return 'neutral';
}

function subjectTitle(s: EvaluationSubjectView): string {
  if (s.kind === 'Narasumber')
    return s.session !== null ? EVALUATION.session(s.session, s.speaker) : s.speaker;
  return s.kind;
}

function SubjectRow(props: { s: EvaluationSubjectView }) {
  const s = props.s;
  const w = s.index === null ? 0 : Math.max(0, Math.min(100, s.index));
  return (
    <li class="eval-row">
      <div class="eval-line">
        <span class="eval-name">{subjectTitle(s)}</span>
        <span class="eval-index">{fmt(s.index)}</span>
      </div>
      <svg class="meter" width="100%" height="6" aria-hidden="true">
        <rect x="0" y="0" width="100%" height="6" rx="3" class="chart-track" />
        <rect x="0" y="0" width={`${w}%`} height="6" rx="3" class={`meter-${categoryTone(s.category)}`} />
      </svg>
      <div class="eval-meta">
        <Chip text={s.category} tone={categoryTone(s.category)} />
        <span class="muted">{EVALUATION.respondents(s.respondents)}</span>
      </div>
    </li>
  );
}

export function EvaluationSection(props: SectionProps) {
  const [note, setNote] = useState<Note>(null);
  const [result, setResult] = useState<EvaluationResult | null>(null);
  const compute = async () => {
    setNote(null);
    const r = await settle(call('computeEvaluation'), setNote);
    if (r) {
      setResult(r);
      setNote({ kind: r.errors > 0 ? 'warn' : 'ok', text: r.message });
    }
    await props.refresh();
  };
  const mine = (result?.subjects ?? []).filter((s) => !props.active || s.code === props.active);
  const speakers = mine.filter((s) => s.kind === 'Narasumber');
  const rest = mine.filter((s) => s.kind !== 'Narasumber');
  return (
    <Section
      id="sec-evaluasi"
      step={4}
      title={EVALUATION.title}
      summary={mine.length > 0 ? EVALUATION.subjects(mine.length) : ''}
      open={props.open}
      onToggle={props.onToggle}
    >
      {!result ? (
        <Hint>
          <Rich text={EVALUATION.hint} />
        </Hint>
      ) : null}
      <div class="actions">
        <ActionButton
          label={EVALUATION.compute}
          primary={props.next}
          onClick={compute}
          disabled={!props.panel.ready}
          why={NOT_READY}
        />
      </div>
      <Message note={note} />
      {result && mine.length === 0 ? <Hint>{EVALUATION.none}</Hint> : null}
      {speakers.length > 0 ? (
        <>
          <h3 class="sub">{EVALUATION.speakers}</h3>
          <ul class="eval-list">
            {speakers.map((s, i) => (
              <SubjectRow key={`${s.session}-${i}`} s={s} />
            ))}
          </ul>
        </>
      ) : null}
      {rest.length > 0 ? (
        <>
          <h3 class="sub">{EVALUATION.organisers}</h3>
          <ul class="eval-list">
            {rest.map((s, i) => (
              <SubjectRow key={`${s.kind}-${i}`} s={s} />
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
