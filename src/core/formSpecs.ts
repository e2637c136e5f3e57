// What each Google Form of a training should contain, computed from the sheets (pure), with a stable fingerprint
// so a re-run can tell whether a form without responses needs updating; also the response-sheet naming rule.
// No form is a quiz and no form holds the answer key: FormApp cannot stop a quiz from showing participants the
// correct answers after the Pre-Test (it has no method for those settings), and the Post-Test asks the same
// questions. Tests are scored at import against Soal.Kunci/Bobot (testScores.responsePoints).

import { CODE_ITEM } from '../text/id/checkin';
import { asCode } from './cells';
import { CODE_DIGITS } from './checkin';
import type { Aspect, FormKind, Question, Session, Training } from './model';
import { type Problem, Problems, problem } from './problems';
import { SHEETS } from './schema';
import { sheetNameKey } from './sheetNames';
import { readTable } from './table';

/** The NIP rule of every form: exactly 18 digits (DESIGN §4.1). Anchored, so it holds whether Google matches
 * the whole answer or a part of it. */
/** A NIP-shaped placeholder (passes the form's own rule) that cannot occur elsewhere in a pre-filled URL. */
export const NIP_PLACEHOLDER = '000000000000000000';

export const NIP_PATTERN = '^\\d{18}$';
export const NIP_TITLE = 'NIP';
export const NIP_HELP = 'NIP 18 digit tanpa spasi, titik atau tanda hubung, contoh 198501012010011001.';
export const NAME_TITLE = 'Nama Lengkap';
export const SESSION_TITLE = 'Sesi';
export const SUGGESTION_TITLE = 'Saran';
export const PASCA_GRID_TITLE = 'Pasca Pelatihan';
export const PENYELENGGARAAN_TITLE = 'Penyelenggaraan';

export type ItemSpec =
  | { type: 'text'; title: string; help: string; required: boolean; pattern: string; patternHelp: string }
  | { type: 'choice'; title: string; help: string; required: boolean; choices: string[] }
  | { type: 'grid'; title: string; help: string; required: boolean; rows: string[]; columns: string[] }
  | { type: 'paragraph'; title: string; help: string; required: boolean };

export interface FormSpec {
  code: string;
  kind: FormKind;
  title: string;
  description: string;
  shuffle: boolean;
  confirmation: string;
  items: ItemSpec[];
  /** Hash of everything above: equal fingerprints mean the form already has this content. */
  fingerprint: string;
}

export interface SpecInput {
  trainings: readonly Training[];
  sessions: readonly Session[];
  questions: readonly Question[];
  aspects: readonly Aspect[];
  /** Skala Evaluasi (columns 1..scale of every grid). */
  scale: number;
  /** Raw `Soal` values (one getValues), re-checked here: questions with problems are absent from `questions`. */
  rawQuestions: readonly (readonly unknown[])[] | null;
  /** Problems the workbook parser reported (its `Soal` errors stop a training's quizzes). */
  problems: readonly Problem[];
  shuffle?: boolean;
  /** The Presensi form asks for the session code (issue 16; setting Presensi dengan Kode Sesi). */
  checkin?: boolean;
}

export interface SkippedForm {
  code: string;
  kind: FormKind;
  reason: string;
}

export interface SpecResult {
  specs: FormSpec[];
  skipped: SkippedForm[];
  /** Extra problems found by the form-specific re-check of `Soal` (non-integer Bobot, repeated options). */
  problems: Problem[];
}

// ---------------------------------------------------------------------------------------------------------

/** FNV-1a, twice with different offsets: 16 hex digits, stable across runs and platforms. */
export function fingerprintOf(value: unknown): string {
  const s = JSON.stringify(value);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 13;
  }
  return a.toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The fingerprint hashes the content in the shape specs had while the tests were quizzes (`isQuiz`, choices
 * `{value, correct}`, `points`), all now false or 0: a form built before that is still the same stays unchanged,
 * and a Pre-/Post-Test built as a quiz differs, so it is brought to the plain form while it has no responses.
 */
