// Further bench workloads (forms, certificates), each returning its rows for the table.

import { join, resolve } from 'node:path';
import { createEnvironment } from '../emulator/environment';
import type { FakeFormApp } from '../emulator/forms';
import { loadBundle } from '../emulator/loader';
import { _formById, SimulatedParticipants } from '../emulator/respondent';
import { SHEETS } from '../src/core/schema';
import type { FormInfo, FormsResult } from '../src/shared/rpc';
import type { BenchRow } from './bench';
import { benchCertificates } from './bench-certificates';
import { timed } from './bench-timed';
import { synthWorkbook } from './synth';

const ROOT = resolve(__dirname, '..');

/**
 * Forms for one training of `size` participants (12 sessions, 10 questions): building the forms, the per-participant
 * links, and importing every response after the whole roster answered (linked sheet + exact NIPs from FormApp),
 * with the full FormApp read of the same responses as the baseline.
 */
async function benchFormsFor(size: number): Promise<BenchRow[]> {
  const ss = synthWorkbook({ participants: size, trainings: 1, responses: false });
  const ledger = ss.insertSheet(SHEETS.forms.name);
  ledger
    .getRange(1, 1, 1, SHEETS.forms.columns.length)
    .setValues([SHEETS.forms.columns.map((c) => c.header)]);
  const env = createEnvironment({ spreadsheet: ss, distDir: join(ROOT, 'dist') });
  const addon = loadBundle(env, join(ROOT, 'dist', 'Code.js'));
  const rows: BenchRow[] = [];

  const built = await timed(env, addon, 'createForms', [null]);
  const result = built.value as FormsResult;
  const n = Math.max(1, result.created);
  const formCalls = [...built.perMethod]
    .filter(([k]) => k.startsWith('FormApp'))
    .reduce((a, [, v]) => a + v, 0);
  rows.push({
    feature: `Buat Formulir (${result.created} formulir, ${Math.round(formCalls / n)} panggilan FormApp/formulir)`,
    size,
    calls: built.calls,
    simSeconds: built.simSeconds,
    cpuMs: built.cpuMs,
  });

  const again = await timed(env, addon, 'createForms', [null]);
  rows.push({
    feature: 'Buat Formulir lagi (tidak ada perubahan)',
    size,
    calls: again.calls,
    simSeconds: again.simSeconds,
    cpuMs: again.cpuMs,
  });

  const code = 'SIM-0001';
  const links = await timed(env, addon, 'getParticipantLinks', [code]);
  rows.push({
    feature: `Tautan Peserta (${links.perMethod.get('FormApp.FormResponse.toPrefilledUrl') ?? 0} toPrefilledUrl)`,
    size,
    calls: links.calls,
    simSeconds: links.simSeconds,
    cpuMs: links.cpuMs,
  });

  // every participant answers the tests, the evaluation and one session's attendance (no script calls counted)
  const app = env.globals.FormApp as FakeFormApp;
  const people = ss
    .getSheetByName(SHEETS.participants.name)!
    ._dump()
    .slice(1)
    .map((r) => ({ nip: String(r[1]), name: String(r[2]) }));
  const sim = new SimulatedParticipants(size);
  const start = new Date('2026-01-01T08:00:00+07:00');
  const forms = (await addon.rpc('listForms')) as { ok: boolean; value: FormInfo[] };
  for (const f of forms.value) {
    const form = _formById(app, f.formId);
    const fixed = f.kind === 'Presensi' ? { Sesi: 'Sesi 1: Materi 1' } : undefined;
    sim.answerForm(form, people, { start, spacingMinutes: 0.2, fixed });
  }
  const pulled = await timed(env, addon, 'pullResponses', []);
  const responses = forms.value.length * size;
  // Baseline beside it: the full FormApp read of the same responses (every item of every response), forced by
  // unlinking the response sheets (Google-side work, outside the measured execution).
  for (const f of forms.value) _formById(app, f.formId).removeDestination();
  const full = await timed(env, addon, 'pullResponses', [{ redo: code }]);
  rows.push({
    feature: `Tarik Respons: lembar respons + NIP dari FormApp (${forms.value.length} formulir, ${responses} respons; pembanding: tarik ulang penuh lewat FormApp)`,
    size,
    calls: pulled.calls,
    simSeconds: pulled.simSeconds,
    cpuMs: pulled.cpuMs,
    naiveCalls: full.calls,
    naiveSimSeconds: full.simSeconds,
  });
  return rows;
}

export async function benchForms(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of [10, 100, 1000]) rows.push(...(await benchFormsFor(size)));
  return rows;
}

export const benchExtensions: Array<(sizes: readonly number[]) => Promise<BenchRow[]>> = [
  () => benchForms(),
  () => benchCertificates(),
];
