// Where the supervisor's view opens: at the checkpoint its address names; else at the one the
// supervisor last chose in this tab (kept in sessionStorage by user, under the drafts' prefix, so that
// signing out forgets it); else where they are needed: among the checkpoints they are assigned to, if
// any, the one where most people are held waiting for a supervisor; else the first listed.
import type { Checkpoint } from '../../api/types';
import type { Waiting } from '../../api/views-endpoints';
import { DRAFT_PREFIX } from '../../session/tab-drafts';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const keyOf = (user: string) => `${DRAFT_PREFIX}checkpoint-view.${user}`;

export type OpeningChoice = {
  /** The checkpoint's code in the page's address. */
  readonly asked: string | null;
  /** The checkpoint this supervisor chose last in this tab. */
  readonly kept: string | null;
  /** The ids of the checkpoints the supervisor's account is assigned to; none for the whole operation. */
  readonly assigned: readonly string[];
};

/**
 * The code of the checkpoint the view opens at; null when there is none; undefined while it depends on
 * how many people wait where, which `waiting` does not say yet (still loading). When `waiting` could
 * not be read, pass [] for it: the view still opens, at the first of the supervisor's checkpoints.
 */
export function openingCheckpoint(
  list: readonly Checkpoint[],
  choice: OpeningChoice,
  waiting: Waiting | undefined,
): string | null | undefined {
  const named = list.find((c) => c.code === choice.asked) ?? list.find((c) => c.code === choice.kept);
  if (named !== undefined) return named.code;
  if (list.length === 0) return null;
  if (waiting === undefined) return undefined;
  const own = list.filter((c) => choice.assigned.includes(c.id));
  const candidates = own.length > 0 ? own : list;
  const held = (c: Checkpoint) => waiting.find((w) => w.code === c.code)?.held ?? 0;
  // The most held; on a tie, the first listed.
  let best: Checkpoint | undefined;
  for (const c of candidates) if (best === undefined || held(c) > held(best)) best = c;
  return best?.code ?? null;
}

/** The checkpoint this supervisor chose last in this tab; null when none is kept or it cannot be read. */
export function recallCheckpoint(storage: Storage, user: string): string | null {
  try {
    return storage.getItem(keyOf(user));
  } catch (error) {
    console.warn('the checkpoint chosen in this tab could not be read', error);
    return null;
  }
}

/** Keeps the checkpoint the supervisor chose, so that the view opens there again in this tab. */
export function keepCheckpoint(storage: Storage, user: string, code: string): void {
  try {
    storage.setItem(keyOf(user), code);
  } catch (error) {
    // Storage refused (full, or a private window): the choice is still in the address.
    console.warn('the checkpoint chosen could not be kept in this tab', error);
  }
}
