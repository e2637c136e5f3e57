// JP across years and Capaian 20 JP (issue 15 items 2–3): earlier years' Rekap JP copied into this spreadsheet,
// merged with this workbook's own Rekap JP into Riwayat JP (one row per NIP and year), and the share of ASN per
// year, unit and PNS / PPPK who reached the target, counted over Daftar ASN when the admin gives it.

import { JP_HISTORY_TEXT } from '../text/id/jpHistory';
import { type CellContext, cellReader, dateWindow } from './cellReaders';
import { asNumber, asText, isBlank } from './cells';
import { formatJp } from './format';
import type { JpRow } from './jpSummary';
import { NO_UNIT } from './jpSummary';
import type { EmploymentStatus } from './model';
import { checkNip, deriveStatus } from './nip';
import type { Problems } from './problems';
import { round2 } from './round';
import { JP_IMPORT, SHEETS } from './schema';
import type { Settings } from './settings';
import { sheetNameKey } from './sheetNames';
import { readTable } from './table';

// ---------------------------------------------------------------- the PPPK rule, in this one place

/**
 * PPPK: "paling banyak 24 JP dalam 1 (tahun) masa perjanjian kerja" (research 2026-12 §2.1; mission §2.2). The add-on
 * knows no contract dates, so a contract period is taken as the calendar year (one workbook per year): a PPPK's JP
 * above 24 in a year do not count toward anything (JP Diakui = min(JP, 24)), and a PPPK's target is the workbook's
 * Target JP per Tahun but never above 24 (a target above the cap could not be reached). PNS: every credited JP counts.
 */
export const PPPK_JP_CAP = 24;

/** The JP of a year that count toward the target (JP Diakui): a PPPK's at most PPPK_JP_CAP. */
export function countedJp(jp: number, status: EmploymentStatus | ''): number {
  return status === 'PPPK' ? Math.min(jp, PPPK_JP_CAP) : jp;
}

/** The target of a year for an ASN of this status: Target JP per Tahun, a PPPK's never above PPPK_JP_CAP. */
export function targetFor(status: EmploymentStatus | '', settings: Pick<Settings, 'targetJp'>): number {
  return status === 'PPPK' ? Math.min(settings.targetJp, PPPK_JP_CAP) : settings.targetJp;
}

// ---------------------------------------------------------------- which sheets are earlier years' Rekap JP

/**
 * The sheet names read as an earlier year's Rekap JP: `Rekap JP <tahun>` (the year from the name; a row's Tahun, when
 * filled, must be that year), or the default name Sheets gives a sheet copied in (`Salinan Rekap JP`, `Salinan dari
 * Rekap JP`, `Copy of Rekap JP`, with the number Sheets may add), whose rows must each carry their Tahun. Letter case
 * and spaces do not matter. `year` is null for a copy's default name.
 */
export function importSheetForm(name: string): { year: number | null } | null {
  const key = sheetNameKey(name);
  const named = /^rekap jp (\d{4})$/.exec(key);
  if (named) return { year: Number(named[1]) };
  if (/^(?:salinan(?: dari)?|copy of) rekap jp(?: \d+)?$/.test(key)) return { year: null };
  return null;
}

/** One earlier year's row as read: only its valid, unambiguous rows reach Riwayat JP. */
export interface ImportedJp {
  sheet: string;
  row: number;
  year: number;
  nip: string;
  name: string;
  unit: string;
  status: EmploymentStatus | '';
  trainings: number | null;
  jp: number;
}

export interface SourceSheet {
  name: string;
  values: readonly (readonly unknown[])[];
}

/**
 * Reads the earlier years' sheets (each one getValues, read by the headers of Rekap JP), in the order they take part
 * in a tie: the `Rekap JP <tahun>` sheets before the copies' default names, then in tab order. A row whose NIP is a
 * number (its last digits lost), invalid or blank, whose JP is not a number ≥ 0, or whose year is missing, outside the
 * date window or not the sheet's year is reported at its cell and left out: never guessed, never merged.
 */
