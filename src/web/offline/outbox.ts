// The outbox in IndexedDB (through Dexie): every record made at the booth or in tally mode is written
// here first, with its UUID, and leaves only when the server has it. Records are read back through
// the event schema, so whatever else lies in the database never reaches the sync loop.
import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import { type PasoEvent, parseEvent } from '../../api/events';
import { isAheadRefusal, type OutboxRecord, type Refusal, type SetAsideRecord } from './sync-rules';

type StoredRecord = {
  id: string;
  seq: number;
  event: unknown;
  /** Null while it waits; the server's reason once refused, indexed by its code (see version 3). */
  refusal: unknown;
  /** Who was signed in when it was made; absent on records kept before makers were noted. */
  maker?: unknown;
};

type StoredSetting = { key: string; value: string };

/** A refused record the officer set aside after reading why: kept on the device, no longer on screen. */
type StoredSetAside = StoredRecord & { setAsideAt: string };

const RefusalSchema = z.object({
  code: z.string(),
  title: z.string(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
});

/** The user signed in when a record was made: only their own session sends it. */
export const MakerSchema = z.object({ id: z.string(), username: z.string() });
export type Maker = z.infer<typeof MakerSchema>;

/** Whether the server refused the stored record only as dated after its clock (see AHEAD_CODE). */
function isStoredAhead(stored: StoredRecord): boolean {
  return isAheadRefusal(RefusalSchema.safeParse(stored.refusal).data);
}

/** Whether `maker` may send the record: their own, or one kept before makers were noted. */
function isSentBy(stored: StoredRecord, makerId: string | undefined): boolean {
  if (makerId === undefined || stored.maker === undefined) return true;
  const made = MakerSchema.safeParse(stored.maker);
  return !made.success || made.data.id === makerId;
}

class OutboxDatabase extends Dexie {
  records!: Table<StoredRecord, string>;
  settings!: Table<StoredSetting, string>;
  setAside!: Table<StoredSetAside, string>;
  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ records: 'id, seq', settings: 'key' });
    this.version(2).stores({ records: 'id, seq', settings: 'key', setAside: 'id, seq' });
    // The screen's counts read indexes, not every record: after a long outage each press counted
    // thousands of records again, and the count on screen fell seconds behind the presses. A record
    // waiting (refusal null) or made before makers were noted has no value at these paths, and no entry:
    // the indexes hold the refused records and each maker's, whoever wrote them (an older tab too).
    this.version(3).stores({
      records: 'id, seq, refusal.code, maker.id',
      settings: 'key',
      setAside: 'id, seq',
    });
  }
}

export type Outbox = {
  /**
   * Writes events (a new record each, or the new version of a refused one with the same id), noting
   * who made them.
   */
  put(events: readonly PasoEvent[], maker?: Maker | null): Promise<void>;
  /** Every readable record, oldest first. */
  list(): Promise<OutboxRecord[]>;
  /**
   * The oldest `size` readable records still to send (not refused; with `withAhead`, also those refused
   * only as dated after the server's clock): the next batch. Given who is signed in, only theirs:
   * another officer's records wait for that officer's session.
   */
  next(size: number, makerId?: string, withAhead?: boolean): Promise<OutboxRecord[]>;
  /**
   * How many records are kept, the refused ones and those set aside: what the screen shows; given who
   * is signed in, also the records waiting for another officer, by officer. The records refused only
   * as dated after the server's clock are `ahead` (theirs who is signed in), not `refused`: they wait.
   */
  summary(makerId?: string): Promise<{
    readonly total: number;
    readonly refused: OutboxRecord[];
    readonly ahead: OutboxRecord[];
    readonly setAside: SetAsideRecord[];
    readonly others: readonly { readonly username: string; readonly count: number }[];
  }>;
  /**
   * Takes refused records off the screen once the officer has read why: they move aside, still on
   * the device (listed, and saved with an export), never deleted. Records not refused stay as they are.
   */
  setAside(ids: readonly string[], at: string): Promise<void>;
  /** The records set aside, in the order they were made. */
  listSetAside(): Promise<SetAsideRecord[]>;
  /**
   * Which of these ids are still on the device (waiting, refused or set aside). A record leaves only
   * once the server has it, so one not kept is on the server, whichever tab or page sent it.
   */
  kept(ids: readonly string[]): Promise<ReadonlySet<string>>;
  remove(ids: readonly string[]): Promise<void>;
  refuse(refused: ReadonlyArray<{ readonly id: string; readonly refusal: Refusal }>): Promise<void>;
  /** The time of the last send the server answered, kept across reloads; null before the first. */
  lastSync(): Promise<string | null>;
  setLastSync(at: string): Promise<void>;
  /**
   * The latest correction of an event made on this device (null: none): a new correction names it
   * as `seen`, so the server can tell corrections made knowing of each other from concurrent ones.
   */
  lastCorrection(eventId: string): Promise<string | null>;
  close(): void;
};

function readRecord(stored: StoredRecord): OutboxRecord | null {
  const event = parseEvent(stored.event);
  if (!event.ok) return null;
  const refusal = stored.refusal === null ? null : RefusalSchema.safeParse(stored.refusal);
  if (refusal !== null && !refusal.success) return null;
  return { id: stored.id, seq: stored.seq, event: event.value, refusal: refusal?.data ?? null };
}

function readAll(stored: readonly StoredRecord[]): OutboxRecord[] {
  return stored.flatMap((s) => {
    const record = readRecord(s);
    if (record === null) console.warn('an unreadable outbox record was left aside', s.id);
    return record === null ? [] : [record];
  });
}

