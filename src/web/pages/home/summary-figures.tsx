// The operation's headline figures from /api/situation/summary, grouped into the border-control side
// and the shelter side, with the time they were taken; and the home section that loads and shows them.
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
  const free = Math.max(0, summary.shelterCapacity - summary.shelterOccupancy);
  const rate = summary.shelterCapacity > 0 ? summary.shelterOccupancy / summary.shelterCapacity : null;
  const control: Figure[] = [
    { id: 'checkpoints', label: t('summary.checkpoints'), value: n(summary.checkpoints) },
    { id: 'booths', label: t('summary.booths'), value: n(summary.booths) },
  ];
  // Only staff-facing roles are told the number of users; the server leaves it out for the others.
  if (summary.users !== undefined)
    control.push({ id: 'users', label: t('summary.users'), value: n(summary.users) });
  const shelters: Figure[] = [
    { id: 'shelters', label: t('summary.shelters'), value: n(summary.shelters) },
    { id: 'shelter-capacity', label: t('summary.shelterCapacity'), value: n(summary.shelterCapacity) },
    { id: 'shelter-occupancy', label: t('summary.shelterOccupancy'), value: n(summary.shelterOccupancy) },
  ];
  if (detailed) {
    shelters.push(
      { id: 'shelter-free', label: t('summary.shelterFree'), value: n(free) },
      {
        id: 'shelter-rate',
        label: t('summary.shelterRate'),
        value: rate === null ? t('common.notApplicable') : formatPercent(rate, locale),
      },
    );
  }
  return (
    <>
      <div className="figure-groups">
        <div className="figure-group" style={groupSize(control.length)}>
          <h3>{t('summary.control')}</h3>
          <Figures items={control} label={t('summary.control')} />
        </div>
        <div className="figure-group" style={groupSize(shelters.length)}>
          <h3>{t('summary.shelterGroup')}</h3>
          <Figures items={shelters} label={t('summary.shelterGroup')} />
        </div>
      </div>
      <p className="as-of">{t('summary.asOf', { when: formatDateTime(summary.asOf, locale) })}</p>
    </>
  );
}
