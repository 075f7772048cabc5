// The time from posting an event to one server until the `figures` event arrives on a live stream
// open on another (or the same) server.
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../src/store/demo';
import { loginOver } from '../test/support/process';

type Server = { readonly url: string };

async function logIn(s: Server, username: string) {
  const headers = await loginOver(s.url, username, DEMO_PASSWORD);
  return { cookie: headers.cookie, csrf: headers['x-csrf-token'] };
}

export async function measureLive(poster: Server, listener: Server, times: number): Promise<number[]> {
  const officer = await logIn(poster, 'oficial.santarosa');
  const analyst = await logIn(listener, 'analista');
  const abort = new AbortController();
  const response = await fetch(`${listener.url}/api/live`, {
    headers: { cookie: analyst.cookie },
    signal: abort.signal,
  });
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('no stream');
  let buffer = '';
  const nextFigures = async () => {
    for (;;) {
      const at = buffer.indexOf('event: figures');
      if (at >= 0) {
        const end = buffer.indexOf('\n\n', at);
        if (end >= 0) {
          buffer = buffer.slice(end + 2);
          return;
        }
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += value;
    }
  };
  const out: number[] = [];
  try {
    for (let i = 0; i < times; i += 1) {
      // Past the stream's coalescing window, so that each event goes out on its own at once.
      await new Promise((r) => setTimeout(r, 300));
      const started = performance.now();
      const arrived = nextFigures();
      const post = await fetch(`${poster.url}/api/events`, {
        method: 'POST',
        headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({
          events: [
            {
              kind: 'tally',
              id: randomUUID(),
              at: new Date().toISOString(),
              checkpoint: 'PE-SANTA-ROSA',
              direction: 'entry',
              category: 'man',
              count: 1,
            },
          ],
        }),
      });
      if (post.status !== 200) throw new Error(`POST answered ${post.status}`);
      await arrived;
      out.push(performance.now() - started);
    }
  } finally {
    abort.abort();
  }
  return out;
}
