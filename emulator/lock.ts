// Emulated LockService: document/script/user locks held per execution, contention from "another execution", waits on the simulated clock.

import type { Runtime } from './runtime';
import { COST_MODEL } from './runtime';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

type Holder =
  | { kind: 'execution'; execution: number; lock: FakeLock }
  /** Another execution (simulated) holds it, until `until` (epoch ms) or until released by the test. */
  | { kind: 'external'; until: number | null };

/** Emulator-side state of all locks; the environment tells it which execution is running. */
export class LockManager {
  private readonly holders = new Map<string, Holder>();

  constructor(
    private readonly rt: Runtime,
    readonly currentExecution: () => number,
  ) {}

  holder(scope: string): Holder | null {
    const h = this.holders.get(scope);
    if (h?.kind === 'external' && h.until !== null && h.until <= this.rt.now) {
      this.holders.delete(scope);
      return null;
    }
    return h ?? null;
  }
  set(scope: string, h: Holder | null): void {
    if (h) this.holders.set(scope, h);
    else this.holders.delete(scope);
  }

  /** Emulator-only: another execution takes the lock (for `forMs` simulated ms, or until released). */
  holdExternal(scope = 'document', forMs?: number): void {
    this.holders.set(scope, { kind: 'external', until: forMs === undefined ? null : this.rt.now + forMs });
  }
  /** Emulator-only: the other execution lets go. */
  releaseExternal(scope = 'document'): void {
    if (this.holders.get(scope)?.kind === 'external') this.holders.delete(scope);
  }
  /** Google releases every lock an execution holds when it ends. */
  releaseExecution(execution: number): void {
    for (const [scope, h] of [...this.holders]) {
      if (h.kind === 'execution' && h.execution === execution) this.holders.delete(scope);
    }
  }
  isHeld(scope = 'document'): boolean {
    return this.holder(scope) !== null;
  }
}

/** A Lock as returned by LockService.get*Lock(). Each call returns a new object; the lock is not re-entrant across objects (stricter). */
export class FakeLock {
  constructor(
    private readonly rt: Runtime,
    private readonly mgr: LockManager,
    private readonly scope: string,
  ) {}

  private holdsIt(): boolean {
    const h = this.mgr.holder(this.scope);
    return h?.kind === 'execution' && h.lock === this;
  }

  /** How long acquiring would wait, and whether it then succeeds. */
  private plan(timeoutInMillis: number): { wait: number; ok: boolean } {
    const h = this.mgr.holder(this.scope);
    if (h === null || (h.kind === 'execution' && h.lock === this)) return { wait: 0, ok: true };
    if (h.kind === 'external' && h.until !== null && h.until - this.rt.now <= timeoutInMillis) {
      return { wait: h.until - this.rt.now, ok: true };
    }
    // Nobody else runs while this execution waits, so a lock held by another execution is never freed.
    return { wait: timeoutInMillis, ok: false };
  }

  private acquire(method: string, timeoutInMillis: unknown): boolean {
    const ms = Number(timeoutInMillis);
    if (!Number.isFinite(ms) || ms < 0) {
      this.rt.call(`LockService.Lock.${method}`, COST_MODEL.trivial);
      throw new Error('Invalid argument: timeoutInMillis');
    }
    const { wait, ok } = this.plan(ms);
    return this.rt.call(`LockService.Lock.${method}`, Math.max(COST_MODEL.trivial, wait), () => {
      if (ok) {
        this.mgr.set(this.scope, { kind: 'execution', execution: this.mgr.currentExecution(), lock: this });
      }
      return ok;
    });
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.acquire('tryLock', timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire('waitLock', timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    this.rt.call('LockService.Lock.releaseLock', COST_MODEL.trivial, () => {
      if (this.holdsIt()) this.mgr.set(this.scope, null);
    });
  }
  hasLock(): boolean {
    return this.rt.call('LockService.Lock.hasLock', COST_MODEL.trivial, () => this.holdsIt());
  }
}

export function createLockService(
  rt: Runtime,
  mgr: LockManager,
  opts: { hasDocument?: () => boolean; user?: () => string } = {},
) {
  const t = COST_MODEL.trivial;
  const hasDocument = opts.hasDocument ?? (() => true);
  const user = opts.user ?? (() => 'user');
  return {
    getDocumentLock: (): FakeLock | null =>
      rt.call('LockService.getDocumentLock', t, () =>
        hasDocument() ? new FakeLock(rt, mgr, 'document') : null,
      ),
    getScriptLock: (): FakeLock =>
      rt.call('LockService.getScriptLock', t, () => new FakeLock(rt, mgr, 'script')),
    getUserLock: (): FakeLock =>
      rt.call('LockService.getUserLock', t, () => new FakeLock(rt, mgr, `user:${user()}`)),
    /** Emulator-only: another execution holds the document lock (for `forMs`, or until _releaseExternal). */
    _holdDocumentLock: (forMs?: number) => mgr.holdExternal('document', forMs),
    /** Emulator-only: the other execution releases the document lock. */
    _releaseExternal: () => mgr.releaseExternal('document'),
  };
}
