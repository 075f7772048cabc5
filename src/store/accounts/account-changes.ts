// A counter of this process's writes to sessions, users and their checkpoints: what was read about a
// signed-in user before the counter last moved may be stale.
let generation = 0;

/** Called by each write to sessions, users and their checkpoints. */
export function forgetSignedIn(): void {
  generation += 1;
}

export const accountGeneration = (): number => generation;