export function readJpImports(sheets: readonly SourceSheet[], problems: Problems, now: Date): ImportedJp[] {
  const w = dateWindow(now);
  const [from, to] = [w.from.getFullYear(), w.to.getFullYear()];
  const forms = sheets
    .map((s, i) => ({ s, i, form: importSheetForm(s.name) }))
    .filter((x): x is { s: SourceSheet; i: number; form: { year: number | null } } => x.form !== null)
    .sort((a, b) => Number(a.form.year === null) - Number(b.form.year === null) || a.i - b.i);
  const out: ImportedJp[] = [];
  for (const { s, form } of forms) {
    if (form.year !== null && (form.year < from || form.year > to)) {
      problems.add(
        'jpImport.sheetYear',
        { sheet: s.name, row: null },
        { sheet: s.name, year: form.year, from, to },
      );
      continue;
    }
    const def = { ...JP_IMPORT, name: s.name };
    const table = readTable(s.values, def, problems);
    if (table.headerRow === 0 || table.missing.some((c) => c.required)) continue;
    const header = (key: string) => JP_IMPORT.columns.find((c) => c.key === key)?.header ?? key;
    for (const r of table.rows) {
      const at = (key: string) => ({ sheet: s.name, row: r.row, column: header(key) });
      const cell = (key: string) => ({ column: header(key), text: asText(r.cells[key]) });
      let ok = true;
      const rawNip = r.cells.nip;
      const nip = checkNip(isBlank(rawNip) ? '' : rawNip);
      if (nip.numberTyped) {
        problems.add('jpImport.nipNumberTyped', at('nip'), { ...cell('nip'), sheet: s.name });
        ok = false;
      } else if (!nip.ok) {
        problems.add('jpImport.nipInvalid', at('nip'), { ...cell('nip'), sheet: s.name, reason: nip.reason });
        ok = false;
      }
      let year: number | null = form.year;
      const rawYear = r.cells.year;
      if (!isBlank(rawYear)) {
        const typed = asNumber(rawYear);
        if (typed === undefined || !Number.isInteger(typed) || typed < from || typed > to) {
          problems.add('jpImport.yearInvalid', at('year'), { ...cell('year'), from, to });
          year = null;
          ok = false;
        } else if (form.year !== null && typed !== form.year) {
          problems.add('jpImport.yearMismatch', at('year'), { sheet: s.name, year: form.year, typed });
          ok = false;
        } else year = typed;
      } else if (form.year === null) {
        problems.add('jpImport.yearMissing', at('year'), { sheet: s.name });
        ok = false;
      }
      const jp = asNumber(r.cells.jp);
      if (jp === undefined || jp < 0) {
        problems.add('jpImport.jpInvalid', at('jp'), cell('jp'));
        ok = false;
      }
      if (!ok || year === null || jp === undefined) continue;
      const typedStatus = asText(r.cells.status).toUpperCase();
      const status: EmploymentStatus | '' =
        typedStatus === 'PNS' || typedStatus === 'PPPK' ? typedStatus : deriveStatus(nip.nip);
      const trainings = asNumber(r.cells.trainings);
      out.push({
        sheet: s.name,
        row: r.row,
        year,
        nip: nip.nip,
        name: asText(r.cells.name),
        unit: asText(r.cells.unit),
        status,
        trainings:
          trainings !== undefined && Number.isInteger(trainings) && trainings >= 0 ? trainings : null,
        jp: round2(jp),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- Riwayat JP

/** One row of Riwayat JP: an ASN's JP of one year, from one source sheet. */
export interface HistoryRow {
  year: number;
  nip: string;
  name: string;
  unit: string;
  status: EmploymentStatus | '';
  trainings: number | null;
  /** JP as its source shows them (Rekap JP: credited JP, DESIGN §4.9). */
  jp: number;
  /** The JP that count toward the target (countedJp). */
  countedJp: number;
  target: number;
  shortfall: number;
  achieved: boolean;
  /** The sheet the figure comes from (`Rekap JP` for this workbook's own) and its 1-based row there. */
  source: string;
  sourceRow: number;
  /** This workbook's own computation (not an import). */
  own: boolean;
  /** Keterangan: the PPPK cap applied, else ''. */
  note: string;
}

/** The first data row of an output sheet (the header is row 1). */
const FIRST_OUTPUT_ROW = 2;

function historyRow(
  r: Omit<HistoryRow, 'countedJp' | 'target' | 'shortfall' | 'achieved' | 'note'>,
  settings: Pick<Settings, 'targetJp'>,
): HistoryRow {
  const counted = countedJp(r.jp, r.status);
  const target = targetFor(r.status, settings);
  return {
    ...r,
    countedJp: counted,
    target,
    shortfall: round2(Math.max(0, target - counted)),
    achieved: counted >= target,
    note: counted < r.jp ? JP_HISTORY_TEXT.pppkCapped(formatJp(r.jp), formatJp(PPPK_JP_CAP)) : '',
  };
}

/**
 * Riwayat JP: this workbook's Rekap JP rows (source `Rekap JP`, their row there) and every imported row, one per NIP
 * and year. The same NIP and year twice is never summed: this workbook's own computation wins over any import of that
 * year (reported at the import's row), and between imports the first in readJpImports' order wins (reported too).
 * Sorted by NIP, then year.
 */
export function buildHistory(
  own: readonly JpRow[],
  imports: readonly ImportedJp[],
  settings: Pick<Settings, 'targetJp'>,
  problems: Problems,
): HistoryRow[] {
  const byKey = new Map<string, HistoryRow>();
  own.forEach((r, i) => {
    byKey.set(
      `${r.year}\u0001${r.nip}`,
      historyRow(
        {
          year: r.year,
          nip: r.nip,
          name: r.name,
          unit: r.unit,
          status: r.status || deriveStatus(r.nip),
          trainings: r.trainings,
          jp: r.jp,
          source: SHEETS_OWN,
          sourceRow: i + FIRST_OUTPUT_ROW,
          own: true,
        },
        settings,
      ),
    );
  });
  for (const x of imports) {
    const key = `${x.year}\u0001${x.nip}`;
    const had = byKey.get(key);
    const at = { sheet: x.sheet, row: x.row, column: 'NIP' };
    if (had?.own) {
      problems.add('jpImport.ownYear', at, { nip: x.nip, year: x.year, ownRow: had.sourceRow });
      continue;
    }
    if (had) {
      problems.add('jpImport.duplicate', at, {
        nip: x.nip,
        year: x.year,
        first: had.source,
        firstRow: had.sourceRow,
      });
      continue;
    }
    byKey.set(
      key,
      historyRow(
        {
          year: x.year,
          nip: x.nip,
          name: x.name,
          unit: x.unit,
          status: x.status,
          trainings: x.trainings,
          jp: x.jp,
          source: x.sheet,
          sourceRow: x.row,
          own: false,
        },
        settings,
      ),
    );
  }
  return [...byKey.values()].sort((a, b) => (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : a.year - b.year));
}

/** The source name of this workbook's own rows: the Rekap JP it writes in the same run. */
const SHEETS_OWN = 'Rekap JP';

// ---------------------------------------------------------------- Daftar ASN

/** One ASN of Daftar ASN: for one year (Tahun filled) or for every year (Tahun blank). */
export interface RosterEntry {
  row: number;
  nip: string;
  name: string;
  unit: string;
  status: EmploymentStatus | '';
  year: number | null;
}

/**
 * Reads Daftar ASN (null when the sheet is absent): one getValues, by its headers. A NIP that is a number, invalid or
 * blank is reported at its cell by the NIP reader and the row left out; the same NIP twice for the same year (or
 * twice without a year) is a Peringatan, the first row counted.
 */
export function readRoster(
  values: readonly (readonly unknown[])[] | null,
  ctx: CellContext,
): RosterEntry[] | null {
  if (!values) return null;
  const table = readTable(values, SHEETS.roster, ctx.problems);
  if (table.headerRow === 0 || table.missing.some((c) => c.required)) return [];
  const cell = cellReader('roster', { nip: { blank: 'nip.blank' } }, ctx);
  const w = dateWindow(ctx.now);
  const seen = new Map<string, number>();
  const out: RosterEntry[] = [];
  for (const r of table.rows) {
    const nip = cell(r, 'nip');
    const year = cell(r, 'year');
    const typed = cell(r, 'status');
    const unit = cell(r, 'unit');
    const name = cell(r, 'name');
    if (year !== null && (year < w.from.getFullYear() || year > w.to.getFullYear())) {
      ctx.problems.add(
        'jpImport.yearInvalid',
        { sheet: SHEETS.roster.name, row: r.row, column: cell.header('year') },
        {
          column: cell.header('year'),
          text: String(year),
          from: w.from.getFullYear(),
          to: w.to.getFullYear(),
        },
      );
      continue;
    }
    if (!nip.ok) continue;
    const key = `${year ?? ''}\u0001${nip.nip}`;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.problems.add(
        'roster.duplicate',
        { sheet: SHEETS.roster.name, row: r.row, column: cell.header('nip') },
        { nip: nip.nip, firstRow: first },
      );
      continue;
    }
    seen.set(key, r.row);
    out.push({
      row: r.row,
      nip: nip.nip,
      name,
      unit,
      status: typed === 'PNS' || typed === 'PPPK' ? typed : (nip.kind ?? ''),
      year,
    });
  }
  return out;
}

/**
 * The ASN Capaian 20 JP counts for `year` from Daftar ASN: its rows of that year when it has any, else its rows
 * without a Tahun; null when neither (the year is then counted over the people of Riwayat JP).
 */
export function rosterForYear(roster: readonly RosterEntry[] | null, year: number): RosterEntry[] | null {
  if (!roster) return null;
  const ofYear = roster.filter((e) => e.year === year);
  if (ofYear.length) return ofYear;
  const always = roster.filter((e) => e.year === null);
  return always.length ? always : null;
}

// ---------------------------------------------------------------- Capaian 20 JP

export type CoverageBasis = 'Daftar ASN' | 'Peserta';
export const BASIS_ROSTER: CoverageBasis = 'Daftar ASN';
export const BASIS_PEOPLE: CoverageBasis = 'Peserta';

/** One ASN counted in Capaian 20 JP for a year. */
export interface CoveredPerson {
  year: number;
  unit: string;
  status: EmploymentStatus | '';
  nip: string;
  name: string;
  /** JP Diakui of the year (0 for a Daftar ASN entry with no JP that year). */
  jp: number;
  target: number;
  shortfall: number;
  reached: boolean;
  /** No JP of that year in Riwayat JP (only Daftar ASN entries can be). */
  untrained: boolean;
  basis: CoverageBasis;
}

export interface CoverageRow {
  year: number;
  unit: string;
  status: EmploymentStatus | '';
  asn: number;
  reached: number;
  notReached: number;
  percent: number;
  target: number;
  totalJp: number;
  meanJp: number;
  untrained: number;
  basis: CoverageBasis;
}

export interface TrendRow {
  year: number;
  pnsAsn: number;
  pnsReached: number;
  pnsPercent: number | null;
  pppkAsn: number;
  pppkReached: number;
  pppkPercent: number | null;
  basis: CoverageBasis;
}

export interface Coverage {
  rows: CoverageRow[];
  people: CoveredPerson[];
  trend: TrendRow[];
  /** Every year counted, ascending. */
  years: number[];
}

function compareText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const unitOf = (u: string) => (u.trim() === '' ? NO_UNIT : u.trim());
const statusOrder = (s: string) => (s === 'PNS' ? 0 : s === 'PPPK' ? 1 : 2);

/**
 * Capaian 20 JP per year, unit and status. The years: every year of Riwayat JP and every Tahun of Daftar ASN. A year
 * with Daftar ASN rows (rosterForYear) counts exactly those ASN, with their unit and status from Daftar ASN and their
 * JP Diakui from Riwayat JP (0 when absent: not reached); people of Riwayat JP missing from it are not counted (one
 * Peringatan per year). Any other year counts every NIP of Riwayat JP of that year (DESIGN §4.9's denominator), with
 * its row's unit and status. Reached: JP Diakui ≥ the status's target; Persen = Tercapai / Jumlah ASN × 100,
 * Rata-rata = Total JP Diakui / Jumlah ASN, each rounded once (round2).
 */
export function jpCoverage(
  history: readonly HistoryRow[],
  roster: readonly RosterEntry[] | null,
  settings: Pick<Settings, 'targetJp'>,
  problems: Problems,
): Coverage {
  const byYear = new Map<number, HistoryRow[]>();
  for (const h of history) {
    const list = byYear.get(h.year);
    if (list) list.push(h);
    else byYear.set(h.year, [h]);
  }
  const yearSet = new Set<number>(byYear.keys());
  for (const e of roster ?? []) if (e.year !== null) yearSet.add(e.year);
  const years = [...yearSet].sort((a, b) => a - b);
  const people: CoveredPerson[] = [];
  const person = (
    year: number,
    unit: string,
    status: EmploymentStatus | '',
    nip: string,
    name: string,
    jp: number | null,
    basis: CoverageBasis,
  ): CoveredPerson => {
    const counted = jp === null ? 0 : countedJp(jp, status);
    const target = targetFor(status, settings);
    return {
      year,
      unit: unitOf(unit),
      status,
      nip,
      name,
      jp: counted,
      target,
      shortfall: round2(Math.max(0, target - counted)),
      reached: counted >= target,
      untrained: jp === null,
      basis,
    };
  };
  for (const year of years) {
    const rows = byYear.get(year) ?? [];
    const list = rosterForYear(roster, year);
    if (!list) {
      for (const h of rows) people.push(person(year, h.unit, h.status, h.nip, h.name, h.jp, BASIS_PEOPLE));
      continue;
    }
    const jpOf = new Map<string, HistoryRow>(rows.map((h) => [h.nip, h]));
    const listed = new Set<string>();
    for (const e of list) {
      listed.add(e.nip);
      const h = jpOf.get(e.nip);
      people.push(
        person(year, e.unit, e.status, e.nip, e.name || h?.name || '', h?.jp ?? null, BASIS_ROSTER),
      );
    }
    const missing = rows.filter((h) => !listed.has(h.nip)).map((h) => h.nip);
    if (missing.length) {
      problems.add(
        'roster.notListed',
        { sheet: SHEETS.roster.name, row: null },
        { year, count: missing.length, nips: missing.slice(0, 3).join(', ') },
      );
    }
  }

  const groups = new Map<string, { first: CoveredPerson; list: CoveredPerson[] }>();
  for (const p of people) {
    const key = `${p.year}\u0001${p.unit}\u0001${p.status}`;
    const g = groups.get(key);
    if (g) g.list.push(p);
    else groups.set(key, { first: p, list: [p] });
  }
  const rows: CoverageRow[] = [...groups.values()]
    .map(({ first, list }) => {
      const reached = list.filter((p) => p.reached).length;
      const totalJp = round2(list.reduce((s, p) => s + p.jp, 0));
      return {
        year: first.year,
        unit: first.unit,
        status: first.status,
        asn: list.length,
        reached,
        notReached: list.length - reached,
        percent: round2((reached / list.length) * 100),
        target: first.target,
        totalJp,
        meanJp: round2(totalJp / list.length),
        untrained: list.filter((p) => p.untrained).length,
        basis: first.basis,
      };
    })
    .sort(
      (a, b) =>
        a.year - b.year || compareText(a.unit, b.unit) || statusOrder(a.status) - statusOrder(b.status),
    );

  const trend: TrendRow[] = years.map((year) => {
    const mine = people.filter((p) => p.year === year);
    const pns = mine.filter((p) => p.status !== 'PPPK');
    const pppk = mine.filter((p) => p.status === 'PPPK');
    const pct = (list: CoveredPerson[]) =>
      list.length ? round2((list.filter((p) => p.reached).length / list.length) * 100) : null;
    return {
      year,
      pnsAsn: pns.length,
      pnsReached: pns.filter((p) => p.reached).length,
      pnsPercent: pct(pns),
      pppkAsn: pppk.length,
      pppkReached: pppk.filter((p) => p.reached).length,
      pppkPercent: pct(pppk),
      basis: rosterForYear(roster, year) ? BASIS_ROSTER : BASIS_PEOPLE,
    };
  });
  return { rows, people, trend, years };
}
