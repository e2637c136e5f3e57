// Step 4: the response sheets — quizzes of DOU-2026-01 and -02, the evaluation grid, the Presensi of DOU-2026-03.

import { type Cell, FMT_STAMP_ID, type Rng, type SheetSpec } from '../sample-data';
import { MISTYPED_POST, POST_TEST_WHAT, PRESENSI_RESENT, RESEND, TIME_TIE } from './cast';
import { ASPECTS, EVALUATION_01, FORMS, SUGGESTIONS, sessionsOf, T1, T3 } from './content';
import { answerSheet, quizSheet, timeline } from './forms';
import type { Cast } from './participants';
import type { Plan01 } from './plans';
import { QUESTIONS } from './questions';
import type { Attendance03, Plan02 } from './records';
import type { Enrolment, Plant, Resp } from './types';

const respond = (rng: Rng, code: string, e: Enrolment, pts: number, nipCell: Cell = e.nip): Resp => ({
  e,
  nipCell,
  pts,
  answers: answerSheet(rng, QUESTIONS[code], pts),
});

export function preTest01(rng: Rng, cast: Cast, u1: readonly Enrolment[], p01: Plan01): SheetSpec {
  const resps: Resp[] = [];
  for (const e of u1) {
    const pts = p01.plan.get(e)!.prePts;
    if (pts !== null && pts !== undefined) resps.push(respond(rng, T1, e, pts));
  }
  const f = FORMS.pre1;
  const order = rng.shuffle(resps);
  return quizSheet(rng, cast, f, order, timeline(rng, resps.length, f.opens, f.spanSec));
}

/** A NIP with the first two differing neighbouring digits from position 10 swapped. */
function swapDigits(nip: string): string {
  const d = nip.split('');
  let i = 9;
  while (d[i] === d[i + 1]) i++;
  [d[i], d[i + 1]] = [d[i + 1], d[i]];
  return d.join('');
}

/** The post-test of DOU-2026-01: a mistyped NIP, a number-typed NIP, a designed time tie and a later resend. */
export function postTest01(
  rng: Rng,
  cast: Cast,
  u1: readonly Enrolment[],
  p01: Plan01,
  plant: Plant,
): { sheet: SheetSpec; responses: Resp[] } {
  const mistyped = p01.designed.get(MISTYPED_POST)!;
  const resps: Resp[] = [];
  for (const e of u1) {
    const pts = p01.plan.get(e)!.postPts;
    if (pts === null || pts === undefined) continue;
    const nipCell = e === mistyped ? swapDigits(e.nip) : e === p01.roles.numResp ? Number(e.nip) : e.nip;
    resps.push(respond(rng, T1, e, pts, nipCell));
  }
  const f = FORMS.post1;
  const order = rng.shuffle(resps);
  const times = timeline(rng, order.length, f.opens, f.spanSec);
  order.forEach((r, i) => {
    r.time = times[i];
  });
  const [early, late] = TIME_TIE.map((k) => order.find((r) => r.e === p01.designed.get(k))!);
  if (early.time! > late.time!) [early.time, late.time] = [late.time, early.time];
  const resend = { ...respond(rng, T1, p01.roles.dupResp, RESEND.pts), time: RESEND.time };
  order.push(resend);
  const sheet = quizSheet(rng, cast, f, order, []);
  const dupNip = p01.roles.dupResp.nip;
  plant(sheet.name, resend.row!, 'NIP', 'Peringatan', POST_TEST_WHAT.resend(dupNip));
  const typo = order.find((r) => r.e === mistyped)!;
  plant(
    sheet.name,
    typo.row!,
    'NIP',
    'Peringatan',
    POST_TEST_WHAT.mistyped(String(typo.nipCell), mistyped.nip),
  );
  const num = order.find((r) => r.e === p01.roles.numResp)!;
  plant(sheet.name, num.row!, 'NIP', 'Error', POST_TEST_WHAT.number(String(num.nipCell), num.e.nip));
  return { sheet, responses: order };
}

