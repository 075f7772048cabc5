// One API call a form or a button makes: busy while it runs (to disable the controls), and the
// problem it answered with, to show beside them. The caller reads the result to go on.
//
// A control disabled while it has the focus loses it (Chromium moves it to the page's body), so after
// every save a keyboard or screen-reader user started again from the top of the page. When the call
// ends and the focus is still nowhere, it goes back to where it was when the call began (the button
// pressed, enabled again), unless the page has put it somewhere since.
import { useCallback, useEffect, useRef, useState } from 'react';
import { newId } from '../../api/ids';
import type { ApiResult } from '../api/client';
import type { ApiProblem } from '../api/problem';

export type ApiCall = {
  readonly busy: boolean;
  readonly problem: ApiProblem | null;
  /** Runs the call, clearing the last problem first and keeping the new one if it fails. */
  readonly run: <T>(call: () => Promise<ApiResult<T>>) => Promise<ApiResult<T>>;
  /**
   * Forgets the last problem (when the form is changed or another message takes its place), and the
   * problem of a call still running: it answers a form as it was before the change.
   */
  readonly clear: () => void;
};

/**
 * For a form busy with more than one call (a file read, then sent): once `busy` ends, the focus goes
 * back to where it was when the returned function was called, if it is still nowhere.
 */
export function useFocusBack(busy: boolean): () => void {
  const focusedBefore = useRef<Element | null>(null);
  useEffect(() => {
    if (busy) return;
    const before = focusedBefore.current;
    focusedBefore.current = null;
    if (before instanceof HTMLElement && before.isConnected && focusIsLost()) before.focus();
  }, [busy]);
  return useCallback(() => {
    focusedBefore.current = typeof document === 'undefined' ? null : document.activeElement;
  }, []);
}

export function useApiCall(): ApiCall {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const rememberFocus = useFocusBack(busy);
  // Each clear starts a new generation: a call that ends in a later one than it began in keeps no problem.
  const generation = useRef(0);
  const run = useCallback(
    async <T>(call: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> => {
      rememberFocus();
      setBusy(true);
      setProblem(null);
      const began = generation.current;
      const result = await call();
      setBusy(false);
      if (!result.ok && generation.current === began) setProblem(result.error);
      return result;
    },
    [rememberFocus],
  );
  const clear = useCallback(() => {
    generation.current += 1;
    setProblem(null);
  }, []);
  return { busy, problem, run, clear };
}

const focusIsLost = () => document.activeElement === null || document.activeElement === document.body;

type IdempotentWrite = ApiCall & {
  /**
   * Sends the write under the form's id, made in the browser: sending again after a lost answer
   * reuses it, so the server applies the write once; once the server has accepted it the next write
   * gets a new id.
   */
  readonly write: <T>(send: (id: string) => Promise<ApiResult<T>>) => Promise<ApiResult<T>>;
};

/** A form's call that creates a record: one write at a time, idempotent by its id. */
export function useIdempotentWrite(): IdempotentWrite {
  const [id, setId] = useState(() => newId());
  const call = useApiCall();
  const { run } = call;
  const write = useCallback(
    async <T>(send: (id: string) => Promise<ApiResult<T>>): Promise<ApiResult<T>> => {
      const result = await run(() => send(id));
      if (result.ok) setId(newId());
      return result;
    },
    [id, run],
  );
  return { ...call, write };
}
