// The booth officer's home: the checkpoint(s) they work at, with booths and local time.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { LoadedSection } from '../../components/loaded-section';
import { useApiData } from '../../hooks/use-api-data';
import { loadCheckpoints } from '../../hooks/use-checkpoints';
import { CheckpointList } from './checkpoint-list';
import { HomeFrame } from './home-frame';

export function OfficerHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const [checkpoints, reload] = useApiData(loadCheckpoints);
  return (
    <HomeFrame page="officer" title={t('home.officer.title')} user={user}>
      <LoadedSection
        id="officer-checkpoints"
        title={t('home.officer.checkpoints')}
        state={checkpoints}
        onRetry={reload}
      >
        {(list) => <CheckpointList checkpoints={list} empty={t('home.officer.noCheckpoints')} />}
      </LoadedSection>
    </HomeFrame>
  );
}
