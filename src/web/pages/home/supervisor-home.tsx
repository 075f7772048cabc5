// The supervisor's home: the operation's figures and every checkpoint with its booths.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { LoadableView } from '../../components/loadable-view';
import { useApiData } from '../../hooks/use-api-data';
import { usePageTitle } from '../../hooks/use-page-title';
import { CheckpointList } from './checkpoint-list';
import { loadCheckpoints, loadSummary } from './load';
import { SummaryFigures } from './summary-figures';

export function SupervisorHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  usePageTitle(t('home.supervisor.title'));
  const [summary, reloadSummary] = useApiData(loadSummary);
  const [checkpoints, reloadCheckpoints] = useApiData(loadCheckpoints);
  return (
    <div className="page" data-testid="home-supervisor">
      <h1>{t('home.supervisor.title')}</h1>
      <p className="lead">{t('home.greeting', { name: user.displayName })}</p>
      <section aria-labelledby="supervisor-summary">
        <h2 id="supervisor-summary">{t('summary.title')}</h2>
        <LoadableView state={summary} onRetry={reloadSummary}>
          {(value) => <SummaryFigures summary={value} detailed={false} />}
        </LoadableView>
      </section>
      <section aria-labelledby="supervisor-checkpoints">
        <h2 id="supervisor-checkpoints">{t('home.supervisor.checkpoints')}</h2>
        <LoadableView state={checkpoints} onRetry={reloadCheckpoints}>
          {(list) => <CheckpointList checkpoints={list} empty={t('home.supervisor.noCheckpoints')} />}
        </LoadableView>
      </section>
    </div>
  );
}
