// The supervisor's home: the operation's figures and every checkpoint with its booths.
import { useTranslation } from 'react-i18next';
import { CheckpointsSection } from './checkpoints-section';
import { SummarySection } from './summary-figures';

export function SupervisorHome() {
  const { t } = useTranslation();
  return (
    <>
      <SummarySection id="supervisor-summary" detailed={false} />
      <CheckpointsSection
        id="supervisor-checkpoints"
        title={t('home.supervisor.checkpoints')}
        empty={t('home.supervisor.noCheckpoints')}
      />
    </>
  );
}
