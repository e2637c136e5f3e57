// Sidebar entry: the panel (training picker, data health, reminders) and the workflow sections in order.

import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PanelState, ProblemView } from '../src/shared/rpc';
import { CONSEQUENCES_TEXT } from '../src/text/id/panel';
import { PANEL } from '../src/text/id/sidebar';
import { HelpPanel } from './components/helpPanel';
import { Message, type Note, Rich, settle } from './components/ui';
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

/**
 * The one next step (issue 14 item 2), in the order of the menu and the help: the sheets, the data and its check,
 * the forms of the active training, then each output not yet made, then the certificates. Its section holds the
 * panel's only primary button.
 */
export function nextStep(panel: PanelState): SectionKey {
  if (!panel.ready || !hasData(panel) || !panel.problems.checked) return 'persiapan';
  const active = panel.activeTraining;
  if (active && !panel.forms.some((f) => f.code === active)) return 'formulir';
  if (!panel.done.scores) return 'nilai';
  if (!panel.done.evaluation) return 'evaluasi';
  if (!panel.done.jp) return 'jp';
  return 'sertifikat';
}

/** The workbook has a training and a participant: without both no step has anything to work on. */
const hasData = (panel: PanelState) => panel.trainings.some((t) => t.participants > 0);

/** Sections open when the panel first loads: the next step's and those after it; the finished ones folded. */
function openFrom(next: SectionKey): Record<SectionKey, boolean> {
  const at = SECTIONS.indexOf(next);
  const from = (k: SectionKey) => SECTIONS.indexOf(k) >= at;
  return {
    persiapan: from('persiapan'),
    formulir: from('formulir'),
    nilai: from('nilai'),
    evaluasi: from('evaluasi'),
    jp: from('jp'),
    sertifikat: from('sertifikat'),
  };
}

function where(p: ProblemView, training: boolean): string {
  const parts = [p.sheet];
  if (p.row !== null) parts.push(PANEL.row(p.row));
  if (p.column) parts.push(PANEL.column(p.column));
  // with problems of several trainings listed together, whose each one is
  return training ? `${parts.join(', ')} · ${p.trainingCode ?? PANEL.wholeWorkbook}` : parts.join(', ');
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
      {/* a long name is cut with … in the box (the whole name on hover) and said whole below it */}
      <select
        id="training"
        class="select select-cut"
        value={t.code}
        title={`${t.code} · ${t.theme}`}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {panel.trainings.map((x) => (
          <option key={x.code} value={x.code} title={`${x.code} · ${x.theme}`}>
            {`${x.code} · ${x.theme}`}
          </option>
        ))}
      </select>
      {t.theme ? <p class="picker-theme">{t.theme}</p> : null}
      <p class="picker-meta">{`${t.dates || PANEL.noDates} · ${PANEL.participants(t.participants)}`}</p>
    </div>
  );
}

