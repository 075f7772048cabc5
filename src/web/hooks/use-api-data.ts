// Loads one resource from the API for a component: loading, value or problem, and a way to reload.
// A load still running when the component goes away (or reloads) is aborted and its answer ignored.
import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../api/client';
import type { ApiProblem } from '../api/problem';

export type Loadable<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'error'; readonly problem: ApiProblem };

/** `load` must be stable (module-level or useCallback): a new function means a new load. */
export function useApiData<T>(
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
): readonly [Loadable<T>, () => void] {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    // A reload keeps showing the last value until the new one arrives, so tables do not flicker.
    setState((previous) => (previous.status === 'ok' && generation > 0 ? previous : { status: 'loading' }));
    void load(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setState(
        result.ok ? { status: 'ok', value: result.value } : { status: 'error', problem: result.error },
      );
    });
    return () => controller.abort();
  }, [load, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [state, reload] as const;
}
