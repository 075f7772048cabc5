// Duplicates: a supervisor's review of a link, applied by the domain's state machine with what a merge
// moved or an unmerge restored; and the whole-population batch, run as a job in a worker thread.
import {
  type LinkDecision,
  type LinkTransitionError,
  type MatchExplanation,
  type MatchingModel,
  reviewLink,
} from '../../domain/matching';
import { err, ok, type Result } from '../../domain/shared';
import { type AuditInput, appendAudit } from '../../store/audit';
import type { DatabaseConfig, Db } from '../../store/db';
import type { Executor } from '../../store/executor';
import {
  findLink,
  insertLinks,
  type LinkRecord,
  mergePeople,
  setLinkStatus,
  unmergePeople,
} from '../../store/matching';
import { writeTransaction } from '../../store/transaction-lock';
import { convoysOfGroups } from '../../store/transit';
import type { JobProgress, JobRegistry, JobTicket } from '../jobs/jobs';
import { type Protocol, startWorker } from '../jobs/worker';
import type { MatchingService } from './service';

export type DuplicateReviewError =
  | { readonly code: 'duplicate.not-found' }
  | LinkTransitionError
  /** The two records ride two convoys: merged, one person would hold a seat on each. */
  | { readonly code: 'duplicate.two-convoys'; readonly convoys: readonly string[] }
  /** The two records hold two seats on one convoy: merged, one person would hold both. */
  | { readonly code: 'duplicate.same-convoy'; readonly convoys: readonly string[] };

export interface DuplicateReview {
  readonly link: LinkRecord;
  /** What the audit entry records: the state before, why, and who was moved or restored. */
  readonly detail: Readonly<Record<string, unknown>>;
}

/**
 * Applies one review inside the caller's transaction. `reason` is the reviewer's, trimmed (the API
 * refuses a merge, a rejection or an unmerge without one); the audit entry keeps it, and the link's
 * view reads it back from there.
 */
export async function reviewDuplicate(
  tx: Executor,
  linkId: string,
  decision: LinkDecision,
  by: { readonly userId: string; readonly at: string; readonly reason: string | null },
): Promise<Result<DuplicateReview, DuplicateReviewError>> {
  const link = await findLink(tx, linkId);
  if (!link) return err({ code: 'duplicate.not-found' });
  const next = reviewLink(link.status, decision);
  if (!next.ok) return next;
  let detail: Record<string, unknown> = { from: link.status, reason: by.reason };
  switch (decision) {
    case 'confirm':
    case 'reject':
      await setLinkStatus(tx, link.id, next.value, by.userId, by.at);
      break;
    case 'merge': {
      const seats = await twoSeats(tx, link);
      if (seats) return err(seats);
      const merged = await mergePeople(tx, link);
      await setLinkStatus(tx, link.id, next.value, by.userId, by.at, merged?.moved ?? []);
      detail = { ...detail, survivor: merged?.survivor ?? null, moved: merged?.moved ?? [] };
      break;
    }
    case 'unmerge': {
      const restored = await unmergePeople(tx, link);
      await setLinkStatus(tx, link.id, next.value, by.userId, by.at, null);
      detail = { ...detail, restored };
      break;
    }
    default: {
      const never: never = decision;
      return never;
    }
  }
  return ok({ link: (await findLink(tx, link.id)) ?? link, detail });
}

// A person holds one seat: while each of the link's two records (their merge groups) holds one, on two
// convoys or on the same one, the merge is refused and the supervisor takes a seat off a manifest first.
async function twoSeats(
  tx: Executor,
  link: LinkRecord,
): Promise<Extract<DuplicateReviewError, { convoys: readonly string[] }> | undefined> {
  const groups = await convoysOfGroups(tx, [link.personId, link.otherPersonId]);
  const mine = groups.get(link.personId);
  const other = groups.get(link.otherPersonId);
  // A seat on one side only, or the two already one person (other merged links join them).
  if (!mine || !other || mine.root === other.root) return undefined;
  if (mine.convoys.length === 0 || other.convoys.length === 0) return undefined;
  const convoys = [...new Set([...mine.convoys, ...other.convoys].map((c) => c.code))].sort();
  const shared = mine.convoys.filter((c) => other.convoys.some((o) => o.id === c.id));
  return shared.length === convoys.length
    ? { code: 'duplicate.same-convoy', convoys }
    : { code: 'duplicate.two-convoys', convoys };
}

/** A link the batch found, as the worker sends it; the main thread gives it an id and stores it. */
export interface FoundLink {
  readonly personId: string;
  readonly otherPersonId: string;
  readonly score: number;
  readonly explanation: MatchExplanation;
}

