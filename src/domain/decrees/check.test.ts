import { describe, expect, it } from 'vitest';
import { aDecree } from '../../../test/support/decrees';
import { chainEndOf, checkAgainstRegister, checkDecree, checkInRegister } from './check';
import type { Decree } from './types';

const decree = aDecree;
const OTHER = '00000000-0000-4000-8000-000000000999';
const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);

describe('a decree on its own', () => {
  it('is accepted when its dates and zones make sense', () => {
    expect(checkDecree(decree())).toEqual([]);
  });

  it.each([
    ['an end before its start', { endsOn: '2025-11-28' }, 'decree.ends-before-start', 'endsOn'],
    ['a start before it was issued', { startsOn: '2025-11-27' }, 'decree.starts-before-issued', 'startsOn'],
    ['a date that does not exist', { endsOn: '2026-02-30' }, 'decree.date', 'endsOn'],
    ['an unknown time zone', { timeZone: 'America/Tacna' }, 'decree.time-zone', 'timeZone'],
    ['no zone at all', { checkpoints: [], areas: [] }, 'decree.no-zone', 'checkpoints'],
    [
      'a zone named twice',
      {
        areas: [
          { kind: 'province', name: 'Tacna' },
          { kind: 'province', name: ' TACNA' },
        ],
      },
      'decree.duplicate-zone',
      'areas.1',
    ],
    [
      'publication before issue',
      { publishedOn: '2025-11-01' },
      'decree.published-before-issued',
      'publishedOn',
    ],
  ] as const)('is refused for %s', (_case, over, code, path) => {
    expect(checkDecree(decree(over as Partial<Decree>))).toEqual([{ code, path }]);
  });

  it('is told of a day that does not read and of two others out of order, at once', () => {
    const told = checkDecree(
      decree({ issuedOn: '2026-02-31', startsOn: '2026-03-10', endsOn: '2026-03-01' }),
    );
    expect(told).toEqual([
      { code: 'decree.date', path: 'issuedOn' },
      { code: 'decree.ends-before-start', path: 'endsOn' },
    ]);
  });
});

describe('a decree naming checkpoints', () => {
  const known = { checkpoints: new Set(['PE-SANTA-ROSA', 'CL-CHACALLUTA']) };

  it('is refused for a checkpoint code no checkpoint has, at that code', () => {
    const typo = decree({ checkpoints: ['PE-SANTA-ROSA', 'CL-CHACALUTA'] });
    expect(checkDecree(typo, known)).toEqual([{ code: 'decree.checkpoint-unknown', path: 'checkpoints.1' }]);
    expect(codes(checkInRegister(typo, [], known))).toEqual(['decree.checkpoint-unknown']);
  });

  it('is accepted when every checkpoint is there, and checked for its form only without the list', () => {
    expect(checkDecree(decree({ checkpoints: ['CL-CHACALLUTA'] }), known)).toEqual([]);
    expect(checkDecree(decree({ checkpoints: ['CL-CHACALUTA'] }))).toEqual([]);
  });
});

describe('the rights a decree restricts, by its country’s constitution', () => {
  const ALL = [
    'personal-liberty-security',
    'home-inviolability',
    'freedom-of-assembly',
    'freedom-of-movement',
  ];

  it('takes every right art. 137.1 lets a Peruvian state of emergency restrict', () => {
    expect(checkDecree(decree({ rightsSuspended: ALL as Decree['rightsSuspended'] }))).toEqual([]);
  });

  it('takes the freedoms of movement and assembly art. 43 lets a Chilean one restrict', () => {
    const chilean = decree({
      timeZone: 'America/Santiago',
      checkpoints: ['CL-CHACALLUTA'],
      rightsSuspended: ['freedom-of-movement', 'freedom-of-assembly'],
    });
    expect(checkDecree(chilean)).toEqual([]);
  });

  it.each([
    ['continental Chile', 'America/Santiago'],
    ['Magallanes', 'America/Punta_Arenas'],
    ['Easter Island', 'Pacific/Easter'],
  ])('refuses, at each, the rights Peru allows and Chile does not, for a decree of %s', (_case, timeZone) => {
    const chilean = decree({ timeZone, rightsSuspended: ALL as Decree['rightsSuspended'] });
    expect(checkDecree(chilean)).toEqual([
      { code: 'decree.right-not-restrictable', path: 'rightsSuspended.0', country: 'CL' },
      { code: 'decree.right-not-restrictable', path: 'rightsSuspended.1', country: 'CL' },
    ]);
  });

  it('takes any right it names for a decree of a country whose rule it does not know', () => {
    const elsewhere = decree({ timeZone: 'America/Guayaquil', rightsSuspended: ['home-inviolability'] });
    expect(checkDecree(elsewhere)).toEqual([]);
  });
});

