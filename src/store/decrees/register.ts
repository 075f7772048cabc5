// The decree register's records: a decree is recorded once (idempotent by id), amended by a new
// version that keeps every earlier one, and read back with the domain's schema. The rules of the
// register (overlaps, extensions) are the domain's; the caller checks them in the same transaction.
import { z } from 'zod';
import {
  type Decree,
  type DecreeContent,
  DecreeContentSchema,
  type DecreeRef,
  type DecreeSummary,
  decreeInForce as inForceOf,
  periodOf,
  summaryOf,
} from '../../domain/decrees';
import type { Executor } from '../executor';
import { insertOnce } from '../insert-once';
import { readStoredJson } from '../stored-json';

export interface DecreeVersion {
  readonly version: number;
  readonly change: 'recorded' | 'amended';
  readonly reason: string | null;
  /** The display name of who recorded it, as people are named across the app; null for the system (the demo). */
  readonly recordedBy: string | null;
  readonly recordedAt: string;
  readonly content: DecreeContent;
}

export interface RecordedDecree extends Decree {
  readonly createdAt: string;
  readonly updatedAt: string;
}

type Row = {
  id: string;
  extends_id: string | null;
  version: number;
  body: string;
  created_at: string;
  updated_at: string;
};

// Every group of crossings reads the decrees in force; a body's text is checked against the schema
// once, and the same text read again is the same content (a changed body is new text, checked anew).
const checkedBodies = new Map<string, DecreeContent>();
const MAX_CHECKED = 256;

function contentOf(body: string, key: string, table = 'decree'): DecreeContent {
  const known = checkedBodies.get(body);
  if (known !== undefined) return known;
  const content = readStoredJson(body, DecreeContentSchema, { table, column: 'body', key });
  if (checkedBodies.size >= MAX_CHECKED) checkedBodies.clear();
  checkedBodies.set(body, content);
  return content;
}

function decreeOf(row: Row): RecordedDecree {
  return {
    id: row.id,
    extends: row.extends_id,
    version: row.version,
    ...contentOf(row.body, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const COLUMNS = ['id', 'extends_id', 'version', 'body', 'created_at', 'updated_at'] as const;

/** Every decree as its latest version says, in order of their first day. */
export async function listDecrees(db: Executor): Promise<RecordedDecree[]> {
  const rows = await db.selectFrom('decree').select(COLUMNS).orderBy('starts_at').orderBy('id').execute();
  return rows.map(decreeOf);
}

export async function findDecree(db: Executor, id: string): Promise<RecordedDecree | undefined> {
  const row = await db.selectFrom('decree').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? decreeOf(row) : undefined;
}

/** Every version of a decree, the first first. */
export async function decreeHistory(db: Executor, id: string): Promise<DecreeVersion[]> {
  const rows = await db
    .selectFrom('decree_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.recorded_by')
    .select([
      'v.decree_id',
      'v.version',
      'v.body',
      'v.change',
      'v.reason',
      'u.display_name as recorded_by',
      'v.recorded_at',
    ])
    .where('v.decree_id', '=', id)
    .orderBy('v.version')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    change: r.change === 'amended' ? 'amended' : 'recorded',
    reason: r.reason,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
    content: contentOf(r.body, `${r.decree_id} v${r.version}`, 'decree_version'),
  }));
}

// Only the content's own fields are stored: a decree record handed in whole keeps its id and links apart.
const contentJson = (d: DecreeContent): string =>
  JSON.stringify(
    DecreeContentSchema.parse({
      number: d.number,
      title: d.title,
      issuedOn: d.issuedOn,
      publishedOn: d.publishedOn,
      legalBasis: d.legalBasis,
      timeZone: d.timeZone,
      startsOn: d.startsOn,
      endsOn: d.endsOn,
      checkpoints: d.checkpoints,
      areas: d.areas,
      rightsSuspended: d.rightsSuspended,
      measures: d.measures,
      units: d.units,
    }),
  );