function readSetAside(stored: readonly StoredSetAside[]): SetAsideRecord[] {
  return stored.flatMap((s) => {
    const record = readRecord(s);
    return record === null ? [] : [{ ...record, setAsideAt: s.setAsideAt }];
  });
}

const SEQ_KEY = 'seq';

/**
 * The last seq given, kept as a setting. Not read from the records: the highest seq's index entry is
 * found, in Chromium, by walking back over every record deleted since the database last compacted, and
 * after a long sync each press walked over thousands. A database from before the setting reads it once.
 */
async function lastSeq(db: OutboxDatabase): Promise<number> {
  const kept = Number((await db.settings.get(SEQ_KEY))?.value);
  if (Number.isSafeInteger(kept)) return kept;
  return (await db.records.orderBy('seq').last())?.seq ?? 0;
}

/**
 * The records waiting for officers other than `makerId`, by username: each maker's records counted by
 * the index, less their refused ones (`refused`, already read).
 */
async function othersWaiting(
  db: OutboxDatabase,
  makerId: string,
  refused: readonly StoredRecord[],
): Promise<{ username: string; count: number }[]> {
  const others = new Map<string, number>();
  for (const id of await db.records.orderBy('maker.id').uniqueKeys()) {
    if (id === makerId) continue;
    // A new collection each time: first() limits the one it is called on.
    const mine = () => db.records.where('maker.id').equals(id);
    const made = MakerSchema.safeParse((await mine().first())?.maker);
    // A maker that cannot be read sends with anyone (isSentBy): nobody's records to wait for.
    if (!made.success) continue;
    const theirRefused = refused.filter((s) => MakerSchema.safeParse(s.maker).data?.id === id).length;
    const count = (await mine().count()) - theirRefused;
    if (count > 0) others.set(made.data.username, (others.get(made.data.username) ?? 0) + count);
  }
  return [...others].map(([username, count]) => ({ username, count }));
}

/** Opens (and creates, the first time) the outbox; tests pass their own IndexedDB. */
export function openOutbox(
  name = 'paso-outbox',
  dependencies?: { readonly indexedDB: IDBFactory; readonly IDBKeyRange: typeof IDBKeyRange },
): Outbox {
  const db = new OutboxDatabase(name, dependencies);
  return {
    async put(events, maker) {
      await db.transaction('rw', db.records, db.settings, db.setAside, async () => {
        // A new version of a record set aside takes its place in the queue.
        await db.setAside.bulkDelete(events.map((e) => e.id));
        for (const event of events) {
          if (event.kind === 'correction')
            await db.settings.put({ key: `seen:${event.corrects}`, value: event.id });
        }
        let seq = await lastSeq(db);
        await db.records.bulkPut(
          events.map((event) => {
            seq += 1;
            return maker
              ? { id: event.id, seq, event, refusal: null, maker }
              : { id: event.id, seq, event, refusal: null };
          }),
        );
        await db.settings.put({ key: SEQ_KEY, value: String(seq) });
      });
    },
    async list() {
      return readAll(await db.records.orderBy('seq').toArray());
    },
    async next(size, makerId, withAhead = false) {
      // Read in the order made, and each read through the schema only when it goes into the batch.
      const stored = await db.records
        .orderBy('seq')
        .filter((s) => (s.refusal === null || (withAhead && isStoredAhead(s))) && isSentBy(s, makerId))
        .limit(size)
        .toArray();
      return readAll(stored);
    },
    async summary(makerId) {
      // One snapshot, through indexes: the refused records and each maker's count, never every record.
      return db.transaction('r', db.records, db.setAside, async () => {
        const [total, allRefused, setAside] = await Promise.all([
          db.records.count(),
          db.records.orderBy('refusal.code').sortBy('seq'),
          db.setAside.orderBy('seq').toArray(),
        ]);
        // Another officer's records dated ahead wait for them, as their others do (counted there).
        const refused = allRefused.filter((s) => !isStoredAhead(s));
        const ahead = allRefused.filter((s) => isStoredAhead(s) && isSentBy(s, makerId));
        return {
          total,
          refused: readAll(refused),
          ahead: readAll(ahead),
          setAside: readSetAside(setAside),
          others: makerId === undefined ? [] : await othersWaiting(db, makerId, refused),
        };
      });
    },
    async setAside(ids, at) {
      await db.transaction('rw', db.records, db.setAside, async () => {
        const stored = await db.records.bulkGet([...ids]);
        const refused = stored.filter((s): s is StoredRecord => s !== undefined && s.refusal !== null);
        await db.setAside.bulkPut(refused.map((s) => ({ ...s, setAsideAt: at })));
        await db.records.bulkDelete(refused.map((s) => s.id));
      });
    },
    async listSetAside() {
      return readSetAside(await db.setAside.orderBy('seq').toArray());
    },
    async kept(ids) {
      const [waiting, setAside] = await Promise.all([
        db.records.bulkGet([...ids]),
        db.setAside.bulkGet([...ids]),
      ]);
      return new Set([...waiting, ...setAside].flatMap((s) => (s === undefined ? [] : [s.id])));
    },
    async remove(ids) {
      await db.records.bulkDelete([...ids]);
    },
    async refuse(refused) {
      await db.transaction('rw', db.records, async () => {
        for (const { id, refusal } of refused) await db.records.update(id, { refusal });
      });
    },
    async lastSync() {
      return (await db.settings.get('lastSync'))?.value ?? null;
    },
    async setLastSync(at) {
      await db.settings.put({ key: 'lastSync', value: at });
    },
    async lastCorrection(eventId) {
      return (await db.settings.get(`seen:${eventId}`))?.value ?? null;
    },
    close() {
      db.close();
    },
  };
}
