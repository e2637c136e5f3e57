// Ekspor SIASN (issue 15 item 1), pure: one *riwayat kursus* record per issued certificate, in the field names public
// SIASN web-service clients send (research practice-and-anchors-2026-12 §2.2: jenisDiklatId, jenisKursusSertipikat,
// namaKursus, institusiPenyelenggara, jumlahJam, nomorSertipikat, tahunKursus, tanggalKursus, tanggalSelesaiKursus,
// lokasiId, instansiId, pnsOrangId). The add-on never writes to SIASN (that needs the agency's credentials): it
// exports, and the SIASN operator or the agency's integrator imports. What it cannot know stays empty: lokasiId and
// instansiId (SIASN reference ids) and pnsOrangId (SIASN's person id, not the NIP: the integrator maps the NIP).
//
// Rules, in one place:
// - a row per certificate of kind Sertifikat that is made (it has a PDF) and is its key's certificate now (not
//   Diganti); a Dicabut one only while someone has recorded it in SIASN (its Status SIASN is not Belum), so the
//   operator knows to withdraw it; the Piagam is not a course record;
// - jenisDiklatId from Kegiatan's *Jenis Diklat SIASN* (an id, a name of the reference list, or "3 - Diklat Teknis");
//   blank: from Jenis Kompetensi (Teknis → 3, Manajerial → 5, Sosial Kultural → 6) with a Peringatan to check it;
//   else a Kesalahan and the record is left out of the files;
// - jumlahJam is the JP credited for that NIP and training in Rekap JP (core/jpSummary.ts creditedJp); a JP that is
//   not a whole number is a Kesalahan, never rounded, and the record is left out of the files;
// - tanggalKursus / tanggalSelesaiKursus are the training's dates as dd-mm-yyyy (the end defaults to the start);
//   tahunKursus is the training's year (Tanggal Selesai, else Tanggal Mulai: DESIGN §4.2);
// - the person-owned Status SIASN (Belum / Diusulkan / Terverifikasi) is carried over by the certificate number.

import { trainingYear } from './jp';
import type { Training } from './model';
import { type Problems, placeKey, problem } from './problems';
import { SIASN_JENIS_DIKLAT } from './siasnTypes';

export { SIASN_JENIS_DIKLAT, SIASN_STATUSES, SIASN_TYPE_NAMES } from './siasnTypes';

/** Jenis Kompetensi → the jenis diklat it most likely is, when Jenis Diklat SIASN is blank (to be checked). */
const BY_COMPETENCY: Readonly<Record<string, string>> = {
  Teknis: '3',
  Manajerial: '5',
  'Sosial Kultural': '6',
};

/** The SIASN record's fields in the order the clients send them (the JSON's `kursus` object has exactly these). */
export const SIASN_FIELDS = [
  'jenisDiklatId',
  'jenisKursusSertipikat',
  'namaKursus',
  'institusiPenyelenggara',
  'jumlahJam',
  'nomorSertipikat',
  'tahunKursus',
  'tanggalKursus',
  'tanggalSelesaiKursus',
  'lokasiId',
  'instansiId',
  'pnsOrangId',
] as const;

export type SiasnType = (typeof SIASN_JENIS_DIKLAT)[number];

/** A Jenis Diklat SIASN cell read: the type, whether it was taken from Jenis Kompetensi, or why it cannot be. */
export function siasnTypeOf(
  cell: string,
  competencyType: string,
): { type: SiasnType; defaulted: boolean } | { error: 'blank' | 'unknown' } {
  const text = cell.trim();
  if (!text) {
    const id = BY_COMPETENCY[competencyType.trim()];
    const type = SIASN_JENIS_DIKLAT.find((t) => t.id === id);
    return type ? { type, defaulted: true } : { error: 'blank' };
  }
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  // "3", "3 - Diklat Teknis", "3. Diklat Teknis" or the name alone
  const m = /^(\d{1,3})(?:\s*[-–.:)]\s*(.*))?$/.exec(text);
  const type = m
    ? SIASN_JENIS_DIKLAT.find((t) => t.id === String(Number(m[1])) && (!m[2] || key(m[2]) === key(t.name)))
    : SIASN_JENIS_DIKLAT.find((t) => key(t.name) === key(text));
  return type ? { type, defaulted: false } : { error: 'unknown' };
}

