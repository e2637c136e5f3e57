// The runtime ports: UI, properties, triggers and the document lock (see src/gas/port/runtime.ts).

export interface UiPort {
  alert(message: string): void;
  toast(message: string, seconds?: number): void;
}

/** Who the add-on runs as: a stable id kept in the user's own properties, and the email when Google gives it. */
export interface AdminIdentity {
  id: string;
  /** '' when a security policy hides it. */
  email: string;
}

export interface StorePort {
  getDoc(key: string): string | null;
  setDoc(key: string, value: string | null): void;
  getDocJson<T>(key: string): T | null;
  setDocJson(key: string, value: unknown): void;
  getUser(key: string): string | null;
  setUser(key: string, value: string | null): void;
  getUserJson<T>(key: string): T | null;
  setUserJson(key: string, value: unknown): void;
  /** Asked of Google once per execution at most. */
  adminIdentity(): AdminIdentity;
  /** A new random secret (the check-in codes', issue 16): two random UUIDs, 244 random bits. */
  newSecret(): string;
}

export interface TriggersPort {
  /** False in a time trigger of a published add-on (no spreadsheet open). */
  hasContainingDocument(): boolean;
  hourlyContinuationPossible(): boolean;
  ensureHourly(handler: string): boolean;
  removeHourly(handler: string, triggerUid?: string | null): void;
}

export interface LockPort {
  /** Runs `fn` holding the document lock; a busy document is a BusyError (failure kind `busy`). */
  withDocumentLock<T>(fn: () => T): T;
}
