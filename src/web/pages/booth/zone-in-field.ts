// A document reader types like a keyboard: swiped while the cursor was in a field of the form (Nombres,
// say), it would type the zone into that field. These rules tell such typing from an officer's: the
// keys of a reader come in a run of zone characters (capitals, digits, the filler '<') with no pause
// a person makes, and a zone always has fillers, which no name or number has. A pasted zone is told
// by its text alone.

/** Longer than any pause between a reader's keys, shorter than most between a person's. */
export const READER_GAP_MS = 300;

/** One character of a machine-readable zone: a capital, a digit or the filler '<'. */
export const ZONE_CHAR = /^[A-Z0-9<]$/;

/** A run of zone characters typed into one field without a pause: possibly a reader's. */
export type KeyRun = {
  readonly field: string;
  /** Where the run began in the field's text (the caret before its first key). */
  readonly start: number;
  readonly lastAt: number;
};

export type TypedKey = {
  readonly field: string;
  readonly key: string;
  /** The event's time in milliseconds (any clock, the same for every key). */
  readonly at: number;
  /** The caret in the field before this key lands. */
  readonly caret: number;
};

/**
 * The run after a key: the same run when the key goes on it, a new one when it starts one, null when
 * the key is no zone character (a space, a small letter, an accent: a person's typing).
 */
export function nextRun(run: KeyRun | null, key: TypedKey): KeyRun | null {
  if (!ZONE_CHAR.test(key.key)) return null;
  const goesOn = run !== null && run.field === key.field && key.at - run.lastAt <= READER_GAP_MS;
  return { field: key.field, start: goesOn ? run.start : key.caret, lastAt: key.at };
}

/** A filler typed in a run that began before it: a reader typing a zone into the field. */
export function isZoneKey(run: KeyRun | null, key: TypedKey): run is KeyRun {
  return key.key === '<' && run !== null && run.start < key.caret && run.field === key.field;
}

/**
 * Whether pasted text is a zone: only zone characters and line breaks, fillers among them, and at
 * least a short zone line's worth (TD1 lines have 30 characters).
 */
export function isPastedZone(text: string): boolean {
  const compact = text.trim().replace(/\s*[\r\n]+\s*/g, '');
  return compact.length >= 30 && compact.includes('<') && /^[A-Z0-9<]+$/.test(compact);
}

/** A zone character typed where keys are not typed (a button, a radio), waiting for the next. */
export type LoneKey = { readonly key: string; readonly at: number };

/**
 * What the booth does with a zone character typed on a button or a radio: `send` is the text to put
 * in the scan field, once a second key follows the first without a pause (a reader's swipe), and
 * null for a key alone, which waits as `pending` and is dropped if none follows: an officer's key
 * pressed by mistake on "Registrar otra persona" must not start the next person and clear the
 * result on screen.
 */
export function keyOutsideFields(
  pending: LoneKey | null,
  key: LoneKey,
): { readonly pending: LoneKey | null; readonly send: string | null } {
  if (pending !== null && key.at - pending.at <= READER_GAP_MS)
    return { pending: null, send: pending.key + key.key };
  return { pending: key, send: null };
}
