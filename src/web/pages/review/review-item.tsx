// One item of a review queue, a screening hit or a duplicate link, laid out the same way: its header
// (what it is, how likely, its status, where and when it was found), the two sides it compares, why
// they were matched, then the reviewer's part (the decision, or what was decided).
import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../hooks/use-locale';
import { formatProbability } from './explanation';
import { ExplanationTable } from './explanation-table';

/** One of the two sides an item compares (a record, or the person and the watchlist entry). */
export type ReviewItemSide = {
  /** Ends the side's heading id, after the item's title id. */
  readonly key: string;
  readonly title: string;
  /** The side's name over its column of the explanation; the title where none is given. */
  readonly column?: string;
  readonly facts: ReactNode;
};

/** What every reviewed item carries, whatever its kind. */
type Reviewed = {
  readonly id: string;
  readonly score: number;
  readonly createdAt: string;
  readonly explanation: unknown;
  readonly explanationText: { readonly es: string; readonly en: string };
};

type ItemProps = {
  /** Names the item's test id, data attribute, score's test id and title id (`hit-…`, `link-…`). */
  readonly kind: 'hit' | 'link';
  readonly item: Reviewed;
  readonly title: string;
  readonly statusName: string;
  /** Still waiting for a review: the status is drawn as a warning. */
  readonly pending: boolean;
  /** When (and for a link, where) the item was found, as the header says it. */
  readonly found: string;
  readonly sides: readonly [ReviewItemSide, ReviewItemSide];
  /** The explanation table's name for screen readers. */
  readonly caption: string;
  /** The two records of a duplicate link, as ExplanationTable takes them. */
  readonly records?: ComponentProps<typeof ExplanationTable>['records'];
  readonly children: ReactNode;
};

/** The id of an item's heading, which names the item (and its decision buttons). */
export const reviewItemTitleId = (kind: ItemProps['kind'], id: string): string => `${kind}-${id}`;

export function ReviewItem(props: ItemProps) {
  const { kind, item, title, statusName, pending, found, sides, caption, records, children } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = reviewItemTitleId(kind, item.id);
  const [left, right] = sides;
  return (
    <article
      className="panel review-item"
      aria-labelledby={titleId}
      data-testid={kind}
      data-hit={kind === 'hit' ? item.id : undefined}
      data-link={kind === 'link' ? item.id : undefined}
    >
      <header className="review-item-header">
        <h2 id={titleId}>{title}</h2>
        <span className="score" data-testid={`${kind}-score`}>
          {t('review.score', { value: formatProbability(item.score, locale) })}
        </span>
        <span className={pending ? 'tag tag-warning' : 'tag tag-muted'}>{statusName}</span>
        <span className="muted">{found}</span>
      </header>
      <div className="review-sides">
        {sides.map((side) => {
          const id = `${titleId}-${side.key}`;
          return (
            <section key={side.key} aria-labelledby={id}>
              <h3 id={id}>{side.title}</h3>
              {side.facts}
            </section>
          );
        })}
      </div>
      <h3>{t('review.explanation.title')}</h3>
      <ExplanationTable
        explanation={item.explanation}
        explanationText={item.explanationText}
        leftLabel={left.column ?? left.title}
        rightLabel={right.column ?? right.title}
        caption={caption}
        records={records}
      />
      {children}
    </article>
  );
}
