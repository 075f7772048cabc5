// The four figures both the day's figures and the totals since an emergency lead with: entries and
// exits crossed, refused and held, as the figure source has them.
import { HEADLINE, type Headline, type Published } from '../../../domain/reports';
import type { Figure } from '../../components/figures';
import { figureText } from './dashboard-api';

type Labels = Readonly<Record<Headline, string>>;

/** `idPrefix` keeps apart the figures (and their test ids) of two such rows on one page. */
export function decisionFigures(
  value: (figure: Headline) => Published,
  number: Intl.NumberFormat,
  labels: Labels,
  idPrefix = '',
): Figure[] {
  return HEADLINE.map((id) => ({
    id: `${idPrefix}${id}`,
    label: labels[id],
    value: figureText(value(id), number),
  }));
}
