// What repository functions run on: the database or a transaction within it.
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export type Executor = Kysely<Database>;
