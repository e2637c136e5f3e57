// The sidebar's typed google.script.run wrapper: at most 10 calls in flight, handlers wired, failures as Errors
// and shown by their kind.

import { GOOGLE_FAILURE } from '../../src/text/id/rpc';
import { FAILURE } from '../../src/text/id/sidebar';

type Handler = (v: unknown) => void;
interface Pending {
  name: string;
  args: unknown[];
  ok: Handler;
  fail: Handler;
}

/** A google.script.run stand-in that records calls and lets the test answer them. */
function fakeRun(pending: Pending[]) {
  const make = (ok: Handler, fail: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_t, name: string) {
          if (name === 'withSuccessHandler') return (f: Handler) => make(f, fail);
          if (name === 'withFailureHandler') return (f: Handler) => make(ok, f);
          return (...args: unknown[]) => pending.push({ name, args, ok, fail });
        },
      },
    );
  return make(
    () => undefined,
    () => undefined,
  );
}

const tick = () => new Promise((r) => setImmediate(r));

describe('sidebar/rpc call()', () => {
  const pending: Pending[] = [];
  // Required after `window` exists; the sidebar module reads window.google at call time.
  (globalThis as Record<string, unknown>).window = { google: { script: { run: fakeRun(pending) } } };
  const rpc = require('../../sidebar/rpc') as {
    call: (name: string, ...args: unknown[]) => Promise<unknown>;
    pending: () => { inFlight: number; waiting: number };
    thrownFailure: (e: unknown) => { kind: string | null; text: string };
    failureNote: (f: { kind: string | null; text: string }) => { kind: string; text: string };
    MAX_IN_FLIGHT: number;
  };

  afterAll(() => {
    delete (globalThis as Record<string, unknown>).window;
  });

  test('keeps at most 10 calls in flight and starts the queued ones as others finish', async () => {
    const results = Array.from({ length: 13 }, (_, i) => rpc.call('setActiveTraining', `K${i}`));
    // Observed early so the rejection planted below is never "unhandled".
    for (const r of results) r.catch(() => undefined);
    await tick();
    expect(rpc.MAX_IN_FLIGHT).toBe(10);
    expect(pending.length).toBe(10);
    expect(rpc.pending()).toEqual({ inFlight: 10, waiting: 3 });
    pending[0].ok({ ok: true, value: 'K0' });
    pending[1].fail(new Error('Script function not found: x'));
    await tick();
    expect(pending.length).toBe(12);
    expect(pending[11]).toMatchObject({ name: 'setActiveTraining', args: ['K11'] });
    for (const p of pending.slice(2)) p.ok({ ok: true, value: p.args[0] });
    await tick();
    pending[pending.length - 1].ok({ ok: true, value: 'K12' });
    await expect(results[0]).resolves.toEqual({ ok: true, value: 'K0' });
    await expect(results[1]).rejects.toThrow('Script function not found: x');
    await expect(results[12]).resolves.toEqual({ ok: true, value: 'K12' });
    expect(rpc.pending()).toEqual({ inFlight: 0, waiting: 0 });
  });

  test("what reaches the failure handler gets its kind from the server's one reading of Google's messages", () => {
    const timeout = rpc.thrownFailure(new Error('Exceeded maximum execution time'));
    expect(timeout).toEqual({
      kind: 'timeout',
      text: GOOGLE_FAILURE.timeout,
      detail: 'Exceeded maximum execution time',
    });
    expect(timeout.text).toMatch(/^Proses dihentikan oleh batas waktu Google \(6 menit\)/);
    expect(rpc.thrownFailure(new Error('Authorization is required to perform that action.')).kind).toBe(
      'permission',
    );
    // the connection lost, and Google's service failure as Apps Script prefixes it: plain sentences, the English apart
    const lost = rpc.thrownFailure(new Error('NetworkError: Connection failure due to HTTP 0'));
    expect(lost).toMatchObject({ kind: 'network', detail: 'NetworkError: Connection failure due to HTTP 0' });
    expect(lost.text).not.toMatch(/NetworkError|HTTP/);
    expect(rpc.thrownFailure(new Error('TypeError: Failed to fetch')).kind).toBe('network');
    const service = rpc.thrownFailure(
      new Error('Exception: Service Spreadsheets failed while accessing document with id 1abc.'),
    );
    expect(service).toMatchObject({ kind: 'google', text: GOOGLE_FAILURE.google });
    // a bug: no kind, a plain Indonesian sentence; its own words only as the folded detail
    expect(rpc.thrownFailure(new Error('Sheet tidak ada'))).toEqual({
      kind: null,
      text: FAILURE.unknown,
      detail: 'Sheet tidak ada',
    });
  });

  test('a failure is shown by its kind: waiting ones as a warning, the rest as an error', () => {
    for (const kind of ['busy', 'quota', 'timeout', 'network'] as const)
      expect(rpc.failureNote({ kind, text: 'x' })).toEqual({ kind: 'warn', text: 'x' });
    for (const kind of ['invalidArgument', 'missingSheet', 'google', 'userError', null] as const)
      expect(rpc.failureNote({ kind, text: 'x' }).kind).toBe('error');
  });
});
