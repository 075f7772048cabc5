// The figures recounted from every raw event (`GET /api/counts?recount=true`), in a worker thread with
// its own database connection: at a million events the recount reads them all and folds them through
// the counting rules for tens of seconds, which in the serving thread would hold every booth's request
// for as long. The answer is the same figures recountFigures gives in any thread.
import type { FigureRow } from '../../domain/crossings';
import { type FigureQuery, recountFigures } from '../../store/crossings';
import type { DatabaseConfig, Db } from '../../store/db';
import { resultInWorker } from '../jobs/one-shot';

export interface RecountInput {
  readonly database: DatabaseConfig;
  readonly query: FigureQuery;
}

const RECOUNT_WORKER = new URL('./recount-worker.ts', import.meta.url);

/** The recounted figures: in a worker thread, or in this one for a database no other thread can open. */
export function recountOffThread(db: Db, query: FigureQuery): Promise<FigureRow[]> {
  if (db.config.kind === 'sqlite' && db.config.file === ':memory:') return recountFigures(db.kysely, query);
  return resultInWorker<RecountInput, FigureRow[]>(RECOUNT_WORKER, { database: db.config, query });
}
