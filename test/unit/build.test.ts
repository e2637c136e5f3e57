// The build's guard: the bundle must be a classic script using nothing Apps Script's V8 lacks; inlined JS escapes `://`.

import { checkServerBundle, escapeInlineScript } from '../../tools/build';

describe('checkServerBundle', () => {
  test('accepts a classic script of function declarations and an IIFE', () => {
    expect(
      checkServerBundle('function onOpen() { return onOpen.impl_(); }\n(function () { var x = 1; })();'),
    ).toEqual([]);
  });

  test.each([
    ['export function onOpen() {}', /classic script|export/],
    ['import x from "y";', /classic script|import/],
    ['class A { #secret = 1; }', /private/],
    ['setTimeout(function () {}, 10);', /setTimeout/],
    ['var r = fetch("https://example.com");', /fetch/],
    ['var u = new URL("https://example.com");', /URL/],
  ])('refuses %s', (code, why) => {
    const errors = checkServerBundle(code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(why);
  });
});

test('escapeInlineScript escapes :// and </script', () => {
  expect(escapeInlineScript('a="https://x";b="</script>"')).toBe('a="https:\\/\\/x";b="<\\/script>"');
});