/** A date as SIASN's clients send it: dd-mm-yyyy (the local calendar day). */
export function siasnDate(d: Date | null): string {
  if (!d) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
}

/** One issued certificate as the export needs it (the ledger row, the file it is delivered as). */
export interface SiasnCertificate {
  trainingCode: string;
  nip: string;
  name: string;
  number: string;
  revoked: boolean;
  /** The PDF to upload (the signed copy when there is one), its Drive name and link; '' when not found. */
  fileName: string;
  fileLink: string;
  /** Why its file cannot be uploaded yet (Mode TTE Tag and not signed), or ''. */
  fileBlocked: string;
}

export interface SiasnInput {
  certificates: readonly SiasnCertificate[];
  trainings: ReadonlyMap<string, Training>;
  /** JP credited per `${code}\u0001${nip}` (Rekap JP's rule). */
  credited: ReadonlyMap<string, number>;
  /** Nama Instansi (institusiPenyelenggara). */
  institution: string;
  /** Status SIASN as typed, by certificate number. */
  statuses: ReadonlyMap<string, string>;
}

export interface SiasnRow {
  trainingCode: string;
  nip: string;
  name: string;
  typeName: string;
  jenisDiklatId: string;
  jenisKursusSertipikat: string;
  namaKursus: string;
  institusiPenyelenggara: string;
  jumlahJam: number | null;
  nomorSertipikat: string;
  tahunKursus: number | null;
  tanggalKursus: string;
  tanggalSelesaiKursus: string;
  lokasiId: string;
  instansiId: string;
  pnsOrangId: string;
  fileName: string;
  fileLink: string;
  /** Why the record is not in the files, or what to check; '' when it is ready. */
  note: string;
  status: string;
  /** The record goes into the training's xlsx and JSON. */
  ready: boolean;
}

export const jpKey = (code: string, nip: string) => `${code}\u0001${nip}`;

/** The rows of Ekspor SIASN in the ledger's order, problems reported once per training and per row. */
export function siasnRows(input: SiasnInput, problems: Problems, notes: SiasnNotes): SiasnRow[] {
  const rows: SiasnRow[] = [];
  const typeOf = new Map<string, ReturnType<typeof siasnTypeOf>>();
  // a fractional JP is said once per training (its first certificate as the example)
  const fractional = new Map<string, { t: Training; nip: string; jp: number; count: number }>();
  for (const c of input.certificates) {
    const status = input.statuses.get(c.number) ?? '';
    if (c.revoked && (status === '' || status === 'Belum')) continue;
    const t = input.trainings.get(c.trainingCode);
    if (!t) continue;
    let type = typeOf.get(t.code);
    if (!type) {
      type = siasnTypeOf(t.siasnType, t.competencyType);
      typeOf.set(t.code, type);
      const at = { sheet: t.src.sheet, row: t.src.row, column: 'Jenis Diklat SIASN', trainingCode: t.code };
      // the reader's "not a known choice" on this cell is said again, fuller, by the export's Kesalahan
      if ('error' in type && type.error === 'unknown')
        problems.drop((p) => p.code === 'choice.unknown' && placeKey(p) === placeKey(at));
      if ('error' in type)
        problems.add(
          problem(type.error === 'blank' ? 'siasn.typeBlank' : 'siasn.typeUnknown', at, {
            code: t.code,
            typed: t.siasnType,
          }),
        );
      else if (type.defaulted)
        problems.add(
          problem('siasn.typeDefaulted', at, { code: t.code, name: type.type.name, from: t.competencyType }),
        );
    }
    const jp = input.credited.get(jpKey(c.trainingCode, c.nip));
    const whole = jp !== undefined && Number.isInteger(jp) && jp > 0;
    const why: string[] = [];
    if (c.revoked) why.push(notes.revoked);
    if ('error' in type) why.push(type.error === 'blank' ? notes.noType : notes.unknownType);
    else if (type.defaulted) why.push(notes.typeDefaulted);
    if (!whole) {
      why.push(jp === undefined || jp <= 0 ? notes.noJp : notes.fractionalJp(jp));
      if (jp !== undefined && jp > 0) {
        const f = fractional.get(t.code) ?? { t, nip: c.nip, jp, count: 0 };
        f.count++;
        fractional.set(t.code, f);
      }
    }
    if (c.fileBlocked) why.push(c.fileBlocked);
    else if (!c.fileName) why.push(notes.noFile);
    const year = trainingYear(t);
    rows.push({
      trainingCode: c.trainingCode,
      nip: c.nip,
      name: c.name,
      typeName: 'error' in type ? '' : type.type.name,
      jenisDiklatId: 'error' in type ? '' : type.type.id,
      jenisKursusSertipikat: 'error' in type ? '' : type.type.certType,
      namaKursus: t.theme,
      institusiPenyelenggara: input.institution,
      jumlahJam: whole ? (jp as number) : null,
      nomorSertipikat: c.number,
      tahunKursus: year,
      tanggalKursus: siasnDate(t.startDate),
      tanggalSelesaiKursus: siasnDate(t.endDate ?? t.startDate),
      lokasiId: '',
      instansiId: '',
      pnsOrangId: '',
      fileName: c.fileName,
      fileLink: c.fileLink,
      note: why.join('; '),
      status: status || 'Belum',
      ready:
        !c.revoked && !('error' in type) && whole && !c.fileBlocked && Boolean(c.fileName) && year !== null,
    });
  }
  for (const f of fractional.values())
    problems.add(
      problem(
        'siasn.fractionalJp',
        { sheet: f.t.src.sheet, row: f.t.src.row, column: 'JP', trainingCode: f.t.code },
        { code: f.t.code, nip: f.nip, jp: f.jp, count: f.count },
      ),
    );
  return rows;
}

