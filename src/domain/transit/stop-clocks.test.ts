import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stopTimeZones } from './stop-clocks';

// The demo's checkpoints, six kilometres apart on either side of the border.
const SANTA_ROSA = { latitude: -18.2622, longitude: -70.3295, timeZone: 'America/Lima' };
const CHACALLUTA = { latitude: -18.3146, longitude: -70.3141, timeZone: 'America/Santiago' };
const CHECKPOINTS = [SANTA_ROSA, CHACALLUTA];

const at = (latitude: number, longitude: number) => ({ latitude, longitude });
const ARICA = at(-18.4783, -70.3126);
const TACNA = at(-18.0066, -70.2463);
const MOQUEGUA = at(-17.1934, -70.9345);
const TUMBES = at(-3.4811, -80.2447);

describe('stopTimeZones', () => {
  it.each([
    [
      'Tacna to Tumbes, all in Peru',
      [TACNA, MOQUEGUA, TUMBES],
      ['America/Lima', 'America/Lima', 'America/Lima'],
    ],
    [
      'Chacalluta to Tacna, across the border',
      [CHACALLUTA, SANTA_ROSA, TACNA],
      ['America/Santiago', 'America/Lima', 'America/Lima'],
    ],
    ['Arica to Moquegua', [ARICA, TACNA, MOQUEGUA], ['America/Santiago', 'America/Lima', 'America/Lima']],
    ['Tacna back to Arica', [TACNA, ARICA], ['America/Lima', 'America/Santiago']],
  ])('gives each stop the clock of its checkpoint: %s', (_, stops, zones) => {
    expect(stopTimeZones(stops, CHECKPOINTS)).toEqual(zones);
  });

  it('keeps the clock of the road for a stop far from every checkpoint, however the far ones lie', () => {
    // Were Chacalluta a little north of Santa Rosa, Tumbes would be nearer it: it keeps Tacna's clock.
    const north = { ...CHACALLUTA, latitude: -18.25, longitude: -70.4 };
    expect(stopTimeZones([TACNA, TUMBES], [SANTA_ROSA, north])).toEqual(['America/Lima', 'America/Lima']);
  });

  it('gives UTC while no checkpoint is registered', () => {
    expect(stopTimeZones([TACNA, TUMBES], [])).toEqual(['UTC', 'UTC']);
  });

  it('gives one zone per stop, each a checkpoint’s, whatever the stops', () => {
    const stop = fc.record({
      latitude: fc.double({ min: -90, max: 90, noNaN: true }),
      longitude: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(stop, { maxLength: 12 }), (stops) => {
        const zones = stopTimeZones(stops, CHECKPOINTS);
        expect(zones).toHaveLength(stops.length);
        for (const zone of zones) expect(['America/Lima', 'America/Santiago']).toContain(zone);
      }),
    );
  });
});
