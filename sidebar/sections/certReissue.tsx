// Terbitkan Ulang: find one made certificate (name, NIP or number), give the reason, confirm; the re-issue runs in
// the panel's certificate loop (a run scoped to that one certificate). The rule is shown: always a new number.
// The same certificate can instead be revoked (Cabut, issue 13): final, its QR then answers "Dicabut".

import { useState } from 'preact/hooks';
import type { CertificateProgress, IssuedCertificate, Rpc } from '../../src/shared/rpc';
import { REISSUE_UI as R } from '../../src/text/id/certReissue';
import { REVOKE_UI as V } from '../../src/text/id/certRevoke';
import { ActionButton, Hint, Message, type Note, settle } from '../components/ui';
import { call } from '../rpc';

/** What the admin may do with the certificate found: issue it again, or revoke it. */
const ACTIONS = ['reissue', 'revoke'] as const;

export function CertReissue(props: {
  disabled: boolean;
  /** The panel's certificate loop (certificates.tsx runJob): the first call, then continueCertificates. */
  runJob: (first: () => Promise<Rpc<CertificateProgress>>) => Promise<void>;
}) {
  const [note, setNote] = useState<Note>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<IssuedCertificate[] | null>(null);
  const [chosen, setChosen] = useState<IssuedCertificate | null>(null);
  const [reason, setReason] = useState('');
  const [email, setEmail] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const [asking, setAsking] = useState(false);
  const [action, setAction] = useState<(typeof ACTIONS)[number]>('reissue');

  const find = async () => {
    setNote(null);
    setChosen(null);
    const r = await settle(call('findIssuedCertificates', query), setNote);
    if (r) setFound(r);
  };
  const go = async () => {
    if (!chosen) return;
    setAsking(false);
    const c = chosen;
    await props.runJob(() =>
      call('reissueCertificate', {
        number: c.number,
        trainingCode: c.trainingCode,
        piagam: c.kind === 'Piagam',
        narasumber: c.kind === 'Sertifikat Narasumber',
        nip: c.nip,
        reason,
        email,
        confirmUnchanged: unchanged,
      }),
    );
    setChosen(null);
    setFound(null);
    setReason('');
    setAction('reissue');
  };
  const revoke = async () => {
    if (!chosen) return;
    setAsking(false);
    const r = await settle(
      call('revokeCertificate', { number: chosen.number, nip: chosen.nip, reason }),
      setNote,
    );
    if (r) setNote({ kind: 'ok', text: r.message });
    setChosen(null);
    setFound(null);
    setReason('');
    setAction('reissue');
  };
  const revoked = chosen?.status === 'Dicabut';
  const key = (c: IssuedCertificate) => `${c.trainingCode}|${c.kind}|${c.nip}`;
  return (
    <div class="cert-part" id="cert-reissue">
      <h3 class="part-title">{R.title}</h3>
      <Hint>{R.hint}</Hint>
      <p class="hint rule">{R.rule}</p>
      <div class="search-row">
        <input
          id="reissue-search"
          class="input"
          type="search"
          aria-label={R.search}
          placeholder={R.search}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <ActionButton small label={R.find} onClick={find} disabled={props.disabled} />
      </div>
      {found && found.length === 0 ? <p class="hint">{R.none}</p> : null}
      {found && found.length > 0 ? (
        <ul class="found-list" aria-label={R.title}>
          {found.map((c) => (
            <li key={key(c)}>
              <label>
                <input
                  type="radio"
                  name="reissue-pick"
                  checked={chosen !== null && key(chosen) === key(c)}
                  onChange={() => setChosen(c)}
                />
                <span>{R.row(c.name, c.number, c.trainingCode)}</span>
              </label>
              {c.replaced.length ? <span class="muted small">{R.replaced(c.replaced)}</span> : null}
              {c.status === 'Dicabut' ? <span class="muted small">{V.revokedMark}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {chosen ? (
        <div class="reissue-form">
          <fieldset class="choice-row">
            <legend class="field-label">{V.action}</legend>
            {ACTIONS.map((a) => (
              <label class="check" key={a}>
                <input
                  type="radio"
                  name="reissue-action"
                  checked={action === a}
                  onChange={() => {
                    setAction(a);
                    setAsking(false);
                  }}
                />
                {a === 'revoke' ? V.button : R.go}
              </label>
            ))}
          </fieldset>
          {action === 'revoke' ? <Hint>{V.hint}</Hint> : null}
          <label class="field-label" for="reissue-reason">
            {action === 'revoke' ? V.reason : R.reason}
          </label>
          <input
            id="reissue-reason"
            class="input"
            type="text"
            maxLength={500}
            placeholder={R.reasonPlaceholder}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          {action === 'reissue' ? (
            <>
              <label class="check">
                <input type="checkbox" checked={email} onChange={(e) => setEmail(e.currentTarget.checked)} />
                {R.email}
              </label>
              <label class="check">
                <input
                  type="checkbox"
                  checked={unchanged}
                  onChange={(e) => setUnchanged(e.currentTarget.checked)}
                />
                {R.confirmUnchanged}
              </label>
            </>
          ) : null}
          {revoked ? <p class="hint">{V.already}</p> : null}
          {asking ? (
            <div role="alert" class="issues issues-warn">
              <p>{action === 'revoke' ? V.confirm(chosen.number, chosen.name) : R.confirm(chosen.number)}</p>
              <div class="actions">
                <ActionButton
                  label={action === 'revoke' ? V.yes : R.yes}
                  primary
                  onClick={action === 'revoke' ? revoke : go}
                  disabled={props.disabled}
                />
                <ActionButton label={R.no} onClick={async () => setAsking(false)} />
              </div>
            </div>
          ) : (
            <div class="actions">
              <ActionButton
                label={action === 'revoke' ? V.button : R.go}
                onClick={async () => setAsking(true)}
                disabled={props.disabled || reason.trim() === '' || revoked}
                title={revoked ? V.already : reason.trim() === '' ? R.reasonFirst : undefined}
              />
            </div>
          )}
        </div>
      ) : null}
      <Message note={note} />
    </div>
  );
}
