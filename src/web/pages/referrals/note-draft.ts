// A closing note typed and not yet sent, kept in this tab (sessionStorage) by user and referral: Back,
// another page and a return, or a reload give it back instead of losing it. Sent, or at sign-out, it is
// forgotten.
import { DRAFT_PREFIX } from '../../session/tab-drafts';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

// Under the drafts' prefix: signing out forgets it (src/web/session/tab-drafts.ts).
const keyOf = (user: string, referral: string) => `${DRAFT_PREFIX}referral-note.${user}.${referral}`;

/** The note this user typed for this referral in this tab; '' when none is kept or it cannot be read. */
export function recallNote(storage: Storage, user: string, referral: string): string {
  try {
    return storage.getItem(keyOf(user, referral)) ?? '';
  } catch (error) {
    console.warn('a closing note kept in this tab could not be read', error);
    return '';
  }
}

/** Keeps the note as typed; a blank one (or one sent: forgetNote) leaves nothing behind. */
export function keepNote(storage: Storage, user: string, referral: string, note: string): void {
  try {
    if (note.trim() === '') storage.removeItem(keyOf(user, referral));
    else storage.setItem(keyOf(user, referral), note);
  } catch (error) {
    // Storage refused (full, or a private window): the note is still in the field.
    console.warn('a closing note could not be kept in this tab', error);
  }
}

export const forgetNote = (storage: Storage, user: string, referral: string): void =>
  keepNote(storage, user, referral, '');
