// What observations and incidents say of where they happened and who entered them: the checkpoint's
// columns both queries read (the checkpoint joined as `c`), and the references made of them.

export interface PlaceRef {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  /** Where times at the checkpoint are shown (America/Lima, America/Santiago). */
  readonly timeZone: string;
}

export interface UserRef {
  readonly id: string;
  readonly displayName: string;
}

export const CHECKPOINT_COLUMNS = [
  'c.code as checkpoint_code',
  'c.name as checkpoint_name',
  'c.time_zone as checkpoint_zone',
] as const;

interface CheckpointColumns {
  readonly checkpoint_code: string | null;
  readonly checkpoint_name: string | null;
  readonly checkpoint_zone: string | null;
}

// The columns are null only when a left join found no checkpoint, and the caller has checked the id.
export const placeOf = (id: string, r: CheckpointColumns): PlaceRef => ({
  id,
  code: r.checkpoint_code ?? '',
  name: r.checkpoint_name ?? '',
  timeZone: r.checkpoint_zone ?? 'UTC',
});

/** A user named by a row: null when the row names none. */
export const userOf = (id: string | null, displayName: string | null): UserRef | null =>
  id === null ? null : { id, displayName: displayName ?? '' };
