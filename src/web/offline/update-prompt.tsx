// The offer of a new version of the app, once one is ready (update-registration.tsx notes it). It is
// taken only when the officer says so and no record is being edited, never in the middle of one. The
// offer sits in the page's flow under the navigation, never over the page: floating at the foot of the
// window it covered a tally key at 1280 px wide, and on a phone whatever the officer scrolled to.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsEditingRecord } from './editing';

// How to take the version that waits; null while none does.
let take: (() => void) | null = null;
const listeners = new Set<() => void>();

/** Offers a new version (`apply` takes it), or withdraws the offer (null). */
export function offerUpdate(apply: (() => void) | null): void {
  take = apply;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** The offer, where the frame of every page puts it (app-layout.tsx). */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const editing = useIsEditingRecord();
  const apply = useSyncExternalStore(subscribe, () => take);
  if (apply === null) return null;
  return (
    <div className="update-bar">
      <div className="notice notice-info update-prompt" role="status" data-testid="update-prompt">
        <p>{t('offline.update.ready')}</p>
        {editing ? <p>{t('offline.update.afterRecord')}</p> : null}
        <button type="button" className="button button-primary" disabled={editing} onClick={apply}>
          {t('offline.update.apply')}
        </button>
      </div>
    </div>
  );
}
