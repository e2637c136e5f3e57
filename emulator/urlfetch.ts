// Emulated UrlFetchApp, only as far as the add-on uses it: downloading the content of a Drive file it made, through
// the Drive REST API (`GET https://www.googleapis.com/drive/v3/files/<id>?alt=media`) with the script's own OAuth
// token (`ScriptApp.getOAuthToken()`). Under drive.file that token reaches exactly the files the add-on can see
// (emulator/drive.ts visibility); any other URL is refused (not modelled), so a new use enters here first.

import { FakeBlob } from './base';
import type { EmulatedDrive } from './drive';
import { COST_MODEL, type Runtime } from './runtime';

const DRIVE_MEDIA = /^https:\/\/www\.googleapis\.com\/drive\/v3\/files\/([-\w]+)\?alt=media$/;
const FOLDER_MIME = 'application/vnd.google-apps.folder';

/** The token ScriptApp.getOAuthToken() gives the user in a Cloud project (opaque to the script). */
export function emulatedToken(user: string, project: string): string {
  return `ya29.emu.${Buffer.from(`${user} ${project}`).toString('base64url')}`;
}

function tokenOwner(token: string): { user: string; project: string } | null {
  const m = /^ya29\.emu\.([-\w]+)$/.exec(token);
  if (!m) return null;
  const [user, project] = Buffer.from(m[1], 'base64url').toString('utf8').split(' ');
  return user && project ? { user, project } : null;
}

/** The HTTPResponse of a fetch. */
export class FakeHttpResponse {
  constructor(
    private readonly rt: Runtime,
    private readonly code: number,
    private readonly body: Uint8Array,
    private readonly type: string,
    private readonly name: string | null,
  ) {}
  private c<T>(m: string, f: () => T): T {
    return this.rt.call(`UrlFetchApp.HTTPResponse.${m}`, COST_MODEL.trivial, f);
  }
  getResponseCode(): number {
    return this.c('getResponseCode', () => this.code);
  }
  getContentText(): string {
    return this.c('getContentText', () => Buffer.from(this.body).toString('utf8'));
  }
  getHeaders(): Record<string, string> {
    return this.c('getHeaders', () => ({ 'Content-Type': this.type }));
  }
  /** The body as a Blob of the response's content type (named after the file: emulator choice, see row). */
  getBlob(): FakeBlob {
    return this.c('getBlob', () => new FakeBlob(this.rt, this.body, this.type, this.name));
  }
}

const errorBody = (code: number, message: string) =>
  new Uint8Array(Buffer.from(JSON.stringify({ error: { code, message } })));

export function createUrlFetchApp(rt: Runtime, drive: EmulatedDrive) {
  const respond = (url: string, headers: Record<string, unknown>): FakeHttpResponse => {
    const m = DRIVE_MEDIA.exec(url);
    if (!m) throw new Error(`Emulator: UrlFetchApp.fetch of ${url} is not modelled`);
    const auth = String(headers.Authorization ?? headers.authorization ?? '');
    const owner = auth.startsWith('Bearer ') ? tokenOwner(auth.slice(7)) : null;
    if (!owner)
      return new FakeHttpResponse(rt, 401, errorBody(401, 'Login Required.'), 'application/json', null);
    const f = drive._get(m[1]);
    if (!f || !drive.visible(f, owner.user, owner.project))
      return new FakeHttpResponse(
        rt,
        404,
        errorBody(404, `File not found: ${m[1]}.`),
        'application/json',
        null,
      );
    if (f.mimeType.startsWith('application/vnd.google-apps.') || f.mimeType === FOLDER_MIME || !f.content) {
      const msg = 'Only files with binary content can be downloaded. Use Export with Docs Editors files.';
      return new FakeHttpResponse(rt, 403, errorBody(403, msg), 'application/json', null);
    }
    return new FakeHttpResponse(rt, 200, f.content, f.mimeType, f.name);
  };
  return {
    fetch(url: unknown, params?: Record<string, unknown>): FakeHttpResponse {
      return rt.call('UrlFetchApp.fetch', COST_MODEL.urlFetch, () => {
        if (typeof url !== 'string') throw new Error('Invalid argument: url');
        const p = params ?? {};
        const method = String(p.method ?? 'get').toLowerCase();
        if (method !== 'get')
          throw new Error(`Emulator: UrlFetchApp.fetch with method ${method} is not modelled`);
        const res = respond(url, (p.headers as Record<string, unknown>) ?? {});
        const code = res.getResponseCode();
        if (code >= 400 && p.muteHttpExceptions !== true) {
          const text = res.getContentText().slice(0, 200);
          throw new Error(
            `Request failed for https://www.googleapis.com returned code ${code}. Truncated server response: ${text} (use muteHttpExceptions option to examine full response)`,
          );
        }
        return res;
      });
    },
  };
}
