// Nilai & Peringkat: compute Rekap Nilai, then the active training's top 5, class N-Gain and a pre/post chart.

import { useState } from 'preact/hooks';
import { gainCategory } from '../../src/core/ngain';
import type { ItemFlagView, ScoresResult, TrainingScores } from '../../src/shared/rpc';
import { ITEM_LEGEND } from '../../src/text/id/rules';
import { NOT_READY, SCORES } from '../../src/text/id/sidebar';
import { BarChart } from '../components/charts';
import {
  ActionButton,
  Chip,
  fmt,
  Hint,
  Message,
  type Note,
  Rich,
  Section,
  Stat,
  settle,
} from '../components/ui';
import { call } from '../rpc';
import type { SectionProps } from './types';

function gainTone(g: number | null): 'good' | 'ok' | 'bad' | 'neutral' {
  const c = gainCategory(g);
  return c === 'Tinggi' ? 'good' : c === 'Sedang' ? 'ok' : c === 'Rendah' ? 'bad' : 'neutral';
}

/** The class means before and after, as bars. */
const SERIES = [
  { name: SCORES.pre, cls: 'bar-pre' },
  { name: SCORES.post, cls: 'bar-post' },
];

function TrainingView(props: { t: TrainingScores }) {
  const t = props.t;
  return (
    <div class="result">
      <dl class="stats">
        <Stat label={SCORES.participants} value={fmt(t.participants)} />
        <Stat label={SCORES.certified} value={fmt(t.certified)} />
        <Stat label={SCORES.ranked} value={fmt(t.ranked)} />
        <Stat label={SCORES.awards} value={fmt(t.awards)} />
      </dl>
      <h3 class="sub">{SCORES.classGain}</h3>
      <dl class="stats">
        <Stat
          label={SCORES.meanGain}
          value={
            <>
              {fmt(t.meanGain)} <Chip text={gainCategory(t.meanGain)} tone={gainTone(t.meanGain)} />
            </>
          }
        />
        <Stat
          label={SCORES.gainOfMeans}
          value={
            <>
              {fmt(t.gainOfMeans)} <Chip text={gainCategory(t.gainOfMeans)} tone={gainTone(t.gainOfMeans)} />
            </>
          }
        />
      </dl>
      <BarChart
        title={SCORES.prePost}
        series={SERIES}
        rows={[{ label: SCORES.classMean, values: [t.meanPre, t.meanPost] }]}
        max={100}
      />
      <h3 class="sub">{SCORES.top}</h3>
      {t.top.length === 0 ? (
        <Hint>{SCORES.noneRanked}</Hint>
      ) : (
        <ol class="top-list" aria-label={SCORES.topList}>
          {t.top.map((p) => (
            <li key={p.nip} class="top-row">
              <span class="rank" title={SCORES.rank(p.rank)}>
                {p.rank}
              </span>
              <span class="top-who">
                <span class="top-name">{p.name}</span>
                <span class="top-unit">{p.unit}</span>
              </span>
              <span class="top-score">
                {fmt(p.finalScore)}
                {p.award ? <Chip text={SCORES.award} tone="good" /> : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The questions of Analisis Soal that call for a look, with how to read them (issue 14 item 8). */
function ItemFlags(props: { items: ItemFlagView[] }) {
  if (props.items.length === 0) return null;
  return (
    <div class="item-flags">
      <h3 class="sub">{SCORES.itemsTitle(props.items.length)}</h3>
      <ul class="flag-list">
        {props.items.map((i) => (
          <li key={i.no} class="flag-item">
            <span class="flag-q" title={i.text}>
              {SCORES.itemNo(i.no)} {i.text}
            </span>
            <span class="flag-note">{i.note}</span>
          </li>
        ))}
      </ul>
      <details class="legend-box">
        <summary>{SCORES.itemsLegend}</summary>
        <dl>
          {ITEM_LEGEND.map(([term, rule]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{rule}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}

export function ScoresSection(props: SectionProps) {
  const [note, setNote] = useState<Note>(null);
  const [result, setResult] = useState<ScoresResult | null>(null);
  const compute = async () => {
    setNote(null);
    const r = await settle(call('computeScores'), setNote);
    if (r) {
      setResult(r);
      setNote({ kind: r.errors > 0 ? 'warn' : 'ok', text: r.message });
    }
    await props.refresh();
  };
  const mine = result?.trainings.find((t) => t.code === props.active) ?? null;
  const others = result ? result.trainings.filter((t) => t.code !== props.active) : [];
  return (
    <Section
      id="sec-nilai"
      step={3}
      title={SCORES.title}
      summary={mine ? `${mine.ranked}/${mine.participants}` : ''}
      open={props.open}
      onToggle={props.onToggle}
    >
      {!result ? (
        <Hint>
          <Rich text={SCORES.hint} />
        </Hint>
      ) : null}
      <div class="actions">
        <ActionButton
          label={SCORES.compute}
          primary={props.next}
          onClick={compute}
          disabled={!props.panel.ready}
          why={NOT_READY}
        />
      </div>
      <Message note={note} />
      {result && !mine ? <Hint>{SCORES.noScores}</Hint> : null}
      {mine ? <TrainingView t={mine} /> : null}
      {result && props.active ? (
        <ItemFlags items={result.items.filter((i) => i.code === props.active)} />
      ) : null}
      {others.length > 0 ? <h3 class="sub">{SCORES.others}</h3> : null}
      {others.length > 0 ? (
        <BarChart
          title={SCORES.othersChart}
          series={SERIES}
          rows={others.map((t) => ({ label: `${t.code} ${t.theme}`, values: [t.meanPre, t.meanPost] }))}
          max={100}
        />
      ) : null}
    </Section>
  );
}
