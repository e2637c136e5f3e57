// Ekspor SIASN (issue 15 item 1): one button writes the Ekspor SIASN sheet and each training's xlsx and JSON for the
// SIASN operator; the result lists the files per training and how many records are ready.

import { useState } from 'preact/hooks';
import type { SiasnExportResult } from '../../src/shared/rpc';
import { SIASN_UI as S } from '../../src/text/id/siasn';
import { ActionButton, ExtLink, Hint, Message, type Note, settle } from '../components/ui';
import { call } from '../rpc';

export function CertSiasn(props: { disabled: boolean }) {
  const [note, setNote] = useState<Note>(null);
  const [result, setResult] = useState<SiasnExportResult | null>(null);
  const run = async () => {
    setNote(null);
    const r = await settle(call('exportSiasn'), setNote);
    if (r) {
      setResult(r);
      setNote({ kind: r.errors || r.ready < r.rows ? 'warn' : 'ok', text: r.message });
    }
  };
  return (
    <div class="cert-part" id="cert-siasn">
      <h3 class="part-title">{S.title}</h3>
      <Hint>{S.hint}</Hint>
      <div class="actions">
        <ActionButton label={S.run} onClick={run} disabled={props.disabled} />
      </div>
      <Message note={note} />
      {result?.trainings.length ? (
        <ul class="siasn-files">
          {result.trainings.map((t) => (
            <li key={t.code}>
              <span class="who">{S.training(t.code, t.ready, t.rows)}</span>
              {t.xlsx ? <ExtLink href={t.xlsx}>{S.xlsx}</ExtLink> : null}
              {t.json ? <ExtLink href={t.json}>{S.json}</ExtLink> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
