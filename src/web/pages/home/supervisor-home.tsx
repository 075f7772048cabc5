// The supervisor's home: the operation's figures and every checkpoint with its booths.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { CheckpointsSection } from './checkpoints-section';
import { HomeFrame } from './home-frame';
import { SummarySection } from './summary-figures';

export function SupervisorHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  return (
    <HomeFrame page="supervisor" title={t('home.supervisor.title')} user={user}>
      <SummarySection id="supervisor-summary" detailed={false} />
      <CheckpointsSection
        id="supervisor-checkpoints"
        title={t('home.supervisor.checkpoints')}
        empty={t('home.supervisor.noCheckpoints')}
      />
    </HomeFrame>
  );
}
