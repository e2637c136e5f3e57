// Rekap JP: compute the JP summary and show the share of ASN per unit who reached the yearly target.

import { useState } from 'preact/hooks';
import type { BelowTarget, JpResult, UnitCoverage } from '../../src/shared/rpc';
import { JP, NOT_READY } from '../../src/text/id/sidebar';
import { BarChart } from '../components/charts';
import { ActionButton, fmt, Hint, Message, type Note, Rich, Section, Stat, settle } from '../components/ui';
import { call } from '../rpc';
import { Invitations } from './invitations';
import type { SectionProps } from './types';

/** Who is still below the target in the year shown, per unit, largest shortfall first (issue 14 item 8, 15). */
function BelowList(props: { below: BelowTarget[]; year: number | null }) {
  if (props.below.length === 0) return <Hint>{JP.allReached}</Hint>;
  const byUnit = new Map<string, BelowTarget[]>();
  for (const b of props.below) byUnit.set(b.unit, [...(byUnit.get(b.unit) ?? []), b]);
  return (
    <div class="below">
      <h3 class="sub">{JP.belowTitle(props.below.length, props.year)}</h3>
      {[...byUnit].map(([unit, list]) => (
        <details key={unit} class="below-unit">
          <summary>{JP.belowUnit(unit || JP.noUnit, list.length)}</summary>
          <ul class="below-list">
            {list.map((b) => (
              <li key={b.nip}>
                <span class="below-name">
                  {b.name}
                  {b.status === 'PPPK' ? ` · ${JP.pppk}` : ''}
                </span>
                <span class="below-jp">
                  {b.untrained ? JP.untrained : JP.belowJp(fmt(b.jp), fmt(b.shortfall))}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

/** Capaian 20 JP of the year shown: per unit, PNS and PPPK apart, one line each (300 px). */
function CoverageList(props: { rows: UnitCoverage[]; year: number | null }) {
  if (props.rows.length === 0) return null;
  const byUnit = new Map<string, UnitCoverage[]>();
  for (const r of props.rows) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
  return (
    <div class="coverage">
      <h3 class="sub">{JP.coverageTitle(props.year, props.rows[0].basis)}</h3>
      <ul class="coverage-list">
        {[...byUnit].map(([unit, list]) => (
          <li key={unit}>
            <span class="coverage-unit">{unit}</span>
            <span class="coverage-figures">
              {list.map((r) => JP.coverageStatus(r.status, r.reached, r.asn, fmt(r.percent))).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
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
  const years = [
    ...new Set([...(result?.units ?? []).map((u) => u.year), ...(result?.years ?? []).map((y) => y.year)]),
  ].sort((a, b) => b - a);
  const ownYears = (result?.years ?? [])
    .filter((y) => y.own)
    .map((y) => y.year)
    .join(', ');
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
          <Stat label={JP.peopleOf(ownYears)} value={fmt(result.people)} />
          <Stat label={JP.reachedOf(ownYears)} value={fmt(result.reached)} />
        </dl>
      ) : null}
      {result && result.years.length > 0 ? (
        <p class="hint covered">
          {JP.coveredTitle}: {result.years.map((y) => JP.coveredYear(y.year, y.own, y.sources)).join('; ')}
        </p>
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
      {result ? (
        <CoverageList rows={result.coverage.filter((c) => c.year === shownYear)} year={shownYear} />
      ) : null}
      {result && shownYear !== null ? (
        <BelowList below={result.below.filter((b) => b.year === shownYear)} year={shownYear} />
      ) : null}
      <Invitations active={props.active} disabled={!props.panel.ready} />
    </Section>
  );
}
