// The sync loop's state for components, and the one way pages hand it records.
import { useSyncExternalStore } from 'react';
import { getSync } from './instance';
import type { SyncState } from './sync';

const subscribe = (listener: () => void) => getSync().subscribe(listener);
const snapshot = () => getSync().getState();

export function useSyncState(): SyncState {
  return useSyncExternalStore(subscribe, snapshot);
}
