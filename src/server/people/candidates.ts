// The earlier registrations that may be the same person, as the booth and the review pages show them.
import type { MatchHit } from '../../domain/matching';
import type { Executor } from '../../store/executor';
import { findPeople, type PersonRecord, registrationsOfPeople } from '../../store/people';

export const dateText = (d: PersonRecord['birthDate']): string | null =>
  d === null
    ? null
    : [String(d.year), d.month && String(d.month).padStart(2, '0'), d.day && String(d.day).padStart(2, '0')]
        .filter(Boolean)
        .join('-');

export type CandidateView = {
  readonly personId: string;
  readonly registrationId: string;
  readonly at: string;
  readonly checkpointName: string;
  readonly boothCode: string | null;
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2: string | null;
  readonly birthDate: string | null;
  readonly decision: string | null;
  readonly direction: string | null;
  readonly probability: number;
};

export async function candidateView(
  db: Executor,
  hits: readonly MatchHit[],
  onlyCheckpoints: readonly string[] | undefined,
): Promise<CandidateView[]> {
  return (await candidateViews(db, [hits], onlyCheckpoints))[0] ?? [];
}

/** The candidates of several people at once, read with one query per table. */
export async function candidateViews(
  db: Executor,
  hitLists: readonly (readonly MatchHit[])[],
  onlyCheckpoints: readonly string[] | undefined,
): Promise<CandidateView[][]> {
  const ids = hitLists.flatMap((hits) => hits.map((h) => h.id));
  if (ids.length === 0) return hitLists.map(() => []);
  const [people, places] = await Promise.all([findPeople(db, ids), registrationsOfPeople(db, ids)]);
  return hitLists.map((hits) =>
    hits.flatMap((h) => {
      const p = people.get(h.id);
      const r = places.get(h.id);
      if (!p || !r) return [];
      // An officer sees people of their own checkpoints only.
      if (onlyCheckpoints && !onlyCheckpoints.includes(r.checkpointId)) return [];
      return [
        {
          personId: p.id,
          registrationId: r.registrationId,
          at: r.at,
          checkpointName: r.checkpointName,
          boothCode: r.boothCode,
          givenNames: p.givenNames,
          surname1: p.surname1,
          surname2: p.surname2,
          birthDate: dateText(p.birthDate),
          decision: r.decision,
          direction: r.direction,
          probability: Math.round(h.probability * 1000) / 1000,
        },
      ];
    }),
  );
}
