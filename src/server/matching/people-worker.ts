// The candidate index over every registered person, in a worker thread (people-index.ts): loaded from
// every stored person with the worker's own database connection, kept current by the people the
// serving thread sends, and searched for the serving thread by message.
import { compileModel, createPersonIndex, findCandidates, packPostings } from '../../domain/matching';
import { openDatabase } from '../../store/db';
import { streamPeopleForMatching } from '../../store/people';
import { workerSide } from '../jobs/worker';
import { CANDIDATE_OPTIONS, type PeopleProtocol, registrationsById } from './people-index';
import { toMatchable } from './service';

const side = workerSide<PeopleProtocol>();
const index = createPersonIndex(compileModel(side.input.model));
const indexed = registrationsById(index);

// People sent while the stored ones load are added at once: both ways, each person is added once. A
// corrected person replaces the one indexed, whether read from the database before the correction or
// not read yet (then read as corrected, and left as it is). Searches come only once the serving
// thread has been told the index is ready.
side.listen((m) => {
  if (m.type === 'add') {
    for (const person of m.people) indexed.remember(person);
    for (const person of m.corrected) indexed.correct(person);
    return;
  }
  try {
    side.post({
      type: 'found',
      id: m.id,
      hits: m.people.map((p) => findCandidates(index, p, CANDIDATE_OPTIONS)),
    });
  } catch (error) {
    side.post({ type: 'find-failed', id: m.id, message: String(error) });
  }
});

async function load(): Promise<void> {
  const { database } = side.input;
  const db = openDatabase(database.kind === 'postgres' ? { ...database, poolSize: 1 } : database);
  try {
    for await (const page of streamPeopleForMatching(db.kysely)) {
      for (const p of page)
        indexed.remember(toMatchable(p, { number: p.documentNumber, type: p.documentType }));
    }
  } finally {
    await db.close();
  }
}

load().then(
  () => {
    packPostings(index);
    side.post({ type: 'ready', people: indexed.size() });
  },
  (error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    side.post({ type: 'failed', message: e.message, stack: e.stack });
  },
);
