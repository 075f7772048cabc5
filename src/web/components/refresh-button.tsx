// The button that loads a page's or a section's resource again; the new answer replaces what is shown.
import { useTranslation } from 'react-i18next';

export function RefreshButton({ onClick }: { readonly onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-secondary" onClick={onClick}>
      {t('common.refresh')}
    </button>
  );
}
