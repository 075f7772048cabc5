// An incident is opened with when it began, typed on its checkpoint's clock: before, the form had no
// such field and every incident began when it was typed in (a blockade reported two hours late, or
// after midnight, was listed from then, and in the next day's sitrep). Around Chile's changes of time a
// beginning the clocks read twice is asked which, and one they skipped is refused, before sending.
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { type OpeningDraft, openingOf } from './incident-opening';

const t = testI18n({ interpolation: { escapeValue: false } }).t;
const EXTENT = { south: -18.8, west: -70.8, north: -17.7, east: -69.8 };
const CHACALLUTA = { name: 'Complejo Fronterizo Chacalluta', timeZone: 'America/Santiago' };
const SANTA_ROSA = { name: 'Complejo Fronterizo Santa Rosa', timeZone: 'America/Lima' };

// A beginning typed on Chacalluta's clock, read in Spanish as Peru writes it.
const TYPED = { extent: EXTENT, clock: CHACALLUTA, timeTyped: true, locale: 'es-PE', t };

const draft = (patch: Partial<OpeningDraft>): OpeningDraft => ({
  title: 'Bloqueo de la Panamericana',
  kind: 'road-blockade',
  severity: 'high',
  checkpoint: 'CL-CHACALLUTA',
  latitude: '-18.335',
  longitude: '-70.31',
  occurredAt: '2026-12-07T01:30',
  repeat: '',
  description: '',
  descriptionShared: false,
  ...patch,
});

describe('openingOf', () => {
  it.each([
    // Chile's summer (GMT-3): 01:30 at Chacalluta is 04:30 UTC; Lima (GMT-5) is two hours behind.
    ['01:30 at Chacalluta in summer', CHACALLUTA, {}, '2026-12-07T04:30:00.000Z'],
    ['01:30 at Santa Rosa', SANTA_ROSA, { checkpoint: 'PE-SANTA-ROSA' }, '2026-12-07T06:30:00.000Z'],
    // The night of 4 to 5 April 2026 Chile's clocks turn back at midnight: 23:30 comes twice.
    [
      'the first 23:30 of the night the clocks turn back',
      CHACALLUTA,
      { occurredAt: '2026-04-04T23:30', repeat: 'earlier' },
      '2026-04-05T02:30:00.000Z',
    ],
    [
      'the second 23:30 of that night',
      CHACALLUTA,
      { occurredAt: '2026-04-04T23:30', repeat: 'later' },
      '2026-04-05T03:30:00.000Z',
    ],
  ] as const)('sends when it began, typed on the clock named: %s', (_, clock, patch, instant) => {
    const opening = openingOf(draft(patch), { ...TYPED, clock });
    expect(opening).toEqual({ ok: true, body: expect.objectContaining({ occurredAt: instant }) });
  });

  it.each([
    [
      'a time the clocks read twice, neither chosen',
      { occurredAt: '2026-04-04T23:30' },
      { repeat: 'Elija cuál de las dos.' },
    ],
    [
      // 6 September 2026: Chile's clocks go from 00:00 to 01:00.
      'a time the clocks skipped',
      { occurredAt: '2026-09-06T00:30' },
      {
        occurredAt:
          'Esa hora no existió en Complejo Fronterizo Chacalluta: esa noche los relojes se adelantaron una hora. Escriba la hora que marcaban.',
      },
    ],
    ['no beginning', { occurredAt: '' }, { occurredAt: 'Escriba cuándo empezó: día y hora.' }],
  ] as const)('sends nothing for %s, and says why at its field', (_, patch, faults) => {
    expect(openingOf(draft(patch), TYPED)).toEqual({ ok: false, faults });
  });

  it('gives each coordinate an example of its own, not the latitude’s for the longitude', () => {
    const opening = openingOf(draft({ latitude: 'sur', longitude: 'oeste' }), TYPED);
    expect(opening).toEqual({
      ok: false,
      faults: {
        latitude: 'No es una coordenada: escriba grados decimales, por ejemplo -18.27.',
        longitude: 'No es una coordenada: escriba grados decimales, por ejemplo -70.31.',
      },
    });
  });

  it('leaves the time offered (now) to the server’s clock until another is typed', () => {
    // Even in the hour Chile's clocks read twice: nothing was typed to ask about.
    const opening = openingOf(draft({ occurredAt: '2026-04-04T23:30' }), { ...TYPED, timeTyped: false });
    expect(opening.ok && 'occurredAt' in opening.body).toBe(false);
    expect(opening.ok).toBe(true);
  });

  it('asks for the place of an incident whose coordinates were left blank, pointing to its checkpoint', () => {
    const opening = openingOf(draft({ checkpoint: '', latitude: ' ', longitude: '' }), TYPED);
    expect(opening).toEqual({
      ok: false,
      faults: {
        latitude:
          'Falta el lugar: elija el puesto más cercano en «Cerca de», que pone su posición, o escriba grados decimales, por ejemplo -18.27.',
        longitude:
          'Falta el lugar: elija el puesto más cercano en «Cerca de», que pone su posición, o escriba grados decimales, por ejemplo -70.31.',
      },
    });
  });

  it('sends the texts trimmed, the description’s sharing only with a description, and no checkpoint for none', () => {
    const opening = openingOf(
      draft({ title: '  Crowd  ', checkpoint: '', description: ' ', descriptionShared: true }),
      { ...TYPED, clock: { name: 'Lima (Perú, UTC−5)', timeZone: 'America/Lima' }, locale: 'en-GB' },
    );
    expect(opening).toEqual({
      ok: true,
      body: {
        kind: 'road-blockade',
        severity: 'high',
        title: 'Crowd',
        latitude: -18.335,
        longitude: -70.31,
        occurredAt: '2026-12-07T06:30:00.000Z',
      },
    });
  });
});
