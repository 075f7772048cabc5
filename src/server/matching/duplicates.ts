// The duplicate review: a supervisor's decision on a link, applied by the domain's state machine, with
// what a merge moved or an unmerge restored. The API's route and any command use this one service.
import {
  comparePeople,
  dedupe,
  type LinkDecision,
  type LinkTransitionError,
  type MatchablePerson,
  reviewLink,
} from '../../domain/matching';
import { err, ok, type Result } from '../../domain/shared';
import type { Executor } from '../../store/executor';
import {
  findLink,
  type LinkRecord,
  mergePeople,
  type NewLink,
  setLinkStatus,
  unmergePeople,
} from '../../store/matching/reviews';
import { streamPeopleForMatching } from '../../store/people/registrations';
import { type MatchingService, toMatchable } from './service';

export type DuplicateReviewError = { readonly code: 'duplicate.not-found' } | LinkTransitionError;

export interface DuplicateReview {
  readonly link: LinkRecord;
  /** What the audit entry records: the state before, and who was moved or restored. */
  readonly detail: Readonly<Record<string, unknown>>;
}

/** Applies one review inside the caller's transaction. */
export async function reviewDuplicate(
  tx: Executor,
  linkId: string,
  decision: LinkDecision,
  by: { readonly userId: string; readonly at: string },
): Promise<Result<DuplicateReview, DuplicateReviewError>> {
  const link = await findLink(tx, linkId);
  if (!link) return err({ code: 'duplicate.not-found' });
  const next = reviewLink(link.status, decision);
  if (!next.ok) return next;
  let detail: Record<string, unknown> = { from: link.status };
  switch (decision) {
    case 'confirm':
    case 'reject':
      await setLinkStatus(tx, link.id, next.value, by.userId, by.at);
      break;
    case 'merge': {
      const merged = await mergePeople(tx, link);
      await setLinkStatus(tx, link.id, next.value, by.userId, by.at, merged?.moved ?? []);
      detail = { ...detail, survivor: merged?.survivor ?? null, moved: merged?.moved ?? [] };
      break;
    }
    case 'unmerge': {
      const restored = await unmergePeople(tx, link.id);
      await setLinkStatus(tx, link.id, next.value, by.userId, by.at, null);
      detail = { ...detail, restored: restored ?? [] };
      break;
    }
    default: {
      const never: never = decision;
      return never;
    }
  }
  return ok({ link: (await findLink(tx, link.id)) ?? link, detail });
}

/** Compares every registered person with every other and adds the new links to the review queue. */
export async function runDuplicateBatch(
  db: Executor,
  matching: MatchingService,
  newId: () => string,
  now: Date,
): Promise<{ records: number; clusters: number; links: NewLink[] }> {
  const records: MatchablePerson[] = [];
  for await (const page of streamPeopleForMatching(db)) {
    for (const p of page) records.push(toMatchable(p, { number: p.documentNumber, type: p.documentType }));
  }
  const result = dedupe(records, matching.model);
  const byId = new Map(records.map((r) => [r.id, r]));
  const links = result.clusters.flatMap((cluster) =>
    cluster.pairs.flatMap((pair) => {
      const a = byId.get(pair.a);
      const b = byId.get(pair.b);
      if (!a || !b) return [];
      const compared = comparePeople(matching.model, a, b);
      return [
        {
          id: newId(),
          personId: pair.a,
          otherPersonId: pair.b,
          score: pair.probability,
          explanation: compared.explanation,
          modelVersion: matching.modelVersion,
          source: 'batch' as const,
          createdAt: now.toISOString(),
        },
      ];
    }),
  );
  return { records: records.length, clusters: result.clusters.length, links };
}
