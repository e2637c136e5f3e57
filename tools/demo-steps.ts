// The demo's feature steps after setup and check, in workflow order. Each step calls the bundle's sidebar
// functions exactly as the panel would and prints what an admin would want to see.

import type { EvaluationResult, JpResult, ScoresResult } from '../src/shared/rpc';
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

export const demoExtensions: Array<(ctx: DemoContext) => Promise<void>> = [scores, jp, evaluation];
