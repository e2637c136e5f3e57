// Persiapan: create the sheets (Siapkan Lembar Kerja) and check the data (Periksa Data).

import { useState } from 'preact/hooks';
import { SETUP } from '../../src/text/id/sidebar';
import { ActionButton, Hint, Message, type Note, Rich, Section, settle } from '../components/ui';
import { call } from '../rpc';
import type { SectionProps } from './types';

export function SetupSection(props: SectionProps) {
  const [note, setNote] = useState<Note>(null);
  const { panel } = props;
  const setup = async () => {
    setNote(null);
    const r = await settle(call('runSetup'), setNote);
    if (r) setNote({ kind: 'ok', text: r.message });
    await props.refresh();
  };
  const check = async () => {
    setNote(null);
    const r = await settle(call('runCheck'), setNote);
    if (r) setNote({ kind: r.errors > 0 ? 'warn' : 'ok', text: r.message });
    await props.refresh();
  };
  const summary = panel.ready ? SETUP.ready : SETUP.notReady;
  return (
    <Section
      id="sec-persiapan"
      step={1}
      title={SETUP.title}
      summary={summary}
      open={props.open}
      onToggle={props.onToggle}
    >
      {panel.ready ? (
        <Hint>
          <Rich text={SETUP.readyHint} />
        </Hint>
      ) : (
        <Hint>
          {panel.trainings.length === 0 && panel.missingSheets.length > 3
            ? SETUP.noSheets
            : panel.missingSheets.length > 0
              ? SETUP.missing(panel.missingSheets)
              : ''}
          <Rich text={SETUP.setupHint} />
        </Hint>
      )}
      <div class="actions">
        <ActionButton label={SETUP.setup} primary={!panel.ready} onClick={setup} />
        <ActionButton
          label={SETUP.check}
          primary={panel.ready && props.next}
          onClick={check}
          disabled={!panel.ready}
          why={SETUP.checkWhy}
        />
      </div>
      <Message note={note} />
    </Section>
  );
}
