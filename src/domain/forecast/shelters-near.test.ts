import { describe, expect, it } from 'vitest';
import { sheltersNear } from './shelters-near';

// The demo's crossing: Santa Rosa (Peru) and Chacalluta (Chile) 6 km apart; Tacna 30 km north.
const CHECKPOINTS = [
  { code: 'PE-SANTA-ROSA', latitude: -18.2622, longitude: -70.3295 },
  { code: 'CL-CHACALLUTA', latitude: -18.3146, longitude: -70.3141 },
];
const shelter = (name: string, latitude: number, longitude: number) => ({ name, latitude, longitude });
const TACNA = shelter('Coliseo, Tacna', -18.0089, -70.2461);
const ARICA = shelter('Arica', -18.4783, -70.3126);
const AREQUIPA = shelter('Arequipa', -16.409, -71.5375);

describe('the shelters of a checkpoint', () => {
  it('are those within reach and nearer to it than to any other checkpoint', () => {
    const all = [TACNA, ARICA, AREQUIPA];
    expect(sheltersNear('PE-SANTA-ROSA', CHECKPOINTS, all).map((s) => s.name)).toEqual(['Coliseo, Tacna']);
    expect(sheltersNear('CL-CHACALLUTA', CHECKPOINTS, all).map((s) => s.name)).toEqual(['Arica']);
  });

  it('are none far away, and none of a checkpoint not registered', () => {
    expect(sheltersNear('PE-SANTA-ROSA', CHECKPOINTS, [AREQUIPA])).toEqual([]);
    expect(sheltersNear('XX-NOWHERE', CHECKPOINTS, [TACNA])).toEqual([]);
    // With one checkpoint only, every shelter within reach is its own.
    expect(sheltersNear('CL-CHACALLUTA', CHECKPOINTS.slice(1), [TACNA, ARICA])).toHaveLength(2);
  });
});
