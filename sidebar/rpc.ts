// Typed promise wrapper over google.script.run, keeping at most 10 calls in flight (Apps Script's limit), and how
// a failed call is shown: by its kind.

import { type FailureKind, googleFailureKind, messageOf } from '../src/core/errors';
import type { ServerApi } from '../src/server';
import { GOOGLE_FAILURE } from '../src/text/id/rpc';
import { FAILURE } from '../src/text/id/sidebar';

/** Apps Script runs at most 10 google.script.run calls of one page at a time; the rest wait here. */
export const MAX_IN_FLIGHT = 10;

type Task = () => void;
const waiting: Task[] = [];
let inFlight = 0;

function pump(): void {
  while (inFlight < MAX_IN_FLIGHT && waiting.length > 0) {
    const task = waiting.shift()!;
    inFlight++;
    task();
  }
}

function settle(): void {
  inFlight--;
  pump();
}

/** Calls a server function; resolves with its return value, rejects with an Error from the failure handler. */
export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    waiting.push(() => {
      const run = window.google?.script?.run;
      if (!run) {
        settle();
        reject(new Error(FAILURE.noRunner));
        return;
      }
      try {
        const runner = run
          .withSuccessHandler((value) => {
            settle();
            resolve(value as ReturnType<ServerApi[K]>);
          })
          .withFailureHandler((error) => {
            settle();
            reject(error instanceof Error ? error : new Error(String(error)));
          }) as unknown as Record<string, (...a: unknown[]) => void>;
        runner[name](...args);
      } catch (e) {
        settle();
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
    pump();
  });
}

/** Calls in flight and waiting, for tests and the busy indicator. */
export function pending(): { inFlight: number; waiting: number } {
  return { inFlight, waiting: waiting.length };
}

/** A call that did not give its result, as the panel shows it: its kind when known, and the admin's text. */
export interface Failure {
  kind: FailureKind | null;
  text: string;
  /** The technical words (Google's, or an unexpected error's), folded away under the text. */
  detail?: string;
}

/**
 * What reached the failure handler: what the server could not answer as data (Google's 6-minute limit, a missing
 * authorization) gets its kind from the server's one reading of Google's messages; anything else is a bug.
 */
export function thrownFailure(e: unknown): Failure {
  const message = messageOf(e);
  const kind = googleFailureKind(message);
  return kind
    ? { kind, text: GOOGLE_FAILURE[kind], detail: message }
    : { kind: null, text: FAILURE.unknown, detail: message || FAILURE.noDetail };
}

/** Failures that pass by waiting (another run, a quota, the time limit, the connection): a warning, not an error. */
const WAIT_KINDS: ReadonlySet<FailureKind> = new Set(['busy', 'quota', 'timeout', 'network']);

/** How a failure is shown: by its kind, never by its text; its technical detail folded under it. */
export function failureNote(f: Failure): { kind: 'warn' | 'error'; text: string; detail?: string } {
  return {
    kind: f.kind && WAIT_KINDS.has(f.kind) ? 'warn' : 'error',
    text: f.text,
    ...(f.detail ? { detail: f.detail } : {}),
  };
}
