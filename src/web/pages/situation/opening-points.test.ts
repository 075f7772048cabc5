// The map opens on what lies inside the operation's extent: a point stored outside it is left out.
import { describe, expect, it } from 'vitest';
import { openingPoints } from './opening-points';

const extent = { south: -19, west: -71, north: -17.5, east: -69.5 };
const SANTA_ROSA = { latitude: -18.1, longitude: -70.3 };
const CHACALLUTA = { latitude: -18.3, longitude: -70.3 };
const BLOCKADE = { latitude: -18.2, longitude: -70.31 };
const SHELTER = { latitude: -18.01, longitude: -70.25 };

describe('openingPoints', () => {
  it('is every checkpoint, open incident and shelter inside the extent', () => {
    const picture = {
      extent,
      checkpoints: [SANTA_ROSA, CHACALLUTA],
      incidents: [BLOCKADE],
      shelters: [SHELTER],
    };
    expect(openingPoints(picture)).toEqual([SANTA_ROSA, CHACALLUTA, BLOCKADE, SHELTER]);
  });

  it.each([
    ['a sign typed wrong', { latitude: 18.01, longitude: 70.25 }],
    ['a longitude alone wrong', { latitude: -18.01, longitude: 70.25 }],
    ['no number', { latitude: Number.NaN, longitude: -70.25 }],
  ])('leaves out a shelter stored outside the extent: %s', (_what, outside) => {
    const picture = { extent, checkpoints: [SANTA_ROSA], incidents: [], shelters: [SHELTER, outside] };
    expect(openingPoints(picture)).toEqual([SANTA_ROSA, SHELTER]);
  });

  it('has no shelters for a role that may not see them', () => {
    expect(openingPoints({ extent, checkpoints: [SANTA_ROSA], incidents: [], shelters: null })).toEqual([
      SANTA_ROSA,
    ]);
  });
});
