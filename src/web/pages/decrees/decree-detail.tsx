// One decree's record: what it says (dates, legal basis, zones, rights restricted, measures, units and
// their tasks), how it is linked to its extensions, and every version it had with the reason. Its rights
// and term are read by its country's constitution: a right it may not restrict, recorded before the
// register refused one, is still shown, said as such.
import { useTranslation } from 'react-i18next';
import { daysInForce, emergencyRuleOf, termNotices } from '../../../domain/decrees';
import type { DecreeDetail } from '../../api/decrees-endpoints';
import { formatDateTime, inZoneOrUtc } from '../../format/format';
import { useZoneName } from '../../format/time-zone-names';
import { useLocale } from '../../hooks/use-locale';
import {
  refusedRight,
  rightName,
  rightsHeading,
  TERM_NOTICE_IDS,
  termNoticeFact,
} from './constitution-words';
import { areaKindName, forceName, formatDay } from './decree-words';

type Props = {
  readonly detail: DecreeDetail;
  /** Its place in its chain of extensions: 0 for a declaration, 1 for its first extension, … */
  readonly extension: number;
  /** Checkpoint names by code. */
  readonly checkpointNames: ReadonlyMap<string, string>;
  readonly onSelect: (id: string) => void;
  readonly actions: React.ReactNode;
};

export function DecreeDetailView({ detail, extension, checkpointNames, onSelect, actions }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zoneName = useZoneName();
  const d = detail.decree;
  const rule = emergencyRuleOf(d.timeZone);
  const country = rule?.country ?? null;
  return (
    <section
      className="panel decree-detail"
      aria-labelledby="decree-detail-title"
      data-testid="decree-detail"
    >
      <h2 id="decree-detail-title">{d.number}</h2>
      <p className="lead">{d.title}</p>
      <dl className="facts">
        <dt>{t('decrees.field.period')}</dt>
        <dd>
          {t('decrees.detail.period', {
            from: formatDay(d.startsOn, locale),
            to: formatDay(d.endsOn, locale),
            days: daysInForce(d.startsOn, d.endsOn),
            zone: zoneName(d.timeZone),
          })}
          {termNotices(d, extension).map((n) => (
            <span key={n.code}>
              <br />
              <span className="decree-caveat" data-testid={TERM_NOTICE_IDS[n.code]}>
                {termNoticeFact(n, t)}
              </span>
            </span>
          ))}
          {d.chainEndsOn === d.endsOn ? null : (
            <>
              <br />
              <strong>{t('decrees.detail.extendedTo', { to: formatDay(d.chainEndsOn, locale) })}</strong>
            </>
          )}
        </dd>
        <dt>{t('decrees.field.issuedOn')}</dt>
        <dd>
          {formatDay(d.issuedOn, locale)}
          {d.publishedOn === null
            ? null
            : ` · ${t('decrees.detail.published', { on: formatDay(d.publishedOn, locale) })}`}
        </dd>
        <dt>{t('decrees.field.legalBasis')}</dt>
        <dd>{d.legalBasis}</dd>
        {d.extends === null ? null : (
          <>
            <dt>{t('decrees.detail.extends')}</dt>
            <dd>
              <DecreeLink decree={d.extends} onSelect={onSelect} />
            </dd>
          </>
        )}
        {d.extendedBy.length === 0 ? null : (
          <>
            <dt>{t('decrees.detail.extendedBy')}</dt>
            <dd className="comma-list">
              {d.extendedBy.map((e) => (
                <DecreeLink key={e.id} decree={e} onSelect={onSelect} />
              ))}
            </dd>
          </>
        )}
        <dt>{t('decrees.field.zones')}</dt>
        <dd>
          <ul className="plain-list">
            {d.checkpoints.map((c) => (
              <li key={c}>{checkpointNames.get(c) ?? c}</li>
            ))}
            {d.areas.map((a) => (
              <li key={`${a.kind}:${a.name}`}>{`${a.name} (${areaKindName(a.kind, t)})`}</li>
            ))}
          </ul>
        </dd>
        <dt>{rightsHeading(country, t)}</dt>
        <dd>
          {d.rightsSuspended.length === 0 ? (
            t('decrees.detail.noRights')
          ) : (
            <ul className="plain-list" data-testid="decree-rights">
              {d.rightsSuspended.map((r) =>
                rule === null || rule.rights.includes(r) ? (
                  <li key={r}>{rightName(r, country, t)}</li>
                ) : (
                  <li key={r} className="decree-caveat">
                    {refusedRight(r, rule.country, t)}
                  </li>
                ),
              )}
            </ul>
          )}
        </dd>
        <dt>{t('decrees.field.measures')}</dt>
        <dd>
          {/* An empty list said nothing, as if the record had not loaded. */}
          {d.measures.length === 0 ? (
            t('decrees.detail.noMeasures')
          ) : (
            <ul>
              {d.measures.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('decrees.field.units')}</dt>
        <dd>
          {d.units.length === 0 ? (
            t('decrees.detail.noUnits')
          ) : (
            <ul>
              {d.units.map((u) => (
                <li key={u.name}>
                  <strong>{u.name}</strong> <span className="tag">{forceName(u.force, t)}</span>
                  {u.tasks.length === 0 ? null : <span className="muted"> — {u.tasks.join('; ')}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {actions}
      <h3>{t('decrees.history.title')}</h3>
      {/* On the decree's clock, as its days are counted, not the reader's browser's. */}
      <p className="muted" data-testid="decree-history-zone">
        {t('decrees.history.zone', { zone: zoneName(d.timeZone) })}
      </p>
      <ol className="decree-history" data-testid="decree-history">
        {detail.history.map((v) => (
          <li key={v.version}>
            {v.change === 'recorded'
              ? t('decrees.history.recorded', { version: v.version })
              : t('decrees.history.amended', { version: v.version, reason: v.reason ?? '' })}{' '}
            <span className="muted">
              {v.recordedBy ?? t('audit.system')} ·{' '}
              {inZoneOrUtc(d.timeZone, (zone) => formatDateTime(v.recordedAt, locale, zone))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A decree's number that shows its record on this page instead of loading the page again. */
export function DecreeLink({
  decree,
  onSelect,
}: {
  readonly decree: { readonly id: string; readonly number: string };
  readonly onSelect: (id: string) => void;
}) {
  return (
    <a
      href={`?decree=${decree.id}`}
      onClick={(event) => {
        event.preventDefault();
        onSelect(decree.id);
      }}
    >
      {decree.number}
    </a>
  );
}
