// Pratinjau: one participant's certificate as a PDF marked CONTOH (no number, no ledger), the longest name by
// default; a link to the PDF, on request Drive's viewer in the panel, and what was printed.

import { useState } from 'preact/hooks';
import type { CertKind } from '../../src/core/certificates';
import type { PreviewOptions, PreviewResult } from '../../src/shared/rpc';
import { PREVIEW_UI as P } from '../../src/text/id/certReissue';
import { ActionButton, ExtLink, Hint, Message, type Note, settle } from '../components/ui';
import { call } from '../rpc';

/** At most this many people are listed under the search box (the search narrows the rest). */
const SHOWN = 30;

export function CertPreview(props: { active: string | null; disabled: boolean }) {
  const [note, setNote] = useState<Note>(null);
  const [options, setOptions] = useState<PreviewOptions | null>(null);
  const [nip, setNip] = useState<string | null>(null);
  const [kind, setKind] = useState<CertKind>('Sertifikat');
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<PreviewResult | null>(null);
  const [framed, setFramed] = useState(false);

  const load = async () => {
    setNote(null);
    const r = await settle(call('certificatePreviewOptions', props.active), setNote);
    if (r) {
      setOptions(r);
      setNip(r.defaultNip);
    }
  };
  const make = async () => {
    setNote(null);
    setFramed(false);
    const code = options?.trainingCode ?? props.active;
    if (!code) return;
    const r = await settle(
      call('previewCertificate', code, nip, kind === 'Piagam', kind === 'Sertifikat Narasumber'),
      setNote,
    );
    if (r) {
      setResult(r);
      setNote({ kind: 'ok', text: r.message });
    }
  };

  // a Sertifikat Narasumber is previewed for a speaker of the training, the others for a participant
  const forSpeaker = (k: CertKind) => k === 'Sertifikat Narasumber';
  const defaultOf = (k: CertKind) => (forSpeaker(k) ? options?.defaultSpeaker : options?.defaultNip) || null;
  const speaker = forSpeaker(kind);
  const listed = (speaker ? options?.speakers : options?.people) ?? [];
  const defaultNip = defaultOf(kind);
  const choose = (k: CertKind) => {
    setKind(k);
    setNip(defaultOf(k));
  };
  const q = query.trim().toLowerCase();
  const people = listed.filter(
    (p) => !q || p.name.toLowerCase().includes(q) || p.nip.includes(q.replace(/\D/g, '') || q),
  );
  const longest = listed.find((p) => p.nip === defaultNip) ?? null;
  const blank = (s: string) => s || P.none;
  return (
    <div class="cert-part" id="cert-preview">
      <h3 class="part-title">{P.title}</h3>
      <Hint>{P.hint}</Hint>
      {options ? (
        <div class="picker">
          <label class="field-label" for="preview-search">
            {speaker ? P.speaker : P.person}
          </label>
          <input
            id="preview-search"
            class="input"
            type="search"
            placeholder={P.search}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <select
            id="preview-person"
            class="select"
            aria-label={speaker ? P.speaker : P.person}
            value={nip ?? ''}
            onChange={(e) => setNip(e.currentTarget.value || null)}
          >
            {longest ? <option value={longest.nip}>{P.longest(longest.name)}</option> : null}
            {people
              .filter((p) => p.nip !== longest?.nip)
              .slice(0, SHOWN)
              .map((p) => (
                <option key={p.nip} value={p.nip}>
                  {`${p.name} · ${p.nip}`}
                </option>
              ))}
          </select>
          {q && people.length === 0 ? <p class="hint">{P.noMatch}</p> : null}
          <label class="field-label" for="preview-kind">
            {P.kind}
          </label>
          <select
            id="preview-kind"
            class="select"
            value={kind}
            onChange={(e) => {
              const v = e.currentTarget.value;
              choose(v === 'Piagam' || v === 'Sertifikat Narasumber' ? v : 'Sertifikat');
            }}
          >
            <option value="Sertifikat">Sertifikat</option>
            <option value="Piagam">Piagam</option>
            {options.speakers?.length ? (
              <option value="Sertifikat Narasumber">Sertifikat Narasumber</option>
            ) : null}
          </select>
        </div>
      ) : null}
      <div class="actions">
        {options ? (
          <ActionButton label={P.make} primary onClick={make} disabled={props.disabled || !nip} />
        ) : (
          <ActionButton label={P.load} onClick={load} disabled={props.disabled} />
        )}
      </div>
      <Message note={note} />
      {result ? (
        <div class="result preview-result">
          <p>
            <ExtLink href={result.link} label={P.open}>
              {P.open}
            </ExtLink>
          </p>
          <dl class="printed">
            <dt>{P.printedName}</dt>
            <dd>{blank(result.printed.name)}</dd>
            <dt>{P.printedNumber}</dt>
            <dd>{blank(result.printed.number)}</dd>
            <dt>{P.printedPredicate}</dt>
            <dd>{blank(result.printed.predicate)}</dd>
            <dt>{P.printedScore}</dt>
            <dd>{blank(result.printed.score)}</dd>
          </dl>
          <ActionButton small label={framed ? P.hide : P.show} onClick={async () => setFramed(!framed)} />
          {framed ? (
            <>
              <iframe class="preview-frame" src={result.embed} title={P.frameTitle(result.name)} />
              <p class="hint">{P.frameHint}</p>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
