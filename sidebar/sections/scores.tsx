// Nilai & Peringkat: compute Rekap Nilai, then the active training's top 5, class N-Gain and a pre/post chart.

import { useState } from 'preact/hooks';
import { gainCategory } from '../../src/core/ngain';
import type { ScoresResult, TrainingScores } from '../../src/shared/rpc';
import { BarChart } from '../components/charts';
import { ActionButton, Chip, fmt, Hint, Message, type Note, Section, Stat, settle } from '../components/ui';
import { call } from '../rpc';
import type { SectionProps } from './types';

function gainTone(g: number | null): 'good' | 'ok' | 'bad' | 'neutral' {
  const c = gainCategory(g);
  return c === 'Tinggi' ? 'good' : c === 'Sedang' ? 'ok' : c === 'Rendah' ? 'bad' : 'neutral';
}

function TrainingView(props: { t: TrainingScores }) {
  const t = props.t;
  return (
    <div class="result">
      <dl class="stats">
        <Stat label="Peserta" value={fmt(t.participants)} />
        <Stat label="Bersertifikat" value={fmt(t.certified)} />
        <Stat label="Diperingkat" value={fmt(t.ranked)} />
        <Stat label="Piagam" value={fmt(t.awards)} />
      </dl>
      <h3 class="sub">N-Gain kelas</h3>
      <dl class="stats">
        <Stat
          label="Rata-rata N-Gain peserta"
          value={
            <>
              {fmt(t.meanGain)} <Chip text={gainCategory(t.meanGain)} tone={gainTone(t.meanGain)} />
            </>
          }
        />
        <Stat
          label="N-Gain dari rata-rata kelas"
          value={
            <>
              {fmt(t.gainOfMeans)} <Chip text={gainCategory(t.gainOfMeans)} tone={gainTone(t.gainOfMeans)} />
            </>
          }
        />
      </dl>
      <BarChart
        title="Rata-rata Pre-Test dan Post-Test"
        series={[
          { name: 'Pre-Test', cls: 'bar-pre' },
          { name: 'Post-Test', cls: 'bar-post' },
        ]}
        rows={[{ label: 'Rata-rata kelas', values: [t.meanPre, t.meanPost] }]}
        max={100}
      />
      <h3 class="sub">5 besar</h3>
      {t.top.length === 0 ? (
        <Hint>Belum ada peserta yang diperingkat (perlu Post-Test dan syarat sertifikat).</Hint>
      ) : (
        <ol class="top-list" aria-label="Peringkat teratas">
          {t.top.map((p) => (
            <li key={p.nip} class="top-row">
              <span class="rank" title={`Peringkat ${p.rank}`}>
                {p.rank}
              </span>
              <span class="top-who">
                <span class="top-name">{p.name}</span>
                <span class="top-unit">{p.unit}</span>
              </span>
              <span class="top-score">
                {fmt(p.finalScore)}
                {p.award ? <Chip text="Piagam" tone="good" /> : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function ScoresSection(props: SectionProps) {
  const [note, setNote] = useState<Note>(null);
  const [result, setResult] = useState<ScoresResult | null>(null);
  const compute = async () => {
    setNote(null);
    const r = await settle(call('computeScores'), setNote);
    if (r) {
      setResult(r);
      setNote({ kind: r.errors > 0 ? 'warn' : 'ok', text: r.message });
    }
    await props.refresh();
  };
  const mine = result?.trainings.find((t) => t.code === props.active) ?? null;
  const others = result ? result.trainings.filter((t) => t.code !== props.active) : [];
  return (
    <Section
      id="sec-nilai"
      step={3}
      title="Nilai & Peringkat"
      summary={mine ? `${mine.ranked}/${mine.participants}` : ''}
      open={props.open}
      onToggle={props.onToggle}
    >
      {!result ? (
        <Hint>
          Setelah respons ditarik (atau nilai diketik di lembar Nilai), klik <b>Hitung Nilai</b>. Hasilnya di
          lembar Rekap Nilai dan Analisis Soal.
        </Hint>
      ) : null}
      <div class="actions">
        <ActionButton label="Hitung Nilai" primary onClick={compute} disabled={!props.panel.ready} />
      </div>
      <Message note={note} />
      {result && !mine ? <Hint>Kegiatan aktif belum punya nilai.</Hint> : null}
      {mine ? <TrainingView t={mine} /> : null}
      {others.length > 0 ? <h3 class="sub">Kegiatan lain</h3> : null}
      {others.length > 0 ? (
        <BarChart
          title="Pre-Test dan Post-Test kegiatan lain"
          series={[
            { name: 'Pre-Test', cls: 'bar-pre' },
            { name: 'Post-Test', cls: 'bar-post' },
          ]}
          rows={others.map((t) => ({ label: `${t.code} ${t.theme}`, values: [t.meanPre, t.meanPost] }))}
          max={100}
        />
      ) : null}
    </Section>
  );
}
