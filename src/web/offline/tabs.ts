// Tabs of the app on one device share one outbox (IndexedDB): what one tab keeps, sends or sets aside
// changes what another must show as waiting. Each change is announced on a BroadcastChannel, and the
// other tabs count again. Only a notice travels; every tab reads the outbox itself.

export interface OutboxChanges {
  /** Tells the other tabs that the outbox changed. */
  post(): void;
  /** Calls `onChange` when another tab changed the outbox; answers a function that stops listening. */
  listen(onChange: () => void): () => void;
  close(): void;
}

const NOTICE = 'outbox-changed';

/** The channel of the outbox's changes between tabs; one that carries nothing where tabs cannot talk. */
export function outboxChanges(name = 'paso.outbox'): OutboxChanges {
  if (typeof globalThis.BroadcastChannel !== 'function') {
    return { post: () => undefined, listen: () => () => undefined, close: () => undefined };
  }
  const channel = new globalThis.BroadcastChannel(name);
  return {
    post: () => channel.postMessage(NOTICE),
    listen(onChange) {
      const handler = (event: MessageEvent) => {
        if (event.data === NOTICE) onChange();
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}
