// The tally session's presses kept in this tab (sessionStorage), so that a reload — offline too — or a
// visit to the booth and back keeps the running totals and lets Backspace undo a press made before.
// Read back through a schema: whatever else lies there never becomes a press.
import { z } from 'zod';
import { TALLY_CATEGORIES } from '../../../domain/crossings';
import type { Press } from './use-tally-session';

const KEY = 'paso.tally.session';

const PressSchema = z.object({
  id: z.string().uuid(),
  checkpoint: z.string().min(1),
  booth: z.string().nullable(),
  nationality: z.string().nullable(),
  direction: z.enum(['entry', 'exit']),
  category: z.enum(TALLY_CATEGORIES),
});
const SessionSchema = z.object({ user: z.string(), presses: z.array(PressSchema) });

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** The presses this user made in this tab; none for another user or when nothing readable is kept. */
export function recallPresses(storage: Storage, user: string): Press[] {
  let value: unknown = null;
  try {
    value = JSON.parse(storage.getItem(KEY) ?? 'null');
  } catch (error) {
    console.warn('the tally session kept in this tab could not be read', error);
  }
  const parsed = SessionSchema.safeParse(value);
  return parsed.success && parsed.data.user === user ? parsed.data.presses : [];
}

export function keepPresses(storage: Storage, user: string, presses: readonly Press[]): void {
  try {
    storage.setItem(KEY, JSON.stringify({ user, presses }));
  } catch (error) {
    // Storage refused (full, or a private window): the presses are in the outbox all the same.
    console.warn('the tally session could not be kept in this tab', error);
  }
}
