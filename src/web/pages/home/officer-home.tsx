// The booth officer's home: the checkpoint(s) they work at, with booths and local time.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { CheckpointsSection } from './checkpoints-section';
import { HomeFrame } from './home-frame';

export function OfficerHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  return (
    <HomeFrame page="officer" title={t('home.officer.title')} user={user}>
      <CheckpointsSection
        id="officer-checkpoints"
        title={t('home.officer.checkpoints')}
        empty={t('home.officer.noCheckpoints')}
      />
    </HomeFrame>
  );
}
