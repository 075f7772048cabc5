// The keyset kept on the device (localStorage) for verifying passes offline: refreshed from the server
// whenever there is a network, read back (and checked against its schema) when there is none. When it
// was downloaded is kept on the server's clock: a checkpoint officer judges by it whether the keys are
// fresh, and the device's own clock may be hours off.
import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import { PassKeyset } from '../../../api/passes';
import { passesApi } from '../../api/passes-endpoints';
import { serverTime } from '../../offline/server-clock';

const STORAGE_KEY = 'paso.passes.keyset';
const Kept = z.object({
  keyset: PassKeyset,
  fetchedAt: z.string(),
  /** Which clock `fetchedAt` is on: the server's, as the download's answer said; absent, the device's (kept by an earlier version). */
  clock: z.literal('server').optional(),
});
export type KeptKeyset = z.infer<typeof Kept>;

/**
 * The keyset kept on this device, or null. One kept by an earlier version still holds each revocation's
 * reason as written: it is read without it, and kept again without it, so that the device no longer
 * holds what only supervisors may read even before its next download.
 */
export function readKept(): KeptKeyset | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    const parsed = Kept.safeParse(JSON.parse(stored ?? 'null'));
    if (!parsed.success) return null;
    const kept = JSON.stringify(parsed.data);
    if (kept !== stored) window.localStorage.setItem(STORAGE_KEY, kept);
    return parsed.data;
  } catch (error) {
    console.warn('the kept pass keyset could not be read', error);
    return null;
  }
}

export type KeysetState = {
  readonly kept: KeptKeyset | null;
  /** 'fresh': just fetched; 'kept': from the device (offline or the server did not answer). */
  readonly source: 'loading' | 'fresh' | 'kept' | 'none';
  readonly refresh: () => void;
};

export function useKeyset(): KeysetState {
  const [kept, setKept] = useState<KeptKeyset | null>(readKept);
  const [source, setSource] = useState<KeysetState['source']>('loading');
  const refresh = useCallback(() => {
    void passesApi.getKeyset().then((result) => {
      if (!result.ok) {
        setSource(readKept() === null ? 'none' : 'kept');
        return;
      }
      // The answer just taught the device the server's clock (server-clock.ts): its time is the download's.
      const { at, onServerClock } = serverTime();
      const next: KeptKeyset = onServerClock
        ? { keyset: result.value, fetchedAt: at, clock: 'server' }
        : { keyset: result.value, fetchedAt: at };
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      setKept(next);
      setSource('fresh');
    });
  }, []);
  useEffect(() => {
    refresh();
    window.addEventListener('online', refresh);
    return () => window.removeEventListener('online', refresh);
  }, [refresh]);
  return { kept, source, refresh };
}
