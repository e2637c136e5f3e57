// The demo's feature steps after setup and check, in workflow order. Each step calls the bundle's sidebar
// functions exactly as the panel would and prints what an admin would want to see.

import type { FakeFormApp } from '../emulator/forms';
import { _formById, SimulatedParticipants, type SimulateOptions } from '../emulator/respondent';
import type {
  EvaluationResult,
  FormInfo,
  FormsResult,
  ImportResult,
  JpResult,
  ScoresResult,
} from '../src/shared/rpc';
import { answerKeyFromSoal } from './answer-key';
import { certificates } from './demo-certificates';
import { call, type DemoContext } from './demo-lib';

const fmt = (n: number | null | undefined) =>
  n === null || n === undefined ? '–' : n.toFixed(2).replace('.', ',');

async function scores(ctx: DemoContext): Promise<void> {
  const r = await call<ScoresResult>(ctx, 'computeScores');
  ctx.log('');
  ctx.log(r.message);
  for (const t of r.trainings) {
    ctx.log(
      `  ${t.code} ${t.theme}: ${t.participants} peserta, ${t.certified} bersertifikat, ${t.ranked} diperingkat; ` +
        `rata-rata pre ${fmt(t.meanPre)} → post ${fmt(t.meanPost)}, N-Gain rata-rata ${fmt(t.meanGain)}, N-Gain kelas ${fmt(t.gainOfMeans)}`,
    );
    for (const e of t.top) {
      ctx.log(
        `    ${String(e.rank).padStart(2)}. ${e.name} (${e.unit || '-'}) ${fmt(e.finalScore)}${e.award ? '  [Piagam]' : ''}`,
      );
    }
  }
}

async function jp(ctx: DemoContext): Promise<void> {
  const r = await call<JpResult>(ctx, 'computeJp');
  ctx.log('');
  ctx.log(r.message);
  for (const u of r.units) {
    ctx.log(
      `  ${u.year} ${u.unit}: ${u.reached}/${u.asn} ASN mencapai target (${fmt(u.percent)}%), rata-rata ${fmt(u.meanJp)} JP`,
    );
  }
}

async function evaluation(ctx: DemoContext): Promise<void> {
  const r = await call<EvaluationResult>(ctx, 'computeEvaluation');
  ctx.log('');
  ctx.log(r.message);
  for (const s of r.subjects) {
    const who = s.kind === 'Narasumber' ? `Sesi ${s.session} ${s.speaker}` : s.kind;
    ctx.log(`  ${s.code} ${who}: indeks ${fmt(s.index)} (${s.category}), ${s.respondents} responden`);
  }
}

/**
 * Forms (sample only): creates every form the sample lacks, has simulated participants answer the new tests and
 * evaluations (deterministic, with a NIP typo, a duplicate, a late submission and absentees), pulls the
 * responses, and lists every form with its URL and response count. With --input nothing is created or answered.
 */
async function forms(ctx: DemoContext): Promise<void> {
  ctx.log('');
  if (!ctx.sample) {
    const list = await call<FormInfo[]>(ctx, 'listForms');
    ctx.log(
      `Formulir: buku kerja diambil apa adanya; tidak ada formulir dibuat. ${list.length} formulir terdaftar.`,
    );
    return;
  }
  const made = await call<FormsResult>(ctx, 'createForms', null);
  ctx.log(`Buat Formulir: ${made.message}`);
  for (const n of made.notes) ctx.log(`  - ${n}`);

  // Who answers: the participants of each training, typing their NIP as 18 digits (the sheet's odd spellings
  // normalised; a NIP that is not 18 digits cannot pass the form's rule, so that person does not answer).
  const peserta = ctx.env.ss.getSheetByName('Peserta')?._dump() ?? [];
  const [head, ...rows] = peserta;
  const col = (h: string) => head.findIndex((x) => String(x).trim().toLowerCase() === h.toLowerCase());
  const [cCode, cNip, cName] = [col('Kode Kegiatan'), col('NIP'), col('Nama')];
  const roster = (code: string) => {
    const seen = new Set<string>();
    return rows
      .filter((r) => String(r[cCode]) === code && typeof r[cNip] === 'string')
      .map((r) => ({ nip: String(r[cNip]).replace(/[\s.'-]/g, ''), name: String(r[cName]) }))
      .filter((p) => /^\d{18}$/.test(p.nip) && !seen.has(p.nip) && seen.add(p.nip));
  };
  // The tests are plain forms without the key (it stays in Soal); the participants answer knowing it.
  const soal = ctx.env.ss.getSheetByName('Soal')?._dump() ?? [];
  const app = ctx.env.globals.FormApp as FakeFormApp;
  const sim = new SimulatedParticipants(2026);
  const mistakes: Record<string, Partial<SimulateOptions>> = {
    'Pre-Test': { absent: 2, nipTypos: 1, accuracy: 0.55 },
    'Post-Test': { absent: 1, duplicates: 1, late: 1, accuracy: 0.8 },
    Evaluasi: { absent: 3 },
  };
  const startOf: Record<string, string> = {
    'DOU-2026-02': '2026-12-02T13:00:00+07:00',
    'DOU-2026-03': '2026-12-10T08:00:00+07:00',
  };
  for (const f of made.forms) {
    if (!f.formId || f.responses > 0) continue;
    const opts = mistakes[f.kind];
    const start = startOf[f.code];
    if (!opts || !start) {
      const why =
        f.kind === 'Pasca Pelatihan'
          ? 'diisi 6–12 bulan setelah pelatihan'
          : f.kind === 'Presensi' && f.code === 'DOU-2026-02'
            ? 'kehadiran kegiatan ini sengaja tidak dicatat di contoh'
            : f.kind === 'Presensi'
              ? 'kehadiran kegiatan ini diketik di lembar Kehadiran'
              : 'respons contoh sudah ada di lembar respons buatan tangan';
      ctx.log(`  ${f.kind} ${f.code}: tidak disimulasikan (${why}).`);
      continue;
    }
    const at = new Date(start);
    if (f.kind === 'Post-Test') at.setHours(at.getHours() + 7);
    if (f.kind === 'Evaluasi') at.setHours(at.getHours() + 8);
    const answerKey =
      f.kind === 'Pre-Test' || f.kind === 'Post-Test' ? answerKeyFromSoal(soal, f.code) : undefined;
    const report = sim.answerForm(_formById(app, f.formId), roster(f.code), {
      start: at,
      ...opts,
      answerKey,
    });
    const kinds = report.submitted.reduce<Record<string, number>>((a, s) => {
      a[s.kind] = (a[s.kind] ?? 0) + 1;
      return a;
    }, {});
    ctx.log(
      `  ${f.kind} ${f.code}: ${report.submitted.length} respons disimulasikan (salah ketik NIP ${kinds.typo ?? 0}, ` +
        `ganda ${kinds.duplicate ?? 0}, terlambat ${kinds.late ?? 0}), ${report.absent.length} tidak mengisi.`,
    );
  }
  const pulled = await call<ImportResult>(ctx, 'pullResponses');
  ctx.log(`Tarik Respons: ${pulled.message}`);
  const list = await call<FormInfo[]>(ctx, 'listForms');
  ctx.log(`Formulir terdaftar (${list.length}):`);
  for (const f of list) {
    const where = f.fillUrl || `lembar ${f.responseSheet}`;
    ctx.log(`  ${f.code} ${f.kind.padEnd(15)} ${String(f.responses).padStart(3)} respons  ${where}`);
  }
}

export const demoExtensions: Array<(ctx: DemoContext) => Promise<void>> = [
  forms,
  scores,
  jp,
  evaluation,
  certificates,
];
