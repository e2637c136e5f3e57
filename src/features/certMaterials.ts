// The Daftar Materi lists of a run, frozen when it starts (src/core/certificateMaterials.ts says why here): one
// document property per training the run works, written once at the start, read once per training by a batch.

import type { MaterialList } from '../core/certificateMaterials';
import type { Port } from './port';

const key = (code: string) => `douasn.materials|${code}`;

/** At the start of a run with Daftar Materi: each training's list (one property write per training). */
export function freezeMaterials(port: Port, lists: ReadonlyMap<string, MaterialList>): void {
  for (const [code, list] of lists) port.store.setDocJson(key(code), list);
}

/** A batch's reader: each training's frozen list, read once (null when none was frozen). */
export function materialsReader(port: Port): (code: string) => MaterialList | null {
  const cache = new Map<string, MaterialList | null>();
  return (code) => {
    if (!cache.has(code)) cache.set(code, port.store.getDocJson<MaterialList>(key(code)));
    return cache.get(code) ?? null;
  };
}
