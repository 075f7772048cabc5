// Publishes the audit chain's head to the server's log — at start, every N entries and at shutdown —
// so that it can be kept outside the database: `paso audit verify --head` then proves the log still
// reaches it, which no check of the database alone can (removing the newest entries leaves a whole chain).
import {
  type AuditHead,
  auditChainOf,
  keyedStartVouched,
  keyMadeNewestEntry,
  readAuditHead,
} from '../../store/audit';
import type { Executor } from '../../store/executor';

export type HeadReason = 'start' | 'every' | 'shutdown';

/** The part of the server's logger (pino) that heads go to. */
export interface HeadLog {
  info(object: { auditHead: AuditHead; reason: HeadReason }, message: string): void;
  error(object: Readonly<Record<string, unknown>>, message: string): void;
}

export interface HeadPublisher {
  publish(reason: 'start'): Promise<AuditHead>;
  /** Waits for a publication under way, stops listening, and publishes the last head. */
  stop(): Promise<AuditHead>;
}

const KEY_MISMATCH =
  'the audit key did not make the newest audit entry: entries chained from now on will not verify ' +
  'with the key that made the earlier ones (see docs/operations.md, "The audit key")';

const START_UNPROVEN =
  'the audit chain starts after entry 1 and no keyed entry vouches for it: if this log had entries ' +
  'before the audit key existed, run `paso audit adopt-unkeyed` once; otherwise the log was tampered ' +
  'with (see docs/operations.md, "The audit key")';

export function publishAuditHeads(db: Executor, log: HeadLog, now: () => Date, every: number): HeadPublisher {
  let published = 0;
  let underWay: Promise<void> | null = null;

  const publish = async (reason: HeadReason): Promise<AuditHead> => {
    // `paso serve` refuses such a key before this (src/store/audit/audit-key-check.ts) unless started
    // with --new-audit-key after the key was lost for good: then this is said, and the server goes on.
    if (reason === 'start' && !(await keyMadeNewestEntry(db))) {
      log.error({ auditKey: 'mismatch' }, KEY_MISMATCH);
    }
    if (reason === 'start' && !(await keyedStartVouched(db))) {
      log.error({ auditKey: 'start-unproven' }, START_UNPROVEN);
    }
    const head = await readAuditHead(db, now());
    // A head read before the appending transaction committed is no news; the next append tries again.
    if (reason !== 'every' || head.seq > published) {
      log.info({ auditHead: head, reason }, 'audit chain head');
      published = Math.max(published, head.seq);
    }
    return head;
  };

  // Called inside the appending transaction: the head is read on its own connection, after the commit
  // on SQLite (one connection) and whenever the pool gives one on PostgreSQL. One read at a time.
  const stopListening = auditChainOf(db).listen((lastSeq) => {
    if (underWay !== null || lastSeq - published < every) return;
    underWay = publish('every')
      .then(
        () => undefined,
        (error: unknown) => log.error({ err: error }, 'reading the audit chain head failed'),
      )
      .finally(() => {
        underWay = null;
      });
  });

  return {
    publish,
    stop: async () => {
      stopListening();
      await underWay;
      return publish('shutdown');
    },
  };
}
