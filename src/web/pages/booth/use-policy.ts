// The document rules in force for an open booth: read on opening, and again every minute, when the page
// comes back into view or the network returns, so that a version a supervisor saves reaches booths that
// stay open for a whole shift. A failed reading (offline) keeps the rules already read.
import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../../api/client';
import type { StoredPolicy } from '../../api/types';
import type { Loadable } from '../../hooks/use-api-data';
import { useReread } from '../../hooks/use-reread';
import { loadPolicy } from './load';

const REREAD_MS = 60_000;

export function usePolicyInForce(): readonly [Loadable<StoredPolicy>, () => void] {
  const [state, setState] = useState<Loadable<StoredPolicy>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is how reload asks for a new reading.
  useEffect(() => {
    const controller = new AbortController();
    void loadPolicy(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setState((previous) => nextState(previous, result));
    });
    return () => controller.abort();
  }, [generation]);

  useReread(reload, REREAD_MS);

  return [state, reload] as const;
}

/**
 * The rules to use after a reading: a new version replaces the one on screen; the same version keeps
 * it (nothing recomputed); a failure keeps rules already read, and is shown only when there are none.
 */
export function nextState(
  previous: Loadable<StoredPolicy>,
  result: ApiResult<StoredPolicy>,
): Loadable<StoredPolicy> {
  if (!result.ok) return previous.status === 'ok' ? previous : { status: 'error', problem: result.error };
  if (previous.status === 'ok' && previous.value.version === result.value.version) return previous;
  return { status: 'ok', value: result.value };
}
