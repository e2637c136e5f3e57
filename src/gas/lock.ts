// The document lock: one run at a time per spreadsheet (never the script lock in an add-on, GAS-FACTS).

import { BusyError } from '../core/errors';
import { BUSY } from '../text/id/rpc';

const WAIT_MS = 10_000;

/** Runs `fn` holding the document lock; a busy document is a BusyError, not a wait past the 6-minute limit. */
export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) return fn(); // no document (cannot happen from the menu or sidebar)
  if (!lock.tryLock(WAIT_MS)) throw new BusyError(BUSY);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
