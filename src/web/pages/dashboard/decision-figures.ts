// The four counts both the day's figures and the totals since an emergency lead with: entries and
// exits crossed, refused and held, over whichever rows they are given.
import type { Figure } from '../../components/figures';
import { type FigureRow, total } from './dashboard-api';

type Labels = {
  readonly entries: string;
  readonly exits: string;
  readonly refused: string;
  readonly held: string;
};

/** `idPrefix` keeps apart the figures (and their test ids) of two such rows on one page. */
export function decisionFigures(
  rows: readonly FigureRow[],
  number: Intl.NumberFormat,
  labels: Labels,
  idPrefix = '',
): Figure[] {
  const figure = (id: keyof Labels, value: number): Figure => ({
    id: `${idPrefix}${id}`,
    label: labels[id],
    value: number.format(value),
  });
  return [
    figure('entries', total(rows, 'crossed', { direction: 'entry' })),
    figure('exits', total(rows, 'crossed', { direction: 'exit' })),
    figure('refused', total(rows, 'refused')),
    figure('held', total(rows, 'held')),
  ];
}
