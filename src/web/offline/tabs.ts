// Tabs of the app on one device share one outbox (IndexedDB): what one tab keeps, sends or sets aside
// changes what another must show as waiting. Each change is announced on a BroadcastChannel, and the
// other tabs count again; every tab reads the outbox itself. One tab sends at a time (send-lock.ts), so
// the tab that sent also tells the others what the server answered: a booth whose records another tab
// sent still learns what became of them (a hold by screening, a referral).
import { z } from 'zod';
import { type EventOutcome, EventOutcomeSchema, parseEvent } from '../../api/events';
import type { OutboxRecord } from './sync-rules';

/** What the server answered for records a tab sent, and which of them screening held. */
export type OutboxNews = {
  readonly outcomes: readonly EventOutcome[];
  /** Records sent that screening held, that the sending tab had no booth waiting to show. */
  readonly held: readonly OutboxRecord[];
};

export interface OutboxChanges {
  /** Tells the other tabs that the outbox changed, and what the server answered, when it did. */
  post(news?: OutboxNews): void;
  /**
   * Calls `onChange` when another tab changed the outbox, and `onNews` with what the server answered
   * it; answers a function that stops listening.
   */
  listen(onChange: () => void, onNews?: (news: OutboxNews) => void): () => void;
  close(): void;
}

const NOTICE = 'outbox-changed';

// Read as any message from another tab is: it may come from another version of the app.
const NewsMessage = z.object({
  kind: z.literal('outbox-news'),
  outcomes: z.array(EventOutcomeSchema),
  held: z.array(z.object({ id: z.string(), seq: z.number(), event: z.unknown() })),
});

function readNews(data: unknown): OutboxNews | null {
  const message = NewsMessage.safeParse(data);
  if (!message.success) return null;
  const held = message.data.held.flatMap((r) => {
    const event = parseEvent(r.event);
    return event.ok ? [{ id: r.id, seq: r.seq, event: event.value, refusal: null }] : [];
  });
  return { outcomes: message.data.outcomes, held };
}

/** The channel of the outbox's changes between tabs; one that carries nothing where tabs cannot talk. */
export function outboxChanges(name = 'paso.outbox'): OutboxChanges {
  if (typeof globalThis.BroadcastChannel !== 'function') {
    return { post: () => undefined, listen: () => () => undefined, close: () => undefined };
  }
  const channel = new globalThis.BroadcastChannel(name);
  return {
    post(news) {
      // The answers first: a tab counting again on the notice already knows them.
      if (news !== undefined && news.outcomes.length > 0) {
        channel.postMessage({ kind: 'outbox-news', outcomes: news.outcomes, held: news.held });
      }
      channel.postMessage(NOTICE);
    },
    listen(onChange, onNews) {
      const handler = (event: MessageEvent) => {
        if (event.data === NOTICE) {
          onChange();
          return;
        }
        const news = readNews(event.data);
        if (news !== null) onNews?.(news);
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}
