// The booth officer's home: the checkpoint(s) they work at, with booths and local time.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { LoadableView } from '../../components/loadable-view';
import { useApiData } from '../../hooks/use-api-data';
import { CheckpointList } from './checkpoint-list';
import { HomeFrame } from './home-frame';
import { loadCheckpoints } from './load';

export function OfficerHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const [checkpoints, reload] = useApiData(loadCheckpoints);
  return (
    <HomeFrame page="officer" title={t('home.officer.title')} user={user}>
      <section aria-labelledby="officer-checkpoints">
        <h2 id="officer-checkpoints">{t('home.officer.checkpoints')}</h2>
        <LoadableView state={checkpoints} onRetry={reload}>
          {(list) => <CheckpointList checkpoints={list} empty={t('home.officer.noCheckpoints')} />}
        </LoadableView>
      </section>
    </HomeFrame>
  );
}
