// The booth officer's home: the checkpoint(s) they work at, with booths and local time.
import { useTranslation } from 'react-i18next';
import { CheckpointsSection } from './checkpoints-section';

export function OfficerHome() {
  const { t } = useTranslation();
  return (
    <CheckpointsSection
      id="officer-checkpoints"
      title={t('home.officer.checkpoints')}
      empty={t('home.officer.noCheckpoints')}
    />
  );
}
