// The runtime ports: UI, properties, triggers and the lock, over the src/gas modules that touch them.

import type { LockPort, StorePort, TriggersPort, UiPort } from '../../features/port';
import { adminIdentity } from '../drive';
import { withDocumentLock } from '../lock';
import {
  getDocJson,
  getDocProperty,
  getUserJson,
  getUserProperty,
  setDocJson,
  setDocProperty,
  setUserJson,
  setUserProperty,
} from '../properties';
import {
  ensureHourlyTrigger,
  hasContainingDocument,
  hourlyContinuationPossible,
  removeHourlyTrigger,
} from '../triggers';
import { alert, toast } from '../ui';

export function googleUi(): UiPort {
  return { alert, toast };
}

export function googleStore(): StorePort {
  return {
    getDoc: getDocProperty,
    setDoc: setDocProperty,
    getDocJson,
    setDocJson,
    getUser: getUserProperty,
    setUser: setUserProperty,
    getUserJson,
    setUserJson,
    adminIdentity,
    newSecret: () => `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, ''),
  };
}

export function googleTriggers(): TriggersPort {
  return {
    hasContainingDocument,
    hourlyContinuationPossible,
    ensureHourly: ensureHourlyTrigger,
    removeHourly: removeHourlyTrigger,
  };
}

export function googleLock(): LockPort {
  return { withDocumentLock };
}
