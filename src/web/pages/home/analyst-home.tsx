// The analyst's home: aggregate figures only.
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { HomeFrame } from './home-frame';
import { SummarySection } from './summary-figures';

export function AnalystHome({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  return (
    <HomeFrame page="analyst" title={t('home.analyst.title')} user={user}>
      <SummarySection
        id="analyst-summary"
        detailed
        refreshable
        footer={<p className="hint">{t('home.analyst.aggregatesOnly')}</p>}
      />
    </HomeFrame>
  );
}
