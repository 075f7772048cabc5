// The candidate index moves to a worker thread once it is large: every person is still found, those
// stored before it moved, those remembered while the worker loaded, and those remembered after.
import { describe, expect, it } from 'vitest';
import { DIALECTS, type TestDb } from '../../../test/support/databases';
import { eachMatchingDb } from '../../../test/support/matching';
import { registrationOf } from '../../../test/support/registrations';
import type { MatchablePerson } from '../../domain/matching';
import { countPersonRecords, insertRegistration } from '../../store/people';
import type { MatchingService } from './service';

const NOW = '2025-11-27T15:00:00.000Z';

const people = [
  ['Yohana Carolina', 'Briceño', 'Urdaneta', 1994],
  ['Wilmer Alexander', 'Quintero', 'Parra', 1987],
  ['Dayana Coromoto', 'Villegas', 'Mújica', 2001],
  ['Jhonny Rafael', 'Colmenares', 'Aponte', 1979],
] as const;

// Person k as the store's fixture makes them (its id), with a name and a birth date of their own.
const personOf = (k: number) => {
  const [givenNames, surname1, surname2, year] = people[k]!;
  return {
    id: registrationOf(k, givenNames, surname1).person.id,
    givenNames,
    surname1,
    surname2,
    sex: 'F' as const,
    birthDate: { year, month: 3, day: 14 },
    nationality: 'VEN',
  };
};

// Stored as a booth stores it, then remembered, as the server does once the write is committed.
async function register(t: Pick<TestDb, 'db'>, matching: MatchingService | null, k: number) {
  const person = personOf(k);
  const stored = registrationOf(k, person.givenNames, person.surname1);
  const nameKey = `${person.surname1}|${person.surname2}|${person.givenNames}`.toUpperCase();
  await insertRegistration(t.db.kysely, { ...stored, person: { ...stored.person, ...person, nameKey } });
  matching?.rememberPerson(person);
}

// Person k as a correction put them right: another name, the same id.
const correctedOf = (k: number) => ({
  ...personOf(k),
  givenNames: 'Teresa',
  surname1: 'Condori',
  surname2: 'Mamani',
});

// The same person written again at another booth: the search must name the stored one.
const query = (k: number) => ({
  ...personOf(k),
  id: `query-${k}`,
  givenNames: personOf(k).givenNames.toUpperCase(),
});

describe.each(DIALECTS)('the candidate index on %s', (dialect) => {
  const { t, start } = eachMatchingDb(dialect, NOW);

  const found = async (m: MatchingService, k: number) =>
    (await m.candidates(t.db.kysely, query(k))).map((h) => h.id);

  it('starts in a worker thread when the database holds the mark, and finds stored and new people', async () => {
    await register(t, null, 0);
    const stored = await countPersonRecords(t.db.kysely);
    // As many as the serving thread no longer reads itself: the worker reads them before it answers.
    const matching = await start({ peopleInThreadFrom: stored, peopleLoadedHereBelow: stored });
    expect(matching.peopleIndex.inThread()).toBe(true);
    expect(await found(matching, 0)).toContain(personOf(0).id);
    // Not stored: found only if the worker was sent it.
    matching.rememberPerson(personOf(1));
    expect(await found(matching, 1)).toContain(personOf(1).id);
    // A batch's people go together, each with its own answer.
    const [a, b] = await Promise.all([found(matching, 0), found(matching, 1)]);
    expect(a).toContain(personOf(0).id);
    expect(b).toContain(personOf(1).id);
  });

  it('answers at once from a few people read on this thread while its worker starts, then from the worker', async () => {
    await register(t, null, 0);
    // As `paso serve` opens it: in the worker from the first person, a small database read here first.
    const matching = await start({ peopleInThreadFrom: 0 });
    expect(matching.peopleIndex.inThread()).toBe(false);
    expect(await found(matching, 0)).toContain(personOf(0).id);
    // Remembered while the worker loads, and never stored: only the message to the worker can carry it.
    matching.rememberPerson(personOf(1));
    await matching.peopleIndex.settled();
    expect(matching.peopleIndex.inThread()).toBe(true);
    for (const k of [0, 1]) expect(await found(matching, k)).toContain(personOf(k).id);
  });

  it('moves to a worker thread when it grows past the mark, and loses nobody on the way', async () => {
    await register(t, null, 0);
    const mark = (await countPersonRecords(t.db.kysely)) + 2;
    const matching = await start({ peopleInThreadFrom: mark });
    expect(matching.peopleIndex.inThread()).toBe(false);
    await register(t, matching, 1);
    expect(matching.peopleIndex.inThread()).toBe(false);
    expect(await found(matching, 1)).toContain(personOf(1).id);
    // The mark is reached: the worker loads while this thread's index goes on answering.
    await register(t, matching, 2);
    expect(await found(matching, 2)).toContain(personOf(2).id);
    // Remembered while the worker loads, and never stored: only the message to the worker can carry it.
    matching.rememberPerson(personOf(3));
    await matching.peopleIndex.settled();
    expect(matching.peopleIndex.inThread()).toBe(true);
    for (const k of [0, 1, 2, 3]) expect(await found(matching, k)).toContain(personOf(k).id);
  });

  const foundAs = async (m: MatchingService, person: MatchablePerson) =>
    (await m.candidates(t.db.kysely, { ...person, id: 'query' })).map((h) => h.id);

  it('finds a person corrected since by the corrected name in its worker thread, not by the old one', async () => {
    await register(t, null, 0);
    const stored = await countPersonRecords(t.db.kysely);
    const matching = await start({ peopleInThreadFrom: stored, peopleLoadedHereBelow: stored });
    expect(matching.peopleIndex.inThread()).toBe(true);
    // Only the message to the worker carries it: the stored record still has the name first given.
    matching.rememberCorrectedPerson(correctedOf(0));
    expect(await foundAs(matching, correctedOf(0))).toEqual([personOf(0).id]);
    expect(await foundAs(matching, personOf(0))).toEqual([]);
  });

  it('finds a person corrected while its worker loads by the corrected name, here and then there', async () => {
    await register(t, null, 0);
    const matching = await start({ peopleInThreadFrom: 0 });
    expect(matching.peopleIndex.inThread()).toBe(false);
    matching.rememberCorrectedPerson(correctedOf(0));
    expect(await foundAs(matching, correctedOf(0))).toEqual([personOf(0).id]);
    await matching.peopleIndex.settled();
    expect(matching.peopleIndex.inThread()).toBe(true);
    expect(await foundAs(matching, correctedOf(0))).toEqual([personOf(0).id]);
    expect(await foundAs(matching, personOf(0))).toEqual([]);
  });
});
