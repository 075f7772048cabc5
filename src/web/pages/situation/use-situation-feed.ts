// The situation picture as the map sees it, kept fresh. Every page that shows the live picture reads it
// through this one hook, so that moving from polling to the server-sent events of issue 13 changes
// only this file: `refresh` stays (call it after a write), `picture` and `failure` keep their meaning.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiProblem } from '../../api/problem';
import { type Picture, situationApi } from '../../api/situation-endpoints';

/** How often the picture is asked for while the page is open. */
export const FEED_INTERVAL_MS = 10_000;

export type SituationFeed = {
  /** The last picture received; null until the first arrives. */
  readonly picture: Picture | null;
  /** The last attempt's problem, null once an attempt succeeds; the last picture stays shown. */
  readonly failure: ApiProblem | null;
  /** Asks again now (after a write, or on the reader's request). */
  readonly refresh: () => void;
};

export function useSituationFeed(intervalMs = FEED_INTERVAL_MS): SituationFeed {
  const [picture, setPicture] = useState<Picture | null>(null);
  const [failure, setFailure] = useState<ApiProblem | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const askNow = useRef<(() => void) | null>(null);

  useEffect(() => {
    let stopped = false;
    const fetchOnce = async (force: boolean) => {
      // One request at a time: a slow answer is not overtaken by the next tick's; a refresh after a
      // write replaces a request that may have been answered before the write.
      if (inFlight.current && !force) return;
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      const result = await situationApi.picture({ signal: controller.signal });
      if (controller.signal.aborted) return;
      inFlight.current = null;
      if (stopped) return;
      if (result.ok) {
        setPicture(result.value);
        setFailure(null);
      } else setFailure(result.error);
    };
    askNow.current = () => void fetchOnce(true);
    void fetchOnce(false);
    const timer = setInterval(() => void fetchOnce(false), intervalMs);
    return () => {
      stopped = true;
      askNow.current = null;
      clearInterval(timer);
      inFlight.current?.abort();
      inFlight.current = null;
    };
  }, [intervalMs]);

  const refresh = useCallback(() => askNow.current?.(), []);
  return { picture, failure, refresh };
}
