// Evaluasi: compute Rekap Evaluasi and show the speakers' and the organisers' index with categories.

import { useState } from 'preact/hooks';
import type { EvaluationResult, EvaluationSubjectView, SpeakerPayView } from '../../src/shared/rpc';
import { EVALUATION, NOT_READY, rupiah } from '../../src/text/id/sidebar';
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

/** Rekap Narasumber of the trainings shown (the active one, else all): speakers, JP, honorarium, what is missing. */
function SpeakerPay(props: { views: SpeakerPayView[] }) {
  const v = props.views;
  if (v.length === 0) return null;
  const sum = (f: (x: SpeakerPayView) => number) => v.reduce((a, x) => a + f(x), 0);
  const speakers = sum((x) => x.speakers);
  const jp = Math.round(sum((x) => x.jp) * 100) / 100;
  const paid = v.filter((x) => x.gross !== null);
  const missing = sum((x) => x.missing);
  return (
    <div class="speaker-pay">
      <h3 class="sub">{EVALUATION.payTitle}</h3>
      <div class="muted">{EVALUATION.payLine(speakers, fmt(jp))}</div>
      {paid.length > 0 ? (
        <div>
          {EVALUATION.payTotals(
            rupiah(paid.reduce((a, x) => a + (x.gross ?? 0), 0)),
            rupiah(paid.reduce((a, x) => a + (x.net ?? 0), 0)),
          )}
        </div>
      ) : null}
      {missing > 0 ? <Hint>{EVALUATION.payMissing(missing)}</Hint> : null}
      {v.every((x) => !x.inUse) ? <Hint>{EVALUATION.payNotUsed}</Hint> : null}
    </div>
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
  const pay = (result?.speakers ?? []).filter((s) => !props.active || s.code === props.active);
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
      <SpeakerPay views={pay} />
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
