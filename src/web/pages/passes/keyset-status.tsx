// The line under the verifier's title: which keys it verifies with, and when they were downloaded, on
// the server's clock. A checkpoint officer decides by it whether the keys are fresh enough to trust a
// pass, so a device clock hours off must not make old keys look new: a time kept by an earlier version
// (on the device's clock) says so, and a device clock that is off is said, with by how much (passes
// are judged on the server's clock all the same: check-pass.ts).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { CLOCK_TOLERANCE_MS, durationWords } from '../../offline/server-clock';
import type { KeptKeyset, KeysetState } from './keyset-store';

type Props = {
  readonly kept: KeptKeyset | null;
  readonly source: KeysetState['source'];
  /** The device's clock minus the server's (ms), as last learnt; null before any answer. */
  readonly clockOffset: number | null;
  /** The zone of the checkpoint verifying: the download's time is written in it. */
  readonly timeZone: string;
};

function keysetWords(kept: KeptKeyset, locale: string, t: TFunction, timeZone: string) {
  const time = formatDateTime(kept.fetchedAt, locale, timeZone, 'minute');
  return {
    at:
      kept.clock === 'server'
        ? t('passes.keyset.onServerClock', { time })
        : t('passes.keyset.onDeviceClock', { time }),
    keys: t('passes.keyset.keys', { count: kept.keyset.keys.length }),
    revoked: t('passes.keyset.revoked', { count: kept.keyset.revoked.length }),
  };
}

export function KeysetStatus({ kept, source, clockOffset, timeZone }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const offBy = clockOffset !== null && Math.abs(clockOffset) >= CLOCK_TOLERANCE_MS ? clockOffset : null;
  return (
    <>
      <p
        className="keyset-status"
        data-testid="keyset-status"
        data-source={source}
        data-version={kept?.keyset.version ?? ''}
        data-clock={kept?.clock ?? 'device'}
      >
        {kept === null
          ? source === 'loading'
            ? t('passes.keyset.loading')
            : t('passes.keyset.none')
          : source === 'fresh'
            ? t('passes.keyset.fresh', keysetWords(kept, locale, t, timeZone))
            : t('passes.keyset.kept', keysetWords(kept, locale, t, timeZone))}
      </p>
      {offBy === null ? null : (
        <p className="notice notice-warning" role="alert" data-testid="pass-clock">
          {offBy > 0
            ? t('passes.clock.ahead', { amount: durationWords(offBy) })
            : t('passes.clock.behind', { amount: durationWords(-offBy) })}
        </p>
      )}
    </>
  );
}
