// What applyEvents needs in the store tests: the database's places, the demo officer recording at a
// fixed time, holds resolvable, and ids counted from f0000000-0000-4000-8000-000000000001.
import { type ApplyContext, loadPlaces } from '../../src/store/crossings';
import { DEMO_USERS } from '../../src/store/demo';
import type { Executor } from '../../src/store/executor';

export async function applyContextOf(db: Executor, now: string): Promise<ApplyContext> {
  let seq = 0;
  return {
    places: await loadPlaces(db),
    recordedBy: DEMO_USERS[0]?.id ?? '',
    now,
    newId: () => `f0000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
    mayResolveHolds: true,
  };
}
