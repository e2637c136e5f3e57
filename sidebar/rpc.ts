// Typed promise wrapper over google.script.run, keeping at most 10 calls in flight (Apps Script's limit).

import type { ServerApi } from '../src/shared/rpc';

/** Apps Script runs at most 10 google.script.run calls of one page at a time; the rest wait here. */
export const MAX_IN_FLIGHT = 10;

/** Prefix of every failure-handler message shown to the admin. */
export const FAILURE_PREFIX = 'Terjadi kesalahan: ';

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
        reject(new Error('google.script.run tidak tersedia (buka panel dari menu Ekstensi › DOU ASN).'));
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

/** The admin-facing text of a failure: the failure handler's message with a plain Indonesian prefix. */
/** Google's own failures that reach the panel, said in plain Indonesian (the original kept in brackets). */
const KNOWN_FAILURES: ReadonlyArray<[RegExp, string]> = [
  [
    /Exceeded maximum execution time/i,
    'proses dihentikan oleh batas waktu Google (6 menit). Yang sudah tersimpan aman; jalankan lagi untuk melanjutkan.',
  ],
  [
    /too many times for one day/i,
    'kuota harian Google habis; Google memulihkannya 24 jam setelah pemakaian pertamanya. Lanjutkan setelah itu; yang sudah dibuat tidak dibuat ulang.',
  ],
  [
    /Lock timeout|another process was holding the lock/i,
    'proses lain sedang berjalan di spreadsheet ini. Tunggu sebentar lalu coba lagi.',
  ],
  [
    /authorization|permission/i,
    'izin add-on belum diberikan. Buka menu Ekstensi → DOU ASN sekali lagi dan setujui izinnya.',
  ],
];

export function failureText(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const known = KNOWN_FAILURES.find(([re]) => re.test(msg));
  if (known) return `${FAILURE_PREFIX}${known[1]} (${msg})`;
  return FAILURE_PREFIX + (msg || 'tidak diketahui');
}
