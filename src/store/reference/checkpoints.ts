// Checkpoints (border posts) and their booths.
import type { Executor } from '../executor';

export interface Booth {
  readonly id: string;
  readonly code: string;
  readonly name: string;
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
}

export type NewCheckpoint = Omit<Checkpoint, 'demo'> & { readonly demo?: boolean };

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
    booths: booths
      .filter((b) => b.checkpoint_id === r.id)
      .map((b) => ({ id: b.id, code: b.code, name: b.name })),
  }));
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
  if (checkpoint.booths.length === 0) return;
  await db
    .insertInto('booth')
    .values(
      checkpoint.booths.map((b) => ({ id: b.id, checkpoint_id: checkpoint.id, code: b.code, name: b.name })),
    )
    .execute();
}

export async function existingCheckpointIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('checkpoint').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
