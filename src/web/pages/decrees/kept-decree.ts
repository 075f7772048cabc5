// The decree in force as last read at a checkpoint, kept on the device (localStorage, read back
// through the API's schema) with when it was read: with no server to ask, the booth still shows it,
// marked as possibly out of date. Only when the request found no server; any other refusal shows none.
import { z } from 'zod';
import { DecreeSummarySchema } from '../../../api/decrees';
import type { ApiResult } from '../../api/client';
import type { DecreeInForce } from '../../api/decrees-endpoints';
import { isUnreachable } from '../../api/problem';

/** What the banner shows: the server's answer now, or the one kept on the device and when it was read. */
export type DecreeReading = {
  readonly decree: DecreeInForce | null;
  /** Null when the server answered now; the time (UTC) it was read when this is the kept one. */
  readonly readAt: string | null;
};

const KeptSchema = z.object({ decree: DecreeSummarySchema.nullable(), readAt: z.iso.datetime() });

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const keyOf = (checkpoint: string) => `paso.decree-in-force:${checkpoint}`;

function keep(store: KeyValueStore, checkpoint: string, decree: DecreeInForce | null, readAt: string) {
  try {
    store.setItem(keyOf(checkpoint), JSON.stringify({ decree, readAt }));
  } catch (error) {
    // Storage refused (a private window, full): the banner then shows nothing offline.
    console.warn('the decree in force could not be kept for offline use', error);
  }
}

function kept(store: KeyValueStore, checkpoint: string): DecreeReading | null {
  let value: unknown;
  try {
    value = JSON.parse(store.getItem(keyOf(checkpoint)) ?? 'null');
  } catch {
    // Damaged or not ours: as if nothing was kept.
    return null;
  }
  const parsed = KeptSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Asks the server for the decree in force and keeps its answer; when the server cannot be reached,
 * answers the one kept from the last read, if any.
 */
export async function readDecreeInForce(
  checkpoint: string,
  ask: () => Promise<ApiResult<DecreeInForce | null>>,
  store: KeyValueStore,
  now: () => Date,
): Promise<ApiResult<DecreeReading>> {
  const answer = await ask();
  if (answer.ok) {
    keep(store, checkpoint, answer.value, now().toISOString());
    return { ok: true, value: { decree: answer.value, readAt: null } };
  }
  const last = isUnreachable(answer.error) ? kept(store, checkpoint) : null;
  return last === null ? answer : { ok: true, value: last };
}
