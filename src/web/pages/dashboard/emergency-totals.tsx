// Crossings since each emergency in force was declared: the figure the reference case lacked ("how
// many have crossed since the decree?"), over the checkpoints the decree covers.
import { useTranslation } from 'react-i18next';
import { dashboardKey } from '../../../domain/reports';
import { Figures } from '../../components/figures';
import { useLocale } from '../../hooks/use-locale';
import type { DashboardFigures, FigureSource } from './dashboard-api';
import { decisionFigures } from './decision-figures';

type Emergency = DashboardFigures['emergencies'][number];

export function EmergencyTotals({
  figures: f,
  source,
  placeName,
}: {
  readonly figures: DashboardFigures;
  /** The totals by emergency (published ones for partners). */
  readonly source: FigureSource;
  /** A checkpoint's name by its code (the code itself while the names load). */
  readonly placeName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale);
  // Calendar dates, not instants: formatted as the day they name, whatever the browser's zone.
  const day = (date: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  const decreeOf = (e: Emergency) =>
    e.decree.id === e.declaration.id
      ? e.declaration.number
      : t('dashboard.emergency.extended', { declaration: e.declaration.number, decree: e.decree.number });
  return f.emergencies.map((e, i) => (
    <section className="dashboard-emergency" key={e.declaration.id} data-testid="emergency-totals">
      <h2>{t('dashboard.emergency.title')}</h2>
      <p>
        {t('dashboard.emergency.lead', {
          decree: decreeOf(e),
          since: day(e.since),
          places: e.checkpoints.map(placeName).join(', '),
          date: day(f.date),
        })}
      </p>
      <Figures
        label={t('dashboard.emergency.title')}
        items={decisionFigures(
          (figure) => source.value(dashboardKey.emergency(i, figure)),
          number,
          {
            entries: t('dashboard.emergency.entries'),
            exits: t('dashboard.emergency.exits'),
            refused: t('dashboard.emergency.refused'),
            held: t('dashboard.emergency.held'),
          },
          'emergency-',
        )}
      />
    </section>
  ));
}
