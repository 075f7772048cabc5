// On the login page: records still waiting on this device to be sent, and whose: each officer's go
// when that officer signs in here again (older records, made before makers were noted, with anyone's).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/format';
import { useLocale } from '../hooks/use-locale';
import { countWaiting, type WaitingFor } from '../offline/instance';

/** How many records wait on the device: read once, as none is made or sent while nobody is signed in. */
function useWaitingOnDevice(): readonly WaitingFor[] {
  const [count, setCount] = useState<readonly WaitingFor[]>([]);
  useEffect(() => {
    let live = true;
    countWaiting().then(
      (n) => live && setCount(n),
      (error: unknown) => console.warn('the records waiting on this device could not be counted', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return count;
}

export function WaitingNotice({ waiting }: { readonly waiting: readonly WaitingFor[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return waiting.map(({ username, count }) => (
    <p
      key={username ?? ''}
      className="notice notice-warning"
      data-testid="login-waiting"
      data-waiting={count}
      data-maker={username ?? undefined}
    >
      {username === null
        ? t('session.waiting', { count, formatted: formatNumber(count, locale) })
        : t('session.waitingFor', { count, formatted: formatNumber(count, locale), username })}
    </p>
  ));
}

export function WaitingOnDevice() {
  return <WaitingNotice waiting={useWaitingOnDevice()} />;
}
