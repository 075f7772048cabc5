// One incident's facts and its log of updates, oldest first: who said or changed what, and when. The
// staff see each text tagged with whether partners read it; partners and analysts a neutral line in
// place of a text not shared with them (the server sends them no such text).
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../api/situation-endpoints';
import { formatCoordinate, formatDateTime } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { incidentKindName, severityName, statusName } from './labels';
import { IncidentText } from './text-audience';

type Props = {
  readonly incident: IncidentDetail;
  /** The reader sees every text (capability 'situation.recorders'): each is tagged with who reads it. */
  readonly staff: boolean;
};

export function IncidentLog({ incident, staff }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  // On the clock of the checkpoint it concerns; without one, the device's.
  const zone = incident.checkpoint?.timeZone;
  return (
    <>
      <header className="incident-header">
        {/* Focused when the incident is chosen in the list (incidents-page). */}
        <h2 tabIndex={-1}>{incident.title}</h2>
        <span className={`tag severity-${incident.severity}`}>{severityName(incident.severity, t)}</span>
        <span className="tag tag-muted">{statusName(incident.status, t)}</span>
      </header>
      <dl className="facts">
        <dt>{t('situation.incident.kind')}</dt>
        <dd>{incidentKindName(incident.kind, t)}</dd>
        <dt>{t('situation.incident.occurredAt')}</dt>
        <dd>{formatDateTime(incident.occurredAt, locale, zone, 'minute')}</dd>
        <dt>{t('situation.incident.place')}</dt>
        <dd>
          {formatCoordinate(incident.latitude, locale)}, {formatCoordinate(incident.longitude, locale)}
          {incident.checkpoint ? ` · ${incident.checkpoint.name}` : ''}
        </dd>
        {/* Left out by the server for roles that do not see which officer reported (partners, analysts). */}
        {incident.reporter === undefined ? null : (
          <>
            <dt>{t('situation.incident.reporter')}</dt>
            <dd>{incident.reporter?.displayName ?? '—'}</dd>
          </>
        )}
      </dl>
      <h3>{t('situation.incidents.log')}</h3>
      <ol className="incident-log" data-testid="incident-log">
        {incident.updates.map((u) => (
          <li key={u.id}>
            <p className="log-when">
              {formatDateTime(u.at, locale, zone, 'minute')}
              {u.by === undefined ? null : ` · ${u.by?.displayName ?? '—'}`}
            </p>
            {u.status ? (
              <p>
                {u.status.from === null
                  ? t('situation.incidents.logOpened')
                  : t('situation.incidents.logStatus', {
                      from: statusName(u.status.from, t),
                      to: statusName(u.status.to, t),
                    })}
              </p>
            ) : null}
            {u.severity ? (
              <p>
                {u.severity.from === null
                  ? t('situation.incidents.logSeverityInitial', { severity: severityName(u.severity.to, t) })
                  : t('situation.incidents.logSeverity', {
                      from: severityName(u.severity.from, t),
                      to: severityName(u.severity.to, t),
                    })}
              </p>
            ) : null}
            <IncidentText text={u.note} shared={u.noteShared} withheld={u.noteWithheld} tagged={staff} />
          </li>
        ))}
      </ol>
    </>
  );
}
