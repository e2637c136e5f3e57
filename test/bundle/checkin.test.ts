// Check-in through the built bundle (issue 16): forms made with the Kode Sesi question, the projector view's
// pre-filled links and codes, check-ins submitted at chosen times by the emulator's respondent, imported, and the
// attendance % and certificate eligibility compared cell for cell with an independent computation written here
// (node's HMAC for the codes, fixed UTC+7 arithmetic for the windows). The code is in no sheet and not in the form.

import { createHmac } from 'node:crypto';
import type { FakeFormApp } from '../../emulator/forms';
import { _formById, submitResponse } from '../../emulator/respondent';
import { OUTPUTS } from '../../src/core/schema';
import type { CheckinCodeNow, CheckinView, FormsResult, ImportResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness, masalah, rowsByKey, testNip, typeBelowHeader, typeSetting } from './harness';

const K1 = 'DOU-C1';
const K2 = 'DOU-C2';
const d24 = new Date(2026, 10, 24);
const d25 = new Date(2026, 10, 25);
/** Sessions of K1: number, day, start (Jakarta), JP; session 4 has no Jam Mulai. */
const SESSIONS: Array<[number, Date, string, number]> = [
  [1, d24, '08:00', 2],
  [2, d24, '13:00', 2],
  [3, d25, '08:00', 1],
  [4, d25, '', 1],
];
const TOTAL_JP = 6;
const people = [1, 2, 3, 4, 5, 6].map((d) => ({ nip: testNip(d), name: `Peserta ${d}` }));
const k2People = [7, 8].map((d) => ({ nip: testNip(d), name: `Peserta ${d}` }));

async function workbook(zone?: string): Promise<Harness> {
  const h = harness();
  // the spreadsheet's zone (File → Settings); the script's stays Asia/Jakarta (the manifest)
  if (zone) h.ss.setSpreadsheetTimeZone(zone);
  await h.call('runSetup');
  typeBelowHeader(h.ss, 'Kegiatan', [
    [K1, 'Etika Pelayanan', 'Teknis', '', 'Mandiri', d24, d25, 'Aula', '', '', '', ''],
    [K2, 'Arsip Digital', 'Teknis', '', 'Mandiri', d24, d24, 'Aula', '', '', '', ''],
  ]);
  typeBelowHeader(h.ss, 'Sesi', [
    ...SESSIONS.map(([n, day, start, jp]) => [
      K1,
      n,
      day,
      start,
      '',
      `Materi ${n}`,
      'Ceramah',
      'Dr. Sari',
      '',
      'BKPSDM',
      jp,
    ]),
    [K2, 1, d24, '08:00', '', 'Arsip', 'Ceramah', 'Budi', '', 'ANRI', 3],
  ]);
  typeBelowHeader(h.ss, 'Peserta', [
    ...people.map((p) => [K1, p.nip, p.name, 'Analis', 'III/a', 'BKPSDM', '', '']),
    ...k2People.map((p) => [K2, p.nip, p.name, 'Analis', 'III/a', 'BKPSDM', '', '']),
  ]);
  return h;
}

function formOf(h: Harness, code: string, kind: string) {
  const [head, ...rows] = h.values('Formulir');
  const row = rows.find(
    (r) =>
      r[head.indexOf('Kode Kegiatan')] === code &&
      r[head.indexOf('Jenis')] === kind &&
      r[head.indexOf('ID Formulir')],
  );
  if (!row) throw new Error(`no ${kind} ${code}`);
  return _formById(h.env.globals.FormApp as FakeFormApp, String(row[head.indexOf('ID Formulir')]));
}

function secretOf(h: Harness): string {
  const props = (
    h.env.globals.PropertiesService as { getDocumentProperties(): { getProperty(k: string): string | null } }
  ).getDocumentProperties();
  const s = props.getProperty('checkinSecret');
  if (!s) throw new Error('no secret');
  return s;
}

