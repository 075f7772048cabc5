// A list shown a page at a time, with its pages numbered: the previous and the next page, and where
// the reader is ("Página 2 de 7"). For lists whose total is known; the audit log pages by cursor.
import { useTranslation } from 'react-i18next';

type Props = {
  /** The page shown, from 1. */
  readonly page: number;
  /** How many pages the list has: at least 1, also when it is empty. */
  readonly pages: number;
  readonly label: string;
  readonly onPage: (page: number) => void;
};

/** Nothing when the list fits on one page and the page shown is that one. */
export function PageNumbers(props: Props) {
  const { page, pages, onPage } = props;
  const { t } = useTranslation();
  if (pages <= 1 && page === 1) return null;
  return (
    <nav className="pager" aria-label={props.label}>
      <button
        type="button"
        className="button button-secondary"
        disabled={page <= 1}
        onClick={() => onPage(Math.min(page - 1, pages))}
      >
        {t('pager.previous')}
      </button>
      <span className="pager-position" aria-live="polite">
        {t('pager.page', { page, pages })}
      </span>
      <button
        type="button"
        className="button button-secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}

/** How many pages `total` rows make at `size` a page: 1 for none. */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));
