// People for care tests: crossings at Santa Rosa with consent and families (a crossing `group`), made
// through the crossings store so that care reads them exactly as it reads the booth's.
import type { EventInput } from '../../src/domain/crossings';
import { applyEvents, loadPlaces } from '../../src/store/crossings';
import { DEMO_USERS } from '../../src/store/demo';
import type { Executor } from '../../src/store/executor';
import { transitCrossing } from './transit-crossings';

export interface CarePeople {
  /** Families, each a list of person ids (the first is the reference person). */
  readonly families: readonly (readonly string[])[];
  /** People who travel alone and consented. */
  readonly singles: readonly string[];
  /** A person who did not consent to humanitarian care. */
  readonly refusing: string;
  /** A person whose crossing was refused, on watchlist grounds: enforcement data care never shows. */
  readonly refused: string;
}

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Makes the people; `prefix` (8 hex digits) keeps two calls on one database apart. */
export async function makeCarePeople(
  db: Executor,
  prefix = 'c0000000',
  familySizes = [3, 2],
): Promise<CarePeople> {
  const events: EventInput[] = [];
  let n = 0;
  const crossing = (over: Record<string, unknown>) => {
    n += 1;
    const person = {
      givenNames: `Persona${n}`,
      surname1: `Cuidado${prefix.slice(0, 4)}`,
      sex: 'F',
      birthDate: '1990-05-01',
      nationality: 'VEN',
    };
    const event = transitCrossing(id(prefix, n), '2025-11-27T14:00:00Z', person, over) as EventInput;
    events.push(event);
    return event.id;
  };
  const families = familySizes.map((size, f) => {
    const group = id(prefix, 900 + f);
    // The children travel with their parent, the family's first member: no protection referral.
    let parent: string | undefined;
    return Array.from({ length: size }, (_, m) => {
      const made = crossing({
        group,
        relationship: m === 0 ? 'reference' : 'child',
        travelsWith: parent,
        person: {
          givenNames: `Familia${f}m${m}`,
          surname1: `Grupo${f}`,
          birthDate: m === 0 ? '1985' : '2015',
        },
      });
      parent ??= made;
      return made;
    });
  });
  const singles = [crossing({}), crossing({})];
  const refusing = crossing({ consent: false });
  const refused = crossing({
    decision: 'refused',
    refusalGround: 'watchlist',
    exitPoint: undefined,
    note: 'Coincidencia en lista',
  });
  const places = await loadPlaces(db);
  const outcomes = await applyEvents(db, events, {
    places,
    recordedBy: DEMO_USERS[0]?.id ?? null,
    now: '2025-11-27T14:30:00.000Z',
    newId: () => crypto.randomUUID(),
    mayResolveHolds: true,
  });
  const personOf = new Map(
    events.map((e, i) => [e.id, outcomes[i]?.status === 'applied' ? outcomes[i].personId : undefined]),
  );
  const person = (eventId: string) => {
    const p = personOf.get(eventId);
    if (!p) throw new Error(`no person for ${eventId}: ${JSON.stringify(outcomes)}`);
    return p;
  };
  return {
    families: families.map((f) => f.map(person)),
    singles: singles.map(person),
    refusing: person(refusing),
    refused: person(refused),
  };
}
