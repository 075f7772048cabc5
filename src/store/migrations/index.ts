// Every migration, in order. Numbered, forward-only, never edited once merged.
import type { Kysely, Migration } from 'kysely';
import * as spine from './0001-spine';
import * as people from './0002-people';
import * as documentPolicy from './0003-document-policy';
import * as crossings from './0004-crossings';
import * as auditKeyedChain from './0005-audit-keyed-chain';
import * as care from './0008-care';

export type Dialect = 'sqlite' | 'postgres';

type Step = (db: Kysely<unknown>, dialect: Dialect) => Promise<void>;
const steps: Readonly<Record<string, Step>> = {
  '0001-spine': spine.up,
  '0002-people': people.up,
  '0003-document-policy': documentPolicy.up,
  '0004-crossings': crossings.up,
  '0005-audit-keyed-chain': auditKeyedChain.up,
  '0008-care': care.up,
};

export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(steps).map(([name, up]) => [name, { up: (db: Kysely<unknown>) => up(db, dialect) }]),
  );
}
