// Where the officer works, kept in the page's address: the checkpoint's code and the booth's, as the
// booth and tally mode ask for them, and in tally mode the group's nationality. A reload, online or
// offline, reads them back from there, so an officer who reloads is still at the same booth, counting
// the same group; a booth's computer may bookmark its own page.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Checkpoint } from '../api/types';

export type Place = {
  readonly checkpoint: string | null;
  readonly booth: string | null;
  /** The group's nationality in tally mode, when known. */
  readonly nationality: string | null;
};

/** The place the address names; what it leaves out is null. */
export function placeOf(params: URLSearchParams): Place {
  return {
    checkpoint: params.get('checkpoint'),
    booth: params.get('booth'),
    nationality: params.get('nationality'),
  };
}

/** The address's search parameters for a place: only what was chosen. */
export function addressOf(place: Place): Record<string, string> {
  return {
    ...(place.checkpoint === null ? {} : { checkpoint: place.checkpoint }),
    ...(place.booth === null ? {} : { booth: place.booth }),
    ...(place.nationality === null ? {} : { nationality: place.nationality }),
  };
}

/** The checkpoint the address names among the user's, or their first one. */
export function checkpointAt(checkpoints: readonly Checkpoint[], place: Place): Checkpoint | null {
  return checkpoints.find((c) => c.code === place.checkpoint) ?? checkpoints[0] ?? null;
}

/** The booth the address names, when the checkpoint has it and it is not retired; otherwise none. */
export function boothAt(checkpoint: Checkpoint | null, place: Place): string | null {
  return checkpoint?.booths.find((b) => b.code === place.booth && !b.retired)?.code ?? null;
}

/** What the place fields call when the officer chooses a checkpoint or a booth. */
export type PlaceHandlers = {
  readonly onCheckpoint: (code: string) => void;
  readonly onBooth: (code: string | null) => void;
};

/**
 * The place fields' handlers for a page that keeps its place in the address. Another checkpoint starts
 * with no booth; a booth is kept with the checkpoint on screen, which may be the first one shown by
 * default rather than one the address names.
 */
export function placeHandlers(
  checkpoint: Checkpoint | null,
  choose: (change: Partial<Place>) => void,
): PlaceHandlers {
  return {
    onCheckpoint: (code) => choose({ checkpoint: code, booth: null }),
    onBooth: (code) => choose({ checkpoint: checkpoint?.code ?? null, booth: code }),
  };
}

/**
 * The place read once from the address, and a setter that changes part of it and keeps the whole there.
 * The page answers from its own state at once: the navigation that changes the address comes a moment
 * later.
 */
export function usePlaceInAddress(): readonly [Place, (change: Partial<Place>) => void] {
  const [params, setParams] = useSearchParams();
  const [place, setPlace] = useState(() => placeOf(params));
  const choose = (change: Partial<Place>) => {
    const next = { ...place, ...change };
    setPlace(next);
    setParams(addressOf(next), { replace: true });
  };
  return [place, choose];
}
