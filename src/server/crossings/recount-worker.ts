// In a worker thread started by recountOffThread (recount.ts): the figures recounted from every raw
// event, read with this thread's own database connection.
import { recountFigures } from '../../store/crossings';
import { openDatabase } from '../../store/db';
import { answerInThisThread } from '../jobs/one-shot';
import type { RecountInput } from './recount';

answerInThisThread<RecountInput, Awaited<ReturnType<typeof recountFigures>>>(async ({ database, query }) => {
  const db = openDatabase(database.kind === 'postgres' ? { ...database, poolSize: 1 } : database);
  try {
    return await recountFigures(db.kysely, query);
  } finally {
    await db.close();
  }
});
