// Two indexes that no query reads. Names are searched with LIKE '%word%', which an index on the name
// key cannot serve (it was read only to count people, which any index of the table does); document
// numbers are compared in the candidate index, in memory, never looked up in the table. Both are
// keyed by values in no order, so every new person wrote an entry on a page of each somewhere in the
// middle: about a tenth of `paso events import`'s time (17.7 s and 17.9 s without them for 200,000
// events, against 19.9 s and 20.1 s with them), and a share of every registration at a booth.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('person_name_key').execute();
  await db.schema.dropIndex('person_document_number').execute();
}
