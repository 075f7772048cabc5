// The screening index, in a worker thread: built from the active watchlist entries read with the
// worker's own database connection, then kept to answer the serving thread's screenings by message.
import {
  addWatchlistEntry,
  compileModel,
  countListFrequencies,
  createPersonIndex,
  type PersonIndex,
  packPostings,
  screenPerson,
  type WatchlistEntry,
} from '../../domain/matching';
import { openDatabase } from '../../store/db';
import { streamActiveEntries } from '../../store/matching';
import { workerSide } from '../jobs/worker';
import { type ScreeningProtocol, watchlistFingerprint } from './screening-index';

const PROGRESS_EVERY = 10_000;

const side = workerSide<ScreeningProtocol>();

async function build(): Promise<{ index: PersonIndex; entries: number; fingerprint: string }> {
  const { database, model: modelFile } = side.input;
  const model = compileModel(modelFile);
  const db = openDatabase(database.kind === 'postgres' ? { ...database, poolSize: 1 } : database);
  try {
    const fingerprint = await watchlistFingerprint(db.kysely);
    const count = await db.kysely
      .selectFrom('watchlist_entry')
      .innerJoin('watchlist', 'watchlist.id', 'watchlist_entry.watchlist_id')
      .where('watchlist.active', '=', 1)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const total = Number(count.n);
    side.post({ type: 'progress', progress: { phase: 'indexing', done: 0, total } });
    const index = createPersonIndex(model, Math.ceil(total * 1.3));
    let entries = 0;
    for await (const page of streamActiveEntries(db.kysely)) {
      for (const stored of page) {
        // The index answers with the stored row's id, so a hit points at exactly one entry row.
        addWatchlistEntry(index, { ...(stored.entry as WatchlistEntry), watchId: stored.id });
        entries += 1;
        if (entries % PROGRESS_EVERY === 0) {
          side.post({ type: 'progress', progress: { phase: 'indexing', done: entries, total } });
        }
      }
    }
    countListFrequencies(index);
    packPostings(index);
    return { index, entries, fingerprint };
  } finally {
    await db.close();
  }
}

build().then(
  ({ index, entries, fingerprint }) => {
    side.listen((m) => {
      try {
        side.post({ type: 'hits', id: m.id, hits: m.people.map((person) => screenPerson(index, person)) });
      } catch (error) {
        side.post({ type: 'screen-failed', id: m.id, message: String(error) });
      }
    });
    side.post({ type: 'ready', entries, fingerprint });
  },
  (error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    side.post({ type: 'failed', message: e.message, stack: e.stack });
  },
);
