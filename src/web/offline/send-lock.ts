// One tab of the device sends the outbox at a time. Tabs share one outbox (IndexedDB): each sent the same
// batch when they drained it together (the server applied each record once, but did the work twice and
// the counts on screen flickered). A tab now drains under a lock; the next one waits its turn, then reads
// the outbox again and finds gone what the first sent. The Web Locks API holds the lock where the browser
// has it (only in a secure context: HTTPS or 127.0.0.1); elsewhere, a lease kept in localStorage.

export interface SendLock {
  /** Runs `work` once no other tab of this device is sending; answers what it answers. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

const NAME = 'paso.outbox.send';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LeaseOptions = {
  readonly storage: () => Storage;
  /** The device's clock (ms): tabs share no other. */
  readonly now: () => number;
  /** Resolves after `ms`, or sooner when another tab changed the lease. */
  readonly wait: (ms: number) => Promise<void>;
  /** Runs `renew` every `ms` while the lock is held; answers a function that stops it. */
  readonly every: (renew: () => void, ms: number) => () => void;
  /** This tab's name in the lease. */
  readonly owner: string;
};

/**
 * How long a lease holds unless renewed: a tab closed or crashed while sending frees the lock after it.
 * A lease said to hold for longer than this was written before the device's clock was set back: void.
 */
export const LEASE_MS = 30_000;
/** How often a waiting tab looks at the lease again, when no change of it was heard. */
export const LEASE_POLL_MS = 1_000;

type Lease = { readonly owner: string; readonly until: number };

function readLease(storage: Storage): Lease | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(NAME) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { owner, until } = value as { owner?: unknown; until?: unknown };
    return typeof owner === 'string' && typeof until === 'number' ? { owner, until } : null;
  } catch (error) {
    console.warn('the outbox lease could not be read', error);
    return null;
  }
}

/**
 * The lock as a lease in localStorage, for a browser without Web Locks. Two tabs that write the lease
 * at the same moment may both send once; the server applies each record once all the same.
 */
export function leaseLock(options: LeaseOptions): SendLock {
  const { owner, now } = options;
  const isFree = (lease: Lease | null, at: number) =>
    lease === null || lease.owner === owner || lease.until <= at || lease.until > at + LEASE_MS;
  const write = () => options.storage().setItem(NAME, JSON.stringify({ owner, until: now() + LEASE_MS }));
  // Renewed only while still this tab's: a lease that ran out (timers held back in a hidden tab) and
  // that another tab took is theirs.
  const renew = () => {
    if (readLease(options.storage())?.owner === owner) write();
  };

  async function acquire(): Promise<void> {
    for (;;) {
      if (isFree(readLease(options.storage()), now())) {
        write();
        // Another tab may have written at the same moment: the lease read back says who won.
        await options.wait(0);
        if (readLease(options.storage())?.owner === owner) return;
      }
      await options.wait(LEASE_POLL_MS);
    }
  }

  function release(): void {
    if (readLease(options.storage())?.owner === owner) options.storage().removeItem(NAME);
  }

  return {
    async run(work) {
      try {
        await acquire();
      } catch (error) {
        // No storage to hold a lease in (a private window): this tab sends as if alone.
        console.warn('the outbox lease could not be taken', error);
        return work();
      }
      const stop = options.every(renew, LEASE_MS / 3);
      try {
        return await work();
      } finally {
        stop();
        release();
      }
    },
  };
}

/** The browser's lock for sending the outbox: Web Locks where there are, else a lease. */
export function sendLock(): SendLock {
  const locks = globalThis.navigator?.locks;
  if (locks !== undefined) return { run: (work) => locks.request(NAME, work) };
  const owner = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const lock = leaseLock({
    owner,
    storage: () => window.localStorage,
    now: () => Date.now(),
    wait: (ms) =>
      new Promise((resolve) => {
        const done = () => {
          window.clearTimeout(timer);
          window.removeEventListener('storage', onStorage);
          resolve();
        };
        const onStorage = (event: StorageEvent) => {
          if (event.key === NAME) done();
        };
        const timer = window.setTimeout(done, ms);
        window.addEventListener('storage', onStorage);
      }),
    every: (renew, ms) => {
      const timer = window.setInterval(renew, ms);
      return () => window.clearInterval(timer);
    },
  });
  // A tab closed while sending frees the lease at once rather than after LEASE_MS.
  window.addEventListener('pagehide', () => {
    if (readLease(window.localStorage)?.owner === owner) window.localStorage.removeItem(NAME);
  });
  return lock;
}
