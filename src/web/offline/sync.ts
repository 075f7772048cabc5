// The sync loop: drains the outbox to POST /api/events in batches, one request at a time, oldest
// first, one tab of the device at a time; waits longer after each failed send (a record made meanwhile
// waits with the rest) and starts again at once when the network returns or the officer asks. Records
// refused only as dated after the server's clock wait for that clock and go again by themselves. What
// leaves the outbox, and when to try again, is decided by the rules in sync-rules.ts.
import type { EventOutcome, PasoEvent } from '../../api/events';
import type { ApiResult } from '../api/client';
import { type ApiProblem, CLIENT_CODES, clientProblem, isUnreachable } from '../api/problem';
import type { Maker, Outbox } from './outbox';
import type { SendLock } from './send-lock';
import {
  aheadDelay,
  BATCH_SIZE,
  isAhead,
  isAheadOutcome,
  nextBatch,
  type OutboxRecord,
  retryDelay,
  SEND_TIMEOUT_MS,
  type SetAsideRecord,
  settle,
} from './sync-rules';
import type { OutboxChanges } from './tabs';

export type SyncState = {
  readonly online: boolean;
  /** Records still to send with this session (refused ones and other officers' not included). */
  readonly waiting: number;
  /** Records another officer made on this device: they wait for that officer to sign in again. */
  readonly othersWaiting: readonly { readonly username: string; readonly count: number }[];
  /** Records the server refused: they stay until the officer corrects them. */
  readonly refused: readonly OutboxRecord[];
  /**
   * Records the server refused only as dated after its clock (the device's clock ran ahead): counted
   * in `waiting`, they go again by themselves once the server's clock has reached them.
   */
  readonly ahead: readonly OutboxRecord[];
  /** Refused records the officer set aside after reading why: off the list, still on the device. */
  readonly setAside: readonly SetAsideRecord[];
  /**
   * Crossings a later sync sent (not answered while the booth waited) that screening held: the
   * officer is told, to send the person to a supervisor, until they say they have read it.
   */
  readonly heldLater: readonly OutboxRecord[];
  readonly sending: boolean;
  /** When the server last answered a send (UTC); null before the first. */
  readonly lastSync: string | null;
  /** Why the last send failed; null once one succeeds. */
  readonly problem: ApiProblem | null;
  /**
   * The last send found no server (no answer, or a proxy's 502/503/504) and none was answered since:
   * the browser may say it is online, but for the booth it is offline.
   */
  readonly serverUnreachable: boolean;
};

/** What became of records submitted: the server's outcomes, or kept in the outbox for later. */
export type SubmitResult =
  | { readonly kind: 'sent'; readonly outcomes: readonly EventOutcome[] }
  | { readonly kind: 'queued' };

export type SyncOptions = {
  readonly outbox: Outbox;
  /** Sends a batch; `signal` aborts it once it has waited SEND_TIMEOUT_MS for an answer. */
  readonly send: (
    events: readonly PasoEvent[],
    signal: AbortSignal,
  ) => Promise<ApiResult<readonly EventOutcome[]>>;
  /** Runs `run` after `ms`; answers a function that cancels it. */
  readonly schedule: (run: () => void, ms: number) => () => void;
  readonly now: () => Date;
  readonly online: boolean;
  /**
   * Who is signed in: records are noted as theirs, and only theirs are sent. Null while nobody is
   * (before a sign-in, after a sign-out): nothing is sent, since no session is theirs to send with.
   * Without this option every record is sent.
   */
  readonly maker?: () => Maker | null;
  /** The other tabs on this device: told when this one changes the outbox, heard when they do. */
  readonly changes?: OutboxChanges;
  /** Lets one tab of the device send at a time (send-lock.ts); without it, this loop sends when it will. */
  readonly lock?: SendLock;
  /** The device's clock minus the server's (ms), as last learnt (server-clock.ts); null before any answer. */
  readonly serverOffset?: () => number | null;
};

