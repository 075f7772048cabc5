// Where each checkpoint's label goes beside its marker on the map: to the right, left, above or below,
// whichever keeps it inside the map and off the labels placed before it. On a phone the map is narrow
// and Santa Rosa and Chacalluta are close: always to the right, the labels ran off the map and over
// each other.

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

export interface LabelToPlace {
  /** The marker's centre, in pixels from the map's top left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

// The order sides are tried in: beside the marker reads best, then above, then below.
const SIDES: readonly LabelSide[] = ['right', 'left', 'top', 'bottom'];

/** The box a label takes on a side of its marker, `gap` pixels from the marker's centre. */
export function labelRect(label: LabelToPlace, side: LabelSide, gap: number): Rect {
  const { x, y, width: w, height: h } = label;
  switch (side) {
    case 'right':
      return { left: x + gap, top: y - h / 2, right: x + gap + w, bottom: y + h / 2 };
    case 'left':
      return { left: x - gap - w, top: y - h / 2, right: x - gap, bottom: y + h / 2 };
    case 'top':
      return { left: x - w / 2, top: y - gap - h, right: x + w / 2, bottom: y - gap };
    case 'bottom':
      return { left: x - w / 2, top: y + gap, right: x + w / 2, bottom: y + gap + h };
    default: {
      const unknown: never = side;
      return unknown;
    }
  }
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const area = (r: Rect): number => (r.right - r.left) * (r.bottom - r.top);

/**
 * A side for each label, in order: the first side that keeps it whole inside the map and clear of
 * the labels already placed; when none does, the side that leaves least of it outside or covered.
 */
export function placeLabels(
  labels: readonly LabelToPlace[],
  map: { readonly width: number; readonly height: number },
  gap: number,
): LabelSide[] {
  const bounds: Rect = { left: 0, top: 0, right: map.width, bottom: map.height };
  const placed: Rect[] = [];
  return labels.map((label) => {
    let best: { side: LabelSide; cost: number; rect: Rect } | null = null;
    for (const side of SIDES) {
      const rect = labelRect(label, side, gap);
      const outside = area(rect) - overlap(rect, bounds);
      const covered = placed.reduce((sum, other) => sum + overlap(rect, other), 0);
      const cost = outside + covered;
      if (best === null || cost < best.cost) best = { side, cost, rect };
      if (cost === 0) break;
    }
    if (best === null) return 'right';
    placed.push(best.rect);
    return best.side;
  });
}
