// No. HP, pure: Indonesian mobile numbers as typed, normalised to 628…; anything else refused.

import { normalizePhone, whatsAppLink } from '../../../src/core/phone';

describe('normalizePhone', () => {
  test.each([
    ['0812-3456-7890', '6281234567890'],
    ['0812 3456 789', '62812345678 9'.replace(' ', '')],
    ['+62 812 3456 7890', '6281234567890'],
    ['+62-813-1234-5678', '6281312345678'],
    ['6285712345678', '6285712345678'],
    ['(0821) 1234 5678', '6282112345678'],
    [81234567890, '6281234567890'],
    ['81234567890', '6281234567890'],
  ])('%s → %s', (typed, want) => expect(normalizePhone(typed)).toBe(want));

  test.each([
    ['0341-123456'], // a landline (Malang), not a mobile number
    ['+1 415 555 0100'],
    ['0812'],
    ['08123456789012345'],
    ['0812-abc-7890'],
    ['62+812345678'],
    [''],
    ['=HYPERLINK("x")'],
  ])('%s is refused', (typed) => expect(normalizePhone(typed)).toBeNull());
});

test('whatsAppLink: wa.me with the text encoded', () => {
  expect(whatsAppLink('6281234567890', 'Yth. Bu Siti & rekan: https://x/y?z=1')).toBe(
    'https://wa.me/6281234567890?text=Yth.%20Bu%20Siti%20%26%20rekan%3A%20https%3A%2F%2Fx%2Fy%3Fz%3D1',
  );
});
