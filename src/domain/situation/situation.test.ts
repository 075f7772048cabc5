import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithinExtent, operationExtent, WHOLE_EARTH } from './extent';
import {
  afterChange,
  checkNewIncident,
  isSameUpdate,
  type LoggedChange,
  planIncidentUpdate,
} from './incidents';
import { checkObservation } from './observations';

const NOW = new Date('2025-11-27T15:00:00Z');
const SANTA_ROSA = { latitude: -18.2622, longitude: -70.3295 };
const CHACALLUTA = { latitude: -18.3146, longitude: -70.3141 };
const EXTENT = operationExtent([SANTA_ROSA, CHACALLUTA]);

describe('checkObservation', () => {
  it('keeps the figures given, with the time in UTC with milliseconds', () => {
    const checked = checkObservation(
      { side: 'entry', observedAt: '2025-11-27T09:30:00-05:00', values: { peopleWaiting: 80, queueKm: 3.5 } },
      NOW,
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        side: 'entry',
        observedAt: '2025-11-27T14:30:00.000Z',
        values: { peopleWaiting: 80, queueKm: 3.5 },
      },
    });
  });

  it.each([
    ['a negative count', { peopleWaiting: -1 }, 'peopleWaiting', 'situation.negative'],
    ['a fraction of a truck', { trucksQueued: 2.5 }, 'trucksQueued', 'situation.not-whole'],
    ['a queue longer than any road', { queueKm: 1000 }, 'queueKm', 'situation.too-large'],
    ['a wait of a month', { waitMinutes: 43_200 }, 'waitMinutes', 'situation.too-large'],
    ['a count past the limit', { peopleWaiting: 500_000 }, 'peopleWaiting', 'situation.too-large'],
    ['no figure at all', {}, 'values', 'situation.no-values'],
  ])('refuses %s', (_what, values, field, code) => {
    const checked = checkObservation({ side: 'exit', observedAt: NOW.toISOString(), values }, NOW);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('accepts a device clock a few minutes ahead, but not a time in the future', () => {
    const ahead = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
    const at = (observedAt: string) =>
      checkObservation({ side: 'entry', observedAt, values: { trucksQueued: 3 } }, NOW);
    expect(at(ahead(4)).ok).toBe(true);
    const future = at(ahead(30));
    expect(future.ok).toBe(false);
    if (!future.ok)
      expect(future.error).toEqual([
        expect.objectContaining({ code: 'situation.in-future', field: 'observedAt' }),
      ]);
  });

  it('refuses a time older than a week', () => {
    const checked = checkObservation(
      { side: 'entry', observedAt: '2025-11-01T00:00:00Z', values: { trucksQueued: 3 } },
      NOW,
    );
    expect(checked.ok).toBe(false);
  });

  it('never throws, whatever numbers and times it is given', () => {
    fc.assert(
      fc.property(fc.double(), fc.string(), (value, observedAt) => {
        checkObservation(
          { side: 'entry', observedAt, values: { peopleWaiting: value, queueKm: value } },
          NOW,
        );
      }),
    );
  });
});

describe('the operation extent', () => {
  it('covers the checkpoints, Tacna and Arica, but not Lima or Santiago', () => {
    expect(isWithinExtent(EXTENT, SANTA_ROSA)).toBe(true);
    expect(isWithinExtent(EXTENT, { latitude: -18.0146, longitude: -70.2536 })).toBe(true); // Tacna
    expect(isWithinExtent(EXTENT, { latitude: -18.4783, longitude: -70.3126 })).toBe(true); // Arica
    expect(isWithinExtent(EXTENT, { latitude: -12.0464, longitude: -77.0428 })).toBe(false); // Lima
    expect(isWithinExtent(EXTENT, { latitude: -33.4489, longitude: -70.6693 })).toBe(false); // Santiago
  });

  it('is the whole earth when there are no checkpoints', () => {
    expect(operationExtent([])).toEqual(WHOLE_EARTH);
  });
});

