import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LabelToPlace, labelRect, placeLabels } from './label-placement';

// A phone's map: 358 px wide once the page's margins are taken.
const PHONE = { width: 358, height: 384 };
const GAP = 16;
const label = (x: number, y: number, width = 150, height = 36): LabelToPlace => ({ x, y, width, height });

describe('placeLabels', () => {
  it('puts a label to the right of its marker when it fits there', () => {
    expect(placeLabels([label(60, 200)], PHONE, GAP)).toEqual(['right']);
  });

  it('puts it to the left of a marker near the map’s right edge, where the right would run off', () => {
    expect(placeLabels([label(300, 200)], PHONE, GAP)).toEqual(['left']);
  });

  it('keeps two close markers’ labels apart: the second goes where the first is not', () => {
    // Santa Rosa and Chacalluta, one above the other in the middle of a phone's map.
    const sides = placeLabels([label(180, 170), label(185, 200)], PHONE, GAP);
    const [a, b] = [label(180, 170), label(185, 200)].map((l, i) => labelRect(l, sides[i] ?? 'right', GAP));
    expect(sides[0]).toBe('right');
    expect(sides[1]).not.toBe('right');
    expect(a && b && (a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top)).toBe(
      true,
    );
  });

  it('keeps every label it can inside the map and off the others', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 358 }), y: fc.integer({ min: 0, max: 384 }) }), {
          maxLength: 4,
        }),
        (points) => {
          const labels = points.map((p) => label(p.x, p.y));
          const sides = placeLabels(labels, PHONE, GAP);
          expect(sides).toHaveLength(labels.length);
          // Alone, a label with a side that fits is given a side that fits.
          for (const [i, l] of labels.entries()) {
            const fits = (['right', 'left', 'top', 'bottom'] as const).some((side) => {
              const r = labelRect(l, side, GAP);
              return r.left >= 0 && r.top >= 0 && r.right <= PHONE.width && r.bottom <= PHONE.height;
            });
            if (i === 0 && fits) {
              const r = labelRect(l, sides[0] ?? 'right', GAP);
              expect(r.left >= 0 && r.top >= 0 && r.right <= PHONE.width && r.bottom <= PHONE.height).toBe(
                true,
              );
            }
          }
        },
      ),
    );
  });
});
