// Whether a record is being edited on this screen (a sitting at the booth with something typed or
// read): a new version of the app is taken only when none is, never in the middle of one.
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

/** Marks this component's record as being edited while `active` is true. */
export function useEditingRecord(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const key = Symbol('record');
    editing.add(key);
    notify();
    return () => {
      editing.delete(key);
      notify();
    };
  }, [active]);
}

export function useIsEditingRecord(): boolean {
  return useSyncExternalStore(subscribe, isEditing);
}