function finish(spec: Omit<FormSpec, 'fingerprint'>): FormSpec {
  const { kind, title, description, shuffle, confirmation, items } = spec;
  const hashed = items.map((it) =>
    it.type === 'choice'
      ? {
          type: it.type,
          title: it.title,
          help: it.help,
          required: it.required,
          choices: it.choices.map((value) => ({ value, correct: false })),
          points: 0,
        }
      : it,
  );
  const content = { kind, title, description, isQuiz: false, shuffle, confirmation, items: hashed };
  return { ...spec, fingerprint: fingerprintOf(content) };
}

const columnsOf = (scale: number) => Array.from({ length: scale }, (_, i) => String(i + 1));

/** `Sesi <n>: <Materi> — <Narasumber>` (DESIGN §4.7). */
export function sessionGridTitle(s: Session): string {
  const topic = s.topic ? `: ${s.topic}` : '';
  return `Sesi ${s.number}${topic} — ${s.speaker}`;
}

/** `Sesi <n>: <Materi>` (DESIGN §3.3): the number identifies the session. */
export function sessionChoice(s: Session): string {
  return s.topic ? `Sesi ${s.number}: ${s.topic}` : `Sesi ${s.number}`;
}

function nipItem(): ItemSpec {
  return {
    type: 'text',
    title: NIP_TITLE,
    help: NIP_HELP,
    required: true,
    pattern: NIP_PATTERN,
    patternHelp: 'NIP harus 18 digit angka, tanpa spasi atau tanda baca.',
  };
}

/**
 * The check-in's Kode Sesi question (issue 16): 6 digits, required. The rule only checks the shape: a rule
 * "equals the code" would put the code into the form's page, where anyone could read it.
 */
function codeItem(): ItemSpec {
  return {
    type: 'text',
    title: CODE_ITEM.title,
    help: CODE_ITEM.help,
    required: true,
    pattern: `^\\d{${CODE_DIGITS}}$`,
    patternHelp: CODE_ITEM.patternHelp,
  };
}

/** Rows of `Soal` per training that the parser (or the form re-check) found an Error on. */
function soalTroubles(input: SpecInput, out: Problems): Map<string, string[]> {
  const troubles = new Map<string, string[]>();
  if (!input.rawQuestions) return troubles;
  const table = readTable(input.rawQuestions, SHEETS.questions, new Problems());
  const codeOfRow = new Map<number, string>();
  for (const r of table.rows) codeOfRow.set(r.row, asCode(r.cells.trainingCode));
  const add = (code: string, what: string) => {
    if (!code) return;
    const list = troubles.get(code) ?? [];
    list.push(what);
    troubles.set(code, list);
  };
  for (const p of input.problems) {
    if (p.sheet !== SHEETS.questions.name || p.level !== 'Error' || p.row === null) continue;
    add(codeOfRow.get(p.row) ?? '', `baris ${p.row}: ${p.message}`);
  }
  // What a form needs beyond the data check: distinct options (Google refuses a repeated choice). Bobot is not
  // put in the form (scores are computed from Soal), so any number the data check accepts will do.
  for (const r of table.rows) {
    const code = codeOfRow.get(r.row) ?? '';
    const opts = ['a', 'b', 'c', 'd', 'e']
      .map((k) => String(r.cells[k] ?? '').trim())
      .filter((o) => o !== '');
    const seen = new Set<string>();
    for (const o of opts) {
      const k = o.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(k)) {
        const p = problem(
          'question.optionRepeated',
          { sheet: SHEETS.questions.name, row: r.row, column: 'Pilihan A' },
          { option: o },
        );
        out.add(p);
        add(code, `baris ${r.row}: ${p.message}`);
        break;
      }
      seen.add(k);
    }
  }
  return troubles;
}

