// What a user typed and has not sent, kept in the browser tab (sessionStorage) so that leaving a page
// and coming back gives it back: kept under one prefix, so that signing out takes all of it away and
// the next person at a shared device finds none of it.
type Storage = Pick<globalThis.Storage, 'key' | 'length' | 'removeItem'>;

/** The prefix of every draft kept in the tab. */
export const DRAFT_PREFIX = 'paso.draft.';

/** Forgets every draft kept in the tab (at sign-out); a storage that refuses leaves the tab as it is. */
export function forgetTabDrafts(storage: Storage): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch (error) {
    console.warn('the drafts kept in this tab could not be forgotten', error);
  }
}
