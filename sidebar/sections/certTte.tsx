// Tanda Tangan Elektronik (issue 13 item 4): Paket TTE for the chosen training, and the import of the signed PDFs
// (several files picked at once, sent one per call as base64, each answered with what became of it).

import { useState } from 'preact/hooks';
import type { SignedImportResult, TteBundleResult } from '../../src/shared/rpc';
import { TTE_UI as U } from '../../src/text/id/certTte';
import { ActionButton, ExtLink, Hint, Message, type Note, settle } from '../components/ui';
import { call } from '../rpc';

/** The browser refuses nothing larger (the server's own bound is 5 MB: features/certificateTte.ts). */
const MAX_BYTES = 5 * 1024 * 1024;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsDataURL(file);
  });
}

export function CertTte(props: { active: string | null; disabled: boolean }) {
  const [note, setNote] = useState<Note>(null);
  const [bundle, setBundle] = useState<TteBundleResult | null>(null);
  const [results, setResults] = useState<SignedImportResult[]>([]);
  const [progress, setProgress] = useState<string | null>(null);

  const makeBundle = async () => {
    if (!props.active) return setNote({ kind: 'warn', text: U.noTraining });
    setNote(null);
    const r = await settle(call('tteBundle', props.active), setNote);
    if (r) {
      setBundle(r);
      setNote({ kind: r.incomplete || r.missing || !r.tagMode ? 'warn' : 'ok', text: r.message });
    }
  };

  const upload = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    setNote(null);
    const out: SignedImportResult[] = [];
    for (const [i, file] of files.entries()) {
      setProgress(U.sending(i + 1, files.length));
      const refuse = (reason: string) =>
        out.push({ file: file.name, outcome: 'refused', reason, number: '', name: '' });
      if (file.size === 0 || file.size > MAX_BYTES || !/\.pdf$/i.test(file.name)) {
        refuse(U.notPdf(file.name));
        continue;
      }
      try {
        const base64 = await readBase64(file);
        const r = await settle(call('importSignedPdf', { name: file.name, base64 }), setNote);
        if (r) out.push(r);
        else break;
      } catch {
        refuse(U.readFailed(file.name));
      }
      setResults([...out]);
    }
    setResults(out);
    setProgress(null);
    const n = (o: SignedImportResult['outcome']) => out.filter((r) => r.outcome === o).length;
    setNote({ kind: n('refused') ? 'warn' : 'ok', text: U.summary(n('stored'), n('already'), n('refused')) });
  };

  const off = props.disabled || progress !== null;
  return (
    <div class="cert-part" id="cert-tte">
      <h3 class="part-title">{U.title}</h3>
      <Hint>{U.hint}</Hint>
      <div class="actions">
        <ActionButton label={U.bundle} small disabled={off || !props.active} onClick={makeBundle} />
        <input
          id="cert-tte-input"
          class="file-input"
          type="file"
          multiple
          accept="application/pdf,.pdf"
          aria-label={U.choose}
          disabled={off}
          onChange={(e) => upload(e.currentTarget)}
        />
        <label
          for="cert-tte-input"
          class={`btn btn-secondary btn-small${off ? ' is-disabled' : ''}`}
          aria-hidden="true"
        >
          {U.upload}
        </label>
      </div>
      {bundle ? (
        <ul class="tte-links">
          {[...bundle.parts, ...bundle.manifest].map((f) => (
            <li key={f.url}>
              <ExtLink href={f.url}>{f.name}</ExtLink>
            </li>
          ))}
        </ul>
      ) : null}
      {progress ? <p class="hint">{progress}</p> : null}
      {results.length ? (
        <ul class="tte-results">
          {results.map((r, i) => (
            <li key={`${i}-${r.file}`} class={`tte-${r.outcome}`}>
              <span class="who">{`${U.outcome[r.outcome]} · ${r.file}`}</span>
              <span class="why">{r.reason}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <Message note={note} />
    </div>
  );
}
