import { describe, expect, it } from 'vitest';
import { corridorProgress } from './corridor-progress';

const STOPS = [
  { code: 'TAC', name: 'Tacna', latitude: -18.01, longitude: -70.25 },
  { code: 'ARE', name: 'Arequipa', latitude: -16.4, longitude: -71.54 },
  { code: 'LIM', name: 'Lima', latitude: -12.05, longitude: -77.04 },
  { code: 'TUM', name: 'Tumbes', latitude: -3.57, longitude: -80.45 },
];
const visit = (stop: string, arrivedAt: string | null, departedAt: string | null) => ({
  stop,
  arrivedAt,
  departedAt,
});

describe('how far a convoy has come', () => {
  it('has reached nothing before it leaves', () => {
    const p = corridorProgress(STOPS, []);
    expect(p.stops.map((s) => s.state)).toEqual(['ahead', 'ahead', 'ahead', 'ahead']);
    expect(p).toMatchObject({ last: null, reached: 0, onTheRoad: false });
  });

  it('is on the road once it left the origin', () => {
    const p = corridorProgress(STOPS, [visit('TAC', null, '2025-11-28T06:00:00Z')]);
    expect(p.stops.map((s) => s.state)).toEqual(['here', 'ahead', 'ahead', 'ahead']);
    expect(p).toMatchObject({ last: { code: 'TAC' }, reached: 1, onTheRoad: true });
  });

  it('is at a stop it arrived at and has not left, with the stops before it passed', () => {
    const p = corridorProgress(STOPS, [
      visit('TAC', null, '2025-11-28T06:00:00Z'),
      visit('ARE', '2025-11-28T12:00:00Z', '2025-11-28T13:00:00Z'),
      visit('LIM', '2025-11-29T08:00:00Z', null),
    ]);
    expect(p.stops.map((s) => s.state)).toEqual(['passed', 'passed', 'here', 'ahead']);
    expect(p).toMatchObject({ last: { code: 'LIM' }, reached: 3, onTheRoad: false });
  });

  it('ignores a stop of the log the corridor does not have, and an empty visit', () => {
    const p = corridorProgress(STOPS, [visit('XXX', '2025-11-28T12:00:00Z', null), visit('ARE', null, null)]);
    expect(p).toMatchObject({ last: null, reached: 0 });
  });
});
