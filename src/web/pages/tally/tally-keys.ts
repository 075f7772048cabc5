// The tally pad's keys: the row of digits for arrivals and the row below for departures, column by
// column the same categories (on a QWERTY keyboard 1 sits over Q), and Backspace to undo.
import type { TallyCategory } from '../../../domain/crossings';

export type TallyDirection = 'entry' | 'exit';

export interface TallyKey {
  readonly key: string;
  readonly direction: TallyDirection;
  readonly category: TallyCategory;
}

export const TALLY_KEYS: readonly TallyKey[] = [
  { key: '1', direction: 'entry', category: 'man' },
  { key: '2', direction: 'entry', category: 'woman' },
  { key: '3', direction: 'entry', category: 'boy' },
  { key: '4', direction: 'entry', category: 'girl' },
  { key: '5', direction: 'entry', category: 'unknown' },
  { key: 'q', direction: 'exit', category: 'man' },
  { key: 'w', direction: 'exit', category: 'woman' },
  { key: 'e', direction: 'exit', category: 'boy' },
  { key: 'r', direction: 'exit', category: 'girl' },
  { key: 't', direction: 'exit', category: 'unknown' },
];

export const UNDO_KEY = 'Backspace';

export type KeyAction =
  | { readonly kind: 'tally'; readonly direction: TallyDirection; readonly category: TallyCategory }
  | { readonly kind: 'undo' };

/** What a key press asks for, or null when it is not one of the pad's keys. */
export function keyAction(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}): KeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (event.key === UNDO_KEY) return { kind: 'undo' };
  const found = TALLY_KEYS.find((k) => k.key === event.key.toLowerCase());
  return found === undefined ? null : { kind: 'tally', direction: found.direction, category: found.category };
}

/** Keys typed into a field belong to the field, not to the pad. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

const KEYS_OFF = 'paso.tally.keys-off';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Whether the pad's single keys count on this device. They do unless the officer turned them off
 * (WCAG 2.1.4: a speech-input user's dictation, or a key hit by mistake, must be able not to count).
 */
export function keysCount(storage: Storage): boolean {
  try {
    return storage.getItem(KEYS_OFF) === null;
  } catch (error) {
    console.warn('whether the tally keys count could not be read on this device', error);
    return true;
  }
}

export function keepKeysCount(storage: Storage, on: boolean): void {
  try {
    if (on) storage.removeItem(KEYS_OFF);
    else storage.setItem(KEYS_OFF, 'true');
  } catch (error) {
    // Storage refused (a private window): the choice holds on this page until it is left.
    console.warn('whether the tally keys count could not be kept on this device', error);
  }
}
