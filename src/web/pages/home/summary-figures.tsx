// The operation's headline figures from /api/situation/summary, grouped into the border-control side
// and the shelter side, with the time they were taken; and the home section that loads and shows them.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Summary } from '../../api/types';
import { type Figure, Figures } from '../../components/figures';
import { LoadedSection } from '../../components/loaded-section';
import { RefreshButton } from '../../components/refresh-button';
import { formatDateTime, formatNumber, formatPercent } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useLocale } from '../../hooks/use-locale';
import { loadSummary } from './load';

// Each group grows with its number of figures, so tiles keep one width and a group wraps whole.
const groupSize = (figures: number) => ({ flex: `${figures} 1 ${figures * 9.5}rem` });

type SectionProps = {
  /** The heading's id. */
  readonly id: string;
  /** Whether to show the shelters' free places and occupancy rate too. */
  readonly detailed: boolean;
  /** Whether a button beside the heading loads the figures again. */
  readonly refreshable?: boolean;
  /** A note under the figures. */
  readonly footer?: ReactNode;
};

export function SummarySection({ id, detailed, refreshable, footer }: SectionProps) {
  const { t } = useTranslation();
  const [summary, reload] = useApiData(loadSummary);
  return (
    <LoadedSection
      id={id}
      title={t('summary.title')}
      action={refreshable ? <RefreshButton onClick={reload} /> : undefined}
      state={summary}
      onRetry={reload}
      footer={footer}
    >
      {(value) => <SummaryFigures summary={value} detailed={detailed} />}
    </LoadedSection>
  );
}

type Props = { readonly summary: Summary; readonly detailed: boolean };

function SummaryFigures({ summary, detailed }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const control: Figure[] = [
    { id: 'checkpoints', label: t('summary.checkpoints'), value: n(summary.checkpoints) },
    { id: 'booths', label: t('summary.booths'), value: n(summary.booths) },
  ];
  // Only staff-facing roles are told the number of users; the server leaves it out for the others.
  if (summary.users !== undefined)
    control.push({ id: 'users', label: t('summary.users'), value: n(summary.users) });
  // A role that may not see shelters is sent none of their figures: the group is left out.
  const shelters = shelterFigures(summary, detailed, t, locale);
  return (
    <>
      <div className="figure-groups">
        <div className="figure-group" style={groupSize(control.length)}>
          <h3>{t('summary.control')}</h3>
          <Figures items={control} label={t('summary.control')} />
        </div>
        {shelters === null ? null : (
          <div className="figure-group" style={groupSize(shelters.length)}>
            <h3>{t('summary.shelterGroup')}</h3>
            <Figures items={shelters} label={t('summary.shelterGroup')} />
          </div>
        )}
      </div>
      <p className="as-of">{t('summary.asOf', { when: formatDateTime(summary.asOf, locale) })}</p>
    </>
  );
}

function shelterFigures(summary: Summary, detailed: boolean, t: TFunction, locale: string): Figure[] | null {
  const { shelters, shelterCapacity: capacity, shelterOccupancy: occupancy } = summary;
  if (shelters === undefined || capacity === undefined || occupancy === undefined) return null;
  const n = (value: number) => formatNumber(value, locale);
  const figures: Figure[] = [
    { id: 'shelters', label: t('summary.shelters'), value: n(shelters) },
    { id: 'shelter-capacity', label: t('summary.shelterCapacity'), value: n(capacity) },
    { id: 'shelter-occupancy', label: t('summary.shelterOccupancy'), value: n(occupancy) },
  ];
  if (!detailed) return figures;
  const rate = capacity > 0 ? occupancy / capacity : null;
  figures.push(
    { id: 'shelter-free', label: t('summary.shelterFree'), value: n(Math.max(0, capacity - occupancy)) },
    {
      id: 'shelter-rate',
      label: t('summary.shelterRate'),
      value: rate === null ? t('common.notApplicable') : formatPercent(rate, locale),
    },
  );
  return figures;
}
