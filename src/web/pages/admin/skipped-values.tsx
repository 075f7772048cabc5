// What an import of a published list left out: each value that could not be read, with its line, so
// the admin knows which entries screen without a date of birth, or were not imported at all.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { type SkippedValue, skippedValueMessage } from './watchlist-messages';

// A published list can leave out hundreds of values: the first ones say what is wrong.
const SHOWN = 50;

export function SkippedValues({ skipped }: { readonly skipped: readonly SkippedValue[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (skipped.length === 0) return null;
  const more = skipped.length - SHOWN;
  return (
    <section className="notice notice-info" data-testid="watchlist-skipped" aria-labelledby="skipped-title">
      <h2 id="skipped-title">
        {t('watchlists.skipped.title', {
          count: skipped.length,
          formatted: formatNumber(skipped.length, locale),
        })}
      </h2>
      <p>{t('watchlists.skipped.intro')}</p>
      <ul>
        {skipped.slice(0, SHOWN).map((value) => (
          <li key={`${value.line}-${value.field}-${value.code}-${value.value}`}>
            {skippedValueMessage(value, t)}
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <p>{t('watchlists.skipped.more', { count: more, formatted: formatNumber(more, locale) })}</p>
      ) : null}
    </section>
  );
}