function periodColumns(d: DecreeContent) {
  const { from, to } = periodOf(d);
  return { starts_at: new Date(from).toISOString(), ends_at: new Date(to).toISOString() };
}

export interface Recording {
  readonly by: string | null;
  readonly at: string;
  readonly demo?: boolean;
}

/** Records a new decree as its version 1. False when a decree with this id is already recorded. */
export async function insertDecree(
  db: Executor,
  decree: Omit<Decree, 'version'>,
  how: Recording,
): Promise<boolean> {
  const { id, extends: extendsId, ...content } = decree;
  const body = contentJson(content);
  const inserted = await insertOnce(db, 'decree', 'id', {
    id,
    number: content.number,
    extends_id: extendsId,
    version: 1,
    body,
    ...periodColumns(content),
    created_at: how.at,
    created_by: how.by,
    updated_at: how.at,
    demo: how.demo ? 1 : 0,
  });
  if (!inserted) return false;
  await db
    .insertInto('decree_version')
    .values({
      decree_id: id,
      version: 1,
      body,
      change: 'recorded',
      reason: null,
      recorded_by: how.by,
      recorded_at: how.at,
    })
    .execute();
  return true;
}

/**
 * Replaces a decree's content with a new version, keeping the old one in its history. 'stale' when
 * the decree is no longer at `baseVersion` (someone amended it meanwhile): nothing is overwritten.
 */
export async function amendDecree(
  db: Executor,
  id: string,
  content: DecreeContent,
  how: Recording & { readonly baseVersion: number; readonly reason: string },
): Promise<'amended' | 'stale'> {
  const version = how.baseVersion + 1;
  const body = contentJson(content);
  const result = await db
    .updateTable('decree')
    .set({ number: content.number, version, body, ...periodColumns(content), updated_at: how.at })
    .where('id', '=', id)
    .where('version', '=', how.baseVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return 'stale';
  await db
    .insertInto('decree_version')
    .values({
      decree_id: id,
      version,
      body,
      change: 'amended',
      reason: how.reason,
      recorded_by: how.by,
      recorded_at: how.at,
    })
    .execute();
  return 'amended';
}

/** The decrees in force at some instant between two (ISO 8601 UTC, both included). */
export async function decreesCovering(
  db: Executor,
  fromIso: string,
  toIso: string,
): Promise<RecordedDecree[]> {
  const rows = await db
    .selectFrom('decree')
    .select(COLUMNS)
    .where('starts_at', '<=', toIso)
    .where('ends_at', '>', fromIso)
    .execute();
  return rows.map(decreeOf);
}

/**
 * The decree in force at a checkpoint (by code) and instant, for crossings between two instants (ISO
 * 8601 UTC, both included): the register is read once, for what applyEvents records with each crossing.
 */
export async function decreeLookup(
  db: Executor,
  fromIso: string,
  toIso: string,
): Promise<(checkpointCode: string, atIso: string) => DecreeRef | null> {
  const register = await decreesCovering(db, fromIso, toIso);
  return (checkpointCode, atIso) => {
    const found = inForceOf(register, checkpointCode, Date.parse(atIso));
    return found ? { id: found.id, number: found.number } : null;
  };
}

const IsoInstant = z.iso.datetime({ offset: true });

/**
 * The decree in force at a checkpoint (by code) at an instant (ISO 8601), or null: what the booth
 * shows, what a crossing records and what the sitrep prints. Null too for an instant that does not read.
 */
export async function decreeInForce(
  db: Executor,
  checkpointCode: string,
  atIso: string,
): Promise<DecreeSummary | null> {
  if (!IsoInstant.safeParse(atIso).success) return null;
  const at = new Date(atIso).toISOString();
  const found = inForceOf(await decreesCovering(db, at, at), checkpointCode, Date.parse(at));
  return found ? summaryOf(found) : null;
}
