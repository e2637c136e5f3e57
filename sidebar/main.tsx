// Sidebar entry: the panel (training picker, data health, reminders) and the workflow sections in order.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PanelState, ProblemView } from '../src/shared/rpc';
import { PANEL } from '../src/text/id/sidebar';
import { Hint, Message, type Note, Rich, settle } from './components/ui';
import { call } from './rpc';
import { CertificatesSection } from './sections/certificates';
import { EvaluationSection } from './sections/evaluation';
import { FormsSection } from './sections/forms';
import { JpSection } from './sections/jp';
import { ScoresSection } from './sections/scores';
import { SetupSection } from './sections/setup';
import './styles.css';

const SECTIONS = ['persiapan', 'formulir', 'nilai', 'evaluasi', 'jp', 'sertifikat'] as const;
type SectionKey = (typeof SECTIONS)[number];

function where(p: ProblemView): string {
  const parts = [p.sheet];
  if (p.row !== null) parts.push(PANEL.row(p.row));
  if (p.column) parts.push(PANEL.column(p.column));
  return parts.join(', ');
}

function TrainingPicker(props: { panel: PanelState; onChange: (code: string) => void }) {
  const { panel } = props;
  if (panel.trainings.length === 0) {
    return (
      <p class="empty" role="status">
        <Rich text={PANEL.empty} />
      </p>
    );
  }
  const t = panel.trainings.find((x) => x.code === panel.activeTraining) ?? panel.trainings[0];
  return (
    <div class="picker">
      <label class="field-label" for="training">
        {PANEL.activeTraining}
      </label>
      <select
        id="training"
        class="select"
        value={t.code}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {panel.trainings.map((x) => (
          <option key={x.code} value={x.code}>
            {`${x.code} · ${x.theme}`}
          </option>
        ))}
      </select>
      <p class="picker-meta">{`${t.dates || PANEL.noDates} · ${PANEL.participants(t.participants)}`}</p>
    </div>
  );
}

function Health(props: { panel: PanelState; onSelected: (note: Note) => void }) {
  const { errors, warnings, list } = props.panel.problems;
  const [open, setOpen] = useState(false);
  const tone = errors > 0 ? 'bad' : warnings > 0 ? 'warn' : 'good';
  const label = errors === 0 && warnings === 0 ? PANEL.healthy : PANEL.problemCounts(errors, warnings);
  const select = async (p: ProblemView) => {
    const a1 = await settle(call('selectCell', p.sheet, p.row, p.column), props.onSelected);
    if (a1 !== null) {
      props.onSelected({ kind: 'info', text: PANEL.cellSelected(a1, p.sheet) });
      window.google?.script.host.editor.focus();
    }
  };
  return (
    <div class="health">
      <button
        type="button"
        class={`health-badge health-${tone}`}
        aria-expanded={open}
        aria-controls="problem-list"
        disabled={list.length === 0}
        onClick={() => setOpen(!open)}
      >
        <span class="dot" aria-hidden="true" />
        <span>{label}</span>
        {list.length > 0 ? <span class="health-more">{open ? PANEL.hideList : PANEL.showList}</span> : null}
      </button>
      {open && list.length > 0 ? (
        <ul class="problems" id="problem-list" aria-label={PANEL.problemList}>
          {list.map((p, i) => (
            <li key={i} class="problem-item">
              <button
                type="button"
                class={`problem problem-${p.level === 'Error' ? 'error' : 'warn'}`}
                onClick={() => select(p)}
              >
                <span class="problem-where">{`${p.level} · ${where(p)}`}</span>
                <span class="problem-msg">{p.message}</span>
                {p.suggestion ? <span class="problem-fix">{p.suggestion}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {errors + warnings > list.length ? <p class="hint">{PANEL.fullList(errors + warnings)}</p> : null}
    </div>
  );
}

function Reminders(props: { panel: PanelState }) {
  const f = props.panel.followUps;
  if (f.length === 0) return null;
  return (
    <aside class="reminder" aria-label={PANEL.reminders}>
      <p class="reminder-title">{PANEL.reminders}</p>
      <ul>
        {f.map((x) => (
          <li key={x.code}>{PANEL.followUp(x.code, x.theme, x.endDate)}</li>
        ))}
      </ul>
    </aside>
  );
}

export function App() {
  const [panel, setPanel] = useState<PanelState | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [loading, setLoading] = useState(true);
  const [open, setOpen] = useState<Record<SectionKey, boolean>>({
    persiapan: true,
    formulir: true,
    nilai: true,
    evaluasi: true,
    jp: true,
    sertifikat: true,
  });

  const refresh = async () => {
    const p = await settle(call('getPanelState'), setNote);
    if (p) setPanel(p);
    setLoading(false);
  };
  useEffect(() => {
    void refresh();
  }, []);

  const choose = async (code: string) => {
    if (panel) setPanel({ ...panel, activeTraining: code });
    await settle(call('setActiveTraining', code), setNote);
    await refresh();
  };

  if (!panel) {
    return (
      <main class="panel">
        <header class="top">
          <h1>{PANEL.title}</h1>
        </header>
        {loading ? (
          <p class="hint" role="status">
            {PANEL.loading}
          </p>
        ) : null}
        <Message note={note} />
        {!loading ? (
          <button type="button" class="btn btn-primary" onClick={() => refresh()}>
            {PANEL.retry}
          </button>
        ) : null}
      </main>
    );
  }
  const active = panel.trainings.some((t) => t.code === panel.activeTraining) ? panel.activeTraining : null;
  const toggle = (k: SectionKey) => () => setOpen({ ...open, [k]: !open[k] });
  const common = { panel, active, refresh };
  return (
    <main class="panel">
      <header class="top">
        <h1>{PANEL.title}</h1>
        <span class="top-sheet" title={panel.spreadsheetName}>
          {panel.spreadsheetName}
        </span>
        <button
          type="button"
          class="icon-btn"
          aria-label={PANEL.reload}
          title={PANEL.reloadShort}
          onClick={() => refresh()}
        >
          ↻
        </button>
      </header>
      <TrainingPicker panel={panel} onChange={choose} />
      {panel.trainings.length > 0 || panel.problems.list.length > 0 ? (
        <Health panel={panel} onSelected={setNote} />
      ) : null}
      <Message note={note} />
      <Reminders panel={panel} />
      <SetupSection {...common} open={open.persiapan} onToggle={toggle('persiapan')} />
      <FormsSection {...common} open={open.formulir} onToggle={toggle('formulir')} />
      <ScoresSection {...common} open={open.nilai} onToggle={toggle('nilai')} />
      <EvaluationSection {...common} open={open.evaluasi} onToggle={toggle('evaluasi')} />
      <JpSection {...common} open={open.jp} onToggle={toggle('jp')} />
      <CertificatesSection {...common} open={open.sertifikat} onToggle={toggle('sertifikat')} />
      <Hint>{PANEL.help}</Hint>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
