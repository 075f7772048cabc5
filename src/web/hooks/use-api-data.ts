// Loads one resource from the API for a component: loading, value or problem, and a way to reload.
// A load still running when the component goes away (or reloads) is aborted and its answer ignored.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../api/client';
import type { ApiProblem } from '../api/problem';

export type Loadable<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'error'; readonly problem: ApiProblem };

type Options = {
  /**
   * A reload shows loading, never the answer before it: for an answer that is a check made now (the
   * audit chain's), where the previous one on screen would pass for the new one until it arrives.
   */
  readonly freshOnReload?: boolean;
};

/** `load` must be stable (module-level or useCallback): a new function means a new load. */
export function useApiData<T>(
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
  { freshOnReload = false }: Options = {},
): readonly [Loadable<T>, () => void] {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  // The load whose answer is on screen.
  const shownFor = useRef<unknown>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is how reload asks for a new load.
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) =>
      freshOnReload ? { status: 'loading' } : whileLoading(previous, shownFor.current, load),
    );
    void load(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      shownFor.current = load;
      setState(
        result.ok ? { status: 'ok', value: result.value } : { status: 'error', problem: result.error },
      );
    });
    return () => controller.abort();
  }, [load, generation, freshOnReload]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [state, reload] as const;
}

/**
 * What to show while `load` runs. A reload of what is on screen keeps showing it until the new answer
 * arrives, so tables do not flicker. Another resource (another filter, another checkpoint) shows
 * loading: never the rows of the one before, with their buttons, as if they were its own.
 */
export function whileLoading<T>(previous: Loadable<T>, shownFor: unknown, load: unknown): Loadable<T> {
  return previous.status === 'ok' && shownFor === load ? previous : { status: 'loading' };
}
