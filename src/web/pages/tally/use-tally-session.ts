// A tally session: each press becomes one tally event, each undo a correction that voids the last
// press still standing; both go out through the outbox. The session's presses make its totals.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PasoEvent } from '../../../api/events';
import type { TallyCategory } from '../../../domain/crossings';
import { api } from '../../api/paso';
import { createOutbox, EMPTY_OUTBOX, type Outbox, type OutboxState } from './outbox';
import type { TallyDirection } from './tally-keys';

/** Where the presses are made: a checkpoint code, and a booth code and nationality when known. */
export interface TallyPlace {
  readonly checkpoint: string;
  readonly booth: string | null;
  readonly nationality: string | null;
}

export interface Press extends TallyPlace {
  readonly id: string;
  readonly direction: TallyDirection;
  readonly category: TallyCategory;
}

const schedule = (run: () => void, ms: number) => {
  const id = window.setTimeout(run, ms);
  return () => window.clearTimeout(id);
};

function useOutbox(storageKey: string) {
  const [state, setState] = useState<OutboxState>(EMPTY_OUTBOX);
  const box = useRef<Outbox | null>(null);
  useEffect(() => {
    const outbox = createOutbox({
      send: (events) => api.postEvents(events),
      storage: window.localStorage,
      key: storageKey,
      onChange: setState,
      schedule,
    });
    box.current = outbox;
    outbox.flush();
    const retry = () => outbox.flush();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      outbox.stop();
      box.current = null;
    };
  }, [storageKey]);
  const add = useCallback((event: PasoEvent) => box.current?.add(event), []);
  const retry = useCallback(() => box.current?.flush(), []);
  return { state, add, retry };
}

export function useTallySession(storageKey: string) {
  const outbox = useOutbox(storageKey);
  const { add } = outbox;
  // Kept in a ref as well, so that presses and undos in quick succession each see the last one.
  const presses = useRef<Press[]>([]);
  const [shown, setShown] = useState<readonly Press[]>([]);

  const press = useCallback(
    /** Makes a press; answers the session's presses with it, the last. */
    (place: TallyPlace, direction: TallyDirection, category: TallyCategory): readonly Press[] => {
      const made: Press = { ...place, id: crypto.randomUUID(), direction, category };
      add({
        kind: 'tally',
        id: made.id,
        at: new Date().toISOString(),
        checkpoint: place.checkpoint,
        ...(place.booth === null ? {} : { booth: place.booth }),
        direction,
        category,
        ...(place.nationality === null ? {} : { nationality: place.nationality }),
        count: 1,
      });
      presses.current = [...presses.current, made];
      setShown(presses.current);
      return presses.current;
    },
    [add],
  );

  /** Voids the last press still standing; null when there is none. */
  const undo = useCallback((): Press | null => {
    const last = presses.current.at(-1);
    if (last === undefined) return null;
    add({
      kind: 'correction',
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      checkpoint: last.checkpoint,
      ...(last.booth === null ? {} : { booth: last.booth }),
      corrects: last.id,
      void: true,
    });
    presses.current = presses.current.slice(0, -1);
    setShown(presses.current);
    return last;
  }, [add]);

  return { presses: shown, press, undo, outbox: outbox.state, retry: outbox.retry };
}
