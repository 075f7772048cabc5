// One API call a form or a button makes: busy while it runs (to disable the controls), and the
// problem it answered with, to show beside them. The caller reads the result to go on.
import { useCallback, useState } from 'react';
import type { ApiResult } from '../api/client';
import type { ApiProblem } from '../api/problem';

export type ApiCall = {
  readonly busy: boolean;
  readonly problem: ApiProblem | null;
  /** Runs the call, clearing the last problem first and keeping the new one if it fails. */
  readonly run: <T>(call: () => Promise<ApiResult<T>>) => Promise<ApiResult<T>>;
  /** Forgets the last problem (when the form is changed or another message takes its place). */
  readonly clear: () => void;
};

export function useApiCall(): ApiCall {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const run = useCallback(async <T>(call: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> => {
    setBusy(true);
    setProblem(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) setProblem(result.error);
    return result;
  }, []);
  const clear = useCallback(() => setProblem(null), []);
  return { busy, problem, run, clear };
}
