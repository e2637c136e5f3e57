// The certificate gate (issue 12): the trainings a run is for (the active one by default), a check per unfinished
// training to confirm it, and the one confirmation the admin reads before "Mulai" is enabled.

import { useState } from 'preact/hooks';
import type { PanelState, PreflightResult, Rpc } from '../../src/shared/rpc';
import { GATE_UI as G } from '../../src/text/id/certGate';
import { ActionButton, fmt, Message, type Note, settle } from '../components/ui';
import { call } from '../rpc';

export interface GateScope {
  trainings: string[];
  confirmUnfinished: string[];
}

const key = (s: GateScope) => JSON.stringify([[...s.trainings].sort(), [...s.confirmUnfinished].sort()]);

export function CertGate(props: {
  panel: PanelState;
  busy: boolean;
  /** Told the chosen trainings on every change (Kirim Email of the section works on them). */
  onScope?: (scope: GateScope) => void;
  onStart: (scope: GateScope) => Promise<unknown>;
}) {
  const all = props.panel.trainings;
  const [chosen, setChosen] = useState<string[]>(
    props.panel.activeTraining ? [props.panel.activeTraining] : [],
  );
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const [result, setResult] = useState<{ at: string; r: PreflightResult } | null>(null);
  const [note, setNote] = useState<Note>(null);
  const scope: GateScope = {
    trainings: chosen,
    confirmUnfinished: confirmed.filter((c) => chosen.includes(c)),
  };
  props.onScope?.(scope);
  const fresh = result !== null && result.at === key(scope);
  const toggle = (list: string[], code: string) =>
    list.includes(code) ? list.filter((c) => c !== code) : [...list, code];
  const check = async () => {
    setNote(null);
    const r = await settle(call('preflightCertificates', scope) as Promise<Rpc<PreflightResult>>, setNote);
    if (r) setResult({ at: key(scope), r });
  };
  const g = result?.r.gate;
  return (
    <div class="cert-gate">
      <fieldset>
        <legend>{G.title}</legend>
        {all.map((t) => (
          <label class="gate-choice" key={t.code}>
            <input
              type="checkbox"
              checked={chosen.includes(t.code)}
              onChange={() => setChosen(toggle(chosen, t.code))}
            />{' '}
            <span>
              <b>{t.code}</b> {t.theme} <span class="gate-dates">{t.dates}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {g
        ? g.trainings
            .filter((t) => !t.ended && chosen.includes(t.code))
            .map((t) => (
              <label class="gate-choice gate-unfinished" key={`u-${t.code}`}>
                <input
                  type="checkbox"
                  checked={confirmed.includes(t.code)}
                  onChange={() => setConfirmed(toggle(confirmed, t.code))}
                />{' '}
                <span>{G.confirmUnfinished(t.code)}</span>
              </label>
            ))
        : null}
      <div class="actions">
        <ActionButton label={G.check} onClick={check} disabled={props.busy || chosen.length === 0} />
      </div>
      {result && g ? (
        <div class="gate-summary" aria-live="polite">
          <ul>
            <li>{G.certificates(g.certificates.toMake, g.certificates.made)}</li>
            <li>{G.charters(g.charters.toMake, g.charters.made)}</li>
            {g.speakers && g.speakers.toMake + g.speakers.made > 0 ? (
              <li>{G.speakers(g.speakers.toMake, g.speakers.made)}</li>
            ) : null}
            {g.emails || g.emailQuota !== null ? <li>{G.emails(g.emails, g.emailQuota)}</li> : null}
          </ul>
          {g.predicates.length ? (
            <>
              <p class="gate-head">{G.predicates}</p>
              <ul>
                {g.predicates.map((p) => (
                  <li key={p.label}>
                    {p.label}: {fmt(p.count)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {g.nothing.length ? (
            <>
              <p class="gate-head">{G.nothing}</p>
              <ul>
                {g.nothing.map((n) => (
                  <li key={n.reason}>
                    {n.reason}: {fmt(n.count)}
                    <details>
                      <summary>{G.names}</summary>
                      {n.names.join(', ')}
                    </details>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {g.warnings ? <p class="hint">{G.warnings(g.warnings)}</p> : null}
          {result.r.warnings.length ? (
            <ul class="issues issues-warn" aria-label={G.checkWarnings}>
              {result.r.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
          {result.r.ok ? (
            <p class="msg msg-ok">{fresh ? G.ready : G.changed}</p>
          ) : (
            <div class="issues issues-error" role="alert">
              <p>{G.blocked}</p>
              <ul>
                {result.r.errors.map((e) => (
                  <li key={e} class="gate-error">
                    {e}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ) : null}
      <Message note={note} />
      <div class="actions">
        <ActionButton
          label={G.start}
          primary
          onClick={() => {
            // a started run makes the confirmation stale: the next start is checked again
            setResult(null);
            return props.onStart(scope);
          }}
          disabled={props.busy || !fresh || !result?.r.ok}
        />
      </div>
    </div>
  );
}
