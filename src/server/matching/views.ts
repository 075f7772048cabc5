// What the review queues show of a screening hit or a duplicate link: the people involved as
// registered, with the document each was registered with (type, number, issuing state: what tells two
// people apart), where they were registered, and the model's explanation in Spanish and English.
import { explainToText, type MatchExplanation } from '../../domain/matching';
import { findUserById } from '../../store/accounts';
import type { Executor } from '../../store/executor';
import type { HitRecord, LinkRecord } from '../../store/matching';
import { findWatchEntries, linkReviewReasons } from '../../store/matching';
import { documentsOfPeople, findPeople, registrationsOfPeople } from '../../store/people';
import { dateText } from '../people/candidates';

const explained = (score: number, explanation: unknown) => {
  const e = explanation as MatchExplanation;
  return {
    score,
    explanation,
    explanationText: { es: explainToText(e, 'es'), en: explainToText(e, 'en') },
  };
};

async function peopleViews(db: Executor, ids: readonly string[]) {
  const [people, places, documents] = await Promise.all([
    findPeople(db, ids),
    registrationsOfPeople(db, ids),
    documentsOfPeople(db, ids),
  ]);
  return (id: string) => {
    const p = people.get(id);
    const r = places.get(id);
    return {
      personId: id,
      givenNames: p?.givenNames ?? '',
      surname1: p?.surname1 ?? '',
      surname2: p?.surname2 ?? null,
      sex: p?.sex ?? null,
      birthDate: p ? dateText(p.birthDate) : null,
      nationality: p?.nationality ?? null,
      document: documents.get(id) ?? null,
      mergedInto: p?.mergedInto ?? null,
      registeredAt: r?.at ?? null,
      checkpointName: r?.checkpointName ?? null,
      boothCode: r?.boothCode ?? null,
    };
  };
}

/** The reviewers' names, by the name their account shows, for the ids given (null for none). */
async function reviewerNames(db: Executor, ids: readonly (string | null)[]) {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    if (id === null) continue;
    const user = await findUserById(db, id);
    if (user) names.set(id, user.displayName);
  }
  return (id: string | null): string | null => (id === null ? null : (names.get(id) ?? null));
}

export async function hitViews(db: Executor, hits: readonly HitRecord[]) {
  const view = await peopleViews(
    db,
    hits.map((h) => h.personId),
  );
  const entries = await findWatchEntries(
    db,
    hits.map((h) => h.watchlistEntryId),
  );
  const reviewer = await reviewerNames(
    db,
    hits.map((h) => h.reviewedBy),
  );
  return hits.map((h) => {
    const entry = entries.get(h.watchlistEntryId);
    return {
      id: h.id,
      status: h.status,
      createdAt: h.createdAt,
      reviewedAt: h.reviewedAt,
      reviewedBy: reviewer(h.reviewedBy),
      reviewNote: h.reviewNote,
      ...explained(h.score, h.explanation),
      person: view(h.personId),
      entry: { listName: entry?.listName ?? '', watchId: entry?.watchId ?? '', detail: entry?.entry ?? null },
    };
  });
}

export async function linkViews(db: Executor, links: readonly LinkRecord[]) {
  const view = await peopleViews(
    db,
    links.flatMap((l) => [l.personId, l.otherPersonId]),
  );
  const reviewer = await reviewerNames(
    db,
    links.map((l) => l.reviewedBy),
  );
  const reasons = await linkReviewReasons(
    db,
    links.flatMap((l) => (l.reviewedAt === null ? [] : [l.id])),
  );
  return links.map((l) => ({
    id: l.id,
    status: l.status,
    source: l.source,
    createdAt: l.createdAt,
    reviewedAt: l.reviewedAt,
    reviewedBy: reviewer(l.reviewedBy),
    reviewReason: reasons.get(l.id) ?? null,
    ...explained(l.score, l.explanation),
    a: view(l.personId),
    b: view(l.otherPersonId),
  }));
}
