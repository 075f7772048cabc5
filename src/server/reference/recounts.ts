// Checkpoints' events counted again under a corrected zone in the background: one step of events
// at a time, each step its own short transaction, so that booths' writes go in between. The place
// reached is kept on the checkpoint's row: a restarted server (or another server on the same
// PostgreSQL database) goes on from there.
import type { Kysely } from 'kysely';
import { appendAudit } from '../../store/audit';
import { type RecountStep, recountStep } from '../../store/crossings';
import type { Database } from '../../store/schema';
import { writeTransaction } from '../../store/transaction-lock';
import type { AuditWriter } from '../audit/record';

/** Takes the next step of any recount under way; the last step of a checkpoint is audited. */
export function nextRecountStep(
  db: Kysely<Database>,
  now: () => Date,
  audit: AuditWriter,
  limit?: number,
): Promise<RecountStep | undefined> {
  return writeTransaction(db, async (tx) => {
    const step = await recountStep(tx, now().toISOString(), limit);
    if (step?.finished) {
      await audit(tx, {
        action: 'checkpoint.recount',
        entityType: 'checkpoint',
        entityId: step.checkpointId,
        detail: { code: step.code, eventsRecounted: step.done },
      });
    }
    return step;
  });
}

/**
 * Takes every step left, one transaction each, telling `progress` after each that counted events, the
 * last one too (all of them counted): what `paso checkpoint change` does in the foreground, beside a
 * server that may take steps too.
 */
export async function finishRecounts(
  db: Kysely<Database>,
  now: () => Date,
  audit: AuditWriter,
  progress: (step: RecountStep) => void,
  limit?: number,
): Promise<void> {
  // What was last said of each checkpoint: a last step that counted nothing has been said already.
  const told = new Map<string, number>();
  for (;;) {
    const step = await nextRecountStep(db, now, audit, limit);
    if (step === undefined) return;
    if (step.finished && told.get(step.code) === step.done) continue;
    told.set(step.code, step.done);
    progress(step);
  }
}

export interface Recounts {
  /** Looks for work now (after a zone was changed, and at start). */
  wake(): void;
  /** Finishes the step in hand and takes no more. */
  stop(): Promise<void>;
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

// About a quarter of a second of counting a step, while the booths' writes wait.
const BACKGROUND_STEP = 500;

/** The server's recounter: steps while there is work, waiting a turn of the event loop between. */
export function recountInBackground(
  db: Kysely<Database>,
  now: () => Date,
  onError: (error: unknown) => void,
  limit = BACKGROUND_STEP,
): Recounts {
  const audit: AuditWriter = (tx, event) =>
    appendAudit(tx, { at: now().toISOString(), actorId: null, actorUsername: 'system', ...event }).then(
      () => undefined,
    );
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const run = async () => {
    do {
      again = false;
      try {
        while (!stopped && (await nextRecountStep(db, now, audit, limit)) !== undefined) await pause();
      } catch (error) {
        // Kept for the next wake: the place reached is on the checkpoint's row.
        onError(error);
      }
    } while (again && !stopped);
    running = undefined;
  };
  return {
    wake() {
      if (stopped) return;
      if (running) again = true;
      else running = run();
    },
    async stop() {
      stopped = true;
      await running;
    },
  };
}
