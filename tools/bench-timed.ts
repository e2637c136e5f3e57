// One sidebar call as one bench execution, measured: the calls it made (in all and per method), the simulated
// seconds of the cost model and the local CPU. Shared by the bench workloads.

import type { Environment } from '../emulator/environment';
import type { Addon } from '../emulator/loader';

/** What one call cost; `value` is the call's result. */
export interface Timed<T = unknown> {
  value: T;
  calls: number;
  simSeconds: number;
  cpuMs: number;
  perMethod: Map<string, number>;
}

/** One sidebar call as one execution, measured (calls, simulated seconds, local CPU). */
export async function timed<T = unknown>(
  env: Environment,
  addon: Addon,
  fn: string,
  args: unknown[],
): Promise<Timed<T>> {
  const before = new Map(env.rt.counts);
  const calls0 = env.rt.totalCalls();
  const sim0 = env.rt.now;
  const cpu = process.cpuUsage();
  const r = (await addon.rpc(fn, ...args)) as { ok: boolean; value?: unknown; error?: string };
  const used = process.cpuUsage(cpu);
  if (!r?.ok) throw new Error(`${fn}: ${r?.error ?? 'failed'}`);
  const perMethod = new Map<string, number>();
  for (const [k, v] of env.rt.counts)
    if (v - (before.get(k) ?? 0) > 0) perMethod.set(k, v - (before.get(k) ?? 0));
  return {
    value: r.value as T,
    calls: env.rt.totalCalls() - calls0,
    simSeconds: (env.rt.now - sim0) / 1000,
    cpuMs: (used.user + used.system) / 1000,
    perMethod,
  };
}
