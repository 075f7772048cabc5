// Registers the service worker once for the whole app (main.tsx): the app and the booth's reference
// data are kept on the device, and a new version, once downloaded, is offered (update-prompt.tsx).

import { useRegisterSW } from 'virtual:pwa-register/react';
import { useEffect } from 'react';
import { offerUpdate } from './update-prompt';

export function UpdateRegistration() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError(error: unknown) {
      console.warn('the app could not be kept for offline use', error);
    },
  });
  useEffect(() => {
    offerUpdate(needRefresh ? () => void updateServiceWorker(true) : null);
  }, [needRefresh, updateServiceWorker]);
  return null;
}
