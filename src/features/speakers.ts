// Rekap Narasumber (issue 15 item 5): the recap computed by core/speakers.ts as the output's records (a Jumlah row
// after each training's speakers), and what the panel shows of it.

import type { OUTPUTS, OutputRecord } from '../core/schema';
import { type SpeakerRecap, summarizeSpeakers } from '../core/speakers';
import type { SpeakerPayView } from '../shared/rpc';
import { SPEAKER_NOTES } from '../text/id/speakers';
import type { Analysis } from './results';

type SpeakerRecord = OutputRecord<typeof OUTPUTS.speakers>;

/** Rekap Narasumber of the data computeAll read (pure: no service call). */
export function speakerRecap(analysis: Omit<Analysis, 'speakers'>): SpeakerRecap {
  const { loaded, results, evaluation } = analysis;
  return summarizeSpeakers(
    {
      trainings: results.trainings,
      sessions: loaded.wb.sessions,
      sessionJp: results.sessionJp,
      evaluation,
      settings: loaded.wb.settings,
    },
    loaded.problems,
  );
}

/** The rows of the sheet: each training's speakers, then its Jumlah row. */
export function speakerRecords(recap: SpeakerRecap): SpeakerRecord[] {
  const out: SpeakerRecord[] = [];
  for (const t of recap.totals) {
    for (const r of recap.rows) {
      if (r.trainingCode !== t.trainingCode) continue;
      out.push({
        trainingCode: r.trainingCode,
        nip: r.nip,
        name: r.name,
        agency: r.agency,
        sessions: r.sessions.join(', '),
        sessionCount: r.sessions.length,
        jp: r.jp,
        index: r.index,
        category: r.category,
        grade: r.grade,
        rateCategory: r.rateCategory,
        rate: r.rate,
        gross: r.gross,
        taxPercent: r.taxPercent,
        tax: r.tax,
        net: r.net,
        note: r.note,
      });
    }
    out.push({
      trainingCode: t.trainingCode,
      name: SPEAKER_NOTES.total,
      sessionCount: t.sessionCount,
      jp: t.jp,
      gross: t.gross,
      tax: t.tax,
      net: t.net,
      note: SPEAKER_NOTES.totalNote(t.speakers, t.missing),
    });
  }
  return out;
}

/** Per training, what the panel shows: speakers, the honorarium totals, and how many rows have none. */
export function speakerPayViews(recap: SpeakerRecap): SpeakerPayView[] {
  return recap.totals.map((t) => ({
    code: t.trainingCode,
    speakers: t.speakers,
    jp: t.jp,
    inUse: t.payInUse,
    missing: t.missing,
    gross: t.gross,
    tax: t.tax,
    net: t.net,
  }));
}
