// The session's running totals by category and direction, and the guide to the keys.
import { useTranslation } from 'react-i18next';
import { TALLY_CATEGORIES } from '../../../domain/crossings';
import { DataTable } from '../../components/data-table';
import { Fact } from '../../components/fact';
import { formatNumber } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { TALLY_KEYS, type TallyDirection } from './tally-keys';
import { categoryName } from './tally-labels';
import type { Press } from './use-tally-session';

export function TallyTotals({ presses }: { readonly presses: readonly Press[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const count = (direction: string, category?: string) =>
    formatNumber(
      presses.filter((p) => p.direction === direction && (category === undefined || p.category === category))
        .length,
      locale,
    );
  return (
    <section aria-labelledby="tally-totals" className="tally-totals">
      <h2 id="tally-totals">{t('tally.totals.title')}</h2>
      <DataTable
        testId="tally-totals"
        columns={[
          { label: t('tally.totals.category') },
          { label: t('tally.arrivals'), className: 'num' },
          { label: t('tally.departures'), className: 'num' },
        ]}
        footer={
          <tr data-category="total">
            <th scope="row">{t('tally.totals.total')}</th>
            <td className="num" data-testid="tally-total-entry">
              {count('entry')}
            </td>
            <td className="num" data-testid="tally-total-exit">
              {count('exit')}
            </td>
          </tr>
        }
      >
        {TALLY_CATEGORIES.map((category) => (
          <tr key={category} data-category={category}>
            <th scope="row" className="row-heading">
              {categoryName(category, t)}
            </th>
            <td className="num">{count('entry', category)}</td>
            <td className="num">{count('exit', category)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function Keys({ direction }: { readonly direction: TallyDirection }) {
  return (
    <span className="tally-key-list">
      {TALLY_KEYS.filter((k) => k.direction === direction).map((k) => (
        <kbd key={k.key}>{k.key.toUpperCase()}</kbd>
      ))}
    </span>
  );
}

/** The keys, and the switch that lets them count or not on this device. */
export function KeyGuide({
  on,
  onChange,
}: {
  readonly on: boolean;
  readonly onChange: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="tally-keys" className="tally-keys">
      <h2 id="tally-keys">{t('tally.keys.title')}</h2>
      <div className="check">
        <input
          type="checkbox"
          id="tally-keys-count"
          checked={on}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor="tally-keys-count">{t('tally.keys.switch')}</label>
      </div>
      <p>{on ? t('tally.keys.intro') : t('tally.keys.off')}</p>
      <dl className="facts">
        <Fact label={<Keys direction="entry" />}>{t('tally.keys.arrivals')}</Fact>
        <Fact label={<Keys direction="exit" />}>{t('tally.keys.departures')}</Fact>
        <Fact label={<kbd>{t('tally.keys.undoKey')}</kbd>}>{t('tally.keys.undo')}</Fact>
        <Fact label={<kbd>{t('tally.keys.escapeKey')}</kbd>}>{t('tally.keys.escape')}</Fact>
      </dl>
    </section>
  );
}
