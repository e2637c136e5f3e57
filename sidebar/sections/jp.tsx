// Rekap JP: compute the JP summary and show the share of ASN per unit who reached the yearly target.

import { useState } from 'preact/hooks';
import type { BelowTarget, JpResult } from '../../src/shared/rpc';
import { JP, NOT_READY } from '../../src/text/id/sidebar';
import { BarChart } from '../components/charts';
import { ActionButton, fmt, Hint, Message, type Note, Rich, Section, Stat, settle } from '../components/ui';
import { call } from '../rpc';
import type { SectionProps } from './types';

/** Who is still below the target, per unit, largest shortfall first (issue 14 item 8). */
function BelowList(props: { below: BelowTarget[] }) {
  if (props.below.length === 0) return <Hint>{JP.allReached}</Hint>;
  const byUnit = new Map<string, BelowTarget[]>();
  for (const b of props.below) byUnit.set(b.unit, [...(byUnit.get(b.unit) ?? []), b]);
  return (
    <div class="below">
      <h3 class="sub">{JP.belowTitle(props.below.length)}</h3>
      {[...byUnit].map(([unit, list]) => (
        <details key={unit} class="below-unit">
          <summary>{JP.belowUnit(unit || JP.noUnit, list.length)}</summary>
          <ul class="below-list">
            {list.map((b) => (
              <li key={b.nip}>
                <span class="below-name">{b.name}</span>
                <span class="below-jp">{JP.belowJp(fmt(b.jp), fmt(b.shortfall))}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

export function JpSection(props: SectionProps) {
  const [note, setNote] = useState<Note>(null);
  const [result, setResult] = useState<JpResult | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const compute = async () => {
    setNote(null);
    const r = await settle(call('computeJp'), setNote);
    if (r) {
      setResult(r);
      setNote({ kind: r.errors > 0 ? 'warn' : 'ok', text: r.message });
    }
    await props.refresh();
  };
  const years = [...new Set((result?.units ?? []).map((u) => u.year))].sort((a, b) => b - a);
  const shownYear = year !== null && years.includes(year) ? year : (years[0] ?? null);
  const units = (result?.units ?? [])
    .filter((u) => u.year === shownYear)
    .sort((a, b) => b.percent - a.percent || a.unit.localeCompare(b.unit));
  return (
    <Section
      id="sec-jp"
      step={5}
      title={JP.title}
      summary={result ? JP.reached(result.reached, result.people) : ''}
      open={props.open}
      onToggle={props.onToggle}
    >
      {!result ? (
        <Hint>
          <Rich text={JP.hint} />
        </Hint>
      ) : null}
      <div class="actions">
        <ActionButton
          label={JP.compute}
          primary={props.next}
          onClick={compute}
          disabled={!props.panel.ready}
          why={NOT_READY}
        />
      </div>
      <Message note={note} />
      {result ? (
        <dl class="stats">
          <Stat label={JP.people} value={fmt(result.people)} />
          <Stat label={JP.reachedLabel} value={fmt(result.reached)} />
        </dl>
      ) : null}
      {years.length > 1 ? (
        <>
          <label class="field-label" for="jp-year">
            {JP.year}
          </label>
          <select
            id="jp-year"
            class="select"
            value={String(shownYear)}
            onChange={(e) => setYear(Number(e.currentTarget.value))}
          >
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {units.length > 0 ? (
        <>
          <h3 class="sub">{JP.perUnit(shownYear)}</h3>
          <BarChart
            title={JP.chart}
            series={[{ name: JP.reachedLabel, cls: 'bar-post' }]}
            rows={units.map((u) => ({
              label: u.unit,
              count: JP.unitCount(u.reached, u.asn),
              values: [u.percent],
            }))}
            max={100}
            unit="%"
          />
        </>
      ) : result ? (
        <Hint>{JP.none}</Hint>
      ) : null}
      {result && shownYear !== null ? (
        <BelowList below={result.below.filter((b) => b.year === shownYear)} />
      ) : null}
    </Section>
  );
}