/** DOU-2026-02: a Pre-Test form that is not a quiz (no score column), a Post-Test in the English locale. */
export function tests02(rng: Rng, cast: Cast, u2: readonly Enrolment[], plan02: Plan02): SheetSpec[] {
  const pre: Resp[] = [];
  const post: Resp[] = [];
  for (const e of u2) {
    const pl = plan02.get(e)!;
    if (pl.pre !== null) pre.push(respond(rng, e.code, e, pl.pre));
    if (pl.post !== null) post.push(respond(rng, e.code, e, pl.post));
  }
  const sheet = (f: typeof FORMS.pre2 | typeof FORMS.post2, resps: Resp[]) => {
    const order = rng.shuffle(resps);
    return quizSheet(rng, cast, f, order, timeline(rng, resps.length, f.opens, f.spanSec));
  };
  const pre2 = sheet(FORMS.pre2, pre);
  return [pre2, sheet(FORMS.post2, post)];
}

/** The evaluation of DOU-2026-01: a 1–4 grid per session and for the organisers, one out-of-scale value. */
export function evaluation01(rng: Rng, plant: Plant): SheetSpec {
  const headers = ['Stempel waktu'];
  for (const s of sessionsOf(T1))
    for (const a of ASPECTS.Narasumber) headers.push(`Sesi ${s.no}: ${s.topic} — ${s.speaker} [${a}]`);
  for (const a of ASPECTS.Penyelenggaraan) headers.push(`Penyelenggaraan [${a}]`);
  headers.push('Saran');
  const f = FORMS.eval1;
  const ev = EVALUATION_01;
  const rows: Cell[][] = timeline(rng, ev.responses, f.opens, f.spanSec).map((t) => {
    const mood = 0.35 + rng.float() * 0.5;
    const row: Cell[] = [t];
    for (let c = 1; c < headers.length - 1; c++) {
      const p4 = ev.weak(headers[c]) ? mood * 0.5 : mood;
      const x = rng.float();
      row.push(x < 0.012 ? null : x < p4 ? 4 : x < 0.93 ? 3 : x < 0.985 ? 2 : 1);
    }
    row.push(rng.chance(0.6) ? rng.pick(SUGGESTIONS) : null);
    return row;
  });
  const col = headers.findIndex(ev.outlier.column);
  const outRow = rows[ev.outlier.row];
  outRow[col] = ev.outlier.value;
  plant(f.sheet, outRow, headers[col], 'Peringatan', ev.outlier.what);
  return { name: f.sheet, headers, rows, formats: { 'Stempel waktu': FMT_STAMP_ID } };
}

/** The Presensi of DOU-2026-03: one answer per person and attended session, one sent twice. */
export function presensi03(rng: Rng, u3: readonly Enrolment[], t3: Attendance03): SheetSpec {
  const sessions = sessionsOf(T3);
  const f = FORMS.pres3;
  const [lo, hi] = f.aroundStartSec;
  const pres: Array<{ t: Date; nip: string; s: number }> = [];
  for (const e of u3)
    for (const s of sessions) {
      if (t3.missed.get(e)?.includes(s.no)) continue;
      if (s.no === 1 && t3.forgot.includes(e)) continue;
      const start = s.date.getTime() + (s.start[0] * 60 + s.start[1]) * 60000;
      pres.push({ t: new Date(start + rng.int(lo, hi) * 1000), nip: e.nip, s: s.no });
    }
  const again = pres.find((x) => x.s === PRESENSI_RESENT.session)!;
  pres.push({ t: new Date(again.t.getTime() + PRESENSI_RESENT.afterSec * 1000), nip: again.nip, s: again.s });
  pres.sort((a, b) => a.t.getTime() - b.t.getTime());
  return {
    name: f.sheet,
    headers: ['Stempel waktu', 'NIP', 'Sesi'],
    rows: pres.map((x) => [x.t, x.nip, `Sesi ${x.s}: ${sessions[x.s - 1].topic}`]),
    textColumns: ['NIP'],
    formats: { 'Stempel waktu': FMT_STAMP_ID },
  };
}
