// The care figures kept per place and kind (people in a shelter's bed kind, an item's stock at a
// place), as the maintained tables hold them and as the domain recounts them, listed one way.

export interface Cell {
  readonly place: string;
  readonly kind: string;
  readonly value: number;
}

/** The cells of a recount, which the domain keys 'place|kind'. */
export const recountedCells = (counted: ReadonlyMap<string, number>): Cell[] =>
  [...counted].map(([key, value]) => {
    const [place = '', kind = ''] = key.split('|');
    return { place, kind, value };
  });

/** The cells that hold something, by place and then kind, each as its reader's figure. */
export const listedFigures = <T>(cells: readonly Cell[], figureOf: (cell: Cell) => T): T[] =>
  cells
    .filter((c) => c.value !== 0)
    .sort((a, b) => a.place.localeCompare(b.place) || a.kind.localeCompare(b.kind))
    .map(figureOf);
