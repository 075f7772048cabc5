// The unmistakable marker that the figures on screen are demonstration data, not the operation's.
import { useTranslation } from 'react-i18next';
import { useMeta } from '../session/meta';

export function DemoBanner() {
  const { t } = useTranslation();
  const meta = useMeta();
  if (meta === null || !meta.demo) return null;
  return (
    <div className="demo-banner" data-testid="demo-banner">
      <p className="demo-inner">
        <strong className="demo-tag">{t('demo.tag')}</strong> <span>{t('demo.banner')}</span>
      </p>
    </div>
  );
}
