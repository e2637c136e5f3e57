// What an admin types into the bundled sample to clear its planted Errors, doing what `Masalah` tells for each: the
// certificate gate refuses a training while an Error concerns its participants, so the demo (and the tests of the
// certificate engine, which need every training issued) act on `Masalah` first. Each correction is found by the
// content of the cells, as a person reading `Masalah` would, not by a fixed row number, and says what it did.

import type { FakeSheet, FakeSpreadsheet } from '../emulator/spreadsheet';

/** One correction, as the admin would describe it. */
export interface Correction {
  sheet: string;
  row: number;
  what: string;
}

const digitsOnly = (v: unknown) => String(v).replace(/\D/g, '');
const isNip = (v: unknown) => typeof v === 'string' && /^\d{18}$/.test(v);

function sheetOf(ss: FakeSpreadsheet, name: string): FakeSheet {
  const s = ss.getSheetByName(name);
  if (!s) throw new Error(`the sample has no sheet ${name}`);
  return s;
}

/** A NIP typed as text, as `Masalah` tells: the cell formatted as plain text first. */
function typeText(s: FakeSheet, row: number, column: number, text: string): void {
  const cell = s.getRange(row, column);
  cell.setNumberFormat('@');
  cell.setValue(text);
}

function table(s: FakeSheet): { head: string[]; rows: unknown[][] } {
  const [head, ...rows] = s._dump() as unknown[][];
  return { head: head.map(String), rows };
}

/**
 * Applies the corrections to `ss` (the sample as imported) and returns them. Corrections, per cause in `Masalah`:
 * - a NIP stored as a number in `Peserta` is typed again as text (the whole NIP, as the other sheets carry it);
 * - a NIP of 17 digits is completed to 18 wherever it is typed (`Peserta`, `Nilai`);
 * - a participant listed twice in one training: the later row is deleted;
 * - a score out of 0–100 is typed as 100;
 * - a Post-Test response whose NIP was stored as a number: its score is typed into `Nilai` for the NIP meant;
 * - an attendance row for a session the training does not have is deleted.
 */
export function correctSample(ss: FakeSpreadsheet): Correction[] {
  const out: Correction[] = [];
  const peserta = sheetOf(ss, 'Peserta');
  const nilai = sheetOf(ss, 'Nilai');
  const kehadiran = sheetOf(ss, 'Kehadiran');

  // every whole NIP typed anywhere, to tell which one a number stands for
  const known = new Set<string>();
  for (const s of [kehadiran, nilai]) {
    const { head, rows } = table(s);
    const c = head.indexOf('NIP');
    for (const r of rows) if (isNip(r[c])) known.add(r[c] as string);
  }

  // Peserta: NIPs stored as numbers, NIPs of 17 digits, a participant listed twice
  {
    const { head, rows } = table(peserta);
    const nip = head.indexOf('NIP');
    const code = head.indexOf('Kode Kegiatan');
    rows.forEach((r, i) => {
      if (typeof r[nip] !== 'number') return;
      const whole = [...known].find((k) => Number(k) === r[nip]);
      if (!whole) return;
      typeText(peserta, i + 2, nip + 1, whole);
      out.push({ sheet: 'Peserta', row: i + 2, what: `NIP diketik ulang sebagai teks: ${whole}` });
    });
    for (const s of [peserta, nilai]) {
      const t = table(s);
      const c = t.head.indexOf('NIP');
      t.rows.forEach((r, i) => {
        const v = r[c];
        if (typeof v !== 'string' || !/^\d{17}$/.test(v)) return;
        typeText(s, i + 2, c + 1, `${v}1`);
        out.push({ sheet: s.getName(), row: i + 2, what: `NIP dilengkapi menjadi 18 digit: ${v}1` });
      });
    }
    const seen = new Set<string>();
    const twice: number[] = [];
    table(peserta).rows.forEach((r, i) => {
      const k = `${r[code]}|${digitsOnly(r[nip])}`;
      if (r[code] === '' || digitsOnly(r[nip]) === '') return; // a blank row is no one
      if (seen.has(k)) twice.push(i + 2);
      seen.add(k);
    });
    for (const row of twice.reverse()) {
      peserta.deleteRow(row);
      out.push({ sheet: 'Peserta', row, what: 'baris ganda dihapus' });
    }
  }

  // Nilai: a score above 100
  {
    const { head, rows } = table(nilai);
    const scoreColumns = ['Pre-Test', 'Post-Test', 'Keaktifan', 'Tugas'].map((h) => head.indexOf(h));
    rows.forEach((r, i) => {
      for (const c of scoreColumns)
        if (typeof r[c] === 'number' && (r[c] as number) > 100) {
          nilai.getRange(i + 2, c + 1).setValue(100);
          out.push({ sheet: 'Nilai', row: i + 2, what: `${head[c]} ${r[c]} diganti 100` });
        }
    });
  }

  // Post-Test responses whose NIP was stored as a number: the score typed into Nilai for the NIP meant
  for (const s of ss.getSheets()) {
    if (!s.getName().startsWith('Respons Post-Test ')) continue;
    const trainingCode = s.getName().slice('Respons Post-Test '.length);
    const { head, rows } = table(s);
    const nip = head.indexOf('NIP');
    const skor = head.indexOf('Skor');
    for (const r of rows) {
      if (typeof r[nip] !== 'number') continue;
      const whole = [...known].find((k) => Number(k) === r[nip]);
      const m = /^(\d+)\s*\/\s*(\d+)$/.exec(String(r[skor]));
      if (!whole || !m) continue;
      const t = table(nilai);
      const at = t.rows.findIndex(
        (x) => x[t.head.indexOf('Kode Kegiatan')] === trainingCode && x[t.head.indexOf('NIP')] === whole,
      );
      if (at < 0) continue;
      const score = Math.round((Number(m[1]) / Number(m[2])) * 1000) / 10;
      nilai.getRange(at + 2, t.head.indexOf('Post-Test') + 1).setValue(score);
      out.push({ sheet: 'Nilai', row: at + 2, what: `Post-Test ${score} diketik untuk NIP ${whole}` });
    }
  }

  // Kehadiran: a session the training does not have in Sesi
  {
    const sesi = table(sheetOf(ss, 'Sesi'));
    const sessions = new Set(
      sesi.rows.map((r) => `${r[sesi.head.indexOf('Kode Kegiatan')]}|${r[sesi.head.indexOf('Sesi')]}`),
    );
    const { head, rows } = table(kehadiran);
    const bad: number[] = [];
    rows.forEach((r, i) => {
      if (r[head.indexOf('Kode Kegiatan')] === '') return;
      if (!sessions.has(`${r[head.indexOf('Kode Kegiatan')]}|${r[head.indexOf('Sesi')]}`)) bad.push(i + 2);
    });
    for (const row of bad.reverse()) {
      kehadiran.deleteRow(row);
      out.push({ sheet: 'Kehadiran', row, what: 'baris sesi yang tidak ada dihapus' });
    }
  }
  return out;
}
