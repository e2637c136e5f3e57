// Persiapan: create the sheets (Siapkan Lembar Kerja) and check the data (Periksa Data).

import { useState } from 'preact/hooks';
import { ActionButton, Hint, Message, type Note, Section, settle } from '../components/ui';
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
  const summary = panel.ready ? 'Siap' : 'Belum siap';
  return (
    <Section
      id="sec-persiapan"
      step={1}
      title="Persiapan"
      summary={summary}
      open={props.open}
      onToggle={props.onToggle}
    >
      {panel.ready ? (
        <Hint>
          Lembar kerja lengkap. Isi lembar Kegiatan, Sesi, Peserta dan Soal, lalu klik <b>Periksa Data</b>.
        </Hint>
      ) : (
        <Hint>
          {panel.trainings.length === 0 && panel.missingSheets.length > 3
            ? 'Lembar kerja DOU ASN belum dibuat. '
            : panel.missingSheets.length > 0
              ? `Belum ada lembar: ${panel.missingSheets.join(', ')}. `
              : ''}
          Klik <b>Siapkan Lembar Kerja</b> untuk membuat lembar yang diperlukan. Isian yang sudah ada tidak
          diubah.
        </Hint>
      )}
      <div class="actions">
        <ActionButton label="Siapkan Lembar Kerja" primary={!panel.ready} onClick={setup} />
        <ActionButton label="Periksa Data" primary={panel.ready} onClick={check} />
      </div>
      <Message note={note} />
    </Section>
  );
}
