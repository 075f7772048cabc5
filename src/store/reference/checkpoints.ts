// Checkpoints (border posts) and their booths: read, made, changed, and booths retired (never deleted,
// so that the events recorded at them keep their place).
import type { Executor } from '../executor';

export interface Booth {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  /** Retired booths keep their history but are no longer offered to officers. */
  readonly retired: boolean;
}

export interface Checkpoint {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly country: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly timeZone: string;
  readonly demo: boolean;
  readonly booths: readonly Booth[];
  /** While its events are counted again under a corrected zone, in the background: how far. */
  readonly recount?: { readonly done: number; readonly total: number };
}

export type NewBooth = Omit<Booth, 'retired'>;
export type NewCheckpoint = Omit<Checkpoint, 'demo' | 'booths' | 'recount'> & {
  readonly demo?: boolean;
  readonly booths: readonly NewBooth[];
};

/** What may change of a checkpoint: everything but its id and its code, which events refer to. */
export type CheckpointChange = Partial<
  Pick<Checkpoint, 'name' | 'country' | 'latitude' | 'longitude' | 'timeZone'>
>;

// `only` limits the answer to the given checkpoints (an officer's assignment); undefined means all.
export async function listCheckpoints(db: Executor, only?: readonly string[]): Promise<Checkpoint[]> {
  if (only?.length === 0) return [];
  let query = db.selectFrom('checkpoint').selectAll();
  if (only) query = query.where('id', 'in', only);
  const rows = await query.orderBy('code').execute();
  if (rows.length === 0) return [];
  const booths = await db
    .selectFrom('booth')
    .selectAll()
    .where(
      'checkpoint_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('code')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    country: r.country,
    latitude: r.latitude,
    longitude: r.longitude,
    timeZone: r.time_zone,
    demo: r.demo === 1,
    ...(r.recount_after !== null && { recount: { done: r.recount_done, total: r.recount_total } }),
    booths: booths
      .filter((b) => b.checkpoint_id === r.id)
      .map((b) => ({ id: b.id, code: b.code, name: b.name, retired: b.retired_at !== null })),
  }));
}

/** The checkpoint with this code, with all its booths (retired ones too), or undefined. */
export async function findCheckpoint(db: Executor, code: string): Promise<Checkpoint | undefined> {
  const row = await db.selectFrom('checkpoint').select('id').where('code', '=', code).executeTakeFirst();
  if (!row) return undefined;
  const [found] = await listCheckpoints(db, [row.id]);
  return found;
}

export async function insertCheckpoint(db: Executor, checkpoint: NewCheckpoint, now: string): Promise<void> {
  await db
    .insertInto('checkpoint')
    .values({
      id: checkpoint.id,
      code: checkpoint.code,
      name: checkpoint.name,
      country: checkpoint.country,
      latitude: checkpoint.latitude,
      longitude: checkpoint.longitude,
      time_zone: checkpoint.timeZone,
      demo: checkpoint.demo ? 1 : 0,
      created_at: now,
    })
    .execute();
  for (const booth of checkpoint.booths) await insertBooth(db, checkpoint.id, booth);
}

export async function updateCheckpoint(db: Executor, id: string, change: CheckpointChange): Promise<void> {
  const set = {
    ...(change.name !== undefined && { name: change.name }),
    ...(change.country !== undefined && { country: change.country }),
    ...(change.latitude !== undefined && { latitude: change.latitude }),
    ...(change.longitude !== undefined && { longitude: change.longitude }),
    ...(change.timeZone !== undefined && { time_zone: change.timeZone }),
  };
  if (Object.keys(set).length === 0) return;
  await db.updateTable('checkpoint').set(set).where('id', '=', id).execute();
}

export async function insertBooth(db: Executor, checkpointId: string, booth: NewBooth): Promise<void> {
  await db
    .insertInto('booth')
    .values({ id: booth.id, checkpoint_id: checkpointId, code: booth.code, name: booth.name })
    .execute();
}

/** Renames a booth, retires it (at `now`) or puts it back in use; its code and its events stay. */
export async function updateBooth(
  db: Executor,
  boothId: string,
  change: { readonly name?: string | undefined; readonly retired?: boolean | undefined },
  now: string,
): Promise<void> {
  const set = {
    ...(change.name !== undefined && { name: change.name }),
    ...(change.retired !== undefined && { retired_at: change.retired ? now : null }),
  };
  if (Object.keys(set).length === 0) return;
  await db.updateTable('booth').set(set).where('id', '=', boothId).execute();
}

export async function existingCheckpointIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('checkpoint').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