export type Sync = {
  getState(): SyncState;
  subscribe(listener: () => void): () => void;
  /**
   * Writes the events to the outbox, then tries to send them at once; after a failed send they wait
   * with the rest for the next try (retryDelay), rather than send everything again at each record.
   */
  submit(events: readonly PasoEvent[]): Promise<SubmitResult>;
  /** Sends whatever waits now (after a reload, or when the officer asks), whatever the last send did. */
  flush(): Promise<void>;
  setOnline(online: boolean): void;
  /** Every record still on the device (waiting, refused or set aside), oldest first: what an export saves. */
  records(): Promise<OutboxRecord[]>;
  /** Sets refused records aside once the officer has read why (kept on the device, see Outbox). */
  setAside(ids: readonly string[]): Promise<void>;
  /** Takes these off the held-later list once the officer has read it. */
  heldLaterRead(ids: readonly string[]): void;
  /** The latest correction of an event made on this device, for a new one to name as `seen`. */
  lastCorrection(eventId: string): Promise<string | null>;
  /** Which of these records are still on the device; the others are on the server (Outbox.kept). */
  kept(ids: readonly string[]): Promise<ReadonlySet<string>>;
  /**
   * What the server answered for a record sent since the page opened (at once or by a later sync);
   * undefined while it waits. A page that said "kept on this device" reads here when the state moves.
   */
  outcomeOf(id: string): EventOutcome | undefined;
  stop(): void;
};

