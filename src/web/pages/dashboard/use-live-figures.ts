// Keeps figures live: listens to the server's event stream (GET /api/live) and calls `onChange` when
// the figures change (or whichever topics are asked for: incidents, observations, shelters); while the stream is down (a proxy that cuts it, a server restarting) it polls
// instead, until the stream is open again. EventSource reconnects by itself.
import { useEffect, useRef, useState } from 'react';

export type LiveState = 'connecting' | 'live' | 'polling';

const POLL_MS = 30_000;

export type LiveTopic = 'figures' | 'incidents' | 'observations' | 'shelters';

export function useLiveFigures(onChange: () => void, topics: readonly LiveTopic[] = ['figures']): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const latest = useRef(onChange);
  latest.current = onChange;

  // The topics are a constant of each caller, compared as text; a new list means a new stream.
  const key = topics.join(',');

  useEffect(() => {
    const source = new EventSource('/api/live');
    let poll: number | undefined;
    const stopPolling = () => {
      if (poll !== undefined) window.clearInterval(poll);
      poll = undefined;
    };
    source.addEventListener('open', () => {
      stopPolling();
      setState('live');
      // Whatever changed while the stream was down is read again now.
      latest.current();
    });
    for (const topic of key.split(',')) source.addEventListener(topic, () => latest.current());
    source.addEventListener('error', () => {
      setState('polling');
      if (poll === undefined) poll = window.setInterval(() => latest.current(), POLL_MS);
    });
    return () => {
      stopPolling();
      source.close();
    };
  }, [key]);
  return state;
}
