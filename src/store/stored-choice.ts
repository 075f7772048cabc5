// Reading back a value Paso writes from one of the domain's lists (a status, a kind): one unknown to
// this version (written by a later one) reads as the nearest harmless value instead of breaking a read.

/** The value if the list has it, else the fallback. */
export const storedChoice = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  list.find((v) => v === value) ?? fallback;
