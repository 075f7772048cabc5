// What a child's crossing needs, for a baby whose birth date is known only to the year or the month:
// a baby born in the year of the crossing, alone, is referred as an unaccompanied child (it was of
// unknown age, and nobody was told).
import { describe, expect, it } from 'vitest';
import { protectionNeedOf } from './protection';

describe('protectionNeedOf a baby with a partial birth date', () => {
  // 12 March 2026, 10:00 in Tacna.
  const at = '2026-03-12T15:00:00Z';
  it.each([['2026'], ['2026-03'], ['2026-03-01']])('refers a baby born %s who crosses alone', (birthDate) => {
    expect(protectionNeedOf({ at, birthDate }, null, 'America/Lima')).toBe('unaccompanied-minor');
  });

  it('asks nothing for the baby crossing with a parent', () => {
    const parent = { at, birthDate: '1995-06-01', relationship: 'reference' };
    expect(
      protectionNeedOf({ at, birthDate: '2026', relationship: 'child' }, parent, 'America/Lima'),
    ).toBeNull();
  });

  it('reads a birth date after the crossing day as no age, and asks nothing', () => {
    expect(protectionNeedOf({ at, birthDate: '2026-04' }, null, 'America/Lima')).toBeNull();
  });
});
