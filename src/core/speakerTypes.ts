// The speakers' honorarium categories (issue 15 item 5): the choices of Sesi's Kategori Tarif, each with its rate per JP
// in Pengaturan (core/settings.ts), and the income-tax groups PPh 21 is set by. Constants only (the schema imports them).

/** Kategori Tarif: whose rate per JP the speaker is paid at (the Pemda's Standar Harga Satuan sets the amounts). */
export const RATE_CATEGORIES = [
  'Pengajar Internal',
  'Eselon II',
  'Eselon III',
  'Eselon IV',
  'Fungsional',
  'Non-PNS',
] as const;
export type RateCategory = (typeof RATE_CATEGORIES)[number];

/** The PPh 21 groups: PNS golongan I and II share a rate (PP 80/2010 Ps 4), III, IV, and speakers who are not PNS. */
export const TAX_GROUPS = ['I/II', 'III', 'IV', 'Non-PNS'] as const;
export type TaxGroup = (typeof TAX_GROUPS)[number];

/** How a rupiah amount is made whole (Pembulatan Rupiah); the default is down, never paying more than computed. */
export const RUPIAH_ROUNDINGS = ['Ke bawah', 'Terdekat'] as const;
export type RupiahRounding = (typeof RUPIAH_ROUNDINGS)[number];
