// A checkpoint's lines on the map: its label says only what was seen, and its popup one line a side
// with the time said once (it was ten lines a checkpoint, taller than the map on a phone).
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { LatestObservation } from '../../api/situation-endpoints';
import { queueLabel, queueLines } from './queue-lines';

const t = testI18n({ interpolation: { escapeValue: false } }).t;

const seen = (
  side: 'entry' | 'exit',
  kind: LatestObservation['kind'],
  value: number,
  observedAt = '2026-12-07T10:00:00.000Z',
): LatestObservation => ({
  checkpoint: { code: 'CL-CHACALLUTA', name: 'Complejo Fronterizo Chacalluta', timeZone: 'America/Santiago' },
  side,
  kind,
  value,
  observedAt,
  observationId: `${side}-${observedAt}`,
  observerName: null,
});

const ALL = (side: 'entry' | 'exit', values: readonly number[]) =>
  (['waitMinutes', 'queueKm', 'trucksQueued', 'vehiclesQueued', 'peopleWaiting'] as const).map((k, i) =>
    seen(side, k, values[i] ?? 0),
  );

describe('queueLines', () => {
  it('gives each side one line, its figures as phrases and their time once', () => {
    const lines = queueLines(
      [...ALL('exit', [360, 4, 160, 120, 80]), ...ALL('entry', [50, 0.8, 30, 35, 15])],
      'es-PE',
      t,
    );
    expect(lines).toEqual([
      [
        'Para entrar',
        expect.stringMatching(
          /^15 personas · 35 vehículos · 30 camiones · 0\.8 km de cola · 50 min de espera \(7 dic\.? 2026, 07:00 GMT-3\)$/,
        ),
      ],
      [
        'Para salir',
        expect.stringMatching(
          /^80 personas · 120 vehículos · 160 camiones · 4 km de cola · 360 min de espera \(/,
        ),
      ],
    ]);
  });

  it('says figures seen at different times apart, the newest first', () => {
    const lines = queueLines(
      [seen('entry', 'peopleWaiting', 15), seen('entry', 'waitMinutes', 45, '2026-12-07T11:30:00.000Z')],
      'es-PE',
      t,
    );
    expect(lines).toEqual([
      ['Para entrar', expect.stringMatching(/^45 min de espera \(.*08:30 GMT-3\)$/)],
      ['Para entrar', expect.stringMatching(/^15 personas \(.*07:00 GMT-3\)$/)],
    ]);
  });
});

describe('queueLabel', () => {
  // The picture's time: twenty minutes after the figures of ALL were seen.
  const AS_OF = '2026-12-07T10:20:00.000Z';

  it('adds up the people waiting on both sides, says how long ago, and gives the longest line', () => {
    const label = queueLabel(
      'Santa Rosa',
      [...ALL('entry', [420, 5.5, 185, 140, 96]), ...ALL('exit', [75, 1.2, 40, 55, 22])],
      AS_OF,
      'es-PE',
      t,
    );
    expect(label).toBe('Santa Rosa: 118 esperan (hace 20 min) · 5.5 km');
  });

  it('adds up counts seen within the hour, with the older count’s age', () => {
    const label = queueLabel(
      'Santa Rosa',
      [
        seen('entry', 'peopleWaiting', 96, '2026-12-07T10:00:00.000Z'),
        seen('exit', 'peopleWaiting', 22, '2026-12-07T09:15:00.000Z'),
      ],
      AS_OF,
      'es-PE',
      t,
    );
    expect(label).toBe('Santa Rosa: 118 esperan (hace 1 h)');
  });

  it('does not add up counts seen hours apart: at night, each side with its own age', () => {
    const queues = [
      seen('entry', 'peopleWaiting', 96, '2026-12-07T10:00:00.000Z'),
      seen('exit', 'peopleWaiting', 22, '2026-12-06T22:50:00.000Z'),
      seen('exit', 'queueKm', 1.2, '2026-12-06T22:50:00.000Z'),
    ];
    expect(queueLabel('Santa Rosa', queues, AS_OF, 'es-PE', t)).toBe(
      'Santa Rosa: 96 esperan para entrar (hace 20 min) · 22 esperan para salir (hace 11 h) · 1.2 km',
    );
    const en = testI18n({ interpolation: { escapeValue: false } });
    void en.changeLanguage('en');
    expect(queueLabel('Santa Rosa', queues, '2026-12-09T10:20:00.000Z', 'en', en.t)).toBe(
      'Santa Rosa: 96 waiting to enter (2 days ago) · 22 waiting to leave (2 days ago) · 1.2 km',
    );
  });

  it('says only what was seen: no "0 esperan" where nobody counted, no "0 km" where nobody measured', () => {
    expect(queueLabel('Chacalluta', [seen('entry', 'waitMinutes', 50)], AS_OF, 'es-PE', t)).toBe(
      'Chacalluta',
    );
    expect(
      queueLabel('Chacalluta', [seen('exit', 'peopleWaiting', 1)], '2026-12-07T10:00:30.000Z', 'es-PE', t),
    ).toBe('Chacalluta: 1 espera (ahora)');
    expect(queueLabel('Chacalluta', [seen('exit', 'queueKm', 2.5)], AS_OF, 'es-PE', t)).toBe(
      'Chacalluta: 2.5 km',
    );
    expect(queueLabel('Chacalluta', [], AS_OF, 'es-PE', t)).toBe('Chacalluta');
  });
});