/** "6 Des 2026, 22.40": when the data was last checked, in the admin's own clock. */
function checkedWhen(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** The message of a problem read back from `Masalah`, and what it causes (said after it there), apart. */
function splitConsequences(message: string): { message: string; affects: string } {
  const at = message.indexOf(` ${CONSEQUENCES_TEXT.lead}`);
  return at < 0
    ? { message, affects: '' }
    : { message: message.slice(0, at), affects: message.slice(at + 1) };
}

/**
 * The data's status as it is (issue 14 item 1): *Belum ada data* without a training or a participant, *Belum
 * diperiksa* until a step has checked it, else the last check's counts and when it ran.
 */
function Health(props: { panel: PanelState; onSelected: (note: Note) => void }) {
  const { errors, warnings, list, checked, checkedAt } = props.panel.problems;
  const [open, setOpen] = useState(false);
  const [level, setLevel] = useState<'all' | 'Error' | 'Peringatan'>('all');
  const state = !hasData(props.panel) && list.length === 0 ? 'empty' : !checked ? 'unchecked' : 'checked';
  const tone = state !== 'checked' ? 'neutral' : errors > 0 ? 'bad' : warnings > 0 ? 'warn' : 'good';
  const label =
    state === 'empty'
      ? PANEL.noData
      : state === 'unchecked'
        ? PANEL.unchecked
        : errors === 0 && warnings === 0
          ? PANEL.healthy
          : PANEL.problemCounts(errors, warnings);
  const when = state === 'checked' ? checkedWhen(checkedAt) : '';
  const [training, setTraining] = useState('');
  // the trainings the listed problems concern, in Kegiatan's order (issue 14 item 3); a code not there after them
  const codes = [...new Set(list.flatMap((p) => (p.trainingCode ? [p.trainingCode] : [])))];
  const order = props.panel.trainings.map((t) => t.code);
  codes.sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9) || a.localeCompare(b));
  const byTraining = training && codes.includes(training) ? training : '';
  const shown = list.filter(
    (p) =>
      (level === 'all' || p.level === level) &&
      (!byTraining || p.trainingCode === byTraining || p.trainingCode === undefined),
  );
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
      {when ? <p class="health-when">{PANEL.checkedAt(when)}</p> : null}
      {state === 'empty' ? (
        <p class="hint">
          <Rich text={PANEL.noDataHint} />
        </p>
      ) : state === 'unchecked' ? (
        <p class="hint">
          <Rich text={PANEL.uncheckedHint} />
        </p>
      ) : null}
      {open && list.length > 0 ? (
        <div class="problem-pane">
          {errors > 0 && warnings > 0 ? (
            <fieldset class="chips chip-filter" aria-label={PANEL.filterLabel}>
              {(['all', 'Error', 'Peringatan'] as const).map((l) => (
                <button
                  key={l}
                  type="button"
                  class={`chip${level === l ? ' chip-on' : ''}`}
                  aria-pressed={level === l}
                  onClick={() => setLevel(l)}
                >
                  {l === 'all' ? PANEL.filterAll : PANEL.levelName[l]}
                </button>
              ))}
            </fieldset>
          ) : null}
          {codes.length > 1 ? (
            <div class="problem-training">
              <label class="field-label" for="problem-training">
                {PANEL.trainingFilter}
              </label>
              <select
                id="problem-training"
                class="select"
                value={byTraining}
                onChange={(e) => setTraining(e.currentTarget.value)}
              >
                <option value="">{PANEL.trainingFilterAll}</option>
                {codes.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <ul class="problems" id="problem-list" aria-label={PANEL.problemList}>
            {shown.map((p, i) => {
              const { message, affects } = splitConsequences(p.message);
              return (
                <li key={i} class="problem-item">
                  <button
                    type="button"
                    class={`problem problem-${p.level === 'Error' ? 'error' : 'warn'}`}
                    onClick={() => select(p)}
                  >
                    <span class="problem-where">{`${PANEL.levelName[p.level]} · ${where(p, codes.length > 1 && !byTraining)}`}</span>
                    <span class="problem-msg">{message}</span>
                    {affects ? <span class="problem-affects">{affects}</span> : null}
                    {p.suggestion ? <span class="problem-fix">{p.suggestion}</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
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

  const [helpOpen, setHelpOpen] = useState(false);
  const first = useRef(true);
  const refresh = async () => {
    const p = await settle(call('getPanelState'), setNote);
    if (p) {
      setPanel(p);
      // the first load folds the finished sections; later the admin's own opening and closing stand
      if (first.current) setOpen(openFrom(nextStep(p)));
      first.current = false;
    }
    setLoading(false);
  };
  useEffect(() => {
    void refresh();
  }, []);

  const choose = async (code: string) => {
    // a message about the training left behind is stale now
    setNote(null);
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
  const next = nextStep(panel);
  const common = (k: SectionKey) => ({ panel, active, refresh, next: next === k });
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
      {panel.ready ? <Health panel={panel} onSelected={setNote} /> : null}
      <Message note={note} />
      <Reminders panel={panel} />
      <SetupSection {...common('persiapan')} open={open.persiapan} onToggle={toggle('persiapan')} />
      <FormsSection {...common('formulir')} open={open.formulir} onToggle={toggle('formulir')} />
      <ScoresSection {...common('nilai')} open={open.nilai} onToggle={toggle('nilai')} />
      <EvaluationSection {...common('evaluasi')} open={open.evaluasi} onToggle={toggle('evaluasi')} />
      <JpSection {...common('jp')} open={open.jp} onToggle={toggle('jp')} />
      <CertificatesSection {...common('sertifikat')} open={open.sertifikat} onToggle={toggle('sertifikat')} />
      <HelpPanel open={helpOpen} onToggle={() => setHelpOpen(!helpOpen)} />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
