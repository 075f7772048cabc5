import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { operationExtent, WHOLE_EARTH } from '../../../domain/situation';
import { DEMO_BLOCKADE_PLACE, DEMO_CHECKPOINTS } from '../../../store/demo';
import { type CountryShape, countryShapes, WORLD_50M } from './basemap';
import { CONCORDIA_LINE } from './concordia-line';

const CROSSING = operationExtent([
  { latitude: -18.2622, longitude: -70.3295 },
  { latitude: -18.3146, longitude: -70.3141 },
]);

describe('the offline basemap', () => {
  it('has Peru, Chile and Bolivia around the crossing, and nothing from the other side of the world', () => {
    const names = countryShapes(WORLD_50M, CROSSING).map((c) => c.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Peru', 'Chile', 'Bolivia']));
    expect(names).not.toContain('Russia');
    expect(names).not.toContain('Japan');
  });

  it('keeps no polygon that crosses the antimeridian, even for the whole earth', () => {
    const shapes = countryShapes(WORLD_50M, WHOLE_EARTH);
    expect(shapes.map((c) => c.properties.name)).toEqual(expect.arrayContaining(['Russia', 'Fiji', 'Peru']));
    const jumps = shapes.flatMap((c) =>
      c.geometry.coordinates
        .flat()
        .flatMap((ring) =>
          ring
            .filter((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180)
            .map(() => c.properties.name),
        ),
    );
    expect(jumps).toEqual([]);
  });
});

// Whether a point lies inside a ring: a ray to the east crosses its edges an odd number of times.
function inRing(ring: readonly Position[], [x, y]: readonly [number, number]): boolean {
  let inside = false;
  ring.forEach(([xi = 0, yi = 0], i) => {
    const [xj = 0, yj = 0] = ring[(i + ring.length - 1) % ring.length] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  });
  return inside;
}

const drawnIn = (shape: CountryShape | undefined, point: readonly [number, number]) =>
  shape?.geometry.coordinates.some(
    ([outer = [], ...holes]) => inRing(outer, point) && !holes.some((h) => inRing(h, point)),
  ) ?? false;

describe('the Peru–Chile border near Tacna and Arica', () => {
  const shapes = countryShapes(WORLD_50M, CROSSING);
  const shape = (name: string) => shapes.find((c) => c.properties.name === name);
  const COUNTRIES: Record<string, string> = { PER: 'Peru', CHL: 'Chile' };

  // Natural Earth's line crossed the Panamericana 1.4 km south of Chacalluta: Chile's post was in Peru.
  it.each(DEMO_CHECKPOINTS.map((c) => [c.name, c] as const))('draws %s on its own side', (_, checkpoint) => {
    const point = [checkpoint.longitude, checkpoint.latitude] as const;
    const own = COUNTRIES[checkpoint.country] ?? '';
    const other = own === 'Peru' ? 'Chile' : 'Peru';
    expect([own, drawnIn(shape(own), point)]).toEqual([own, true]);
    expect([other, drawnIn(shape(other), point)]).toEqual([other, false]);
  });

  it("draws the demo's blockade, of people stranded on the Chilean side, in Chile", () => {
    const point = [DEMO_BLOCKADE_PLACE.longitude, DEMO_BLOCKADE_PLACE.latitude] as const;
    expect([drawnIn(shape('Chile'), point), drawnIn(shape('Peru'), point)]).toEqual([true, false]);
  });

  it('draws the one line for both countries, from Hito 1 on the coast', () => {
    for (const name of ['Peru', 'Chile']) {
      const outline = shape(name)?.geometry.coordinates.flat(2) ?? [];
      const on = CONCORDIA_LINE.filter((p) => outline.some((q) => q[0] === p[0] && q[1] === p[1]));
      expect([name, on.length]).toEqual([name, CONCORDIA_LINE.length]);
    }
    // Each ring still closes on itself.
    for (const ring of shapes.flatMap((c) => c.geometry.coordinates.flat())) {
      expect(ring.at(-1)).toEqual(ring[0]);
    }
  });
});
