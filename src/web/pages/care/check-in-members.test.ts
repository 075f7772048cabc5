import { describe, expect, it } from 'vitest';
import { checkInPeople, firstTicked, type Relative, whyLeftOut } from './check-in-members';

const member = (personId: string, consented: boolean, shelterId: string | null = null): Relative => ({
  personId,
  givenNames: personId,
  surname1: 'Pérez',
  consented,
  shelterId,
});

describe('who a check-in takes', () => {
  const family = [member('ana', true), member('luis', false), member('eva', true, 'shelter-2')];

  it('leaves out at first a member who did not consent or who stays elsewhere, and says why', () => {
    expect(family.map(whyLeftOut)).toEqual([null, 'no-consent', 'staying']);
    expect(firstTicked(family)).toEqual(['ana']);
  });

  it('sends the person and the members ticked, splitting the family explicitly', () => {
    expect(checkInPeople('me', family, firstTicked(family))).toEqual({
      personIds: ['me', 'ana'],
      allowSplit: true,
    });
    // A member who cannot come is not sent even if ticked.
    expect(checkInPeople('me', family, ['ana', 'luis']).personIds).toEqual(['me', 'ana']);
    expect(checkInPeople('me', [member('ana', true)], ['ana'])).toEqual({
      personIds: ['me', 'ana'],
      allowSplit: false,
    });
    expect(checkInPeople('me', [member('ana', true)], [])).toEqual({ personIds: ['me'], allowSplit: true });
  });
});
