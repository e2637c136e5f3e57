// Emulated HtmlService: HtmlOutput from a string or from `<distDir>/<name>.html`, served as is (no scriptlets).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeBlob, makeEnum } from './base';
import type { Runtime } from './runtime';
import { COST_MODEL } from './runtime';

export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT'] as const);
export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const);

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class FakeHtmlOutput {
  private content: string;
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private xFrame: unknown = XFrameOptionsMode.DEFAULT;
  private sandbox: unknown = SandboxMode.IFRAME;
  private readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(
    private readonly rt: Runtime,
    html: string,
  ) {
    this.content = html;
  }

  private c<T>(method: string, effect: () => T): T {
    return this.rt.call(`HtmlService.HtmlOutput.${method}`, COST_MODEL.trivial, effect);
  }

  getContent(): string {
    return this.c('getContent', () => this.content);
  }
  setContent(html: string): FakeHtmlOutput {
    return this.c('setContent', () => {
      this.content = String(html);
      return this;
    });
  }
  append(html: string): FakeHtmlOutput {
    return this.c('append', () => {
      this.content += String(html);
      return this;
    });
  }
  appendUntrusted(text: string): FakeHtmlOutput {
    return this.c('appendUntrusted', () => {
      this.content += escapeHtml(String(text));
      return this;
    });
  }
  clear(): FakeHtmlOutput {
    return this.c('clear', () => {
      this.content = '';
      return this;
    });
  }
  setTitle(title: string): FakeHtmlOutput {
    return this.c('setTitle', () => {
      this.title = String(title);
      return this;
    });
  }
  getTitle(): string {
    return this.c('getTitle', () => this.title);
  }
  setWidth(width: number): FakeHtmlOutput {
    return this.c('setWidth', () => {
      this.width = Number(width);
      return this;
    });
  }
  getWidth(): number | null {
    return this.c('getWidth', () => this.width);
  }
  setHeight(height: number): FakeHtmlOutput {
    return this.c('setHeight', () => {
      this.height = Number(height);
      return this;
    });
  }
  getHeight(): number | null {
    return this.c('getHeight', () => this.height);
  }
  setXFrameOptionsMode(mode: unknown): FakeHtmlOutput {
    return this.c('setXFrameOptionsMode', () => {
      this.xFrame = mode;
      return this;
    });
  }
  /** Google ignores the mode since 2016 (always IFRAME); the value is only recorded. */
  setSandboxMode(mode: unknown): FakeHtmlOutput {
    return this.c('setSandboxMode', () => {
      this.sandbox = mode;
      return this;
    });
  }
  addMetaTag(name: string, content: string): FakeHtmlOutput {
    return this.c('addMetaTag', () => {
      this.metaTags.push({ name, content });
      return this;
    });
  }
  getBlob(): FakeBlob {
    return this.c(
      'getBlob',
      () => new FakeBlob(this.rt, new Uint8Array(Buffer.from(this.content, 'utf8')), 'text/html', null),
    );
  }

  /** Emulator-only snapshot (uncounted) for the records of sidebars and dialogs. */
  _snapshot(): {
    title: string;
    content: string;
    width: number | null;
    height: number | null;
    xFrameOptionsMode: string;
    sandboxMode: string;
    metaTags: Array<{ name: string; content: string }>;
  } {
    return {
      metaTags: [...this.metaTags],
      title: this.title,
      content: this.content,
      width: this.width,
      height: this.height,
      xFrameOptionsMode: String(this.xFrame),
      sandboxMode: String(this.sandbox),
    };
  }
}

export function isHtmlOutput(v: unknown): v is FakeHtmlOutput {
  return v instanceof FakeHtmlOutput;
}

/** HtmlService reading project HTML files from `distDir` (what clasp pushes). */
export function createHtmlService(rt: Runtime, opts: { distDir: () => string }) {
  const t = COST_MODEL.trivial;
  return {
    XFrameOptionsMode,
    SandboxMode,
    createHtmlOutput: (html?: string): FakeHtmlOutput =>
      rt.call(
        'HtmlService.createHtmlOutput',
        t,
        () => new FakeHtmlOutput(rt, html === undefined ? '' : String(html)),
      ),
    createHtmlOutputFromFile: (filename: string): FakeHtmlOutput =>
      rt.call('HtmlService.createHtmlOutputFromFile', t, () => {
        // Apps Script project files are named without extension; `name` must be the file's name.
        const name = String(filename);
        const path = join(opts.distDir(), `${name}.html`);
        if (name.includes('/') || name.includes('\\') || !existsSync(path)) {
          throw new Error(`No HTML file named ${name} was found.`);
        }
        return new FakeHtmlOutput(rt, readFileSync(path, 'utf8'));
      }),
  };
}
