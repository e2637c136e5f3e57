// Sertifikat Narasumber (issue 15 item 5), pure: who gets one and what it prints. With Pengaturan "Sertifikat
// Narasumber" = Ya, every speaker of Rekap Narasumber (core/speakers.ts) with a valid NIP Narasumber gets one per
// training: the ledger's key is (Kode Kegiatan, Sertifikat Narasumber, NIP), numbered in its own series per training
// by "Format Nomor Sertifikat Narasumber", through the same exactly-once ledger as a participant's Sertifikat. It
// prints the speaker's name, NIP, Golongan Narasumber (as {{Pangkat/Golongan}}), Instansi Narasumber (as
// {{Unit Kerja}}), the Materi of the sessions taught ({{Materi}}) and JP Mengajar ({{JP}}); no Predikat, Nilai Akhir
// or Peringkat. A speaker without a valid NIP gets none (a Peringatan in Masalah: speaker.certificateNoNip).

import { type Candidate, type MergeInput, SPEAKER_KIND } from './certificates';
import type { SpeakerRow } from './speakers';

/**
 * The speakers who get a Sertifikat Narasumber, in Rekap Narasumber order: those whose NIP Narasumber was a valid
 * NIP typed as text on every session (a number-typed one may show digits that are not the ones typed); `emailOf`
 * gives a NIP's address.
 */
export function speakerCandidates(
  rows: readonly SpeakerRow[],
  emailOf: (nip: string) => string,
): Candidate[] {
  const out: Candidate[] = [];
  for (const r of rows) {
    if (!r.nipValid) continue;
    out.push({
      trainingCode: r.trainingCode,
      kind: SPEAKER_KIND,
      nip: r.nip,
      name: r.name,
      email: emailOf(r.nip),
    });
  }
  return out;
}

/** What a speaker's certificate prints of the speaker: the merge input's person, JP and Materi. */
export function speakerMerge(row: SpeakerRow): Pick<MergeInput, 'participant' | 'trainingJp' | 'topics'> {
  return {
    participant: { nip: row.nip, name: row.name, position: '', rank: row.grade, unit: row.agency },
    trainingJp: row.jp,
    topics: row.topics,
  };
}
