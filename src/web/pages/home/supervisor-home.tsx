// The supervisor's home: the operation's figures and every checkpoint with its booths.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { LoadedSection } from '../../components/loaded-section';
import { useApiData } from '../../hooks/use-api-data';
import { CheckpointsSection } from './checkpoints-section';
import { HomeFrame } from './home-frame';
import { loadSummary } from './load';
import { SummaryFigures } from './summary-figures';

export function SupervisorHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const [summary, reloadSummary] = useApiData(loadSummary);
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
      <CheckpointsSection
        id="supervisor-checkpoints"
        title={t('home.supervisor.checkpoints')}
        empty={t('home.supervisor.noCheckpoints')}
      />
    </HomeFrame>
  );
}
