// Indonesian texts the panel and the menu show for the data steps (Periksa Data, Hitung Nilai, Rekap JP, Rekap
// Evaluasi), their chart titles and value words, and the panel's own calls (selecting a problem's cell).

export const PANEL_TEXT = {
  noSheet: (sheet: string) => `Lembar "${sheet}" tidak ada.`,
  noProblems: 'Tidak ada masalah.',
  problemCounts: (errors: number, warnings: number) =>
    `${errors} kesalahan, ${warnings} peringatan (lihat lembar Masalah).`,
  /** The levels as `Masalah` and the panel name them (DESIGN §8 Language). */
  levelName: { Error: 'Kesalahan', Peringatan: 'Peringatan' } as Record<'Error' | 'Peringatan', string>,
  checkDone: (summary: string) => `Periksa Data selesai: ${summary}`,
  scoresDone: (rows: number, trainings: number, summary: string) =>
    `Rekap Nilai: ${rows} baris untuk ${trainings} kegiatan. ${summary}`,
  jpDone: (people: number, reached: number, target: number, summary: string) =>
    `Rekap JP: ${people} ASN, ${reached} mencapai ${target} JP. ${summary}`,
  evaluationDone: (subjects: number, speakers: number, summary: string) =>
    `Rekap Evaluasi: ${subjects} subjek dinilai; Rekap Narasumber: ${speakers} narasumber. ${summary}`,
  scoresChart: 'Rata-rata Pre-Test dan Post-Test per Kegiatan',
  jpChart: 'Persen ASN yang mencapai target JP per Unit Kerja',
  evaluationChart: 'Indeks Evaluasi per Narasumber dan Penyelenggaraan',
  yes: 'Ya',
  no: 'Tidak',
  reached: 'Tercapai',
  notReached: 'Belum Tercapai',
  speakerSubject: (code: string, session: number | null, speaker: string) =>
    `${code} Sesi ${session}: ${speaker}`,
  /** Masalah's Buka Sel: a link to the cell ("Buka C13"), the row ("Buka baris 13") or the sheet. */
  openCell: (a1: string) => `Buka ${a1}`,
  openRow: (row: number) => `Buka baris ${row}`,
  openSheet: 'Buka lembar',
} as const;

/** A problem's consequences as `Masalah` says them after its message (core/problems.ts foldByCause). */
export const CONSEQUENCES_TEXT = {
  /** How the consequences' sentence starts (the panel folds it from there). */
  lead: 'Berdampak pada ',
  /**
   * "Berdampak pada 8 baris lain: Kehadiran baris 13, 53; Nilai baris 13; …" (`places` already grouped by sheet),
   * and the problems on the cause's own row ("dan 3 masalah lain di baris ini").
   */
  affects: (rows: number, places: readonly string[], sameRow: number) => {
    const parts: string[] = [];
    if (rows > 0) parts.push(`${CONSEQUENCES_TEXT.lead}${rows} baris lain: ${places.join('; ')}`);
    if (sameRow > 0)
      parts.push(`${rows > 0 ? 'dan' : CONSEQUENCES_TEXT.lead.trim()} ${sameRow} masalah lain di baris ini`);
    return `${parts.join(', ')}. Semuanya beres setelah masalah ini diperbaiki.`;
  },
  rows: (sheet: string, rows: readonly number[]) =>
    rows.length ? `${sheet} baris ${rows.join(', ')}` : sheet,
};
