// SIASN's *jenis diklat* reference (issue 15 item 1), a leaf module (no imports): the schema's drop-down and the
// export both read it. Ids 1–10 agree in two independent public SIASN codebases (research practice-and-anchors
// §2.2); the certificate-type codes (jenisKursusSertipikat) are one seeder's and unverified.

/** The *jenis diklat* reference (ids 1–10 agree in two public SIASN codebases; the certificate-type codes are a seeder's, unverified). */
export const SIASN_JENIS_DIKLAT: ReadonlyArray<{ id: string; name: string; certType: string }> = [
  { id: '1', name: 'Diklat Struktural', certType: '' },
  { id: '2', name: 'Diklat Fungsional', certType: 'F' },
  { id: '3', name: 'Diklat Teknis', certType: 'T' },
  { id: '4', name: 'Workshop', certType: 'P' },
  { id: '5', name: 'Pelatihan Manajerial', certType: '' },
  { id: '6', name: 'Pelatihan Sosial Kultural', certType: '' },
  { id: '7', name: 'Sosialisasi', certType: 'P' },
  { id: '8', name: 'Bimbingan Teknis', certType: 'P' },
  { id: '9', name: 'Seminar', certType: 'P' },
  { id: '10', name: 'Magang', certType: 'P' },
];

/** The names a Kegiatan cell offers in its drop-down. */
export const SIASN_TYPE_NAMES: readonly string[] = SIASN_JENIS_DIKLAT.map((t) => t.name);

/** The values of Ekspor SIASN's Status SIASN (the admin's); a cell holding anything else keeps what was typed. */
export const SIASN_STATUSES = ['Belum', 'Diusulkan', 'Terverifikasi'] as const;
