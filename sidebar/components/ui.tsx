// Small building blocks of the sidebar: sections, action buttons, messages, safe links, progress bar, counts.

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Rpc } from '../../src/shared/rpc';
import { COPY, FAILURE } from '../../src/text/id/sidebar';
import { failureNote, thrownFailure } from '../rpc';

export type NoteKind = 'ok' | 'error' | 'warn' | 'info';
/** A message in the panel; `detail` (technical words) is folded away under it. */
export type Note = { kind: NoteKind; text: string; detail?: string } | null;

/**
 * Awaits a server call and turns both kinds of failure into a note, shown by the failure's kind: the envelope's
 * (kind and plain Indonesian text from the server), or what reached the failure handler. Returns the value, or null.
 */
export async function settle<T>(p: Promise<Rpc<T>>, setNote: (n: Note) => void): Promise<T | null> {
  try {
    const r = await p;
    if (!r || typeof r !== 'object') {
      setNote(failureNote(thrownFailure(new Error(FAILURE.emptyAnswer))));
      return null;
    }
    if (!r.ok) {
      setNote(failureNote({ kind: r.kind, text: r.error, detail: r.detail }));
      return null;
    }
    return r.value;
  } catch (e) {
    setNote(failureNote(thrownFailure(e)));
    return null;
  }
}

/** Catalog text with `**name**` parts in bold (as text nodes: nothing in it is ever read as markup). */
export function Rich(props: { text: string }) {
  return <>{props.text.split('**').map((part, i) => (i % 2 === 1 ? <b key={i}>{part}</b> : part))}</>;
}

export function Section(props: {
  id: string;
  /** The step's number in the work order, or a mark for a card outside it (Bantuan: ?). */
  step: number | string;
  title: string;
  summary?: string;
  open: boolean;
  onToggle: () => void;
  children: ComponentChildren;
}) {
  const bodyId = `${props.id}-body`;
  return (
    <section class="card" id={props.id} aria-labelledby={`${props.id}-head`}>
      <h2 class="card-head">
        <button
          type="button"
          id={`${props.id}-head`}
          class="card-toggle"
          aria-expanded={props.open}
          aria-controls={bodyId}
          onClick={props.onToggle}
        >
          <span class="step" aria-hidden="true">
            {props.step}
          </span>
          <span class="card-title">{props.title}</span>
          {props.summary ? <span class="card-summary">{props.summary}</span> : null}
          <span class={props.open ? 'chev open' : 'chev'} aria-hidden="true" />
        </button>
      </h2>
      <div class="card-body" id={bodyId} hidden={!props.open}>
        {props.children}
      </div>
    </section>
  );
}

let whyIds = 0;

/**
 * A real button that shows it is working (disabled, aria-busy, spinner) while its async action runs. Greyed out
 * with a `why`, it says why and how to enable it, beside it and to a screen reader (issue 14 item 2).
 */
export function ActionButton(props: {
  label: string;
  onClick: () => Promise<unknown> | undefined;
  primary?: boolean;
  disabled?: boolean;
  /** Why the button is disabled, and how to enable it (`**x**` in bold); shown only while disabled. */
  why?: string;
  title?: string;
  small?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [whyId] = useState(() => `why-${++whyIds}`);
  const explained = Boolean(props.disabled && props.why && !busy);
  const cls = ['btn', props.primary ? 'btn-primary' : 'btn-secondary', props.small ? 'btn-small' : '']
    .filter(Boolean)
    .join(' ');
  const click = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await props.onClick();
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        class={cls}
        disabled={busy || props.disabled}
        aria-busy={busy}
        aria-describedby={explained ? whyId : undefined}
        title={props.title}
        onClick={click}
      >
        {busy ? <span class="spinner" aria-hidden="true" /> : null}
        {props.label}
      </button>
      {explained && props.why ? (
        <span class="why" id={whyId}>
          <Rich text={props.why} />
        </span>
      ) : null}
    </>
  );
}

export function Message(props: { note: Note }) {
  const n = props.note;
  if (!n) return null;
  return (
    <div class={`msg msg-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
      {n.text}
      {n.detail ? (
        <details class="msg-detail">
          <summary>{FAILURE.detail}</summary>
          <code>{n.detail}</code>
        </details>
      ) : null}
    </div>
  );
}

/** Hint text for the next step, muted. */
export function Hint(props: { children: ComponentChildren }) {
  return <p class="hint">{props.children}</p>;
}

/** Only http(s) links are made clickable: a `javascript:` URL typed into a sheet must never run. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = String(url).trim();
  return /^https?:\/\//i.test(u) ? u : null;
}

/** A link that opens in a new tab (the sidebar iframe cannot navigate itself); unsafe URLs render as text. */
export function ExtLink(props: {
  href: string | null | undefined;
  children: ComponentChildren;
  label?: string;
}) {
  const href = safeUrl(props.href);
  if (!href) return <span class="muted">{props.children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" aria-label={props.label}>
      {props.children}
    </a>
  );
}

export function ProgressBar(props: { value: number; label: string; text?: string }) {
  const v = Math.max(0, Math.min(100, Math.round(props.value)));
  return (
    <div class="progress-wrap">
      <div
        class="progress"
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={v}
        aria-valuetext={props.text ?? `${v}%`}
      >
        <div class="progress-fill" style={{ width: `${v}%` }} />
      </div>
      <span class="progress-text">{props.text ?? `${v}%`}</span>
    </div>
  );
}

/** A label/value pair in a compact two-column list. */
export function Stat(props: { label: string; value: ComponentChildren }) {
  return (
    <div class="stat">
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </div>
  );
}

/** A coloured chip for categories (Sangat Baik, Tinggi, Tercapai…). */
export function Chip(props: { text: string; tone?: 'good' | 'ok' | 'bad' | 'neutral' }) {
  if (!props.text) return null;
  return <span class={`chip chip-${props.tone ?? 'neutral'}`}>{props.text}</span>;
}

/** Numbers in Indonesian notation (comma decimals), at most 2 decimals; a dash when missing. */
export function fmt(n: number | null | undefined, digits = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  return n.toLocaleString('id-ID', { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

/** Local date and time of an ISO string, e.g. "Sabtu, 25 Juli 2026 07.00". */
export function localTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return d.toLocaleString('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * Copies `text`: the Clipboard API where the page may use it, else a selected hidden textarea and the browser's copy
 * command (the Apps Script iframe may refuse the API). True when one of them copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused: try the copy command below
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** A button that copies `text`; says "Tersalin", or, when the browser refuses, shows the text selected to copy. */
export function CopyButton(props: { label: string; text: string; small?: boolean; ariaLabel?: string }) {
  const [state, setState] = useState<'idle' | 'done' | 'manual'>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state === 'manual') area.current?.select();
    if (state !== 'done') return;
    const t = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(t);
  }, [state]);
  return (
    <>
      <button
        type="button"
        class={props.small ? 'link-btn' : 'btn btn-secondary btn-small'}
        aria-label={props.ariaLabel}
        onClick={async () => setState((await copyText(props.text)) ? 'done' : 'manual')}
      >
        {state === 'done' ? COPY.done : props.label}
      </button>
      {state === 'manual' ? (
        <span class="copy-manual">
          <span class="hint">{COPY.manual}</span>
          <textarea ref={area} class="copy-area" readOnly rows={3} value={props.text} />
        </span>
      ) : null}
    </>
  );
}
