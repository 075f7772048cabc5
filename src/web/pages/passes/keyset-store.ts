// The keyset kept on the device (localStorage) for verifying passes offline: refreshed from the server
// whenever there is a network, read back (and checked against its schema) when there is none.
import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import { PassKeyset } from '../../../api/passes';
import { passesApi } from '../../api/passes-endpoints';

const STORAGE_KEY = 'paso.passes.keyset';
const Kept = z.object({ keyset: PassKeyset, fetchedAt: z.string() });
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
      const next = { keyset: result.value, fetchedAt: new Date().toISOString() };
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
