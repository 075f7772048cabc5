// Published lists screened as they are written: UN country names, unmappable nationalities and weak
// aliases, on a list of the UN list's size (the prior depends on it).
import { describe, expect, it } from 'vitest';
import { defaultModel } from './default-model';
import { explainToText } from './explain';
import { generateScreeningScenario } from './generator';
import { addWatchlistEntry, buildScreeningIndex, type PersonIndex } from './person-index';
import { screenPerson } from './person-index-query';
import type { MatchablePerson } from './types';
import type { WatchlistEntry } from './watchlist';
import { parseUnConsolidatedList } from './watchlist-un';

const LISTED = { givenNames: 'AZIM', surname1: 'AGHAJANI' };

// About as many individuals as the UN consolidated list holds.
function listOf(...entries: WatchlistEntry[]): PersonIndex {
  const { watchlist } = generateScreeningScenario({
    seed: 11,
    watchlistSize: 700,
    listedQueries: 0,
    namesakeQueries: 0,
    otherQueries: 0,
  });
  const ix = buildScreeningIndex(watchlist, defaultModel());
  for (const e of entries) addWatchlistEntry(ix, e);
  return ix;
}

const entry = (
  watchId: string,
  nationalities: string[],
  more: Partial<WatchlistEntry> = {},
): WatchlistEntry => ({
  watchId,
  names: [LISTED],
  birthDates: [],
  nationalities,
  documents: [],
  ...more,
});

const traveller: MatchablePerson = {
  id: 'R1',
  givenNames: 'Azim',
  surname1: 'Aghajani',
  sex: 'M',
  birthDate: { year: 1961, month: 3, day: 8 },
  nationality: 'IRN',
};

const hitOf = (ix: PersonIndex, watchId: string, person = traveller) =>
  screenPerson(ix, person, { threshold: 0.01 }).find((h) => h.id === watchId);

describe('screening published lists', () => {
  it('holds an exact full name with no birth date and a UN country name over the threshold', () => {
    const xml = `<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>110427</DATAID>
      <FIRST_NAME>AZIM</FIRST_NAME><SECOND_NAME>AGHAJANI</SECOND_NAME>
      <NATIONALITY><VALUE>IRAN (ISLAMIC REPUBLIC OF)</VALUE></NATIONALITY>
      </INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
    const parsed = parseUnConsolidatedList(xml);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const hits = screenPerson(listOf(...parsed.value.entries), traveller);
    const hit = hits.find((h) => h.id === 'UN-110427');
    expect(hit?.probability).toBeGreaterThan(0.6);
    expect(hit?.explanation.comparisons.find((c) => c.comparison === 'nationality')?.level).toBe('same');
  });

  it('weighs a nationality no code maps to as unknown, never as a mismatch', () => {
    const ix = listOf(
      entry('W-UNMAPPED', ['Narnia']),
      entry('W-NONE', []),
      entry('W-OTHER', ['Chile']),
      entry('W-STATELESS', ['XXA']),
    );
    const unmapped = hitOf(ix, 'W-UNMAPPED');
    const nationality = unmapped?.explanation.comparisons.find((c) => c.comparison === 'nationality');
    expect(nationality).toMatchObject({ level: 'missing', weight: 0 });
    expect(unmapped?.weight).toBe(hitOf(ix, 'W-NONE')?.weight);
    expect(hitOf(ix, 'W-STATELESS')?.weight).toBe(hitOf(ix, 'W-NONE')?.weight);
    expect(hitOf(ix, 'W-OTHER')?.weight ?? 0).toBeLessThan(unmapped?.weight ?? 0);
  });

  it('weighs a match on a weak alias lower than one on an alias, and says so', () => {
    const ix = listOf(
      entry('W-ALIAS', [], { names: [{ givenNames: 'Omar', surname1: 'Haddad' }, 'Azim Aghajani'] }),
      entry('W-WEAK', [], {
        names: [{ givenNames: 'Omar', surname1: 'Haddad' }],
        weakNames: ['Azim Aghajani'],
      }),
    );
    const alias = hitOf(ix, 'W-ALIAS');
    const weak = hitOf(ix, 'W-WEAK');
    expect(alias?.probability).toBeGreaterThan(0.6);
    expect(weak?.weight).toBeCloseTo((alias?.weight ?? 0) - 8, 1);
    expect(weak?.explanation.weakName).toBe(true);
    expect(weak && explainToText(weak.explanation, 'en')).toContain('weak alias');
    expect(screenPerson(ix, traveller).some((h) => h.id === 'W-WEAK')).toBe(false);
  });

  it('still holds a weak alias when the date of birth agrees too', () => {
    const ix = listOf(
      entry('W-WEAK', [], {
        names: [{ givenNames: 'Omar', surname1: 'Haddad' }],
        weakNames: ['Azim Aghajani'],
        birthDates: [{ year: 1961, month: 3, day: 8 }],
      }),
    );
    expect(screenPerson(ix, traveller).map((h) => h.id)).toContain('W-WEAK');
  });
});
