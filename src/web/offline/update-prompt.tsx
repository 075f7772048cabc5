// Registers the service worker and offers a new version of the app when one is ready. It is taken
// only when the officer says so and no record is being edited, never in the middle of one.

import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import { useIsEditingRecord } from './editing';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const editing = useIsEditingRecord();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError(error: unknown) {
      console.warn('the app could not be kept for offline use', error);
    },
  });
  if (!needRefresh) return null;
  return (
    <div className="notice notice-info update-prompt" role="status" data-testid="update-prompt">
      <p>{t('offline.update.ready')}</p>
      {editing ? <p>{t('offline.update.afterRecord')}</p> : null}
      <button
        type="button"
        className="button button-primary"
        disabled={editing}
        onClick={() => void updateServiceWorker(true)}
      >
        {t('offline.update.apply')}
      </button>
    </div>
  );
}
