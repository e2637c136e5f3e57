// Emulated CacheService: document/user/script caches with Google's size limits and expiry on the simulated clock.

import { isPlainObject } from './base';
import type { Runtime } from './runtime';
import { COST_MODEL } from './runtime';

export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_KEY_LIMIT = 250;
export const CACHE_MAX_TTL_SECONDS = 21_600;
export const CACHE_DEFAULT_TTL_SECONDS = 600;

export const CACHE_MESSAGES = {
  valueTooLarge: 'Argument too large: value',
  keyTooLarge: 'Argument too large: key',
  ttlOutOfRange: 'Argument out of range: expirationInSeconds',
};

/** The entries of one cache (emulator side). */
export class CacheStore {
  readonly entries = new Map<string, { value: string; expires: number }>();
  /** Emulator-only: Google may evict any entry early; tests call this to model it. */
  evictAll(): void {
    this.entries.clear();
  }
}

function checkKey(key: unknown): string {
  const k = String(key);
  if (key === null || key === undefined || k === '') throw new Error('Invalid argument: key');
  if (k.length > CACHE_KEY_LIMIT) throw new Error(CACHE_MESSAGES.keyTooLarge);
  return k;
}

function checkValue(value: unknown): string {
  const v = String(value);
  if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT) throw new Error(CACHE_MESSAGES.valueTooLarge);
  return v;
}

function checkTtl(ttl: unknown): number {
  if (ttl === undefined || ttl === null) return CACHE_DEFAULT_TTL_SECONDS;
  const n = Number(ttl);
  // Google documents 1..21600 s; out of range is rejected here (stricter than a silent clamp).
  if (!Number.isFinite(n) || n < 1 || n > CACHE_MAX_TTL_SECONDS)
    throw new Error(CACHE_MESSAGES.ttlOutOfRange);
  return n;
}

export class FakeCache {
  constructor(
    private readonly rt: Runtime,
    private readonly store: CacheStore,
  ) {}

  private c<T>(method: string, effect: () => T): T {
    return this.rt.call(`CacheService.Cache.${method}`, COST_MODEL.trivial, effect);
  }
  private live(key: string): string | null {
    const e = this.store.entries.get(key);
    if (!e) return null;
    if (e.expires <= this.rt.now) {
      this.store.entries.delete(key);
      return null;
    }
    return e.value;
  }

  get(key: string): string | null {
    return this.c('get', () => this.live(checkKey(key)));
  }
  getAll(keys: string[]): Record<string, string> {
    return this.c('getAll', () => {
      const out: Record<string, string> = {};
      for (const k of keys) {
        const v = this.live(checkKey(k));
        if (v !== null) out[k] = v;
      }
      return out;
    });
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.c('put', () => {
      const k = checkKey(key);
      const v = checkValue(value);
      const ttl = checkTtl(expirationInSeconds);
      this.store.entries.set(k, { value: v, expires: this.rt.now + ttl * 1000 });
    });
  }
  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    this.c('putAll', () => {
      if (!isPlainObject(values)) throw new Error('Invalid argument: values');
      const ttl = checkTtl(expirationInSeconds);
      const checked = Object.entries(values).map(([k, v]) => [checkKey(k), checkValue(v)] as const);
      for (const [k, v] of checked)
        this.store.entries.set(k, { value: v, expires: this.rt.now + ttl * 1000 });
    });
  }
  remove(key: string): void {
    this.c('remove', () => {
      this.store.entries.delete(checkKey(key));
    });
  }
  removeAll(keys: string[]): void {
    this.c('removeAll', () => {
      for (const k of keys) this.store.entries.delete(checkKey(k));
    });
  }
}

export interface CacheStores {
  document: CacheStore;
  user: CacheStore;
  script: CacheStore;
}

export function createCacheStores(): CacheStores {
  return { document: new CacheStore(), user: new CacheStore(), script: new CacheStore() };
}

export function createCacheService(
  rt: Runtime,
  stores: () => CacheStores,
  hasDocument: () => boolean = () => true,
) {
  const t = COST_MODEL.trivial;
  return {
    getDocumentCache: (): FakeCache | null =>
      rt.call('CacheService.getDocumentCache', t, () =>
        hasDocument() ? new FakeCache(rt, stores().document) : null,
      ),
    getUserCache: (): FakeCache =>
      rt.call('CacheService.getUserCache', t, () => new FakeCache(rt, stores().user)),
    getScriptCache: (): FakeCache =>
      rt.call('CacheService.getScriptCache', t, () => new FakeCache(rt, stores().script)),
  };
}
