// Unit tests of the closest-roster-match suggestion (edit distance with transpositions).

import { closestMatch, editDistance } from '../../../src/core/similar';
import { matchSuggestion } from '../../../src/text/id/rules';

test('editDistance counts substitutions, insertions, deletions and adjacent swaps', () => {
  expect(editDistance('198503152010011002', '198503152010011002')).toBe(0);
  expect(editDistance('198503152010011002', '198503152010011003')).toBe(1);
  expect(editDistance('198503152010011002', '198503512010011002')).toBe(1); // swapped 1 and 5
  expect(editDistance('19850315201001100', '198503152010011002')).toBe(1);
  expect(editDistance('abc', '')).toBe(3);
  expect(editDistance('kitten', 'sitting')).toBe(3);
});

test('editDistance stops at the limit', () => {
  expect(editDistance('000000', '111111', 2)).toBe(3);
  expect(editDistance('0', '0000000', 2)).toBe(3);
});

describe('closestMatch', () => {
  const roster = [
    { nip: '198503152010011002', name: 'Budi' },
    { nip: '199001012023212001', name: 'Sari' },
    { nip: '198503152010011003', name: 'Ani' },
  ];
  test('picks the nearest, first in roster order on a tie', () => {
    expect(closestMatch('198503152010011009', roster)).toEqual({
      nip: '198503152010011002',
      name: 'Budi',
      distance: 1,
    });
    expect(closestMatch('199001012023212011', roster)?.name).toBe('Sari');
  });
  test('nothing close, or nothing to compare', () => {
    expect(closestMatch('111111111111111111', roster)).toBeNull();
    expect(closestMatch('', roster)).toBeNull();
    expect(closestMatch('198503152010011002', [])).toBeNull();
  });
  test('suggestion text', () => {
    expect(matchSuggestion(closestMatch('198503152010011012', roster))).toBe(
      'Mungkin maksudnya 198503152010011002 (Budi)',
    );
    expect(matchSuggestion(null)).toBe('');
  });
});
