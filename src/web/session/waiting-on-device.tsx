// On the login page: records still waiting on this device to be sent. They go with the next session
// signed in here, so the page says so before anyone signs in (a colleague's session would send them).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/format';
import { useLocale } from '../hooks/use-locale';
import { countWaiting } from '../offline/instance';

/** How many records wait on the device: read once, as none is made or sent while nobody is signed in. */
function useWaitingOnDevice(): number {
  const [count, setCount] = useState(0);
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

export function WaitingNotice({ count }: { readonly count: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (count === 0) return null;
  return (
    <p className="notice notice-warning" data-testid="login-waiting" data-waiting={count}>
      {t('session.waiting', { count, formatted: formatNumber(count, locale) })}
    </p>
  );
}

export function WaitingOnDevice() {
  return <WaitingNotice count={useWaitingOnDevice()} />;
}
