// Pemanggilan (issue 15 item 4), in the Rekap JP section: for the active training (a planned one), how many ASN per
// unit to invite; Pratinjau shows who the published rule picks, Buat Undangan writes one letter per unit and the
// Undangan ledger. A unit already invited to that training is not invited again.

import { useState } from 'preact/hooks';
import type { InvitationMailResult, InvitationsResult } from '../../src/shared/rpc';
import { INVITE_UI as I } from '../../src/text/id/invitations';
import { ActionButton, ExtLink, Hint, Message, type Note, settle } from '../components/ui';
import { call } from '../rpc';

export function Invitations(props: { active: string | null; disabled: boolean }) {
  const [perUnit, setPerUnit] = useState('5');
  const [note, setNote] = useState<Note>(null);
  const [result, setResult] = useState<InvitationsResult | null>(null);
  const [mail, setMail] = useState<InvitationMailResult | null>(null);
  const n = Number(perUnit);
  const valid = Number.isInteger(n) && n >= 1;
  const code = props.active;
  const run = async (make: boolean) => {
    if (!code || !valid) return;
    setNote(null);
    const r = await settle(call(make ? 'makeInvitations' : 'previewInvitations', code, n), setNote);
    if (r) {
      setResult(r);
      setNote({ kind: r.people ? 'ok' : 'warn', text: [r.message, ...r.notes].join(' ') });
    }
  };
  const send = async () => {
    if (!code) return;
    setNote(null);
    const r = await settle(call('sendInvitationEmails', code), setNote);
    if (r) {
      setMail(r);
      const clean = !r.failed.length && !r.noAddress.length && !r.unknown.length && !r.unitsSheet;
      setNote({ kind: clean ? 'ok' : 'warn', text: r.message });
    }
  };
  return (
    <div class="cert-part" id="invitations">
      <h3 class="part-title">{I.title}</h3>
      <Hint>{code ? I.hint(code) : I.noActive}</Hint>
      <label class="field-label" for="invite-n">
        {I.perUnit}
      </label>
      <input
        id="invite-n"
        class="select invite-n"
        type="number"
        min={1}
        step={1}
        value={perUnit}
        onInput={(e) => setPerUnit(e.currentTarget.value)}
      />
      <div class="actions">
        <ActionButton
          label={I.preview}
          onClick={() => run(false)}
          disabled={props.disabled || !code || !valid}
        />
        <ActionButton label={I.make} onClick={() => run(true)} disabled={props.disabled || !code || !valid} />
      </div>
      <Hint>{I.sendHint}</Hint>
      <div class="actions">
        <ActionButton label={I.send} onClick={send} disabled={props.disabled || !code} />
      </div>
      <Message note={note} />
      {mail?.sent.length ? <p class="hint">{I.sentTo(mail.sent)}</p> : null}
      {result?.units.length ? (
        <ul class="siasn-files">
          {result.units.map((u) => (
            <li key={u.unit}>
              <span class="who">{I.unit(u.unit, u.people.length)}</span>
              <span class="invitees">{u.people.map((p) => p.name).join(', ')}</span>
              {u.letter ? <ExtLink href={u.letter}>{I.letter}</ExtLink> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
