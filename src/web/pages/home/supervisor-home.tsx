// The supervisor's home: the operation's figures and every checkpoint with its booths.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { LoadableView } from '../../components/loadable-view';
import { useApiData } from '../../hooks/use-api-data';
import { CheckpointList } from './checkpoint-list';
import { HomeFrame } from './home-frame';
import { loadCheckpoints, loadSummary } from './load';
import { SummaryFigures } from './summary-figures';

export function SupervisorHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const [summary, reloadSummary] = useApiData(loadSummary);
  const [checkpoints, reloadCheckpoints] = useApiData(loadCheckpoints);
  return (
    <HomeFrame page="supervisor" title={t('home.supervisor.title')} user={user}>
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
    </HomeFrame>
  );
}
