// A page that does not exist, or that the signed-in role may not open.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title';

export function NotFoundPage({ forbidden = false }: { readonly forbidden?: boolean }) {
  const { t } = useTranslation();
  const title = forbidden ? t('forbidden.title') : t('notFound.title');
  usePageTitle(title);
  return (
    <div className="page" data-testid={forbidden ? 'forbidden' : 'not-found'}>
      <h1>{title}</h1>
      <p>{forbidden ? t('forbidden.body') : t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
