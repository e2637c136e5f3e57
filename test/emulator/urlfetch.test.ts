// Tests of the emulated UrlFetchApp (Drive file content with the script's token) and ScriptApp.getOAuthToken.

import { FakeBlob } from '../../emulator/base';
import { DOC_MIME, FOLDER_MIME } from '../../emulator/drive';
import { createEnvironment } from '../../emulator/environment';
import { COST_MODEL } from '../../emulator/runtime';
import type { FakeHttpResponse } from '../../emulator/urlfetch';

type F = { id: string };
interface Fetch {
  fetch(url: string, params?: Record<string, unknown>): FakeHttpResponse;
}
interface Script {
  getOAuthToken(): string;
}

function setup() {
  const env = createEnvironment({});
  const g = env.globals as { UrlFetchApp: Fetch; ScriptApp: Script };
  const Files = env.drive.api.Files;
  const bytes = new Uint8Array([37, 80, 68, 70, 0, 255, 128, 10]);
  const folder = Files.create({ name: 'Sertifikat', mimeType: FOLDER_MIME }) as F;
  const pdf = Files.create(
    { name: 'Budi.pdf', mimeType: 'application/pdf', parents: [folder.id] },
    new FakeBlob(env.rt, bytes, 'application/pdf', 'Budi.pdf'),
  ) as F;
  const url = (id: string) => `https://www.googleapis.com/drive/v3/files/${id}?alt=media`;
  const auth = () => ({ headers: { Authorization: `Bearer ${g.ScriptApp.getOAuthToken()}` } });
  return { env, g, Files, bytes, folder, pdf, url, auth };
}

describe('UrlFetchApp: a Drive file the add-on made, read with its own token', () => {
  test('the stored bytes come back exactly, as a Blob of the file type and name; one call of 400 ms', () => {
    const { env, g, bytes, pdf, url, auth } = setup();
    const before = env.rt.now;
    const res = g.UrlFetchApp.fetch(url(pdf.id), auth());
    expect(env.rt.now - before).toBe(COST_MODEL.urlFetch + 2 * COST_MODEL.trivial);
    expect(res.getResponseCode()).toBe(200);
    const blob = res.getBlob();
    expect(Buffer.from(blob.getBytes().map((b) => b & 255))).toEqual(Buffer.from(bytes));
    expect([blob.getContentType(), blob.getName()]).toEqual(['application/pdf', 'Budi.pdf']);
  });

  test('a file this user and project cannot see under drive.file is 404; without a token 401', () => {
    const { env, g, pdf, url, auth } = setup();
    const ext = env.drive._createExternalFile({ name: 'Lain.pdf', mimeType: 'application/pdf' });
    expect(g.UrlFetchApp.fetch(url(ext.id), { ...auth(), muteHttpExceptions: true }).getResponseCode()).toBe(
      404,
    );
    expect(g.UrlFetchApp.fetch(url(pdf.id), { muteHttpExceptions: true }).getResponseCode()).toBe(401);
    // the token is the user's: another admin's run cannot read this admin's file
    env.setUser('admin.lain@example.go.id');
    expect(g.UrlFetchApp.fetch(url(pdf.id), { ...auth(), muteHttpExceptions: true }).getResponseCode()).toBe(
      404,
    );
  });

  test('a Google Doc has no binary content (403); an error code throws unless muteHttpExceptions', () => {
    const { g, Files, url, auth } = setup();
    const doc = Files.create({ name: 'Templat', mimeType: DOC_MIME }) as F;
    expect(g.UrlFetchApp.fetch(url(doc.id), { ...auth(), muteHttpExceptions: true }).getResponseCode()).toBe(
      403,
    );
    expect(() => g.UrlFetchApp.fetch(url('tidakada'), auth())).toThrow(/returned code 404/);
  });

  test('any other URL or method is not modelled (refused)', () => {
    const { g, pdf, url, auth } = setup();
    expect(() => g.UrlFetchApp.fetch('https://example.com/', auth())).toThrow(/not modelled/);
    expect(() => g.UrlFetchApp.fetch(url(pdf.id), { ...auth(), method: 'post' })).toThrow(/not modelled/);
  });
});

describe('Drive.Permissions.create: sharing by link', () => {
  type P = { create(r: object, id: string, a?: object): Record<string, unknown> };
  test('permissions.create shares a visible file by link; another’s file is 404; only type anyone is modelled', () => {
    const { env, pdf } = setup();
    const Permissions = (env.drive.api as unknown as { Permissions: P }).Permissions;
    const r = Permissions.create({ type: 'anyone', role: 'reader', allowFileDiscovery: false }, pdf.id, {
      fields: 'id',
    });
    expect(r).toEqual({ id: 'anyoneWithLink' });
    expect(env.drive._get(pdf.id)?.anyoneRole).toBe('reader');
    const ext = env.drive._createExternalFile({ name: 'Lain.pdf', mimeType: 'application/pdf' });
    expect(() => Permissions.create({ type: 'anyone', role: 'reader' }, ext.id)).toThrow(/File not found/);
    expect(() => Permissions.create({ type: 'user', role: 'reader' }, pdf.id)).toThrow(/not modelled/);
    expect(() => Permissions.create({ type: 'anyone' }, pdf.id)).toThrow(/role/);
  });
  test('refusal mode (a domain forbids sharing outside it): the call throws, nothing is shared', () => {
    const { env, pdf } = setup();
    const Permissions = (env.drive.api as unknown as { Permissions: P }).Permissions;
    env.drive.refuseAnyoneSharing = true;
    expect(() => Permissions.create({ type: 'anyone', role: 'reader' }, pdf.id)).toThrow(
      /drive\.permissions\.create failed with error: Bad Request/,
    );
    expect(env.drive._get(pdf.id)?.anyoneRole).toBeUndefined();
  });
});
