// Small horizontal bar charts drawn with SVG elements (labels are text nodes, never markup).

import { fmt } from './ui';

export interface BarSeries {
  name: string;
  cls: string;
}

export interface BarRow {
  label: string;
  /** Said after the label and never cut (a count: "(3/12)"); the label is shortened before it. */
  count?: string;
  values: Array<number | null>;
}

/** The most characters a label line holds at the chart's width. */
const LABEL_CHARS = 40;

/** A row's label line: the label shortened to leave room for its count, the count whole. */
export function labelLine(row: BarRow): string {
  if (!row.count) return shorten(row.label, LABEL_CHARS);
  return `${shorten(row.label, Math.max(8, LABEL_CHARS - row.count.length - 1))} ${row.count}`;
}

const WIDTH = 264;
const LABEL_H = 14;
const BAR_H = 10;
const GAP = 3;
const ROW_GAP = 8;
const VALUE_W = 44;

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Rows of labelled bars, one bar per series; `max` is the full-scale value (100 for scores and percents). */
export function BarChart(props: {
  title: string;
  series: BarSeries[];
  rows: BarRow[];
  max: number;
  unit?: string;
}) {
  const perRow = LABEL_H + props.series.length * (BAR_H + GAP) + ROW_GAP;
  const height = props.rows.length * perRow;
  const span = WIDTH - VALUE_W;
  return (
    <figure class="chart">
      <svg
        width={WIDTH}
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={props.title}
      >
        <title>{props.title}</title>
        {props.rows.map((row, i) => {
          const y0 = i * perRow;
          return (
            <g key={`${row.label}-${i}`}>
              <text x={0} y={y0 + 10} class="chart-label">
                <title>{row.count ? `${row.label} ${row.count}` : row.label}</title>
                {labelLine(row)}
              </text>
              {props.series.map((s, j) => {
                const v = row.values[j];
                const w =
                  v === null || v === undefined
                    ? 0
                    : Math.max(1, (Math.min(v, props.max) / props.max) * span);
                const y = y0 + LABEL_H + j * (BAR_H + GAP);
                return (
                  <g key={s.name}>
                    <rect x={0} y={y} width={span} height={BAR_H} class="chart-track" rx={2} />
                    <rect x={0} y={y} width={w} height={BAR_H} class={s.cls} rx={2}>
                      <title>{`${s.name}: ${fmt(v)}${props.unit ?? ''}`}</title>
                    </rect>
                    <text x={span + 4} y={y + BAR_H - 1} class="chart-value">
                      {`${fmt(v, 1)}${props.unit ?? ''}`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {props.series.length > 1 ? (
        <figcaption class="legend">
          {props.series.map((s) => (
            <span key={s.name} class="legend-item">
              <span class={`legend-swatch ${s.cls}`} aria-hidden="true" />
              {s.name}
            </span>
          ))}
        </figcaption>
      ) : null}
    </figure>
  );
}
