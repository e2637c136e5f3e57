// Indonesian texts of JP across years and Capaian 20 JP (issue 15): Riwayat JP's notes, the chart's title, the
// step's message.

export const JP_HISTORY_TEXT = {
  /** Keterangan of a PPPK row above the cap (core/jpHistory.ts PPPK_JP_CAP). */
  pppkCapped: (jp: string, cap: string) =>
    `PPPK: ${jp} JP, yang diakui ${cap} JP (paling banyak ${cap} JP per tahun masa perjanjian kerja).`,
  trendChart: 'Persen ASN yang mencapai target JP per tahun (PNS dan PPPK)',
  /** Appended to Rekap JP's message: the years Riwayat JP and Capaian 20 JP cover. */
  coverageDone: (years: string, imported: number) =>
    imported > 0
      ? `Riwayat JP dan Capaian 20 JP mencakup tahun ${years} (${imported} lembar tahun sebelumnya).`
      : `Riwayat JP dan Capaian 20 JP mencakup tahun ${years}.`,
} as const;