export function createSync(options: SyncOptions): Sync {
  const { outbox } = options;
  let state: SyncState = {
    online: options.online,
    waiting: 0,
    othersWaiting: [],
    refused: [],
    ahead: [],
    setAside: [],
    heldLater: [],
    sending: false,
    lastSync: null,
    problem: null,
    serverUnreachable: false,
  };
  const listeners = new Set<() => void>();
  const makerId = () => options.maker?.()?.id;
  // The last outcome the server gave for each id, for submit() to answer with.
  const outcomes = new Map<string, EventOutcome>();
  // Ids a submit() is waiting on: their answer is the booth's to show, not the held-later list's.
  const awaited = new Set<string>();
  let failures = 0;
  let cancelRetry: (() => void) | null = null;
  let cancelAhead: (() => void) | null = null;
  // Whether the next drain tries the records dated ahead of the server's clock: the first drain (the
  // clock kept may be old: the answer teaches it again), the one when the network returns, and the one
  // when the server's clock should have reached them. Not every drain: each tally press starts one.
  let probeAhead = true;
  const lock: SendLock = options.lock ?? { run: (work) => work() };
  const serverNow = () => options.now().getTime() - (options.serverOffset?.() ?? 0);
  let chain: Promise<void> = Promise.resolve();
  // A drain asked for and not yet started: later asks join it (200 quick presses make one send).
  let queued: Promise<void> | null = null;
  // Whether the drain queued sends even while a retry waits: asked by the retry's timer, the officer,
  // the network or a session coming back, not only by a new record (see drain).
  let forceQueued = false;
  let stopped = false;
  // Whether the last send could not reach the server (no answer, or a proxy's 502/503/504 in front of
  // a server that is down): records made from then until a send is answered are made offline, and
  // say so from the start. A record is never changed after it was tried: a try that got no answer
  // may still have been stored, and a resend with other content would be refused as a conflict.
  let unreachable = false;

  const publish = (patch: Partial<SyncState>) => {
    if (stopped) return;
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  // Counts read at the same time may come back in any order: a count started earlier than the last one
  // shown is older than it and is dropped, so 200 quick presses do not end on the count of the 199th.
  let refreshes = 0;
  let shownRefresh = 0;
  async function refresh(): Promise<void> {
    refreshes += 1;
    const ticket = refreshes;
    const { total, refused, ahead, setAside, others } = await outbox.summary(makerId());
    if (ticket < shownRefresh) return;
    shownRefresh = ticket;
    const held = others.reduce((sum, o) => sum + o.count, 0);
    publish({ waiting: total - refused.length - held, othersWaiting: others, refused, ahead, setAside });
  }

  /** What the server answered for records sent, here or by another tab. */
  function learn(answers: readonly EventOutcome[]): void {
    for (const outcome of answers) {
      // A record dated ahead is not answered yet: it waits, and its booth says so.
      if (isAheadOutcome(outcome)) outcomes.delete(outcome.id);
      else outcomes.set(outcome.id, outcome);
    }
  }

  /** The next try of the records dated ahead, when the server's clock should have reached the first. */
  function planAhead(): void {
    cancelAhead?.();
    cancelAhead = null;
    if (stopped || !state.online) return;
    const wait = aheadDelay(state.ahead, serverNow());
    if (wait === null) return;
    // A timer runs on the monotonic clock: a device clock set right meanwhile does not move it.
    cancelAhead = options.schedule(() => {
      cancelAhead = null;
      probeAhead = true;
      void flush();
    }, wait);
  }

  async function drain(force: boolean): Promise<void> {
    if (stopped) return;
    // A send failed and its retry waits: a record made meanwhile waits for it too. Otherwise each new
    // record (each tally press) sent the whole first batch again at once while no server answered.
    if (!force && cancelRetry !== null) return refresh();
    cancelRetry?.();
    cancelRetry = null;
    if (!state.online || options.maker?.() === null) return refresh();
    const withAhead = probeAhead;
    probeAhead = false;
    // Another tab sending now is waited for: its records are gone from the outbox when this one reads.
    await lock.run(() => sendAll(withAhead));
    await refresh();
    planAhead();
  }

  // Between batches the figures move by what each settled, and are counted again at the end, so a long
  // queue is not read through again after every batch.
  async function sendAll(aheadFirst: boolean): Promise<void> {
    let withAhead = aheadFirst;
    for (;;) {
      const batch = nextBatch(await outbox.next(BATCH_SIZE, makerId(), withAhead), BATCH_SIZE, withAhead);
      if (batch.length === 0 || stopped) break;
      publish({ sending: true });
      const result = await sendWithin(batch.map((r) => r.event));
      unreachable = !result.ok && isUnreachable(result.error);
      if (!result.ok) {
        failures += 1;
        cancelRetry = options.schedule(() => void flush(), retryDelay(failures));
        // The records dated ahead were not tried: the next drain tries them.
        probeAhead = probeAhead || withAhead;
        publish({ sending: false, problem: result.error, serverUnreachable: unreachable });
        return;
      }
      failures = 0;
      const settled = settle(batch, result.value);
      await outbox.remove(settled.done);
      await outbox.refuse(settled.refused);
      // On the server's clock, just learnt from this answer: the device's may be hours off.
      const at = new Date(serverNow()).toISOString();
      await outbox.setLastSync(at);
      learn(result.value);
      const heldNow = batch.filter((r) => !awaited.has(r.id) && outcomes.get(r.id)?.screening === 'hold');
      options.changes?.post({ outcomes: result.value.filter((o) => !isAheadOutcome(o)), held: heldNow });
      const refusedNow = settled.refused.flatMap(({ id, refusal }) => {
        const record = batch.find((r) => r.id === id);
        return record ? [{ ...record, refusal }] : [];
      });
      const aheadNow = refusedNow.filter(isAhead);
      const refusedForGood = refusedNow.filter((r) => !isAhead(r));
      const gone = new Set([...settled.done, ...settled.refused.map((r) => r.id)]);
      publish({
        lastSync: at,
        problem: null,
        serverUnreachable: false,
        // The records dated ahead still wait: they stay in the figure.
        waiting: Math.max(0, state.waiting - settled.done.length - refusedForGood.length),
        refused: [...state.refused, ...refusedForGood],
        ahead: [...state.ahead.filter((r) => !gone.has(r.id)), ...aheadNow],
        heldLater: [...state.heldLater, ...heldNow],
      });
      // The server's clock has not reached some records yet: the others go, those wait for the timer.
      if (aheadNow.length > 0) withAhead = false;
      // An answer that settled nothing would be asked again forever: wait for the next occasion.
      if (settled.done.length + settled.refused.length === 0) break;
    }
    publish({ sending: false });
  }

  /**
   * One send, given up after SEND_TIMEOUT_MS without an answer (aborted, and answered as no server):
   * the loop moves on to its retry, still one send at a time.
   */
  function sendWithin(events: readonly PasoEvent[]): Promise<ApiResult<readonly EventOutcome[]>> {
    const controller = new AbortController();
    let cancel: () => void = () => undefined;
    const givenUp = new Promise<ApiResult<readonly EventOutcome[]>>((resolve) => {
      cancel = options.schedule(() => {
        controller.abort();
        resolve({ ok: false, error: clientProblem(CLIENT_CODES.network) });
      }, SEND_TIMEOUT_MS);
    });
    return Promise.race([options.send(events, controller.signal), givenUp]).finally(() => cancel());
  }

  function flush(force = true): Promise<void> {
    forceQueued = forceQueued || force;
    if (queued !== null) return queued;
    const run = () => {
      queued = null;
      const forced = forceQueued;
      forceQueued = false;
      return drain(forced);
    };
    queued = chain.then(run, run);
    chain = queued;
    return queued;
  }

  void outbox.lastSync().then((lastSync) => publish({ lastSync }));
  void flush();
  // Another tab kept, sent or set aside records: count again, so every tab shows the same figures; and
  // what the server answered for the records it sent is known here too.
  const stopListening = options.changes?.listen(
    () => {
      void refresh();
      void outbox.lastSync().then((lastSync) => publish({ lastSync }));
    },
    (news) => {
      learn(news.outcomes);
      const mine = news.held.filter((r) => !awaited.has(r.id) && !state.heldLater.some((h) => h.id === r.id));
      if (mine.length > 0) publish({ heldLater: [...state.heldLater, ...mine] });
    },
  );

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async submit(events) {
      for (const event of events) {
        outcomes.delete(event.id);
        awaited.add(event.id);
      }
      try {
        const offline = !state.online || unreachable;
        await outbox.put(
          offline ? events.map((e) => (e.offline ? e : { ...e, offline: true })) : events,
          options.maker?.(),
        );
        options.changes?.post();
        await refresh();
        await flush(false);
        const answered = events.flatMap((e) => {
          const outcome = outcomes.get(e.id);
          return outcome === undefined ? [] : [outcome];
        });
        return answered.length === events.length ? { kind: 'sent', outcomes: answered } : { kind: 'queued' };
      } finally {
        for (const event of events) awaited.delete(event.id);
      }
    },
    flush: () => flush(),
    setOnline(online) {
      publish({ online });
      if (!online) return;
      failures = 0;
      probeAhead = true;
      void flush();
    },
    async records() {
      const [kept, setAside] = await Promise.all([outbox.list(), outbox.listSetAside()]);
      return [...kept, ...setAside].sort((a, b) => a.seq - b.seq);
    },
    async setAside(ids) {
      await outbox.setAside(ids, new Date(serverNow()).toISOString());
      options.changes?.post();
      await refresh();
    },
    heldLaterRead(ids) {
      publish({ heldLater: state.heldLater.filter((r) => !ids.includes(r.id)) });
    },
    lastCorrection: (eventId) => outbox.lastCorrection(eventId),
    kept: (ids) => outbox.kept(ids),
    outcomeOf: (id) => outcomes.get(id),
    stop() {
      stopped = true;
      cancelRetry?.();
      cancelAhead?.();
      stopListening?.();
      listeners.clear();
    },
  };
}
