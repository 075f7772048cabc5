// Audit entries as a table, actions and records in words (by the names the server looked up when the
// page was read); the full browser shows the address and the detail too.
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api/types';
import { actorName, auditActionName, auditEntityName } from '../format/audit-words';
import { formatDateTime } from '../format/format';
import { useLocale } from '../hooks/use-locale';
import { AuditDetail } from './audit-detail';
import { TableWrap } from './scroll-box';

type Props = {
  readonly entries: readonly AuditEntry[];
  readonly caption: string;
  readonly full: boolean;
  /** Names of the records the entries are about, by id, as the page of the log came with them. */
  readonly names: Readonly<Record<string, string>>;
};

export function AuditTable({ entries, caption, full, names }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (entries.length === 0) return <p className="empty">{t('audit.empty')}</p>;
  return (
    <TableWrap label={caption}>
      <table className="table audit-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('audit.column.seq')}
            </th>
            <th scope="col">{t('audit.column.at')}</th>
            <th scope="col">{t('audit.column.actor')}</th>
            <th scope="col">{t('audit.column.action')}</th>
            <th scope="col">{t('audit.column.entity')}</th>
            {full ? <th scope="col">{t('audit.column.ip')}</th> : null}
            {full ? <th scope="col">{t('audit.column.detail')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="num">{entry.seq}</td>
              <td className="nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
              </td>
              <td>
                {entry.actorId === null
                  ? actorName(entry.actorUsername, t)
                  : (entry.actorUsername ?? entry.actorId)}
              </td>
              <td data-action={entry.action}>{auditActionName(entry.action, t)}</td>
              <td className="entity">
                <Entity entry={entry} names={names} />
              </td>
              {full ? <td className="nowrap">{entry.ip ?? ''}</td> : null}
              {full ? (
                <td className="detail">
                  <AuditDetail detail={entry.detail} action={entry.action} names={names} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function Entity({
  entry,
  names,
}: {
  readonly entry: AuditEntry;
  readonly names: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  if (entry.entityType === null) return null;
  // A person, or a record deleted since, keeps its id.
  const name =
    entry.entityId !== null && Object.hasOwn(names, entry.entityId) ? names[entry.entityId] : undefined;
  return (
    <>
      <span>{auditEntityName(entry.entityType, t)}</span>{' '}
      {name !== undefined ? (
        <strong>{name}</strong>
      ) : (
        <code className="entity-id">{entry.entityId ?? ''}</code>
      )}
    </>
  );
}
