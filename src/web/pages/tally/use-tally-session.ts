// A tally session: each press becomes one tally event, each undo a correction that voids the last
// press still standing; both go out through the offline outbox. The session's presses make its totals;
// they are kept in the tab, so a reload or a visit to another page does not start them again from zero.
import { useCallback, useRef, useState } from 'react';
import type { PasoEvent } from '../../../api/events';
import { newId } from '../../../api/ids';
import type { TallyCategory } from '../../../domain/crossings';
import { getSync } from '../../offline/instance';
import { useUser } from '../../session/session';
import type { TallyDirection } from './tally-keys';
import { keepPresses, recallPresses } from './tally-memory';

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

// Each press or undo is written to the outbox first; the sync loop sends it when it can.
const add = (event: PasoEvent) => void getSync().submit([event]);

export function useTallySession() {
  const user = useUser().username;
  // Kept in a ref as well, so that presses and undos in quick succession each see the last one.
  const [recalled] = useState(() => recallPresses(window.sessionStorage, user));
  const presses = useRef<Press[]>(recalled);
  const [shown, setShown] = useState<readonly Press[]>(recalled);
  const show = useCallback(
    (next: Press[]) => {
      presses.current = next;
      keepPresses(window.sessionStorage, user, next);
      setShown(next);
    },
    [user],
  );

  const press = useCallback(
    /** Makes a press; answers the session's presses with it, the last. */
    (place: TallyPlace, direction: TallyDirection, category: TallyCategory): readonly Press[] => {
      const made: Press = { ...place, id: newId(), direction, category };
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
      show([...presses.current, made]);
      return presses.current;
    },
    [show],
  );

  /** Voids the last press still standing; null when there is none. */
  const undo = useCallback((): Press | null => {
    const last = presses.current.at(-1);
    if (last === undefined) return null;
    add({
      kind: 'correction',
      id: newId(),
      at: new Date().toISOString(),
      checkpoint: last.checkpoint,
      ...(last.booth === null ? {} : { booth: last.booth }),
      corrects: last.id,
      void: true,
    });
    show(presses.current.slice(0, -1));
    return last;
  }, [show]);

  return { presses: shown, press, undo };
}
