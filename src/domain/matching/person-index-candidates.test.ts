// The registrations' index as the booth's duplicate search uses it: found as registrations arrive,
// under their corrected names, whichever way each name was written, and the same whether or not its
// postings were packed since.
import { describe, expect, it } from 'vitest';
import { defaultModel } from './default-model';
import { generatePopulation } from './generator';
import { addRegistration, createPersonIndex, indexStats, replaceRegistration } from './person-index';
import { packPostings } from './person-index-postings';
import { findCandidates } from './person-index-query';
import type { MatchablePerson } from './types';

describe('findCandidates', () => {
  it('finds the person registered yesterday at booth 3, and grows as registrations arrive', () => {
    const ix = createPersonIndex(defaultModel());
    const yesterday: MatchablePerson = {
      id: 'reg-1',
      givenNames: 'Yolanda',
      surname1: 'Ibáñez',
      surname2: 'Quispe',
      birthDate: { year: 1990, month: 2, day: 14 },
      documentNumber: 'V-20.111.222',
    };
    expect(findCandidates(ix, { ...yesterday, id: 'reg-2' })).toEqual([]);
    addRegistration(ix, yesterday);
    addRegistration(ix, {
      ...yesterday,
      id: 'reg-other',
      givenNames: 'Rosa',
      birthDate: { year: 1951 },
      documentNumber: '1',
    });
    const found = findCandidates(ix, {
      id: 'reg-2',
      givenNames: 'YOLANDA',
      surname1: 'YBANEZ',
      birthDate: { year: 1990, month: 2, day: 14 },
    });
    expect(found.map((h) => h.id)).toEqual(['reg-1']);
    expect(findCandidates(ix, yesterday).map((h) => h.id)).not.toContain('reg-1');
  });

  it('finds a corrected registration by its corrected name only, once, under the same id', () => {
    const ix = createPersonIndex(defaultModel());
    const born = { year: 1990, month: 5, day: 5 };
    const typedWrong: MatchablePerson = {
      id: 'reg-1',
      givenNames: 'Rosa',
      surname1: 'Mamani',
      birthDate: born,
    };
    const corrected: MatchablePerson = { ...typedWrong, givenNames: 'Maria Jose', surname1: 'De la Cruz' };
    const entry = addRegistration(ix, typedWrong);
    addRegistration(ix, { id: 'reg-other', givenNames: 'Teresa', surname1: 'Condori', birthDate: born });
    const ids = (p: MatchablePerson) => findCandidates(ix, { ...p, id: 'query' }).map((h) => h.id);
    expect(ids(corrected)).toEqual([]);
    replaceRegistration(ix, entry, corrected);
    expect(ids(corrected)).toEqual(['reg-1']);
    // As an index built from the corrected records: the name first typed finds it no more.
    expect(ids(typedWrong)).toEqual([]);
  });

  it('finds a registration whose given name and both surnames were each written another way', () => {
    const ix = createPersonIndex(defaultModel());
    addRegistration(ix, {
      id: 'reg-1',
      givenNames: 'Yolanda',
      surname1: 'Ibáñez',
      surname2: 'Quispe',
      birthDate: { year: 1990, month: 2, day: 14 },
    });
    // Each pair of names has one written as registered and one respelled, or both respelled (the
    // surnames): the other pairs still find her.
    const found = findCandidates(ix, {
      id: 'reg-2',
      givenNames: 'Yolanda',
      surname1: 'Ybanes',
      surname2: 'Kispe',
      birthDate: { year: 1990, month: 2, day: 14 },
    });
    expect(found.map((h) => h.id)).toEqual(['reg-1']);
  });

  it('answers the same once postings are packed, with registrations added before and after', () => {
    const people = generatePopulation({ seed: 11, records: 3300 });
    const linked = createPersonIndex(defaultModel());
    // The index as it was before packing and kept expansions.
    linked.packing = false;
    linked.keepExpansions = false;
    const packed = createPersonIndex(defaultModel());
    for (const p of people.slice(0, 3000)) addRegistration(linked, p);
    for (const p of people.slice(0, 2000)) addRegistration(packed, p);
    packPostings(packed);
    expect(packed.postings).toBe(0);
    for (const p of people.slice(2000, 3000)) addRegistration(packed, p);
    const answers = (ix: typeof linked) => people.slice(3000).map((q) => findCandidates(ix, q));
    const expected = answers(linked);
    expect(linked.postings).toBe(indexStats(linked).postings);
    expect(expected.flat().length).toBeGreaterThan(100);
    expect(answers(packed)).toEqual(expected);
    expect(indexStats(packed)).toEqual({ ...indexStats(linked), typedArrayBytes: expect.any(Number) });
  });

  it('answers as if nothing were kept when each query is followed by a registration, new spellings included', () => {
    const people = generatePopulation({ seed: 13, records: 2600 });
    const fresh = createPersonIndex(defaultModel());
    fresh.keepExpansions = false;
    const kept = createPersonIndex(defaultModel());
    for (const p of people.slice(0, 2000)) {
      addRegistration(fresh, p);
      addRegistration(kept, p);
    }
    // Each later person is looked for, then registered: their new spellings reach the words kept.
    const answers = (ix: typeof fresh) =>
      people.slice(2000).map((q) => {
        const found = findCandidates(ix, q);
        addRegistration(ix, q);
        return found;
      });
    const expected = answers(fresh);
    expect(expected.flat().length).toBeGreaterThan(50);
    expect(answers(kept)).toEqual(expected);
  });

  it('finds a registration under a spelling first indexed after the word was last looked up', () => {
    const ix = createPersonIndex(defaultModel());
    const born = { year: 1988, month: 7, day: 3 };
    addRegistration(ix, { id: 'reg-1', givenNames: 'Wilmer', surname1: 'Castellanos', birthDate: born });
    const query = { id: 'q', givenNames: 'Wilmer', surname1: 'Castellanoz', birthDate: born };
    expect(findCandidates(ix, query).map((h) => h.id)).toEqual(['reg-1']);
    // "Castellanoz" one letter from a spelling the index learns only now, with another given name.
    addRegistration(ix, { id: 'reg-2', givenNames: 'Wilmer', surname1: 'Castelanoz', birthDate: born });
    expect(
      findCandidates(ix, query)
        .map((h) => h.id)
        .sort(),
    ).toEqual(['reg-1', 'reg-2']);
  });

  it('packs postings itself when many have been added since a query last did', () => {
    const people = generatePopulation({ seed: 12, records: 9000 });
    const ix = createPersonIndex(defaultModel());
    for (const p of people) addRegistration(ix, p);
    const before = indexStats(ix).postings;
    expect(ix.postings).toBe(before);
    const found = findCandidates(ix, { ...(people[0] as MatchablePerson), id: 'again' });
    expect(ix.postings).toBe(0);
    expect(indexStats(ix).postings).toBe(before);
    expect(found.map((h) => h.id)).toContain(people[0]?.id);
  });
});