describe('a decree recorded on a day', () => {
  // 28 November 2025, 23:30 in Lima (04:30 UTC on the 29th): the decree's days are Lima's.
  const lateOnThe28th = { now: Date.parse('2025-11-29T04:30:00Z') };

  it('may be recorded on the day it was issued and published, and come into force later', () => {
    expect(checkDecree(decree({ startsOn: '2025-12-15', endsOn: '2026-01-27' }), lateOnThe28th)).toEqual([]);
  });

  it('is refused when it was issued or published on a day still to come where it applies', () => {
    expect(
      checkDecree(
        decree({ issuedOn: '2025-11-29', publishedOn: '2025-11-29', startsOn: '2025-11-30' }),
        lateOnThe28th,
      ),
    ).toEqual([
      { code: 'decree.issued-later', path: 'issuedOn' },
      { code: 'decree.issued-later', path: 'publishedOn' },
    ]);
    // Santiago (UTC−3) has reached the 29th where Lima (UTC−5) has not: the decree's own zone decides.
    const publishedOn29th = { publishedOn: '2025-11-29' };
    expect(checkDecree(decree({ ...publishedOn29th, timeZone: 'America/Santiago' }), lateOnThe28th)).toEqual(
      [],
    );
    expect(checkDecree(decree(publishedOn29th), lateOnThe28th)).toEqual([
      { code: 'decree.issued-later', path: 'publishedOn' },
    ]);
  });

  it('is told every problem at once: its own, its zones and the register’s', () => {
    const problems = checkInRegister(
      decree({
        id: OTHER,
        number: 'D.S. N.° 140-2025-PCM',
        issuedOn: '2025-12-01',
        publishedOn: null,
        startsOn: '2025-12-02',
        endsOn: '2025-12-20',
        areas: [
          { kind: 'province', name: 'Tacna' },
          { kind: 'province', name: 'TACNA' },
        ],
      }),
      [decree()],
      lateOnThe28th,
    );
    expect(codes(problems)).toEqual(['decree.issued-later', 'decree.duplicate-zone', 'decree.overlap']);
    // A day that does not read leaves the days uncompared, and still says the zones' problems.
    expect(
      codes(checkInRegister(decree({ endsOn: '2026-02-30', checkpoints: [], areas: [] }), [], lateOnThe28th)),
    ).toEqual(['decree.date', 'decree.no-zone']);
  });
});