/** The independent code: HMAC-SHA256(secret, "training␁session␁period|tetap"), RFC 4226 truncation to 6 digits. */
function refCode(secret: string, code: string, session: number, period: number | null): string {
  const mac = createHmac('sha256', secret)
    .update(`${code}\u0001${session}\u0001${period === null ? 'tetap' : period}`)
    .digest();
  return String((mac.readUInt32BE(mac[31] & 15) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** dd Nov 2026 hh:mm[:ss] in Jakarta (UTC+7, no summer time). */
const at = (day: number, hh: number, mm: number, ss = 0) => new Date(Date.UTC(2026, 10, day, hh - 7, mm, ss));

interface Sub {
  nip: string;
  session: number;
  at: Date;
  /** 'right', another session's / training's code, a wrong one, or a literal. */
  code: 'right' | 'wrong' | { session: number; training?: string };
}

/** The independent classification: Hadir / Terlambat / Tidak sah with the default windows (−15, +15 late, +30). */
function expected(s: Sub, roster: Set<string>): 'Hadir' | 'Terlambat' | 'Tidak sah' {
  if (!roster.has(s.nip)) return 'Tidak sah';
  if (s.code !== 'right') return 'Tidak sah';
  const def = SESSIONS.find((x) => x[0] === s.session);
  if (!def) return 'Tidak sah';
  const [, day, start] = def;
  if (!start) return 'Hadir';
  const [hh, mm] = start.split(':').map(Number);
  const t0 = at(day.getDate(), hh, mm).getTime();
  const t = s.at.getTime();
  if (t < t0 - 15 * 60_000 || t > t0 + 30 * 60_000) return 'Tidak sah';
  return t > t0 + 15 * 60_000 ? 'Terlambat' : 'Hadir';
}

const choice = (n: number) => `Sesi ${n}: Materi ${n}`;

describe('check-in through the bundle', () => {
  test('projector links and codes; check-ins classified; attendance and eligibility as computed independently', async () => {
    const h = await workbook();
    const made = await h.call<FormsResult>('createForms', null);
    expect(made.created).toBeGreaterThan(0);
    const form = formOf(h, K1, 'Presensi');
    expect(form._state.items.map((i) => i.title)).toEqual(['NIP', 'Sesi', 'Kode Sesi']);

    const view = await h.call<CheckinView>('getCheckinView', K1);
    const secret = secretOf(h);
    expect(view.hasCodeItem).toBe(true);
    expect(view.sessions.map((s) => s.session)).toEqual([1, 2, 3, 4]);
    for (const s of view.sessions) {
      expect(s.code).toBe(refCode(secret, K1, s.session, null));
      expect(s.validForMs).toBeNull();
      // the session pre-filled in the link, the code never
      expect(s.url).toMatch(/usp=pp_url&entry\.\d+=Sesi\+\d/);
      expect(decodeURIComponent(s.url.replace(/\+/g, ' '))).toContain(choice(s.session));
      expect(s.url).not.toContain(s.code);
    }
    expect(view.sessions[0].window).toBe('24 November 2026, 07.45–08.30');
    expect(view.sessions[3].window).toBe('');

    const typed = (s: Sub) =>
      s.code === 'right'
        ? refCode(secret, K1, s.session, null)
        : s.code === 'wrong'
          ? String((Number(refCode(secret, K1, s.session, null)) + 500_001) % 1_000_000).padStart(6, '0')
          : refCode(secret, s.code.training ?? K1, s.code.session, null);
    const [p1, p2, p3, p4, , p6] = people.map((p) => p.nip);
    const subs: Sub[] = [
      { nip: p1, session: 1, at: at(24, 8, 0), code: 'right' },
      { nip: p1, session: 2, at: at(24, 13, 5), code: 'right' },
      { nip: p1, session: 3, at: at(25, 8, 20), code: 'right' },
      { nip: p1, session: 4, at: at(25, 15, 0), code: 'right' },
      { nip: p2, session: 1, at: at(24, 7, 40), code: 'right' },
      { nip: p2, session: 1, at: at(24, 8, 10), code: 'right' },
      { nip: p2, session: 2, at: at(24, 13, 31), code: 'right' },
      { nip: p2, session: 3, at: at(25, 8, 0), code: 'wrong' },
      { nip: p3, session: 1, at: at(24, 8, 0), code: { session: 2 } },
      { nip: p3, session: 1, at: at(24, 8, 2), code: { session: 1, training: K2 } },
      { nip: p3, session: 2, at: at(24, 13, 0), code: 'right' },
      { nip: p3, session: 2, at: at(24, 13, 10), code: 'right' },
      { nip: p3, session: 3, at: at(25, 8, 5), code: 'right' },
      { nip: p3, session: 4, at: at(25, 9, 0), code: 'right' },
      { nip: p4, session: 1, at: at(24, 7, 50), code: 'right' },
      { nip: p4, session: 2, at: at(24, 13, 15), code: 'right' },
      { nip: p4, session: 3, at: at(25, 8, 16), code: 'right' },
      { nip: testNip(9), session: 1, at: at(24, 8, 0), code: 'right' },
      { nip: k2People[0].nip, session: 1, at: at(24, 8, 1), code: 'right' },
      { nip: p6, session: 1, at: at(24, 8, 0), code: 'right' },
      { nip: p6, session: 2, at: at(24, 13, 0), code: 'right' },
    ];
    for (const s of subs) {
      submitResponse(form, { NIP: s.nip, Sesi: choice(s.session), 'Kode Sesi': typed(s) }, { at: s.at });
    }
    // typed Kehadiran wins: p6 not present in session 1 (over a valid check-in), present in session 3 (none)
    typeBelowHeader(h.ss, 'Kehadiran', [
      [K1, 1, p6, false],
      [K1, 3, p6, true],
    ]);
    const pulled = await h.call<ImportResult>('pullResponses');
    expect(pulled.attendance).toBe(subs.length);
    await h.call('computeScores');

    // the independent computation: earliest valid per NIP and session, Terlambat counts, typed rows win
    const roster = new Set(people.map((p) => p.nip));
    const jp = new Map(SESSIONS.map(([n, , , j]) => [n, j]));
    const attended = new Map<string, Set<number>>(people.map((p) => [p.nip, new Set<number>()]));
    const seen = new Set<string>();
    const statuses = subs.map((s) => expected(s, roster));
    [...subs.keys()]
      .filter((i) => statuses[i] !== 'Tidak sah')
      .sort((a, b) => subs[a].at.getTime() - subs[b].at.getTime())
      .forEach((i) => {
        const k = `${subs[i].nip}|${subs[i].session}`;
        if (seen.has(k)) return;
        seen.add(k);
        attended.get(subs[i].nip)?.add(subs[i].session);
      });
    attended.get(p6)?.delete(1);
    attended.get(p6)?.add(3);
    const round2 = (x: number) => Math.round(x * 100) / 100;
    const percent = new Map(
      [...attended].map(([nip, set]) => [
        nip,
        round2(([...set].reduce((a, n) => a + (jp.get(n) ?? 0), 0) / TOTAL_JP) * 100),
      ]),
    );

    const rekap = rowsByKey(h, OUTPUTS.results).filter((r) => r.trainingCode === K1);
    expect(rekap).toHaveLength(people.length);
    for (const r of rekap) {
      const want = percent.get(String(r.nip)) as number;
      expect([r.nip, r.attendance]).toEqual([r.nip, want]);
      expect([r.nip, r.certificate]).toEqual([r.nip, want >= 80 ? 'Ya' : 'Tidak']);
    }
    expect(percent.get(p1)).toBe(100);
    expect(percent.get(p4)).toBe(83.33);

    // Rekap Kehadiran: one row per check-in, status as computed, the reason named
    // (by session, then time)
    const rows = rowsByKey(h, OUTPUTS.checkins).filter((r) => r.trainingCode === K1);
    const wanted = [...subs.keys()].sort(
      (a, b) => subs[a].session - subs[b].session || subs[a].at.getTime() - subs[b].at.getTime(),
    );
    expect(rows.map((r) => [r.session, r.nip, r.status])).toEqual(
      wanted.map((i) => [subs[i].session, subs[i].nip, statuses[i]]),
    );
    const noteOf = (i: number) => String(rows[wanted.indexOf(i)].note);
    expect(noteOf(11)).toMatch(/ganda/);
    expect(noteOf(8)).toMatch(/sesi lain/);
    expect(noteOf(9)).toMatch(/kegiatan lain/);
    expect(noteOf(19)).toMatch(/lembar Kehadiran/);
    expect(noteOf(3)).toMatch(/tanpa Tanggal\/Jam Mulai/);
    expect(noteOf(4)).toMatch(/sebelum presensi dibuka/);
    expect(noteOf(6)).toMatch(/setelah presensi ditutup/);
    expect(noteOf(7)).toMatch(/Kode Sesi salah/);
    expect(noteOf(17)).toMatch(/NIP tidak terdaftar/);

    // Masalah names the form, the time and the NIP
    const m = masalah(h);
    const early = m.find((x) => x.message.includes(p2) && /sebelum waktu presensi/.test(x.message));
    expect(early?.message).toContain('24/11/2026 07.40.00');
    expect(early?.message).toContain('Presensi');
    expect(m.some((x) => /kode Sesi 1 kegiatan DOU-C2/.test(x.message))).toBe(true);
    expect(m.some((x) => /Sesi 4 kegiatan DOU-C1 belum punya Tanggal atau Jam Mulai/.test(x.message))).toBe(
      true,
    );

    // the codes are in no sheet the add-on writes and not in the form (only the participants' own answers, in
    // Google's response sheet and the add-on's hidden store, hold what they typed)
    const codes = [1, 2, 3, 4].map((n) => refCode(secret, K1, n, null));
    const answerSheets = new Set([
      String(rowsByKey(h, OUTPUTS.checkins)[0].source).replace(/ baris \d+$/, ''),
    ]);
    for (const sheet of h.ss.getSheets()) {
      const name = sheet.getName();
      const values = sheet._dump() as unknown[][];
      const head = (values[0] ?? []).map(String);
      for (const [r, row] of values.entries()) {
        for (const [c, cell] of row.entries()) {
          if (answerSheets.has(name) && head[c] === 'Kode Sesi') continue;
          if (name.startsWith('_') && r > 0) continue; // the hidden store of the participants' answers
          for (const code of codes) {
            if (String(cell).includes(code)) throw new Error(`code ${code} in ${name}!${r + 1}:${c + 1}`);
          }
        }
      }
    }
    const f = form._state;
    // everything the form's page is built from: title, description, confirmation, items (help, choices, rules)
    const formText = JSON.stringify([f.title, f.description, f.confirmationMessage, f.fileName, f.items]);
    for (const code of codes) expect(formText).not.toContain(code);
    const codeItem = form._state.items.find((i) => i.title === 'Kode Sesi');
    expect(JSON.stringify(codeItem)).toContain('^\\\\d{6}$');
  });

  test('rotating codes: the projector’s code, the last 2 periods accepted, an older one expired', async () => {
    const h = await workbook();
    typeSetting(h, 'Kode Sesi Berganti (detik)', 60);
    await h.call<FormsResult>('createForms', K1);
    const form = formOf(h, K1, 'Presensi');
    const view = await h.call<CheckinView>('getCheckinView', K1);
    const secret = secretOf(h);
    expect(view.rotateSeconds).toBe(60);
    const now = await h.call<CheckinCodeNow>('getCheckinCode', K1, 1);
    expect(now.validForMs).toBeGreaterThan(0);
    expect(now.validForMs).toBeLessThanOrEqual(60_000);
    // the code for the period that ends validForMs from the call
    const endsAt = Math.round((h.env.rt.now + (now.validForMs as number)) / 60_000);
    expect(now.code).toBe(refCode(secret, K1, 1, endsAt - 1));

    const t = at(24, 8, 5, 30);
    const p = Math.floor(t.getTime() / 60_000);
    const sub = (nip: string, k: number) =>
      submitResponse(
        form,
        { NIP: nip, Sesi: choice(1), 'Kode Sesi': refCode(secret, K1, 1, p - k) },
        { at: t },
      );
    sub(people[0].nip, 0);
    sub(people[1].nip, 2);
    sub(people[2].nip, 3);
    submitResponse(
      form,
      { NIP: people[3].nip, Sesi: choice(1), 'Kode Sesi': refCode(secret, K1, 1, null) },
      { at: t },
    );
    await h.call('pullResponses');
    await h.call('computeScores');
    const rows = rowsByKey(h, OUTPUTS.checkins).filter((r) => r.trainingCode === K1);
    expect(rows.map((r) => [r.nip, r.status])).toEqual([
      [people[0].nip, 'Hadir'],
      [people[1].nip, 'Hadir'],
      [people[2].nip, 'Tidak sah'],
      [people[3].nip, 'Tidak sah'],
    ]);
    expect(rows[2].note).toMatch(/kedaluwarsa/);
  });

  test('the spreadsheet’s zone decides the window, not the script’s: Asia/Makassar', async () => {
    const h = await workbook('Asia/Makassar');
    await h.call<FormsResult>('createForms', K1);
    const form = formOf(h, K1, 'Presensi');
    const view = await h.call<CheckinView>('getCheckinView', K1);
    // 08:00 typed in a Makassar spreadsheet is 08:00 Makassar (UTC+8): the window reads as typed
    expect(view.sessions[0].window).toBe('24 November 2026, 07.45–08.30');
    const code = view.sessions[0].code;
    // 07:00 Jakarta = 08:00 Makassar: on time; 08:00 Jakarta = 09:00 Makassar: after the window
    submitResponse(form, { NIP: people[0].nip, Sesi: choice(1), 'Kode Sesi': code }, { at: at(24, 7, 0) });
    submitResponse(form, { NIP: people[1].nip, Sesi: choice(1), 'Kode Sesi': code }, { at: at(24, 8, 0) });
    await h.call('pullResponses');
    await h.call('computeScores');
    const rows = rowsByKey(h, OUTPUTS.checkins).filter((r) => r.trainingCode === K1);
    expect(rows.map((r) => [r.nip, r.status, r.time])).toEqual([
      [people[0].nip, 'Hadir', '24/11/2026 08.00.00'],
      [people[1].nip, 'Tidak sah', '24/11/2026 09.00.00'],
    ]);
  });

  test('a hand-made Presensi form: the projector says why it has no codes, Buat Versi Baru makes one, old responses still count', async () => {
    const h = await workbook();
    const sheet = h.ss.insertSheet(`Respons Presensi ${K1}`);
    sheet.getRange(1, 1, 2, 3).setValues([
      ['Timestamp', 'NIP', 'Sesi'],
      [at(24, 8, 0), people[0].nip, choice(1)],
    ]);
    sheet.getRange(2, 2).setNumberFormat('@');
    sheet.getRange(2, 2).setValue(people[0].nip);
    typeBelowHeader(h.ss, 'Formulir', [
      [K1, 'Presensi', 'Presensi buatan panitia', '', '', '', sheet.getName(), ''],
    ]);

    const first = await h.call<FormsResult>('createForms', K1);
    expect(first.versionable).toBe(1);
    expect(first.notes.join('\n')).toMatch(/Presensi DOU-C1: formulir buatan sendiri .*klik Buat Versi Baru/);
    const before = await h.call<CheckinView>('getCheckinView', K1);
    expect(before.sessions).toEqual([]);
    expect(before.message).toMatch(/dibuat sendiri \(Formulir baris 2\).*Buat Versi Baru/);

    const second = await h.call<FormsResult>('createForms', K1, { newVersion: true });
    expect(second.created).toBe(1);
    expect(second.versionable).toBe(0);
    const rows = h.values('Formulir').filter((r) => r[0] === K1 && r[1] === 'Presensi');
    expect(rows).toHaveLength(2);
    expect(String(rows[1][2])).toMatch(/versi 2/);
    expect(formOf(h, K1, 'Presensi')._state.items.map((i) => i.title)).toEqual(['NIP', 'Sesi', 'Kode Sesi']);
    const after = await h.call<CheckinView>('getCheckinView', K1);
    expect(after.hasCodeItem).toBe(true);
    expect(after.sessions.map((x) => x.session)).toEqual([1, 2, 3, 4]);
    // a third press makes nothing more
    expect((await h.call<FormsResult>('createForms', K1, { newVersion: true })).created).toBe(0);

    // the hand-made form's response still counts (unchecked), the new one's is checked
    submitResponse(
      formOf(h, K1, 'Presensi'),
      { NIP: people[1].nip, Sesi: choice(1), 'Kode Sesi': after.sessions[0].code },
      { at: at(24, 8, 5) },
    );
    await h.call('pullResponses');
    await h.call('computeScores');
    const rk = rowsByKey(h, OUTPUTS.checkins).filter((r) => r.trainingCode === K1);
    expect(rk.map((r) => [r.nip, r.status])).toEqual([
      [people[0].nip, 'Hadir'],
      [people[1].nip, 'Hadir'],
    ]);
    expect(String(rk[0].note)).toMatch(/tanpa Kode Sesi/);
  });
});

describe('the projector’s calls stay flat as participants grow', () => {
  async function calls(participants: number): Promise<{ view: number; code: number; codeReads: number }> {
    const h = harness({ spreadsheet: synthWorkbook({ participants, trainings: 4 }) });
    await h.call('runSetup');
    const code = String(h.values('Kegiatan')[1][0]);
    await h.call('createForms', code, { newVersion: true });
    h.env.rt.resetCounters();
    const view = await h.call<CheckinView>('getCheckinView', code);
    expect(view.sessions.length).toBeGreaterThan(0);
    const viewCalls = h.env.rt.totalCalls();
    h.env.rt.resetCounters();
    await h.call<CheckinCodeNow>('getCheckinCode', code, view.sessions[0].session);
    const reads = h.env.rt.snapshot()['SpreadsheetApp.Range.getValues'];
    return { view: viewCalls, code: h.env.rt.totalCalls(), codeReads: reads };
  }

  test('getCheckinView and getCheckinCode: the same calls for 100 and 2,000 participants; the code reads 3 sheets', async () => {
    const [small, large] = [await calls(100), await calls(2000)];
    expect(large).toEqual(small);
    // the code needs Pengaturan, Kegiatan and Sesi only: no roster, scores or responses are read
    expect(small.codeReads).toBe(3);
    expect(small.code).toBeLessThan(small.view);
  });
});
