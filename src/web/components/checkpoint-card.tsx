// One checkpoint: where it is, its local time, and its booths.
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '../api/types';
import { formatZonedClock } from '../format/format';
import { useZoneName } from '../format/time-zone-names';
import { useCountryName } from '../hooks/use-country-name';
import { useLocale } from '../hooks/use-locale';
import { useNow } from '../hooks/use-now';
import { Fact } from './fact';

export function CheckpointCard({ checkpoint }: { readonly checkpoint: Checkpoint }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const zoneName = useZoneName();
  const now = useNow(15_000);
  const headingId = `checkpoint-${checkpoint.id}`;
  // The booths in use: a retired one keeps its history but is no longer worked at.
  const booths = checkpoint.booths.filter((b) => !b.retired);
  return (
    <article className="card checkpoint-card" aria-labelledby={headingId} data-testid="checkpoint-card">
      <header className="card-header">
        <h3 id={headingId}>{checkpoint.name}</h3>
        <span className="tag" title={t('checkpoint.code')}>
          {checkpoint.code}
        </span>
      </header>
      <dl className="facts">
        <Fact label={t('checkpoint.country')}>{countryName(checkpoint.country)}</Fact>
        <Fact label={t('checkpoint.localTime')}>
          <time dateTime={now.toISOString()} className="clock" data-testid="local-time">
            {formatZonedClock(now, locale, checkpoint.timeZone)}
          </time>
        </Fact>
        <Fact label={t('checkpoint.timeZone')}>{zoneName(checkpoint.timeZone)}</Fact>
      </dl>
      <h4 className="subheading">{t('checkpoint.booths', { count: booths.length })}</h4>
      {booths.length === 0 ? (
        <p className="empty">{t('checkpoint.noBooths')}</p>
      ) : (
        <ul className="booth-list">
          {booths.map((booth) => (
            <li key={booth.id}>
              <span className="booth-code">{booth.code}</span> <span>{booth.name}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
