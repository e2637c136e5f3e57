// Check-in (issue 16): a training's Presensi sessions, each with a projector view: "Pindai untuk presensi", the
// session, its window, a large QR code of the form with the session pre-filled, and the Kode Sesi beside it. A
// rotating code is asked of the server again when it runs out: the secret stays on the server, the code is shown
// only here, in the admin's own panel (and on the projector the admin points at the room).

import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckinCodeNow, CheckinSessionView, CheckinView } from '../../src/shared/rpc';
import { CHECKIN_VIEW } from '../../src/text/id/checkin';
import { QrCode, useFullscreenOverlay } from '../components/qr';
import { ActionButton, Hint, Message, type Note, safeUrl, settle } from '../components/ui';
import { call } from '../rpc';

/** A code with the span it holds on this browser's clock (until null: a fixed code). */
interface Timed {
  code: string;
  from: number;
  until: number | null;
}

/** A session as projected: its view and the codes the server gave when the projector opened. */
type Projected = CheckinSessionView & Pick<CheckinCodeNow, 'next'>;

/** Ask for more codes when less than this is left. */
const REFILL_MS = 2 * 60_000;
const ASK_GAP_MS = 15_000;

function timed(r: CheckinCodeNow, periodMs: number): Timed[] {
  const t = Date.now();
  if (r.validForMs === null) return [{ code: r.code, from: t, until: null }];
  return [
    { code: r.code, from: t, until: t + r.validForMs },
    ...r.next.map((n) => ({ code: n.code, from: t + n.inMs, until: t + n.inMs + periodMs })),
  ];
}

/** Full-screen projector view of one session; Esc or Tutup closes. */
export function CheckinProjector(props: {
  code: string;
  session: Projected;
  rotateSeconds: number;
  onClose: () => void;
}) {
  const s = props.session;
  // the codes known, each from/until on this browser's clock; a fixed code holds forever
  const [codes, setCodes] = useState<Timed[]>(() =>
    timed({ code: s.code, validForMs: s.validForMs, next: s.next }, props.rotateSeconds * 1000),
  );
  const [now, setNow] = useState(Date.now());
  const [note, setNote] = useState<Note>(null);
  const { ref, closeRef } = useFullscreenOverlay(props.onClose);
  // a rotating code: the next ones switch in here at their period's start; the server is asked again when less
  // than two minutes of codes are left (or at once when the projector opens with only the current one)
  // (at most one question per ASK_GAP_MS, so a failing server is not asked twice a second)
  const asked = useRef(0);
  useEffect(() => {
    if (props.rotateSeconds <= 0) return;
    const ask = async () => {
      const r = await settle(call('getCheckinCode', props.code, s.session), setNote);
      if (r) {
        setNote(null);
        setCodes(timed(r, props.rotateSeconds * 1000));
      }
    };
    const tick = () => {
      const t = Date.now();
      setNow(t);
      const last = codes[codes.length - 1];
      if (last.until !== null && last.until - t < REFILL_MS && t - asked.current > ASK_GAP_MS) {
        asked.current = t;
        ask();
      }
    };
    tick();
    const timer = setInterval(tick, 500);
    return () => clearInterval(timer);
  }, [codes]);
  const shown =
    codes.find((c) => c.until === null || (c.from <= now && now < c.until)) ?? codes[codes.length - 1];
  const url = safeUrl(s.url);
  return (
    <div
      class="qr-full checkin-full"
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-label={`${CHECKIN_VIEW.heading}: ${s.label}`}
    >
      <p class="checkin-heading">{CHECKIN_VIEW.heading}</p>
      <p class="qr-full-title">{s.label}</p>
      <p class="checkin-window">{s.window ? CHECKIN_VIEW.window(s.window) : CHECKIN_VIEW.noWindow}</p>
      <div class="checkin-body">
        {url ? <QrCode text={url} label={CHECKIN_VIEW.qrImage(s.label)} /> : null}
        <div class="checkin-code-box">
          <span class="checkin-code-label">{CHECKIN_VIEW.codeLabel}</span>
          <span class="checkin-code" aria-live="polite">
            {shown.code.slice(0, 3)}
            <span class="checkin-code-gap"> </span>
            {shown.code.slice(3)}
          </span>
          {props.rotateSeconds > 0 ? (
            <span class="checkin-rotate">{CHECKIN_VIEW.rotating(props.rotateSeconds)}</span>
          ) : null}
        </div>
      </div>
      <Message note={note} />
      <button type="button" class="btn btn-primary" ref={closeRef} onClick={props.onClose}>
        {CHECKIN_VIEW.close}
      </button>
    </div>
  );
}

/** The sessions of the active training's Presensi form, each with its projector button. */
export function CheckinSessions(props: { code: string }) {
  const [view, setView] = useState<CheckinView | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [projected, setProjected] = useState<Projected | null>(null);
  const load = async () => {
    setNote(null);
    const r = await settle(call('getCheckinView', props.code), setNote);
    if (r) setView(r);
  };
  return (
    <div class="checkin">
      <div class="actions">
        <ActionButton label={CHECKIN_VIEW.load} small onClick={load} />
      </div>
      <Message note={note} />
      {view ? (
        <div>
          <Hint>{view.message || CHECKIN_VIEW.hint}</Hint>
          <ul class="checkin-list" aria-label={CHECKIN_VIEW.title}>
            {view.sessions.map((s) => (
              <li key={s.session} class="checkin-row">
                <span class="checkin-label">{s.label}</span>
                <span class="checkin-when">{s.window || CHECKIN_VIEW.noWindow}</span>
                <button
                  type="button"
                  class="btn btn-secondary btn-small"
                  aria-label={CHECKIN_VIEW.showLabel(s.label)}
                  onClick={async () => {
                    // the code now, not the one of when the list was loaded
                    const fresh = await settle(call('getCheckinCode', props.code, s.session), setNote);
                    if (fresh) setProjected({ ...s, ...fresh });
                  }}
                >
                  {CHECKIN_VIEW.show}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {projected && view ? (
        <CheckinProjector
          code={props.code}
          session={projected}
          rotateSeconds={view.rotateSeconds}
          onClose={() => setProjected(null)}
        />
      ) : null}
    </div>
  );
}
