// Sertifikat: templates, pre-flight check, the batch loop with a progress bar, stop/resume, quota messages, email.

import { useRef, useState } from 'preact/hooks';
import type { CertificateProgress, JobState, Rpc, TemplatesState } from '../../src/shared/rpc';
import { CERTIFICATES as C } from '../../src/text/id/sidebar';
import {
  ActionButton,
  ExtLink,
  fmt,
  Hint,
  localTime,
  Message,
  type Note,
  ProgressBar,
  Rich,
  Section,
  Stat,
  settle,
} from '../components/ui';
import { call } from '../rpc';
import { CertDelivery } from './certDelivery';
import { CertGate, type GateScope } from './certGate';
import { CertPreview } from './certPreview';
import { CertReissue } from './certReissue';
import { CertSiasn } from './certSiasn';
import { CertTemplate } from './certTemplate';
import { CertTte } from './certTte';
import type { SectionProps } from './types';

/** States after which the loop stops calling continueCertificates. */
const STOP_STATES: ReadonlySet<JobState> = new Set(['done', 'quota', 'error', 'paused', 'idle']);

/** Guards against a server that keeps answering 'running' without progress. */
const MAX_BATCHES = 10000;

export function percentOf(p: CertificateProgress): number {
  if (p.total > 0) return ((p.total - p.remaining) / p.total) * 100;
  return p.state === 'done' ? 100 : 0;
}

function progressNote(p: CertificateProgress): Note {
  if (p.state === 'quota') {
    // the server's message already says what ran out and when to continue (in the script's time zone)
    const when = localTime(p.resumeAt);
    const lead = p.message || C.quotaLead(when);
    return { kind: 'warn', text: C.quotaSaved(lead) };
  }
  if (p.state === 'error') return { kind: 'error', text: p.message };
  if (p.state === 'paused') return { kind: 'info', text: p.message || C.paused };
  if (p.state === 'done') return { kind: 'ok', text: p.message };
  return p.message ? { kind: 'info', text: p.message } : null;
}

/** The e-mails whose outcome is unknown, and the admin's two choices (each asked once more before it runs). */
function UnknownMails(props: {
  p: CertificateProgress;
  busy: boolean;
  onResend: () => Promise<unknown>;
  onMarkSent: () => Promise<unknown>;
}) {
  const [asking, setAsking] = useState<'resend' | 'sent' | null>(null);
  const p = props.p;
  const list = p.unknownMails ?? [];
  if (!p.unknown) return null;
  return (
    <div class="issues issues-warn" role="alert">
      <p>{C.unknownTitle(p.unknown)}</p>
      <ul>
        {list.map((m) => (
          <li key={`${m.trainingCode}|${m.kind}|${m.nip}`}>
            {C.unknownRow(m.name, m.nip, m.trainingCode, m.row)}
          </li>
        ))}
        {p.unknown > list.length ? <li>{C.unknownMore(p.unknown - list.length)}</li> : null}
      </ul>
      <p class="hint">{C.unknownHint}</p>
      {asking ? (
        <div>
          <p>{asking === 'resend' ? C.confirmResend(p.unknown) : C.confirmMarkSent(p.unknown)}</p>
          <div class="actions">
            <ActionButton
              label={C.confirmYes}
              primary
              disabled={props.busy}
              onClick={() => {
                setAsking(null);
                return asking === 'resend' ? props.onResend() : props.onMarkSent();
              }}
            />
            <ActionButton label={C.confirmNo} onClick={async () => setAsking(null)} />
          </div>
        </div>
      ) : (
        <div class="actions">
          <ActionButton
            label={C.resendUnknown}
            onClick={async () => setAsking('resend')}
            disabled={props.busy}
          />
          <ActionButton
            label={C.markUnknownSent}
            onClick={async () => setAsking('sent')}
            disabled={props.busy}
          />
        </div>
      )}
    </div>
  );
}

function TemplateLinks(props: { t: TemplatesState }) {
  const rows: Array<[string, { name: string; url: string } | null]> = [
    [C.certificateTemplate, props.t.certificate],
    [C.charterTemplate, props.t.charter],
    [C.speakerTemplate, props.t.speaker ?? null],
    [C.folder, props.t.folder],
  ];
  if (rows.every(([, v]) => !v)) return null;
  return (
    <ul class="tmpl-list">
      {rows.map(([label, v]) =>
        v ? (
          <li key={label}>
            <span class="muted">{label}: </span>
            <ExtLink href={v.url} label={`${label}: ${v.name}`}>
              {v.name}
            </ExtLink>
          </li>
        ) : null,
      )}
    </ul>
  );
}

