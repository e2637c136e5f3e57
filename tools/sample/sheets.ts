// The contract sheets that come straight from the content: Kegiatan, Sesi, Peserta, Soal, Aspek Evaluasi,
// Pengaturan and the Formulir ledger.

import { SHEETS, type SheetKey } from '../../src/core/schema';
import { SETTING_DEFS } from '../../src/core/settings';
import { type Cell, clock, FMT_DATE, FMT_STAMP_ID, FMT_TIME, type SheetSpec } from '../sample-data';
import { ASPECTS, CODES, FORMS, ODD_JP_SESSION, SESSIONS, SIGNER, STRAY_SESSION, TRAININGS } from './content';
import { QUESTIONS } from './questions';
import type { Plant } from './types';

/** The canonical headers of a contract sheet (src/core/schema.ts is the one source). */
const contract = (key: SheetKey): string[] => SHEETS[key].columns.map((c) => c.header);

export const kegiatanSheet = (): SheetSpec => ({
  name: 'Kegiatan',
  headers: contract('trainings'),
  rows: TRAININGS.map((t) => [
    t.code,
    t.theme,
    t.jenis,
    t.smart,
    t.pola,
    t.start,
    t.end,
    t.place,
    t.jp,
    SIGNER.name,
    SIGNER.nip,
    SIGNER.title,
    t.siasn,
  ]),
  textColumns: ['Kode', 'NIP Penandatangan'],
  formats: { 'Tanggal Mulai': FMT_DATE, 'Tanggal Selesai': FMT_DATE },
});

export function sesiSheet(plant: Plant): SheetSpec {
  const rows: Cell[][] = SESSIONS.map((s) => [
    s.code,
    s.no,
    s.date,
    clock(...s.start),
    clock(...s.end),
    s.topic,
    s.method,
    s.speaker,
    s.speakerNip || null,
    s.agency,
    s.jp,
  ]);
  const odd = ODD_JP_SESSION;
  plant(
    'Sesi',
    rows[SESSIONS.findIndex((s) => s.code === odd.code && s.no === odd.no)],
    'JP',
    'Peringatan',
    odd.what,
  );
  const stray = [...STRAY_SESSION.row];
  rows.push(stray);
  plant('Sesi', stray, 'Kode Kegiatan', 'Error', STRAY_SESSION.what);
  return {
    name: 'Sesi',
    headers: contract('sessions'),
    rows,
    textColumns: ['Kode Kegiatan', 'NIP Narasumber'],
    formats: { Tanggal: FMT_DATE, 'Jam Mulai': FMT_TIME, 'Jam Selesai': FMT_TIME },
  };
}

export const pesertaSheet = (rows: Cell[][]): SheetSpec => ({
  name: 'Peserta',
  headers: contract('participants'),
  rows,
  textColumns: ['Kode Kegiatan', 'NIP'],
});

export const kehadiranSheet = (rows: Cell[][]): SheetSpec => ({
  name: 'Kehadiran',
  headers: contract('attendance'),
  rows,
  textColumns: ['Kode Kegiatan', 'NIP'],
});

export const nilaiSheet = (rows: Cell[][]): SheetSpec => ({
  name: 'Nilai',
  headers: contract('scores'),
  rows,
  textColumns: ['Kode Kegiatan', 'NIP'],
});

export const soalSheet = (): SheetSpec => ({
  name: 'Soal',
  headers: contract('questions'),
  rows: CODES.flatMap((code) =>
    QUESTIONS[code].map((q, i) => {
      const opts = [0, 1, 2, 3, 4].map((k) => q.options[k] ?? null);
      return [code, i + 1, q.text, ...opts, q.key, q.blankWeight ? null : q.weight];
    }),
  ),
  textColumns: ['Kode Kegiatan'],
});

export const aspekSheet = (): SheetSpec => ({
  name: 'Aspek Evaluasi',
  headers: contract('aspects'),
  rows: (Object.keys(ASPECTS) as Array<keyof typeof ASPECTS>).flatMap((k) => ASPECTS[k].map((a) => [k, a])),
  note: 'Contoh aspek evaluasi (bukan daftar resmi). Tambah, ubah, atau hapus sesuai kebutuhan.',
});

export const pengaturanSheet = (): SheetSpec => ({
  name: 'Pengaturan',
  headers: contract('settings'),
  rows: SETTING_DEFS.map((d) => [d.key, d.default, d.help]),
});

/** The hand-made forms, registered only by their response sheets (ID, links and Dibuat blank). */
export const formulirSheet = (): SheetSpec => ({
  name: 'Formulir',
  headers: contract('forms'),
  rows: Object.values(FORMS).map((f) => {
    const theme = TRAININGS.find((t) => t.code === f.code)!.theme;
    return [f.code, f.kind, `${f.kind} ${theme}`, null, null, null, f.sheet, null];
  }),
  textColumns: ['Kode Kegiatan', 'ID Formulir'],
  formats: { Dibuat: FMT_STAMP_ID },
});