/** Every form of the given trainings (all when `codes` is null), or why a form is not made. */
export function buildFormSpecs(input: SpecInput, codes: ReadonlySet<string> | null = null): SpecResult {
  const extra = new Problems();
  const troubles = soalTroubles(input, extra);
  const specs: FormSpec[] = [];
  const skipped: SkippedForm[] = [];
  const scale = Math.max(2, Math.min(10, Math.round(input.scale || 4)));
  const narasumber = input.aspects.filter((a) => a.kind === 'Narasumber').map((a) => a.aspect);
  const penyelenggaraan = input.aspects.filter((a) => a.kind === 'Penyelenggaraan').map((a) => a.aspect);
  const pasca = input.aspects.filter((a) => a.kind === 'Pasca Pelatihan').map((a) => a.aspect);

  for (const t of input.trainings) {
    if (codes && !codes.has(t.code)) continue;
    const label = t.theme ? `${t.code}: ${t.theme}` : t.code;
    const sessions = input.sessions
      .filter((s) => s.trainingCode === t.code)
      .sort((a, b) => a.number - b.number);
    const questions = input.questions.filter((q) => q.trainingCode === t.code).sort((a, b) => a.no - b.no);

    // Pre-Test and Post-Test: plain forms (no quiz, no key, no points), scored from Soal at import
    const trouble = troubles.get(t.code);
    if (trouble?.length) {
      const reason = `lembar Soal bermasalah (${trouble.slice(0, 3).join('; ')}${trouble.length > 3 ? '; …' : ''})`;
      skipped.push({ code: t.code, kind: 'Pre-Test', reason }, { code: t.code, kind: 'Post-Test', reason });
    } else if (questions.length === 0) {
      const reason = 'belum ada soal di lembar Soal';
      skipped.push({ code: t.code, kind: 'Pre-Test', reason }, { code: t.code, kind: 'Post-Test', reason });
    } else {
      for (const kind of ['Pre-Test', 'Post-Test'] as const) {
        const items: ItemSpec[] = [
          nipItem(),
          { type: 'text', title: NAME_TITLE, help: '', required: true, pattern: '', patternHelp: '' },
        ];
        for (const q of questions) {
          items.push({
            type: 'choice',
            title: `${q.no}. ${q.text}`,
            help: '',
            required: true,
            choices: q.options.filter((o) => o !== ''),
          });
        }
        specs.push(
          finish({
            code: t.code,
            kind,
            title: `${kind} ${label}`,
            description: `${kind} pelatihan DOU ASN "${t.theme}" (${t.code}). Isi NIP 18 digit dengan benar: nilai dicatat menurut NIP.`,
            shuffle: Boolean(input.shuffle),
            confirmation: `Terima kasih. Jawaban ${kind} Anda sudah tercatat.`,
            items,
          }),
        );
      }
    }

    // Evaluasi: a grid per session's speaker, Penyelenggaraan, suggestions
    const rated = sessions.filter((s) => s.speaker);
    const evalItems: ItemSpec[] = [];
    if (narasumber.length) {
      for (const s of rated) {
        evalItems.push({
          type: 'grid',
          title: sessionGridTitle(s),
          help: `Nilai 1 (sangat kurang) sampai ${scale} (sangat baik).`,
          required: true,
          rows: narasumber,
          columns: columnsOf(scale),
        });
      }
    }
    if (penyelenggaraan.length) {
      evalItems.push({
        type: 'grid',
        title: PENYELENGGARAAN_TITLE,
        help: `Nilai 1 (sangat kurang) sampai ${scale} (sangat baik).`,
        required: true,
        rows: penyelenggaraan,
        columns: columnsOf(scale),
      });
    }
    if (evalItems.length === 0) {
      skipped.push({
        code: t.code,
        kind: 'Evaluasi',
        reason:
          narasumber.length === 0 && penyelenggaraan.length === 0
            ? 'lembar Aspek Evaluasi belum berisi aspek Narasumber atau Penyelenggaraan'
            : 'tidak ada sesi dengan Narasumber untuk dinilai',
      });
    } else {
      evalItems.push({
        type: 'paragraph',
        title: SUGGESTION_TITLE,
        help: 'Saran untuk pelatihan berikutnya.',
        required: false,
      });
      specs.push(
        finish({
          code: t.code,
          kind: 'Evaluasi',
          title: `Evaluasi ${label}`,
          description: `Evaluasi narasumber dan penyelenggaraan pelatihan "${t.theme}" (${t.code}). Jawaban Anda anonim.`,
          shuffle: false,
          confirmation: 'Terima kasih atas penilaian Anda.',
          items: evalItems,
        }),
      );
    }

    // Presensi: NIP + session
    if (sessions.length === 0) {
      skipped.push({ code: t.code, kind: 'Presensi', reason: 'belum ada sesi di lembar Sesi' });
    } else {
      specs.push(
        finish({
          code: t.code,
          kind: 'Presensi',
          title: `Presensi ${label}`,
          description: `Presensi pelatihan "${t.theme}" (${t.code}). Isi sekali untuk setiap sesi yang Anda ikuti.`,
          shuffle: false,
          confirmation: 'Presensi Anda sudah tercatat.',
          items: [
            nipItem(),
            {
              type: 'choice',
              title: SESSION_TITLE,
              help: 'Pilih sesi yang sedang Anda ikuti.',
              required: true,
              choices: sessions.map((s) => sessionChoice(s)),
            },
            ...(input.checkin ? [codeItem()] : []),
          ],
        }),
      );
    }

    // Pasca Pelatihan: NIP + grid of the follow-up aspects + free text
    if (pasca.length === 0) {
      skipped.push({
        code: t.code,
        kind: 'Pasca Pelatihan',
        reason: 'lembar Aspek Evaluasi belum berisi aspek Pasca Pelatihan',
      });
    } else {
      specs.push(
        finish({
          code: t.code,
          kind: 'Pasca Pelatihan',
          title: `Pasca Pelatihan ${label}`,
          description: `Evaluasi pasca pelatihan "${t.theme}" (${t.code}), 6–12 bulan setelah pelatihan.`,
          shuffle: false,
          confirmation: 'Terima kasih atas umpan balik Anda.',
          items: [
            nipItem(),
            {
              type: 'grid',
              title: PASCA_GRID_TITLE,
              help: `Nilai 1 (sangat kurang) sampai ${scale} (sangat baik).`,
              required: true,
              rows: pasca,
              columns: columnsOf(scale),
            },
            {
              type: 'paragraph',
              title: 'Dampak pelatihan pada pekerjaan Anda',
              help: 'Ceritakan singkat perubahan yang Anda rasakan.',
              required: false,
            },
          ],
        }),
      );
    }
  }
  return { specs, skipped, problems: extra.list };
}