describe('checkNewIncident', () => {
  const blockade = {
    kind: 'road-blockade' as const,
    severity: 'high' as const,
    latitude: -18.29,
    longitude: -70.32,
    occurredAt: '2025-11-27T14:00:00Z',
  };

  it('accepts a blockade on the highway between the posts', () => {
    expect(checkNewIncident(blockade, EXTENT, NOW)).toEqual({
      ok: true,
      value: { ...blockade, occurredAt: '2025-11-27T14:00:00.000Z' },
    });
  });

  it.each([
    ['a swapped sign of latitude', { latitude: 18.29 }, 'latitude'],
    ['a point in the ocean off Lima', { latitude: -12.1, longitude: -77.5 }, 'latitude'],
    ['a longitude east instead of west', { longitude: 70.32 }, 'longitude'],
  ])('refuses %s as outside the map', (_what, point, field) => {
    const checked = checkNewIncident({ ...blockade, ...point }, EXTENT, NOW);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.error).toContainEqual(
        expect.objectContaining({ field, code: 'situation.outside-extent' }),
      );
  });

  it('refuses an incident that has not happened yet', () => {
    const checked = checkNewIncident({ ...blockade, occurredAt: '2025-11-28T15:00:00Z' }, EXTENT, NOW);
    expect(checked.ok).toBe(false);
  });
});

describe('planIncidentUpdate', () => {
  const open = { status: 'open' as const, severity: 'high' as const };

  it('logs a status change and a severity change together, and leaves the incident in the new state', () => {
    const change = planIncidentUpdate(open, {
      status: 'monitoring',
      severity: 'medium',
      note: ' Tránsito parcial ',
    });
    expect(change).toEqual({
      ok: true,
      value: {
        note: 'Tránsito parcial',
        noteShared: false,
        status: { from: 'open', to: 'monitoring' },
        severity: { from: 'high', to: 'medium' },
      },
    });
    if (change.ok)
      expect(afterChange(open, change.value)).toEqual({ status: 'monitoring', severity: 'medium' });
  });

  it('shares a note with partners only when its writer says so, and only a note there is', () => {
    const shared = (input: Parameters<typeof planIncidentUpdate>[1]) => {
      const change = planIncidentUpdate(open, input);
      return change.ok ? change.value.noteShared : 'refused';
    };
    expect(shared({ note: 'Un carril habilitado' })).toBe(false);
    expect(shared({ note: 'Un carril habilitado', noteShared: false })).toBe(false);
    expect(shared({ note: 'Un carril habilitado', noteShared: true })).toBe(true);
    expect(shared({ note: '  ', noteShared: true, status: 'monitoring' })).toBe(false);
  });

  it('refuses an update that changes nothing and says nothing', () => {
    expect(planIncidentUpdate(open, { status: 'open', severity: 'high', note: '  ' })).toEqual({
      ok: false,
      error: [{ code: 'incident.no-change', field: 'note' }],
    });
  });

  it('takes only a reopening once an incident is closed', () => {
    const closed = { status: 'closed' as const, severity: 'low' as const };
    expect(planIncidentUpdate(closed, { note: 'Otra vez' }).ok).toBe(false);
    expect(planIncidentUpdate(closed, { status: 'open', note: 'Nuevo bloqueo' }).ok).toBe(true);
  });
});

describe('isSameUpdate', () => {
  // Opened high, then a note with the status moved to monitoring, then closed.
  const log: readonly LoggedChange[] = [
    {
      note: 'Bloqueo',
      noteShared: true,
      status: { from: null, to: 'open' },
      severity: { from: null, to: 'high' },
    },
    { note: 'Un carril', noteShared: false, status: { from: 'open', to: 'monitoring' }, severity: null },
    { note: null, noteShared: false, status: { from: 'monitoring', to: 'closed' }, severity: null },
  ];

  it.each([
    ['the same note and status change', 1, { note: 'Un carril', status: 'monitoring' }, true],
    [
      'the same, with the severity sent unchanged',
      1,
      { note: ' Un carril', status: 'monitoring', severity: 'high' },
      true,
    ],
    ['the same closing', 2, { status: 'closed' }, true],
    ['another note', 1, { note: 'Dos carriles', status: 'monitoring' }, false],
    [
      'the same note, shared with partners this time',
      1,
      { note: 'Un carril', noteShared: true, status: 'monitoring' },
      false,
    ],
    ['the same closing, said shared without a note', 2, { status: 'closed', noteShared: true }, true],
    ['the note without the status change', 1, { note: 'Un carril' }, false],
    ['another severity', 1, { note: 'Un carril', status: 'monitoring', severity: 'low' }, false],
    ['the opening, whose id the server made', 0, { note: 'Bloqueo' }, false],
    ['an entry the log does not have', 3, { note: 'x' }, false],
  ] as const)('recognises, or not, %s as the entry sent before', (_what, index, input, same) => {
    expect(isSameUpdate(log, index, input)).toBe(same);
  });
});
