// Indonesian texts the panel and the menu show for the data steps (Periksa Data, Hitung Nilai, Rekap JP, Rekap
// Evaluasi), their chart titles and value words, and the panel's own calls (selecting a problem's cell).

export const PANEL_TEXT = {
  noSheet: (sheet: string) => `Lembar "${sheet}" tidak ada.`,
  noProblems: 'Tidak ada masalah.',
  problemCounts: (errors: number, warnings: number) =>
    `${errors} error, ${warnings} peringatan (lihat lembar Masalah).`,
  checkDone: (summary: string) => `Periksa Data selesai: ${summary}`,
  scoresDone: (rows: number, trainings: number, summary: string) =>
    `Rekap Nilai: ${rows} baris untuk ${trainings} kegiatan. ${summary}`,
  jpDone: (people: number, reached: number, target: number, summary: string) =>
    `Rekap JP: ${people} ASN, ${reached} mencapai ${target} JP. ${summary}`,
  evaluationDone: (subjects: number, summary: string) =>
    `Rekap Evaluasi: ${subjects} subjek dinilai. ${summary}`,
  scoresChart: 'Rata-rata Pre-Test dan Post-Test per Kegiatan',
  jpChart: 'Persen ASN yang mencapai target JP per Unit Kerja',
  evaluationChart: 'Indeks Evaluasi per Narasumber dan Penyelenggaraan',
  yes: 'Ya',
  no: 'Tidak',
  reached: 'Tercapai',
  notReached: 'Belum Tercapai',
  speakerSubject: (code: string, session: number | null, speaker: string) =>
    `${code} Sesi ${session}: ${speaker}`,
} as const;
