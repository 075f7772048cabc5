// The situation picture as the map sees it, kept fresh: asked again whenever the server's event stream
// says incidents, observations or figures changed, and every minute besides (the stream's own polling
// takes over while it is down). `refresh` asks at once (call it after a write).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiProblem } from '../../api/problem';
import { type Picture, situationApi } from '../../api/situation-endpoints';
import { type LiveTopic, useLiveFigures } from '../dashboard/use-live-figures';

/** How often the picture is asked for while the page is open, besides the live stream's news. */
export const FEED_INTERVAL_MS = 60_000;
const TOPICS: readonly LiveTopic[] = ['incidents', 'observations', 'figures', 'shelters'];

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
  useLiveFigures(refresh, TOPICS);
  return { picture, failure, refresh };
}
