import { describe, expect, it } from 'vitest';
import { operationExtent, WHOLE_EARTH } from '../../../domain/situation';
import { countryShapes, WORLD_50M } from './basemap';

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
