// The analyst's home: aggregate figures only.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { LoadableView } from '../../components/loadable-view';
import { useApiData } from '../../hooks/use-api-data';
import { HomeFrame } from './home-frame';
import { loadSummary } from './load';
import { SummaryFigures } from './summary-figures';

export function AnalystHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const [summary, reload] = useApiData(loadSummary);
  return (
    <HomeFrame page="analyst" title={t('home.analyst.title')} user={user}>
      <section aria-labelledby="analyst-summary">
        <div className="section-header">
          <h2 id="analyst-summary">{t('summary.title')}</h2>
          <button type="button" className="button button-secondary" onClick={reload}>
            {t('common.refresh')}
          </button>
        </div>
        <LoadableView state={summary} onRetry={reload}>
          {(value) => <SummaryFigures summary={value} detailed />}
        </LoadableView>
        <p className="hint">{t('home.analyst.aggregatesOnly')}</p>
      </section>
    </HomeFrame>
  );
}
