// core/invitations.ts: the published rule on ties (shortfall, then no training in the last 12 months, then NIP).

import {
  chooseInvitees,
  type InviteCandidate,
  untrainedRecently,
  yearBefore,
} from '../../../src/core/invitations';

const planned = new Date(2026, 11, 10).getTime();
const c = (nip: string, unit: string, shortfall: number, last: Date | null): InviteCandidate => ({
  nip,
  name: `Nama ${nip}`,
  unit,
  shortfall,
  lastTraining: last ? last.getTime() : null,
});

test('12 months back is the same calendar day a year before', () => {
  expect(new Date(yearBefore(planned))).toEqual(new Date(2025, 11, 10));
  expect(untrainedRecently({ lastTraining: new Date(2025, 11, 9).getTime() }, planned)).toBe(true);
  expect(untrainedRecently({ lastTraining: new Date(2025, 11, 10).getTime() }, planned)).toBe(false);
  expect(untrainedRecently({ lastTraining: null }, planned)).toBe(true);
});

test('largest shortfall first; on a tie the one untrained for 12 months; then the NIP', () => {
  const people = [
    c('199001012020011003', 'Dinas A', 20, null),
    c('199001012020011002', 'Dinas A', 20, new Date(2026, 5, 1)), // trained 6 months ago
    c('199001012020011004', 'Dinas A', 20, null),
    c('199001012020011001', 'Dinas A', 12, null),
    c('199001012020011005', 'Dinas A', 20, new Date(2025, 0, 1)), // trained 23 months ago: counts as untrained
  ];
  const [a] = chooseInvitees(people, { plannedStart: planned, perUnit: 4, excluded: new Set() });
  expect(a.chosen.map((x) => x.nip.slice(-1))).toEqual(['3', '4', '5', '2']);
});

test('per unit, units in order; the invited, participants, the reached and a repeated NIP are never chosen', () => {
  const people = [
    c('2', 'Dinas B', 5, null),
    c('1', 'Dinas B', 5, null),
    c('3', 'Dinas A', 0, null),
    c('4', 'Dinas A', 8, null),
    c('4', 'Dinas A', 8, null),
    c('5', 'Dinas A', 9, null),
  ];
  const r = chooseInvitees(people, { plannedStart: planned, perUnit: 1, excluded: new Set(['5']) });
  expect(r.map((u) => [u.unit, u.chosen.map((x) => x.nip)])).toEqual([
    ['Dinas A', ['4']],
    ['Dinas B', ['1']],
  ]);
  // the same input, the same list
  expect(
    chooseInvitees([...people].reverse(), { plannedStart: planned, perUnit: 1, excluded: new Set(['5']) }),
  ).toEqual(r);
});
