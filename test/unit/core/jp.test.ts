// Unit tests of session and training JP (from the JP cell or from clock times) and a training's year.

import { buildSessionJpMap, sessionJp, trainingJp, trainingYear } from '../../../src/core/jp';
import { Problems } from '../../../src/core/problems';
import { defaultSettings } from '../../../src/core/settings';
import { session, training } from './_fixtures';

const settings = defaultSettings();

describe('sessionJp', () => {
  test('the JP cell wins over times', () => {
    const p = new Problems();
    expect(sessionJp(session('K1', 1, { jp: 3, startMinutes: 480, endMinutes: 510 }), settings, p)).toBe(3);
    expect(p.list).toEqual([]);
  });
  test('from times: a whole number of JP, no warning', () => {
    const p = new Problems();
    expect(
      sessionJp(session('K1', 1, { jp: null, startMinutes: 8 * 60, endMinutes: 9 * 60 + 30 }), settings, p),
    ).toBe(2);
    expect(p.list).toEqual([]);
  });
  test('from times: not whole → floor with a warning at the session row', () => {
    const p = new Problems();
    const s = session('K1', 3, { jp: null, startMinutes: 8 * 60, endMinutes: 9 * 60 + 40 });
    expect(sessionJp(s, settings, p)).toBe(2);
    expect(p.codes()).toEqual(['session.durationNotWholeJp']);
    expect(p.list[0]).toMatchObject({ level: 'Peringatan', sheet: 'Sesi', row: 4, column: 'JP' });
    expect(p.list[0].message).toContain('100 menit bukan kelipatan JP (45 menit)');
  });
  test('Menit per JP from settings', () => {
    const p = new Problems();
    const s = session('K1', 1, { jp: null, startMinutes: 480, endMinutes: 600 });
    expect(sessionJp(s, { ...settings, minutesPerJp: 60 }, p)).toBe(2);
    expect(p.list).toEqual([]);
  });
  test('end not after start → Error, 0 JP', () => {
    const p = new Problems();
    expect(sessionJp(session('K1', 1, { jp: null, startMinutes: 600, endMinutes: 600 }), settings, p)).toBe(
      0,
    );
    expect(p.list[0]).toMatchObject({
      code: 'session.endNotAfterStart',
      level: 'Error',
      column: 'Jam Selesai',
    });
  });
  test('times missing and no JP → Error, 0 JP', () => {
    const p = new Problems();
    expect(sessionJp(session('K1', 1, { jp: null, startMinutes: 480 }), settings, p)).toBe(0);
    expect(p.list[0]).toMatchObject({ code: 'session.jpUncomputable', level: 'Error', column: 'JP', row: 2 });
  });
});

describe('trainingJp', () => {
  const sessions = [
    session('K1', 1, { jp: 2 }),
    session('K1', 2, { jp: null, startMinutes: 600, endMinutes: 735 }), // 135 min = 3 JP
    session('K2', 1, { jp: 5 }),
  ];
  test('Kegiatan.JP when filled', () => {
    const p = new Problems();
    expect(trainingJp(training('K1', { jp: 12 }), sessions, settings, p)).toBe(12);
  });
  test('else the sum of its sessions', () => {
    const p = new Problems();
    expect(trainingJp(training('K1'), sessions, settings, p)).toBe(5);
    expect(trainingJp(training('K2'), sessions, settings, p)).toBe(5);
    expect(p.list).toEqual([]);
  });
  test('no JP and no sessions → Error', () => {
    const p = new Problems();
    expect(trainingJp(training('K9'), sessions, settings, p)).toBe(0);
    expect(p.list[0]).toMatchObject({
      code: 'training.jpUncomputable',
      level: 'Error',
      sheet: 'Kegiatan',
      column: 'JP',
    });
  });
});

test('buildSessionJpMap: JP per training and session number', () => {
  const p = new Problems();
  const m = buildSessionJpMap(
    [session('K1', 1, { jp: 2 }), session('K1', 2, { jp: 4 }), session('K2', 1, { jp: 1 })],
    settings,
    p,
  );
  expect([...(m.get('K1') ?? [])]).toEqual([
    [1, 2],
    [2, 4],
  ]);
  expect(m.get('K2')?.get(1)).toBe(1);
  expect(p.list).toEqual([]);
});

test('trainingYear: end date, else start date', () => {
  expect(
    trainingYear(training('K1', { startDate: new Date(2025, 11, 30), endDate: new Date(2026, 0, 2) })),
  ).toBe(2026);
  expect(trainingYear(training('K1', { startDate: new Date(2025, 11, 30), endDate: null }))).toBe(2025);
  expect(trainingYear(training('K1', { startDate: null, endDate: null }))).toBeNull();
});
