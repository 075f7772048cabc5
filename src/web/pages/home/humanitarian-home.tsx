// The humanitarian partner's home: shelters, how full each is, and the totals.
import { useTranslation } from 'react-i18next';
import type { Shelter } from '../../api/types';
import { DataTable } from '../../components/data-table';
import { Figures } from '../../components/figures';
import { LoadedSection } from '../../components/loaded-section';
import { RefreshButton } from '../../components/refresh-button';
import { formatNumber, formatPercent } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useLocale } from '../../hooks/use-locale';
import { loadShelters } from './load';

// At or above this share of places taken, a shelter is flagged as nearly full.
const NEARLY_FULL = 0.9;

export function HumanitarianHome() {
  const { t } = useTranslation();
  const [shelters, reload] = useApiData(loadShelters);
  return (
    <LoadedSection
      id="humanitarian-shelters"
      title={t('shelter.title')}
      action={<RefreshButton onClick={reload} />}
      state={shelters}
      onRetry={reload}
    >
      {(list) => <ShelterOverview shelters={list} />}
    </LoadedSection>
  );
}

function ShelterOverview({ shelters }: { readonly shelters: readonly Shelter[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  if (shelters.length === 0) return <p className="notice">{t('shelter.none')}</p>;
  const capacity = shelters.reduce((sum, s) => sum + s.capacity, 0);
  const occupancy = shelters.reduce((sum, s) => sum + s.occupancy, 0);
  const rate = (s: { capacity: number; occupancy: number }) =>
    s.capacity > 0 ? s.occupancy / s.capacity : 0;
  return (
    <>
      <Figures
        label={t('shelter.totals')}
        items={[
          { id: 'shelters', label: t('summary.shelters'), value: n(shelters.length) },
          { id: 'shelter-capacity', label: t('summary.shelterCapacity'), value: n(capacity) },
          { id: 'shelter-occupancy', label: t('summary.shelterOccupancy'), value: n(occupancy) },
          {
            id: 'shelter-free',
            label: t('summary.shelterFree'),
            value: n(Math.max(0, capacity - occupancy)),
          },
        ]}
      />
      <DataTable
        testId="shelter-table"
        caption={t('shelter.title')}
        columns={[
          { label: t('shelter.column.name') },
          { label: t('shelter.column.city') },
          { label: t('shelter.column.operator') },
          { label: t('shelter.column.capacity'), className: 'num' },
          { label: t('shelter.column.occupancy'), className: 'num' },
          { label: t('shelter.column.free'), className: 'num' },
          { label: t('shelter.column.rate') },
        ]}
        footer={
          <tr>
            <th scope="row" colSpan={3}>
              {t('shelter.total')}
            </th>
            <td className="num">{n(capacity)}</td>
            <td className="num">{n(occupancy)}</td>
            <td className="num">{n(Math.max(0, capacity - occupancy))}</td>
            <td>{formatPercent(rate({ capacity, occupancy }), locale)}</td>
          </tr>
        }
      >
        {shelters.map((shelter) => {
          const share = rate(shelter);
          const nearlyFull = share >= NEARLY_FULL;
          return (
            <tr key={shelter.id}>
              <th scope="row" className="row-heading">
                {shelter.name}
                {shelter.demo ? <span className="tag tag-demo">{t('demo.tag')}</span> : null}
              </th>
              <td>{shelter.city}</td>
              <td>{shelter.operator}</td>
              <td className="num">{n(shelter.capacity)}</td>
              <td className="num">{n(shelter.occupancy)}</td>
              <td className="num">{n(Math.max(0, shelter.capacity - shelter.occupancy))}</td>
              <td>
                <span className="rate">
                  <span className="bar" aria-hidden="true">
                    <span
                      className={nearlyFull ? 'bar-fill bar-fill-high' : 'bar-fill'}
                      style={{ width: `${Math.min(100, Math.round(share * 100))}%` }}
                    />
                  </span>
                  <span className="rate-value">{formatPercent(share, locale)}</span>
                  {nearlyFull ? <span className="tag tag-warning">{t('shelter.nearlyFull')}</span> : null}
                </span>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