/** The words of a row's Keterangan (src/text/id/siasn.ts). */
export interface SiasnNotes {
  revoked: string;
  noType: string;
  unknownType: string;
  typeDefaulted: string;
  noJp: string;
  fractionalJp: (jp: number) => string;
  noFile: string;
}

/** One record of a training's JSON file: the NIP and the file beside exactly the SIASN fields (SIASN_FIELDS' order). */
export function siasnJsonRecord(r: SiasnRow): Record<string, unknown> {
  return {
    nip: r.nip,
    nama: r.name,
    namaFilePdf: r.fileName,
    tautanPdf: r.fileLink,
    kursus: {
      jenisDiklatId: r.jenisDiklatId,
      jenisKursusSertipikat: r.jenisKursusSertipikat,
      namaKursus: r.namaKursus,
      institusiPenyelenggara: r.institusiPenyelenggara,
      jumlahJam: r.jumlahJam,
      nomorSertipikat: r.nomorSertipikat,
      tahunKursus: r.tahunKursus,
      tanggalKursus: r.tanggalKursus,
      tanggalSelesaiKursus: r.tanggalSelesaiKursus,
      lokasiId: r.lokasiId,
      instansiId: r.instansiId,
      pnsOrangId: r.pnsOrangId,
    } satisfies Record<(typeof SIASN_FIELDS)[number], unknown>,
  };
}

/** A training's JSON file: its ready records, in ledger order, indented, ending in a newline (same rows, same bytes). */
export function siasnJson(rows: readonly SiasnRow[]): string {
  return `${JSON.stringify(rows.map(siasnJsonRecord), null, 2)}\n`;
}

/** The columns of a training's xlsx file, in order: the NIP and name, the SIASN fields, the PDF. */
export const SIASN_XLSX_HEADER = ['NIP', 'Nama', ...SIASN_FIELDS, 'Nama File PDF', 'Tautan PDF'] as const;

/** A training's xlsx rows (text stays text, JP and year numbers). */
export function siasnXlsxRows(rows: readonly SiasnRow[]): Array<Array<string | number | null>> {
  return rows.map((r) => [r.nip, r.name, ...SIASN_FIELDS.map((f) => r[f]), r.fileName, r.fileLink]);
}
