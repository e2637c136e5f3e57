// Emulated PropertiesService: document, user and script stores with Google's size limits and read/write costs.

import { isPlainObject, signatureError } from './base';
import type { Runtime } from './runtime';
import { COST_MODEL } from './runtime';

/**
 * Google's limits (Quotas for Google Services): 9 KB per value, 500 KB per store. The per-value cap is the
 * stricter figure one published measurement found (8,066 bytes), below the documented 9 KB (GAS-FACTS).
 */
export const PROPERTY_VALUE_LIMIT = 8066;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export const PROPERTY_MESSAGES = {
  valueTooLarge: 'Argument too large: value',
  storeFull: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  invalidKey: 'Invalid argument: key',
};

const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

/** The data of one property store (emulator side, uncounted). */
export class PropertyStore {
  readonly data = new Map<string, string>();
  constructor(readonly kind: 'document' | 'user' | 'script') {}

  /** Bytes used: keys plus values, UTF-8. */
  size(map: Map<string, string> = this.data): number {
    let n = 0;
    for (const [k, v] of map) n += utf8Length(k) + utf8Length(v);
    return n;
  }

  /** Emulator-only: a plain copy for asserts. */
  toObject(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}

function checkKey(key: unknown): string {
  if (key === null || key === undefined || key === '') throw new Error(PROPERTY_MESSAGES.invalidKey);
  return String(key);
}

function checkValue(value: unknown): string {
  // Google stores strings; other types are converted to strings.
  const s = String(value);
  if (utf8Length(s) > PROPERTY_VALUE_LIMIT) throw new Error(PROPERTY_MESSAGES.valueTooLarge);
  return s;
}

/** The Properties object the script sees. */
export class FakeProperties {
  constructor(
    private readonly rt: Runtime,
    private readonly store: PropertyStore,
  ) {}

  private read<T>(method: string, effect: () => T): T {
    return this.rt.call(`PropertiesService.Properties.${method}`, COST_MODEL.propertiesRead, effect);
  }
  private write<T>(method: string, effect: () => T): T {
    return this.rt.call(`PropertiesService.Properties.${method}`, COST_MODEL.propertiesWrite, effect);
  }
  /** Applies a change to a copy, checks the store quota, then commits (all or nothing). */
  private commit(change: (next: Map<string, string>) => void): void {
    const next = new Map(this.store.data);
    change(next);
    if (this.store.size(next) > PROPERTY_STORE_LIMIT) throw new Error(PROPERTY_MESSAGES.storeFull);
    this.store.data.clear();
    for (const [k, v] of next) this.store.data.set(k, v);
  }

  getProperty(key: string): string | null {
    return this.read('getProperty', () => this.store.data.get(checkKey(key)) ?? null);
  }
  getProperties(): Record<string, string> {
    return this.read('getProperties', () => Object.fromEntries(this.store.data));
  }
  getKeys(): string[] {
    return this.read('getKeys', () => [...this.store.data.keys()]);
  }
  setProperty(key: string, value: string): FakeProperties {
    return this.write('setProperty', () => {
      const k = checkKey(key);
      const v = checkValue(value);
      this.commit((next) => next.set(k, v));
      return this;
    });
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): FakeProperties {
    return this.write('setProperties', () => {
      if (!isPlainObject(properties)) throw signatureError('Properties.setProperties', [properties]);
      const entries = Object.entries(properties).map(([k, v]) => [checkKey(k), checkValue(v)] as const);
      this.commit((next) => {
        if (deleteAllOthers) next.clear();
        for (const [k, v] of entries) next.set(k, v);
      });
      return this;
    });
  }
  deleteProperty(key: string): FakeProperties {
    return this.write('deleteProperty', () => {
      this.store.data.delete(checkKey(key));
      return this;
    });
  }
  deleteAllProperties(): FakeProperties {
    return this.write('deleteAllProperties', () => {
      this.store.data.clear();
      return this;
    });
  }
}

export interface PropertyStores {
  document: PropertyStore;
  user: PropertyStore;
  script: PropertyStore;
}

export function createPropertyStores(): PropertyStores {
  return {
    document: new PropertyStore('document'),
    user: new PropertyStore('user'),
    script: new PropertyStore('script'),
  };
}

/**
 * PropertiesService. Getting a store is itself a service call (so it throws in AuthMode.NONE);
 * getDocumentProperties returns null when the script runs without a document.
 */
export function createPropertiesService(
  rt: Runtime,
  stores: () => PropertyStores,
  hasDocument: () => boolean = () => true,
) {
  const t = COST_MODEL.trivial;
  return {
    getDocumentProperties: (): FakeProperties | null =>
      rt.call('PropertiesService.getDocumentProperties', t, () =>
        hasDocument() ? new FakeProperties(rt, stores().document) : null,
      ),
    getUserProperties: (): FakeProperties =>
      rt.call('PropertiesService.getUserProperties', t, () => new FakeProperties(rt, stores().user)),
    getScriptProperties: (): FakeProperties =>
      rt.call('PropertiesService.getScriptProperties', t, () => new FakeProperties(rt, stores().script)),
  };
}
