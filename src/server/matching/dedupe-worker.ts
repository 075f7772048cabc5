// The whole-population dedupe, in a worker thread: reads every person with its own database connection
// (nothing crosses from the serving thread, which goes on answering), finds the clusters, explains
// each link and sends the links back in chunks for the serving thread to store.
import { comparePeople, compileModel, dedupe, type MatchablePerson } from '../../domain/matching';
import { openDatabase } from '../../store/db';
import { streamPeopleForMatching } from '../../store/people';
import type { JobProgress } from '../jobs/jobs';
import { workerSide } from '../jobs/worker';
import type { DedupeProtocol, FoundLink } from './duplicates';
import { toMatchable } from './service';

const CHUNK = 500;
const PROGRESS_EVERY_MS = 200;

const side = workerSide<DedupeProtocol>();

let lastProgress = 0;
let lastPhase = '';
function report(progress: JobProgress): void {
  const t = performance.now();
  if (progress.phase === lastPhase && t - lastProgress < PROGRESS_EVERY_MS) return;
  lastProgress = t;
  lastPhase = progress.phase;
  side.post({ type: 'progress', progress });
}

async function run(): Promise<void> {
  const { database, model: modelFile } = side.input;
  const model = compileModel(modelFile);
  const db = openDatabase(database.kind === 'postgres' ? { ...database, poolSize: 1 } : database);
  try {
    const count = await db.kysely
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const total = Number(count.n);
    const records: MatchablePerson[] = [];
    report({ phase: 'reading', done: 0, total });
    for await (const page of streamPeopleForMatching(db.kysely)) {
      for (const p of page) records.push(toMatchable(p, { number: p.documentNumber, type: p.documentType }));
      report({ phase: 'reading', done: records.length, total: Math.max(total, records.length) });
    }
    const result = dedupe(records, model, { progress: report });
    const byId = new Map(records.map((r) => [r.id, r]));
    const pairs = result.clusters.flatMap((c) => c.pairs);
    let chunk: FoundLink[] = [];
    let sent = 0;
    const send = () => {
      if (chunk.length > 0) side.post({ type: 'links', links: chunk });
      sent += chunk.length;
      chunk = [];
    };
    for (const [i, pair] of pairs.entries()) {
      const a = byId.get(pair.a);
      const b = byId.get(pair.b);
      if (a && b) {
        const { explanation } = comparePeople(model, a, b);
        chunk.push({ personId: pair.a, otherPersonId: pair.b, score: pair.probability, explanation });
      }
      if (chunk.length === CHUNK) send();
      report({ phase: 'explaining', done: i + 1, total: pairs.length });
    }
    send();
    side.post({ type: 'done', records: records.length, clusters: result.clusters.length, links: sent });
  } finally {
    await db.close();
  }
}

run().catch((error: unknown) => {
  const e = error instanceof Error ? error : new Error(String(error));
  side.post({ type: 'failed', message: e.message, stack: e.stack });
});
