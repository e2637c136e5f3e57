// Shared by the demo and its steps: the run context and a typed google.script.run call.

import type { Environment } from '../emulator/environment';
import type { Addon } from '../emulator/loader';
import type { Rpc } from '../src/shared/rpc';

export interface DemoContext {
  env: Environment;
  addon: Addon;
  /** True for the bundled sample: forms may be created and answered by simulated participants. */
  sample: boolean;
  outDir: string;
  log: (line: string) => void;
  lines: string[];
}

/** Calls a sidebar function through google.script.run semantics and unwraps the Rpc envelope. */
export async function call<T>(ctx: DemoContext, name: string, ...args: unknown[]): Promise<T> {
  const r = (await ctx.addon.rpc(name, ...args)) as Rpc<T> | null;
  if (!r) throw new Error(`${name}: no result`);
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  return r.value;
}
