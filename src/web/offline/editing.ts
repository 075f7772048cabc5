// Whether a record is being edited on this screen (a sitting at the booth with something typed or
// read): a new version of the app is taken only when none is, never in the middle of one, and a
// reload or a closed tab asks first, since what is typed but not sent is not kept anywhere.
import { useEffect, useSyncExternalStore } from 'react';

const editing = new Set<symbol>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const isEditing = (): boolean => editing.size > 0;

// The browser's own "leave the page?" question (its words, not ours): preventing beforeunload's
// default asks it in every current browser (Chromium since 119).
function askBeforeLeaving(event: Event): void {
  event.preventDefault();
}

/**
 * Makes `page` ask before it goes (a reload, a closed tab) until the returned release is called: a
 * person or family being typed would otherwise be lost without a word.
 */
export function askBeforeLeavingPage(page: EventTarget): () => void {
  page.addEventListener('beforeunload', askBeforeLeaving);
  return () => page.removeEventListener('beforeunload', askBeforeLeaving);
}

/** Marks this component's record as being edited while `active` is true. */
export function useEditingRecord(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const key = Symbol('record');
    editing.add(key);
    notify();
    const release = askBeforeLeavingPage(window);
    return () => {
      release();
      editing.delete(key);
      notify();
    };
  }, [active]);
}

export function useIsEditingRecord(): boolean {
  return useSyncExternalStore(subscribe, isEditing);
}