// ---------------------------------------------------------------------------------------------------------
// Response sheet names (DESIGN §3.3)

const SHORT_KIND: Record<FormKind, string> = {
  'Pre-Test': 'Pre-Test',
  'Post-Test': 'Post-Test',
  Evaluasi: 'Evaluasi',
  Presensi: 'Presensi',
  'Pasca Pelatihan': 'Pasca',
};

/** Characters a sheet name may not hold in Sheets or xlsx become '-'. */
export function sheetSafe(s: string): string {
  return s
    .replace(/[:\\/?*[\]]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `Respons <Jenis> <Kode>`, sheet-name-safe, at most 31 characters and unique among `taken` (in any case and spacing,
 * src/core/sheetNames.ts).
 * A name too long uses the short Jenis (`Pasca` for Pasca Pelatihan), then a cut code; a taken name gets ` 2`, ` 3`…
 */
export function responseSheetName(kind: FormKind, code: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(sheetNameKey));
  let base = sheetSafe(`Respons ${kind} ${code}`);
  if (base.length > 31) base = sheetSafe(`Respons ${SHORT_KIND[kind]} ${code}`);
  base = base.slice(0, 31).trim();
  if (!used.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const tail = ` ${n}`;
    const name = `${base.slice(0, 31 - tail.length).trim()}${tail}`;
    if (!used.has(sheetNameKey(name))) return name;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Follow-up reminder (DESIGN §5.9)

/**
 * Trainings that ended 6–12 months before `now` (Tanggal Selesai, else Tanggal Mulai) whose Pasca Pelatihan form
 * has no responses yet (`pascaResponses` by code; a training without the form counts as none).
 */
export function followUpsDue(
  trainings: readonly Training[],
  pascaResponses: ReadonlyMap<string, number>,
  now: Date,
): Array<{ code: string; theme: string; end: Date }> {
  const monthsBack = (m: number) => {
    const d = new Date(now.getTime());
    d.setMonth(d.getMonth() - m);
    return d.getTime();
  };
  const latest = monthsBack(6);
  const earliest = monthsBack(12);
  const out: Array<{ code: string; theme: string; end: Date }> = [];
  for (const t of trainings) {
    const end = t.endDate ?? t.startDate;
    if (!end) continue;
    const at = end.getTime();
    if (at > latest || at < earliest) continue;
    if ((pascaResponses.get(t.code) ?? 0) > 0) continue;
    out.push({ code: t.code, theme: t.theme, end });
  }
  return out;
}
