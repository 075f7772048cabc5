import { describe, expect, it } from 'vitest';
import { defaultModel } from './default-model';
import { addWatchlistEntry, createPersonIndex, screenPerson } from './person-index';
import { comparePeople } from './score-people';
import type { MatchablePerson } from './types';

const base: MatchablePerson = {
  id: 'a',
  givenNames: 'María José',
  surname1: 'De la Cruz',
  surname2: 'Peña',
  sex: 'F',
  birthDate: { year: 1988, month: 4, day: 9 },
  nationality: 'VEN',
  documentNumber: 'V-18.234.567',
  documentType: 'ID',
};

function level(b: Partial<MatchablePerson>, comparison: string, a: MatchablePerson = base): string {
  const r = comparePeople(defaultModel(), a, { ...base, id: 'b', ...b });
  return r.explanation.comparisons.find((c) => c.comparison === comparison)?.level ?? '';
}

describe('name comparisons', () => {
  it.each([
    [{ givenNames: 'MARIA JOSE' }, 'givenName', 'exact'],
    [{ givenNames: 'José María' }, 'givenName', 'exact'],
    [{ givenNames: 'Maria Josse' }, 'givenName', 'phonetic'],
    [{ givenNames: 'Marai José' }, 'givenName', 'jaro-winkler-0.92'],
    [{ givenNames: 'María' }, 'givenName', 'token-subset'],
    [{ givenNames: 'Ana Lucía' }, 'givenName', 'other'],
    [{ givenNames: '' }, 'givenName', 'missing'],
    [{ surname1: 'DE LA CRUZ', surname2: 'PENXXA' }, 'surname', 'exact'],
    [{ surname1: 'Cruz', surname2: undefined }, 'surname', 'token-subset'],
    [{ surname1: 'Kruz', surname2: 'Pena' }, 'surname', 'phonetic'],
    [{ surname1: 'Gonzalez', surname2: 'Rodriguez' }, 'surname', 'other'],
  ])('compares %j on %s as %s', (b, comparison, expected) => {
    expect(level(b, comparison)).toBe(expected);
  });

  it('compares given names and surnames crossed over when they were typed in the wrong fields', () => {
    const r = comparePeople(defaultModel(), base, {
      ...base,
      id: 'b',
      givenNames: 'Cruz Peña',
      surname1: 'María José',
    });
    expect(r.explanation.namesSwapped || r.explanation.comparisons[0]?.level === 'exact').toBe(true);
    expect(r.probability).toBeGreaterThan(0.99);
  });
});

describe('date of birth comparison', () => {
  it.each([
    [{ year: 1988, month: 4, day: 9 }, 'exact'],
    [{ year: 1988, month: 9, day: 4 }, 'day-month-swapped'],
    [{ year: 1988, month: 4 }, 'year-month'],
    // Two full dates on different days are different birthdays, even in the same month.
    [{ year: 1988, month: 4, day: 19 }, 'mismatch'],
    [{ year: 1988 }, 'year'],
    [{ year: 1989, month: 4, day: 9 }, 'year-off-by-one'],
    [{ year: 1975, month: 1, day: 2 }, 'mismatch'],
  ])('compares 1988-04-09 with %j as %s', (birthDate, expected) => {
    expect(level({ birthDate }, 'birthDate')).toBe(expected);
  });

  it('treats a missing date as missing, with no weight', () => {
    const { birthDate: _, ...noDate } = base;
    const r = comparePeople(defaultModel(), base, { ...noDate, id: 'b' });
    const dob = r.explanation.comparisons.find((c) => c.comparison === 'birthDate');
    expect(dob).toMatchObject({ level: 'missing', weight: 0 });
  });
});

describe('document, nationality and sex comparisons', () => {
  it.each([
    [{ documentNumber: '18234567' }, 'exact'],
    [{ documentNumber: '18234568' }, 'one-edit'],
    [{ documentNumber: '18243567' }, 'one-edit'],
    [{ documentNumber: '123456789', documentType: 'P' }, 'other-document'],
    [{ documentNumber: '99887766' }, 'identity-mismatch'],
    [{ documentNumber: '99887766', documentType: 'CPP' }, 'other-document'],
  ])('compares the document %j as %s', (b, expected) => {
    expect(level(b, 'document')).toBe(expected);
  });

  it('counts two passports with different numbers as a plain mismatch: passports are renewed', () => {
    const a = { ...base, documentNumber: '123456789', documentType: 'P' };
    expect(level({ documentNumber: '987654321', documentType: 'P' }, 'document', a)).toBe('mismatch');
  });

  it('counts an identity card unlike the listed one as such, even when a passport is listed too', () => {
    const ix = createPersonIndex(defaultModel());
    addWatchlistEntry(ix, {
      watchId: 'W1',
      names: [{ givenNames: 'María José', surname1: 'De la Cruz', surname2: 'Peña' }],
      birthDates: [{ year: 1988, month: 4, day: 9 }],
      nationalities: ['VEN'],
      documents: [
        { type: 'ID', number: '18234567' },
        { type: 'P', number: '123456789' },
      ],
    });
    const [hit] = screenPerson(ix, { ...base, documentNumber: '99887766' }, { threshold: 0 });
    expect(hit?.explanation.comparisons.find((c) => c.comparison === 'document')?.level).toBe(
      'identity-mismatch',
    );
  });

  it('adds nothing for agreeing on sex once the given names agree', () => {
    const r = comparePeople(defaultModel(), base, { ...base, id: 'b' });
    expect(r.explanation.comparisons.find((c) => c.comparison === 'sex')).toMatchObject({
      level: 'same',
      weight: 0,
    });
    const other = comparePeople(defaultModel(), base, { ...base, id: 'b', givenNames: 'Ana Lucía' });
    expect(other.explanation.comparisons.find((c) => c.comparison === 'sex')?.weight).toBeGreaterThan(0);
  });

  it.each([
    [{ nationality: 'VEN' }, 'nationality', 'same'],
    [{ nationality: 'COL' }, 'nationality', 'different'],
    [{ sex: 'M' as const }, 'sex', 'different'],
    [{ sex: 'X' as const }, 'sex', 'missing'],
  ])('compares %j on %s as %s', (b, comparison, expected) => {
    expect(level(b, comparison)).toBe(expected);
  });
});