export function CertificatesSection(props: SectionProps) {
  const [note, setNote] = useState<Note>(null);
  const [templates, setTemplates] = useState<TemplatesState | null>(null);
  // the trainings chosen in the gate: Kirim Email works on them too
  const scopeRef = useRef<GateScope>({ trainings: [], confirmUnfinished: [] });
  const [progress, setProgress] = useState<CertificateProgress | null>(null);
  const [running, setRunning] = useState(false);
  const stopRef = useRef(false);
  const t = templates ?? props.panel.templates;
  const p = progress ?? props.panel.certificates;
  // another admin's set (drive.file is per user): this admin asks them, or explicitly makes an own set
  const needsOwn = Boolean(t.needsOwn);
  const hasTemplates = Boolean(t.certificate) && !needsOwn;

  const makeTemplates = async (confirmOwn = false) => {
    setNote(null);
    const r = await settle(call('createTemplates', { confirmOwn }), setNote);
    if (r) {
      setTemplates(r);
      setNote(r.needsOwn ? null : { kind: 'ok', text: C.templatesReady });
    }
  };

  const resumable = p.state === 'paused' || p.state === 'quota' || (p.state === 'running' && !running);

  /** Runs batches until the job stops; each server call stays well under Google's 6-minute limit. */
  const runJob = async (first: () => Promise<Rpc<CertificateProgress>>) => {
    stopRef.current = false;
    setRunning(true);
    setNote(null);
    try {
      let cur = await settle(first(), setNote);
      for (let i = 0; cur && i < MAX_BATCHES; i++) {
        setProgress(cur);
        if (STOP_STATES.has(cur.state)) {
          setNote(progressNote(cur));
          break;
        }
        if (stopRef.current) {
          const stopped = await settle(call('stopCertificates'), setNote);
          if (stopped) {
            setProgress(stopped);
            setNote(progressNote(stopped) ?? { kind: 'info', text: C.stopped });
          }
          break;
        }
        cur = await settle(call('continueCertificates'), setNote);
      }
    } finally {
      setRunning(false);
      await props.refresh();
    }
  };
  // a run starts in the gate (its trainings checked first); Lanjutkan continues the stopped one, keeping what it was
  // doing (its trainings, e-mail too)
  const resume = () => runJob(() => call('continueCertificates'));
  const stop = async () => {
    stopRef.current = true;
    if (running) {
      setNote({ kind: 'info', text: C.stopping });
      return;
    }
    const r = await settle(call('stopCertificates'), setNote);
    if (r) {
      setProgress(r);
      setNote(progressNote(r));
    }
  };
  // e-mail runs in batches like the certificates: the same loop continues it until every message is sent
  const email = () => runJob(() => call('sendCertificateEmails', scopeRef.current));
  // the unknown e-mails: resent (only those rows, in batches like a run) or marked sent after the admin confirmed
  const resendUnknown = () => runJob(() => call('resendUnknownEmails'));
  const markUnknownSent = async () => {
    setNote(null);
    const r = await settle(call('markUnknownEmailsSent'), setNote);
    if (r) {
      setProgress(r);
      setNote({ kind: 'ok', text: r.message });
    }
    await props.refresh();
  };

  const showBar = running || p.total > 0 || p.state === 'done';
  const pct = percentOf(p);
  return (
    <Section
      id="sec-sertifikat"
      step={6}
      title={C.title}
      summary={p.total > 0 ? `${p.done}/${p.total}` : ''}
      open={props.open}
      onToggle={props.onToggle}
    >
      {props.panel.certificates.notice ? (
        <Message note={{ kind: 'warn', text: props.panel.certificates.notice }} />
      ) : null}
      {!hasTemplates ? (
        <Hint>
          <Rich text={C.templatesHint} />
        </Hint>
      ) : (
        <Hint>
          <Rich text={C.runHint} />
          {props.panel.certificates.autoContinue === false ? C.panelDrives : C.panelMayStay}
        </Hint>
      )}
      <CertTemplate disabled={running || needsOwn} />
      {needsOwn && t.notice ? (
        <div class="issues issues-warn" role="alert">
          <p>{t.notice}</p>
          <ActionButton label={C.ownTemplates} onClick={() => makeTemplates(true)} />
        </div>
      ) : null}
      <div class="actions">
        <ActionButton
          label={C.makeTemplates}
          primary={props.next && !hasTemplates && !needsOwn}
          onClick={() => makeTemplates()}
          disabled={needsOwn}
        />
      </div>
      <TemplateLinks t={t} />
      {hasTemplates ? (
        <CertGate
          panel={props.panel}
          busy={running}
          onScope={(s) => {
            scopeRef.current = s;
          }}
          onStart={(s) => runJob(() => call('startCertificates', false, s))}
        />
      ) : null}
      {resumable || running ? (
        <div class="actions">
          {resumable ? <ActionButton label={C.resume} primary onClick={resume} disabled={running} /> : null}
          {running || p.state === 'running' ? <ActionButton label={C.stop} onClick={stop} /> : null}
        </div>
      ) : null}
      {showBar ? (
        <ProgressBar
          value={pct}
          label={C.progress}
          text={p.count ?? C.progressText(p.total - p.remaining, p.total, p.failed)}
        />
      ) : null}
      <Message note={note} />
      {p.total > 0 ? (
        <dl class="stats">
          <Stat label={C.done} value={fmt(p.done)} />
          <Stat label={C.failed} value={fmt(p.failed)} />
          <Stat label={C.emailed} value={fmt(p.emailed)} />
          {p.unknown ? <Stat label={C.unknown} value={fmt(p.unknown)} /> : null}
          <Stat label={C.remaining} value={fmt(p.remaining)} />
        </dl>
      ) : null}
      <UnknownMails p={p} busy={running} onResend={resendUnknown} onMarkSent={markUnknownSent} />
      <div class="actions">
        <ActionButton
          label={C.email}
          onClick={email}
          disabled={running || p.done === 0}
          title={p.done === 0 ? C.emailLater : C.emailNow}
        />
      </div>
      <CertPreview active={props.active} disabled={running || !hasTemplates} />
      <CertReissue disabled={running || !hasTemplates} runJob={runJob} />
      <CertDelivery active={props.active} p={p} disabled={running} />
      <CertSiasn disabled={running} />
      <CertTte active={props.active} disabled={running || !hasTemplates} />
    </Section>
  );
}
