// Problems: bad input as data (sheet, row, column, message, suggestion), collected and written to `Masalah`.

export type Severity = 'Error' | 'Peringatan';

export interface Problem {
  level: Severity;
  /** Sheet name as the person sees it. */
  sheet: string;
  /** 1-based row number in the sheet, or null when the problem is about the whole sheet. */
  row: number | null;
  /** Column header (canonical name) or '' for the whole row/sheet. */
  column: string;
  /** What is wrong, in Indonesian. */
  message: string;
  /** What to do about it, in Indonesian. */
  suggestion: string;
}

/** Collects problems; features pass one around instead of throwing on bad input. */
export class Problems {
  readonly list: Problem[] = [];

  add(p: Problem): void {
    this.list.push(p);
  }

  error(sheet: string, row: number | null, column: string, message: string, suggestion = ''): void {
    this.add({ level: 'Error', sheet, row, column, message, suggestion });
  }

  warn(sheet: string, row: number | null, column: string, message: string, suggestion = ''): void {
    this.add({ level: 'Peringatan', sheet, row, column, message, suggestion });
  }

  addAll(ps: readonly Problem[]): void {
    for (const p of ps) this.list.push(p);
  }

  get errors(): number {
    return this.list.filter((p) => p.level === 'Error').length;
  }

  get warnings(): number {
    return this.list.filter((p) => p.level === 'Peringatan').length;
  }
}

/**
 * A reporter for responses whose Kode Kegiatan is not in `Kegiatan`: one Peringatan per response sheet and code
 * (a form for a deleted training can hold hundreds of rows), however many rows it is called for.
 */
export function unknownTrainingReporter(
  problems: Problems,
): (r: { src: { sheet: string }; trainingCode: string; kind: string }) => void {
  const seen = new Set<string>();
  return (r) => {
    const k = `${r.src.sheet}\u0001${r.trainingCode}`;
    if (seen.has(k)) return;
    seen.add(k);
    problems.warn(
      r.src.sheet,
      null,
      '',
      `Respons ${r.kind} untuk Kode Kegiatan "${r.trainingCode}" yang tidak ada di lembar Kegiatan diabaikan.`,
      'Periksa Kode Kegiatan formulir ini di lembar Formulir.',
    );
  };
}

/** Problems ordered for display: errors first, then by sheet, row, column. */
export function sortProblems(ps: readonly Problem[]): Problem[] {
  const lv = (p: Problem) => (p.level === 'Error' ? 0 : 1);
  return [...ps].sort(
    (a, b) =>
      lv(a) - lv(b) ||
      a.sheet.localeCompare(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      a.column.localeCompare(b.column) ||
      a.message.localeCompare(b.message),
  );
}
