// The booth officer's home: the checkpoint(s) they work at, with booths and local time.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { LoadableView } from '../../components/loadable-view';
import { useApiData } from '../../hooks/use-api-data';
import { usePageTitle } from '../../hooks/use-page-title';
import { CheckpointList } from './checkpoint-list';
import { loadCheckpoints } from './load';

export function OfficerHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  usePageTitle(t('home.officer.title'));
  const [checkpoints, reload] = useApiData(loadCheckpoints);
  return (
    <div className="page" data-testid="home-officer">
      <h1>{t('home.officer.title')}</h1>
      <p className="lead">{t('home.greeting', { name: user.displayName })}</p>
      <section aria-labelledby="officer-checkpoints">
        <h2 id="officer-checkpoints">{t('home.officer.checkpoints')}</h2>
        <LoadableView state={checkpoints} onRetry={reload}>
          {(list) => <CheckpointList checkpoints={list} empty={t('home.officer.noCheckpoints')} />}
        </LoadableView>
      </section>
    </div>
  );
}