describe('a decree against the register', () => {
  const base = decree();

  it('refuses a second decree over the same province on the same days, naming the first', () => {
    const second = decree({
      id: OTHER,
      number: 'D.S. N.° 140-2025-PCM',
      checkpoints: [],
      startsOn: '2026-01-10',
      endsOn: '2026-02-10',
    });
    expect(checkAgainstRegister(second, [base])).toEqual([
      {
        code: 'decree.overlap',
        path: 'areas.0',
        zone: 'province:tacna',
        other: { id: base.id, number: base.number },
      },
    ]);
  });

  it('accepts the same days over another zone, and the same zone after the first has ended', () => {
    const elsewhere = decree({
      id: OTHER,
      checkpoints: ['PE-TUMBES'],
      areas: [{ kind: 'province', name: 'Tumbes' }],
    });
    const later = decree({ id: OTHER, startsOn: '2026-01-28', endsOn: '2026-02-28', issuedOn: '2026-01-20' });
    expect(checkAgainstRegister(elsewhere, [base])).toEqual([]);
    expect(checkAgainstRegister(later, [base])).toEqual([]);
  });

  it('accepts an extension that overlaps the decree it extends, and moves the chain’s end', () => {
    const extension = decree({
      id: OTHER,
      extends: base.id,
      issuedOn: '2026-01-20',
      startsOn: '2026-01-20',
      endsOn: '2026-03-28',
    });
    expect(checkAgainstRegister(extension, [base])).toEqual([]);
    expect(chainEndOf(base, [base, extension])).toBe('2026-03-28');
    expect(chainEndOf(base, [base])).toBe('2026-01-27');
  });

  it.each([
    [
      'a gap after the decree it extends',
      { startsOn: '2026-02-01', endsOn: '2026-03-01' },
      'decree.extension-gap',
    ],
    ['an end that does not move', { startsOn: '2026-01-28', endsOn: '2026-01-27' }, 'decree.extension-end'],
    [
      'a start on the decree’s own first day',
      { startsOn: '2025-11-29', endsOn: '2026-03-01' },
      'decree.extension-start',
    ],
  ] as const)('refuses an extension with %s', (_case, over, code) => {
    const extension = decree({ id: OTHER, extends: base.id, issuedOn: '2025-11-28', ...over });
    expect(codes(checkAgainstRegister(extension, [base]))).toContain(code);
  });

  it('refuses an extension of a decree that is not in the register, or of itself', () => {
    expect(
      codes(checkAgainstRegister(decree({ id: OTHER, extends: '00000000-0000-4000-8000-000000000000' }), [])),
    ).toEqual(['decree.extends-unknown']);
    expect(codes(checkAgainstRegister(decree({ extends: base.id }), [base]))).toEqual([
      'decree.extends-itself',
    ]);
  });

  it('checks an amended decree against the others, not against its own earlier version', () => {
    expect(checkAgainstRegister(decree({ endsOn: '2026-02-27' }), [base])).toEqual([]);
  });
});

describe('an amended decree against the decrees that extend it', () => {
  // The demo's declaration (29 November to 27 January) and its extension to 28 March.
  const base = decree();
  const extension = decree({
    id: OTHER,
    extends: base.id,
    number: 'D.S. N.° 0XX-2026-PCM',
    issuedOn: '2026-01-20',
    startsOn: '2026-01-28',
    endsOn: '2026-03-28',
  });
  const register = [base, extension];
  const byExtension = { id: OTHER, number: 'D.S. N.° 0XX-2026-PCM' };

  it.each([
    ['ends so early that a gap opens before it', { endsOn: '2026-01-10' }, 'decree.extension-gap', 'endsOn'],
    ['ends on its last day or later', { endsOn: '2026-03-28' }, 'decree.extension-end', 'endsOn'],
    ['starts on its first day or later', { startsOn: '2026-01-28' }, 'decree.extension-start', 'startsOn'],
  ] as const)('is refused when it %s, naming the extension', (_case, over, code, path) => {
    expect(checkAgainstRegister(decree(over), register)).toEqual([{ code, path, other: byExtension }]);
  });

  it('is accepted when its extension still follows it', () => {
    expect(checkAgainstRegister(decree({ endsOn: '2026-02-10' }), register)).toEqual([]);
    expect(checkAgainstRegister(decree({ startsOn: '2025-12-01' }), register)).toEqual([]);
  });

  it('checks an amended extension against the decree it extends, not its own earlier version', () => {
    expect(codes(checkAgainstRegister({ ...extension, startsOn: '2026-02-01' }, register))).toEqual([
      'decree.extension-gap',
    ]);
    expect(checkAgainstRegister({ ...extension, endsOn: '2026-04-28' }, register)).toEqual([]);
  });

  it('checks a link of a chain against the decree before it and the one after, so no gap opens', () => {
    const second = decree({
      id: '00000000-0000-4000-8000-000000000998',
      extends: extension.id,
      number: 'D.S. N.° 0YY-2026-PCM',
      issuedOn: '2026-03-20',
      startsOn: '2026-03-29',
      endsOn: '2026-05-27',
    });
    const chain = [base, extension, second];
    expect(checkAgainstRegister({ ...extension, endsOn: '2026-03-01' }, chain)).toEqual([
      {
        code: 'decree.extension-gap',
        path: 'endsOn',
        other: { id: second.id, number: 'D.S. N.° 0YY-2026-PCM' },
      },
    ]);
    // The declaration amended within its own extension's rule: the second extension is not its to check.
    expect(checkAgainstRegister(decree({ endsOn: '2026-02-10' }), chain)).toEqual([]);
  });
});
