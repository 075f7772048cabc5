// Why two records were matched, as a table a supervisor can read: per comparison the level in words,
// the values compared, the weight it added (signed bits and a bar) and any common-name adjustment;
// then the total and the probability. Falls back to the server's sentences if it cannot be read.
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../components/scroll-box';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import {
  barShares,
  type ComparedPerson,
  comparisonName,
  type ExplainedComparison,
  formatBits,
  formatProbability,
  levelName,
  orientExplanation,
  readExplanation,
  valueText,
} from './explanation';

type Props = {
  readonly explanation: unknown;
  readonly explanationText: { readonly es: string; readonly en: string };
  readonly leftLabel: string;
  readonly rightLabel: string;
  readonly caption: string;
  /** The two records of a duplicate link: each values column then shows its own record's values. */
  readonly records?: { readonly left: ComparedPerson; readonly right: ComparedPerson };
};

export function ExplanationTable(props: Props) {
  const { explanation, explanationText, leftLabel, rightLabel, caption, records } = props;
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const parsed = readExplanation(explanation);
  const read =
    parsed === null || records === undefined
      ? parsed
      : orientExplanation(parsed, records.left, records.right);
  if (read === null) {
    const text = (i18n.resolvedLanguage ?? i18n.language) === 'en' ? explanationText.en : explanationText.es;
    return <pre className="explanation-text">{text}</pre>;
  }
  const shares = barShares(read.comparisons);
  return (
    <>
      <TableWrap label={caption}>
        <table className="table explanation" data-testid="explanation">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.explanation.comparison')}</th>
              <th scope="col">{t('review.explanation.level')}</th>
              <th scope="col">{leftLabel}</th>
              <th scope="col">{rightLabel}</th>
              <th scope="col" className="numeric">
                {t('review.explanation.weight')}
              </th>
            </tr>
          </thead>
          <tbody>
            {read.comparisons.map((c, i) => (
              <ComparisonRow
                key={c.comparison}
                comparison={c}
                share={shares[i] ?? 0}
                locale={locale}
                countryName={countryName}
                labels={[leftLabel, rightLabel]}
              />
            ))}
          </tbody>
          <tfoot>
            {read.prior === undefined ? null : (
              <tr className="explanation-prior">
                <th scope="row" colSpan={4}>
                  {t('review.explanation.prior')}
                </th>
                <td className="numeric">
                  {t('review.explanation.bits', { value: formatBits(read.prior, locale) })}
                </td>
              </tr>
            )}
            <tr>
              <th scope="row" colSpan={4}>
                {t('review.explanation.total')}
              </th>
              <td className="numeric" data-testid="explanation-total">
                {t('review.explanation.bits', { value: formatBits(read.totalWeight, locale) })}
                <br />
                <strong>
                  {t('review.explanation.probability', {
                    value: formatProbability(read.probability, locale),
                  })}
                </strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
      {read.namesSwapped ? (
        <p className="notice notice-info">{t('review.explanation.namesSwapped')}</p>
      ) : null}
      <p className="hint">{t('review.explanation.howToRead')}</p>
    </>
  );
}

function ComparisonRow({
  comparison: c,
  share,
  locale,
  countryName,
  labels: [leftLabel, rightLabel],
}: {
  readonly comparison: ExplainedComparison;
  readonly share: number;
  readonly locale: string;
  readonly countryName: (code: string) => string;
  /** The values columns' headings, written beside each value where a phone stacks the row. */
  readonly labels: readonly [string, string];
}) {
  const { t } = useTranslation();
  const missing = c.level === 'missing';
  const total = c.weight + c.tfAdjustment;
  const direction = total > 0 ? 'for' : total < 0 ? 'against' : 'none';
  return (
    <tr data-comparison={c.comparison} data-level={c.level}>
      <th scope="row" className="row-heading">
        {comparisonName(c.comparison, t)}
      </th>
      <td className={missing ? 'muted' : undefined} data-label={t('review.explanation.level')}>
        {levelName(c.level, t)}
      </td>
      <td data-label={leftLabel}>{valueText(c.comparison, c.left, t, locale, countryName)}</td>
      <td data-label={rightLabel}>{valueText(c.comparison, c.right, t, locale, countryName)}</td>
      <td className="numeric weight-cell" data-label={t('review.explanation.weight')}>
        {missing ? (
          <span className="muted">{t('review.explanation.noWeight')}</span>
        ) : (
          <>
            <span className="weight-value">
              {t('review.explanation.bits', { value: formatBits(c.weight, locale) })}
            </span>
            {c.tfAdjustment === 0 ? null : (
              <span className="weight-tf" data-testid="tf-adjustment">
                {c.tfAdjustment < 0
                  ? t('review.explanation.commonName', { value: formatBits(c.tfAdjustment, locale) })
                  : t('review.explanation.rareName', { value: formatBits(c.tfAdjustment, locale) })}
              </span>
            )}
            {/* The bar repeats the number for the eye; screen readers have the number. */}
            <span className={`weight-bar weight-bar-${direction}`} aria-hidden="true">
              <span className="weight-bar-fill" style={{ width: `${Math.round(share * 50)}%` }} />
            </span>
          </>
        )}
      </td>
    </tr>
  );
}
