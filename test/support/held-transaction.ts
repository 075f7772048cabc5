// For tests of what one connection sees of another's writes: a transaction that has written and stays
// open until the test commits it, so that rows written first are committed last.
import type { Executor } from '../../src/store/executor';

/** Runs `write` in a transaction and holds it open: `commit()` lets it end, `done` once it has. */
export async function heldOpen(
  db: Executor,
  write: (tx: Executor) => Promise<unknown>,
): Promise<{ readonly commit: () => void; readonly done: Promise<void> }> {
  let commit: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    commit = resolve;
  });
  let written: () => void = () => undefined;
  const wrote = new Promise<void>((resolve) => {
    written = resolve;
  });
  const done = db.transaction().execute(async (tx) => {
    await write(tx);
    written();
    await held;
  });
  await Promise.race([wrote, done]);
  return { commit, done };
}
