// The supervisor's home: the operation's figures and every checkpoint with its booths.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { LoadedSection } from '../../components/loaded-section';
import { useApiData } from '../../hooks/use-api-data';
import { loadCheckpoints } from '../../hooks/use-checkpoints';
import { CheckpointList } from './checkpoint-list';
import { HomeFrame } from './home-frame';
import { loadSummary } from './load';
import { SummaryFigures } from './summary-figures';

export function SupervisorHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const [summary, reloadSummary] = useApiData(loadSummary);
  const [checkpoints, reloadCheckpoints] = useApiData(loadCheckpoints);
  return (
    <HomeFrame page="supervisor" title={t('home.supervisor.title')} user={user}>
      <LoadedSection
        id="supervisor-summary"
        title={t('summary.title')}
        state={summary}
        onRetry={reloadSummary}
      >
        {(value) => <SummaryFigures summary={value} detailed={false} />}
      </LoadedSection>
      <LoadedSection
        id="supervisor-checkpoints"
        title={t('home.supervisor.checkpoints')}
        state={checkpoints}
        onRetry={reloadCheckpoints}
      >
        {(list) => <CheckpointList checkpoints={list} empty={t('home.supervisor.noCheckpoints')} />}
      </LoadedSection>
    </HomeFrame>
  );
}
