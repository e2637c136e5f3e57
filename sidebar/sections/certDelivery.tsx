// Pengiriman: who received nothing (counts, names on demand), share links, a ZIP per training and WhatsApp-ready
// texts. The run's one progress line is shown by the section above (CertificateProgress.count).

import { useState } from 'preact/hooks';
import type { CertificateProgress, UndeliveredView, WhatsAppView, ZipResult } from '../../src/shared/rpc';
import { DELIVERY_UI as D } from '../../src/text/id/certDelivery';
import { ActionButton, ExtLink, Hint, Message, type Note, settle } from '../components/ui';
import { call } from '../rpc';

/** At most this many names are shown at once (the sheet has every row). */
const SHOWN = 50;

export function CertDelivery(props: { active: string | null; p: CertificateProgress; disabled: boolean }) {
  const [note, setNote] = useState<Note>(null);
  const [names, setNames] = useState<UndeliveredView[] | null>(null);
  const [zip, setZip] = useState<ZipResult | null>(null);
  const [wa, setWa] = useState<WhatsAppView | null>(null);
  const nothing = props.p.nothing ?? [];
  const total = nothing.reduce((n, x) => n + x.n, 0);
  const code = props.active;

  const toggleNames = async () => {
    if (names) return setNames(null);
    const r = await settle(call('listUndelivered'), setNote);
    if (r) setNames(r);
  };
  const share = async () => {
    setNote(null);
    const r = await settle(call('shareCertificateLinks'), setNote);
    if (r) setNote({ kind: r.refused ? 'warn' : 'ok', text: r.message });
  };
  const makeZip = async () => {
    if (!code) return;
    setNote(null);
    const r = await settle(call('zipCertificates', code), setNote);
    if (r) {
      setZip(r);
      setNote({ kind: r.incomplete || r.missing ? 'warn' : 'ok', text: r.message });
    }
  };
  const loadWa = async () => {
    if (!code) return;
    setNote(null);
    const r = await settle(call('whatsAppMessages', code), setNote);
    if (r) {
      setWa(r);
      if (r.message) setNote({ kind: 'warn', text: r.message });
    }
  };

  return (
    <div class="cert-part" id="cert-delivery">
      <h3 class="part-title">{D.title}</h3>
      <Hint>{D.hint}</Hint>
      {props.p.total > 0 ? (
        total ? (
          <div class="nothing">
            <ul class="nothing-counts">
              {nothing.map((x) => (
                <li key={x.text}>
                  <strong>{x.n}</strong> {x.text}
                </li>
              ))}
            </ul>
            <ActionButton small label={names ? D.hideNames : D.showNames} onClick={toggleNames} />
            {names ? (
              <ul class="nothing-names">
                {names.slice(0, SHOWN).map((u) => (
                  <li key={`${u.trainingCode}|${u.kind}|${u.nip}`}>
                    <span class="who">{`${u.name} · ${u.kind} ${u.trainingCode}`}</span>
                    <span class="why">{u.text}</span>
                  </li>
                ))}
                {names.length > SHOWN ? <li class="hint">{D.more(names.length - SHOWN)}</li> : null}
              </ul>
            ) : null}
          </div>
        ) : (
          <p class="hint">{D.nothingNone}</p>
        )
      ) : null}
      <div class="actions">
        <ActionButton label={D.share} onClick={share} disabled={props.disabled} title={D.shareHint} />
        <ActionButton
          label={D.zip}
          onClick={makeZip}
          disabled={props.disabled || !code}
          title={code ? D.zipHint(code) : D.noActive}
        />
        <ActionButton
          label={D.whatsApp}
          onClick={loadWa}
          disabled={props.disabled || !code}
          title={code ? D.whatsAppHint(code) : D.noActive}
        />
      </div>
      <Message note={note} />
      {zip?.parts.length ? (
        <ul class="zip-parts">
          {zip.parts.map((p) => (
            <li key={p.url}>
              <ExtLink href={p.url}>{D.zipPart(p.name, p.files)}</ExtLink>
            </li>
          ))}
        </ul>
      ) : null}
      {wa?.rows.length ? (
        <ul class="wa-list">
          {wa.rows.slice(0, SHOWN).map((r) => (
            <li key={`${r.kind}|${r.nip}`}>
              <span class="who">{`${r.name} · +${r.phone}`}</span>
              {r.text ? (
                <>
                  <textarea
                    class="wa-text"
                    readOnly
                    rows={3}
                    aria-label={D.copyLabel(r.name)}
                    value={r.text}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                  <ExtLink href={r.waLink}>{D.open}</ExtLink>
                </>
              ) : (
                <span class="why">{r.missing}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
