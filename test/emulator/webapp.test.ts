// The emulated web-app parts (emulator/webapp.ts): ContentService, the doGet event object, a doGet without an
// output. Fidelity rows 40a–40d of emulator/README.md.

import { createEnvironment } from '../../emulator/environment';
import { loadBundleSource } from '../../emulator/loader';
import { createContentService, getWebApp } from '../../emulator/webapp';

describe('web app', () => {
  test('40a ContentService: TEXT by default, JSON when set, an unknown MIME type refused', () => {
    const env = createEnvironment({});
    const cs = createContentService(env.rt);
    const out = cs.createTextOutput('{"a":1}');
    expect(out.getMimeType()).toBe('TEXT');
    expect(out.setMimeType(cs.MimeType.JSON).getMimeType()).toBe('JSON');
    expect(() => out.setMimeType('application/json')).toThrow('Invalid argument');
    expect(out.append('x').getContent()).toBe('{"a":1}x');
  });

  test('40b doGet receives parameter (first value), parameters (all), queryString and contentLength -1', () => {
    const env = createEnvironment({});
    env.globals.ContentService = createContentService(env.rt);
    const app = loadBundleSource(
      env,
      'function doGet(e) { return ContentService.createTextOutput(JSON.stringify(e)); }',
    );
    const r = getWebApp(app, '?kode=AB%20CD&x=1&x=2&plus=a+b');
    expect(JSON.parse(r.content)).toEqual({
      parameter: { kode: 'AB CD', x: '1', plus: 'a b' },
      parameters: { kode: ['AB CD'], x: ['1', '2'], plus: ['a b'] },
      queryString: 'kode=AB%20CD&x=1&x=2&plus=a+b',
      contentLength: -1,
      contextPath: '',
    });
  });

  test("40c an HtmlOutput is served with its title and meta tags; nothing returned is Google's error", () => {
    const env = createEnvironment({});
    const app = loadBundleSource(
      env,
      "function doGet(e) { if (e.parameter.none) return null; return HtmlService.createHtmlOutput('<p>x</p>').setTitle('T').addMetaTag('viewport', 'width=device-width'); }",
    );
    const r = getWebApp(app, '');
    expect([r.kind, r.title, r.content]).toEqual(['html', 'T', '<p>x</p>']);
    expect(r.metaTags).toEqual([{ name: 'viewport', content: 'width=device-width' }]);
    expect(() => getWebApp(app, 'none=1')).toThrow('did not return anything');
  });
});