export interface DedupeProtocol extends Protocol {
  readonly input: { readonly database: DatabaseConfig; readonly model: MatchingModel };
  readonly toMain:
    | { readonly type: 'progress'; readonly progress: JobProgress }
    | { readonly type: 'links'; readonly links: readonly FoundLink[] }
    | { readonly type: 'done'; readonly records: number; readonly clusters: number; readonly links: number }
    | { readonly type: 'failed'; readonly message: string; readonly stack: string | undefined };
  readonly toWorker: never;
}

const DEDUPE_WORKER = new URL('./dedupe-worker.ts', import.meta.url);
const LINKS_PER_TRANSACTION = 50;

export interface BatchDeps {
  readonly db: Db;
  readonly jobs: JobRegistry;
  readonly matching: Pick<MatchingService, 'model' | 'modelVersion'>;
  readonly newId: () => string;
  readonly now: () => Date;
}

/**
 * Starts (or joins) the whole-population dedupe: a worker thread reads every person with its own
 * connection and finds the links; this thread stores them as they come, in small transactions, and
 * records one audit entry for the run. `audit` is the requester's entry, taken while the request lasted.
 */
export function startDuplicateBatch(deps: BatchDeps, userId: string, audit: AuditInput): JobTicket {
  return deps.jobs.submit(
    'duplicates.batch',
    userId,
    async (report, signal) => {
      const started = performance.now();
      const saved = { links: 0, fresh: 0 };
      const store = storeInOrder(async (links: readonly FoundLink[]) => {
        const createdAt = deps.now().toISOString();
        // A transaction holds SQLite's one connection: small ones let booth requests in between.
        for (let i = 0; i < links.length; i += LINKS_PER_TRANSACTION) {
          const some = links.slice(i, i + LINKS_PER_TRANSACTION);
          const fresh = await writeTransaction(deps.db.kysely, (tx) =>
            insertLinks(
              tx,
              some.map((l) => ({
                ...l,
                id: deps.newId(),
                modelVersion: deps.matching.modelVersion,
                source: 'batch' as const,
                createdAt,
              })),
            ),
          );
          saved.links += some.length;
          saved.fresh += fresh.length;
        }
      });
      const ran = await runDedupeWorker(deps, signal, report, store.add).then(
        (value) => ({ ok: true, value }) as const,
        (error: unknown) => ({ ok: false, error }) as const,
      );
      if (ran.ok) report({ phase: 'saving', done: saved.links, total: ran.value.links });
      const storeFailure = await store.finished();
      const failed = !ran.ok || storeFailure !== undefined;
      // Whatever happened, what was stored is in the audit log.
      await appendAudit(deps.db.kysely, {
        ...audit,
        at: deps.now().toISOString(),
        detail: {
          ...(ran.ok && { records: ran.value.records, clusters: ran.value.clusters }),
          newLinks: saved.fresh,
          outcome: failed ? 'failed' : 'succeeded',
        },
      });
      if (!ran.ok) throw ran.error;
      if (storeFailure !== undefined) throw storeFailure;
      return {
        records: ran.value.records,
        clusters: ran.value.clusters,
        newLinks: saved.fresh,
        seconds: Math.round((performance.now() - started) / 100) / 10,
      };
    },
    'running',
  );
}

function runDedupeWorker(
  deps: BatchDeps,
  signal: AbortSignal,
  report: (progress: JobProgress) => void,
  onLinks: (links: readonly FoundLink[]) => void,
): Promise<{ records: number; clusters: number; links: number }> {
  return new Promise((resolve, reject) => {
    const worker = startWorker<DedupeProtocol>(
      DEDUPE_WORKER,
      { database: deps.db.config, model: deps.matching.model.model },
      {
        message(m) {
          switch (m.type) {
            case 'progress':
              return report(m.progress);
            case 'links':
              return onLinks(m.links);
            case 'done':
              return resolve(m);
            case 'failed':
              return reject(Object.assign(new Error(m.message), { stack: m.stack }));
            default: {
              const never: never = m;
              return never;
            }
          }
        },
        ended: (error) => reject(error ?? new Error('the dedupe worker ended without an answer')),
      },
    );
    signal.addEventListener('abort', () => void worker.stop(), { once: true });
  });
}

/** Runs stores one after another, as they are added; the first failure stops the rest. */
function storeInOrder<T>(store: (item: T) => Promise<void>) {
  let chain = Promise.resolve();
  let failure: unknown;
  return {
    add(item: T): void {
      chain = chain
        .then(() => (failure === undefined ? store(item) : undefined))
        .catch((e: unknown) => {
          failure ??= e;
        });
    },
    /** Once every store added so far has run: the first failure, if any. */
    async finished(): Promise<unknown> {
      await chain;
      return failure;
    },
  };
}
