// Formulir: create the forms, their links and QR codes, per-participant links, and pulling the responses.

import { useState } from 'preact/hooks';
import type { FormInfo, FormsResult, ParticipantLink } from '../../src/shared/rpc';
import { FORMS, QR } from '../../src/text/id/sidebar';
import { downloadQr, QrCode, QrFullscreen } from '../components/qr';
import {
  ActionButton,
  CopyButton,
  ExtLink,
  Hint,
  Message,
  type Note,
  Rich,
  Section,
  safeUrl,
  settle,
} from '../components/ui';
import { call } from '../rpc';
import { CheckinSessions } from './formsCheckin';
import type { SectionProps } from './types';

function FormRow(props: { form: FormInfo; onProject: (f: FormInfo) => void }) {
  const f = props.form;
  const [showQr, setShowQr] = useState(false);
  const fill = safeUrl(f.fillUrl);
  return (
    <li class="form-row">
      <div class="form-line">
        <span class="form-kind">{f.kind}</span>
        <span class="badge-count" title={FORMS.responsesTitle}>
          {FORMS.responses(f.responses)}
        </span>
      </div>
      <div class="form-title">{f.title}</div>
      {f.imported ? <div class="form-title">{FORMS.imported(f.imported)}</div> : null}
      {fill || safeUrl(f.editUrl) ? (
        <div class="links">
          <ExtLink href={f.fillUrl} label={FORMS.fillLinkLabel(f.kind)}>
            {FORMS.fillLink}
          </ExtLink>
          <ExtLink href={f.editUrl} label={FORMS.editLabel(f.kind)}>
            {FORMS.edit}
          </ExtLink>
          {fill ? (
            <CopyButton small label={FORMS.copyLink} text={fill} ariaLabel={FORMS.copyLinkLabel(f.kind)} />
          ) : null}
          {fill ? (
            <button
              type="button"
              class="link-btn"
              aria-expanded={showQr}
              aria-label={FORMS.qrLabel(f.kind)}
              onClick={() => setShowQr(!showQr)}
            >
              {showQr ? FORMS.hideQr : FORMS.qr}
            </button>
          ) : null}
        </div>
      ) : (
        <div class="form-title">{FORMS.registered(f.responseSheet)}</div>
      )}
      {showQr && fill ? (
        <div class="qr-box">
          <QrCode text={fill} px={148} label={FORMS.qrImage(f.kind, f.code)} />
          <button type="button" class="btn btn-secondary btn-small" onClick={() => props.onProject(f)}>
            {FORMS.fullScreen}
          </button>
          <button
            type="button"
            class="btn btn-secondary btn-small"
            onClick={() => downloadQr(fill, QR.fileName(`${f.kind} ${f.code}`))}
          >
            {QR.download}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function ParticipantLinks(props: { links: ParticipantLink[] }) {
  const kinds = [...new Set(props.links.map((l) => l.kind))];
  const [kind, setKind] = useState(kinds[0] ?? '');
  if (props.links.length === 0) return <Hint>{FORMS.noParticipants}</Hint>;
  const shown = props.links.filter((l) => l.kind === kind);
  return (
    <div class="plinks">
      <label class="field-label" for="plink-kind">
        {FORMS.formKind}
      </label>
      <select id="plink-kind" class="select" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
      <div class="actions">
        <CopyButton
          label={FORMS.copyAll}
          text={FORMS.whatsApp(
            kind,
            shown[0]?.code ?? '',
            shown.map((l) => ({ name: l.name, url: l.url })),
          )}
        />
      </div>
      <ul class="plink-list">
        {shown.map((l) => (
          <li key={`${l.nip}-${l.kind}`}>
            <span class="plink-name">{l.name}</span>
            <span class="plink-nip">{l.nip}</span>
            <ExtLink href={l.url} label={FORMS.linkLabel(l.kind, l.name)}>
              {FORMS.link}
            </ExtLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FormsSection(props: SectionProps) {
  const [note, setNote] = useState<Note>(null);
  // the last Buat Formulir's result, with the training it was for (stale once another training is chosen)
  const [made, setMade] = useState<{ of: string | null; r: FormsResult } | null>(null);
  const result = made && made.of === props.active ? made.r : null;
  const [forms, setForms] = useState<FormInfo[] | null>(null);
  const [links, setLinks] = useState<ParticipantLink[] | null>(null);
  const [projected, setProjected] = useState<FormInfo | null>(null);
  const all = forms ?? props.panel.forms;
  const mine = props.active ? all.filter((f) => f.code === props.active) : all;
  const noTraining = !props.active;

  const [asking, setAsking] = useState(false);
  const create = async (newVersion: boolean) => {
    setNote(null);
    setAsking(false);
    const r = await settle(
      newVersion
        ? call('createForms', props.active, { newVersion: true })
        : call('createForms', props.active),
      setNote,
    );
    if (r) {
      setMade({ of: props.active, r });
      setForms(r.forms);
      setNote({ kind: r.errors > 0 ? 'warn' : 'ok', text: r.message });
    }
    await props.refresh();
  };
  // a new version is offered only when the last Buat Formulir named forms that call for one, and asked once more
  const versionable = result ? result.versionable : 0;
  const [more, setMore] = useState(false);
  const pull = async () => {
    setNote(null);
    const r = await settle(call('pullResponses'), setNote);
    if (r) setNote({ kind: r.errors > 0 || r.remaining > 0 ? 'warn' : 'ok', text: r.message });
    // the time budget stopped the import: the next call goes on where it stopped
    setMore(Boolean(r && r.remaining > 0));
    const list = await settle(call('listForms'), () => undefined);
    if (list) setForms(list);
    await props.refresh();
  };
  const showLinks = async () => {
    if (!props.active) return;
    setNote(null);
    const r = await settle(call('getParticipantLinks', props.active), setNote);
    if (r) setLinks(r);
  };

  const summary = mine.length > 0 ? FORMS.count(mine.length) : '';
  return (
    <Section
      id="sec-formulir"
      step={2}
      title={FORMS.title}
      summary={summary}
      open={props.open}
      onToggle={props.onToggle}
    >
      {noTraining ? (
        <Hint>{FORMS.pickTraining}</Hint>
      ) : mine.length === 0 ? (
        <Hint>
          <Rich text={FORMS.createHint} />
        </Hint>
      ) : (
        <Hint>
          <Rich text={FORMS.shareHint} />
        </Hint>
      )}
      <div class="actions">
        <ActionButton
          label={FORMS.create}
          primary={props.next && mine.length === 0}
          disabled={noTraining}
          why={FORMS.pickTraining}
          onClick={() => create(false)}
        />
        <ActionButton
          label={more ? FORMS.pullMore : FORMS.pull}
          primary={props.next && mine.length > 0}
          disabled={noTraining}
          why={FORMS.pickTraining}
          onClick={pull}
        />
      </div>
      <Message note={note} />
      {result && result.notes.length > 0 ? (
        <ul class="notes">
          {result.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      ) : null}
      {versionable > 0 && !asking ? (
        <div class="actions">
          <ActionButton label={FORMS.newVersion(versionable)} small onClick={async () => setAsking(true)} />
        </div>
      ) : null}
      {versionable > 0 && asking ? (
        <div class="ask-version">
          <p>{FORMS.newVersionAsk(versionable)}</p>
          <div class="actions">
            <ActionButton label={FORMS.newVersionYes} small onClick={() => create(true)} />
            <ActionButton label={FORMS.cancel} small onClick={async () => setAsking(false)} />
          </div>
        </div>
      ) : null}
      {mine.length > 0 ? (
        <ul class="form-list" aria-label={FORMS.list}>
          {mine.map((f) => (
            <FormRow key={f.formId || `${f.code}-${f.kind}`} form={f} onProject={setProjected} />
          ))}
        </ul>
      ) : null}
      {mine.length > 0 ? (
        <div class="actions">
          <ActionButton label={FORMS.participantLinks} small onClick={showLinks} />
        </div>
      ) : null}
      {links ? <ParticipantLinks links={links} /> : null}
      {props.active && mine.some((f) => f.kind === 'Presensi') ? (
        <CheckinSessions code={props.active} />
      ) : null}
      {projected && safeUrl(projected.fillUrl) ? (
        <QrFullscreen
          text={safeUrl(projected.fillUrl)!}
          title={`${projected.kind} ${projected.code}`}
          onClose={() => setProjected(null)}
        />
      ) : null}
    </Section>
  );
}
