// The analyst's home: aggregate figures only.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { LoadedSection } from '../../components/loaded-section';
import { RefreshButton } from '../../components/refresh-button';
import { useApiData } from '../../hooks/use-api-data';
import { HomeFrame } from './home-frame';
import { loadSummary } from './load';
import { SummaryFigures } from './summary-figures';

export function AnalystHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const [summary, reload] = useApiData(loadSummary);
  return (
    <HomeFrame page="analyst" title={t('home.analyst.title')} user={user}>
      <LoadedSection
        id="analyst-summary"
        title={t('summary.title')}
        action={<RefreshButton onClick={reload} />}
        state={summary}
        onRetry={reload}
        footer={<p className="hint">{t('home.analyst.aggregatesOnly')}</p>}
      >
        {(value) => <SummaryFigures summary={value} detailed />}
      </LoadedSection>
    </HomeFrame>
  );
}
