// The earlier registrations that may be the same person, as the booth and the review pages show them.
import type { MatchHit } from '../../domain/matching';
import type { Executor } from '../../store/executor';
import { findPeople, type PersonRecord, registrationsOfPeople } from '../../store/people/registrations';

export const dateText = (d: PersonRecord['birthDate']): string | null =>
  d === null
    ? null
    : [String(d.year), d.month && String(d.month).padStart(2, '0'), d.day && String(d.day).padStart(2, '0')]
        .filter(Boolean)
        .join('-');

export async function candidateView(
  db: Executor,
  hits: readonly MatchHit[],
  onlyCheckpoints: readonly string[] | undefined,
) {
  const ids = hits.map((h) => h.id);
  const [people, places] = await Promise.all([findPeople(db, ids), registrationsOfPeople(db, ids)]);
  return hits.flatMap((h) => {
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
        probability: Math.round(h.probability * 1000) / 1000,
      },
    ];
  });
}
