// Audit entries as a table, actions and records in words; the full browser shows the address and the
// detail too.
import { useTranslation } from 'react-i18next';
import type { AuditEntry, User } from '../api/types';
import { actorName, auditActionName, auditEntityName } from '../format/audit-words';
import { formatDateTime } from '../format/format';
import type { Loadable } from '../hooks/use-api-data';
import { useLocale } from '../hooks/use-locale';
import { AuditDetail } from './audit-detail';

type Props = {
  readonly entries: readonly AuditEntry[];
  readonly caption: string;
  readonly full: boolean;
  /** Usernames by user id, to name the user an entry is about instead of showing its id. */
  readonly usernames?: ReadonlyMap<string, string>;
};

/** The usernames a table can name users by: none until the users have loaded. */
export function usernamesOf(users: Loadable<readonly User[]>): ReadonlyMap<string, string> {
  return new Map(users.status === 'ok' ? users.value.map((u) => [u.id, u.username]) : []);
}

export function AuditTable({ entries, caption, full, usernames }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (entries.length === 0) return <p className="empty">{t('audit.empty')}</p>;
  return (
    <div className="table-wrap">
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
                <Entity entry={entry} usernames={usernames} />
              </td>
              {full ? <td className="nowrap">{entry.ip ?? ''}</td> : null}
              {full ? (
                <td className="detail">
                  <AuditDetail detail={entry.detail} action={entry.action} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Entity({
  entry,
  usernames,
}: {
  readonly entry: AuditEntry;
  readonly usernames?: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  if (entry.entityType === null) return null;
  const username =
    entry.entityType === 'user' && entry.entityId !== null ? usernames?.get(entry.entityId) : undefined;
  return (
    <>
      <span>{auditEntityName(entry.entityType, t)}</span>{' '}
      {username !== undefined ? (
        <strong>{username}</strong>
      ) : (
        <code className="entity-id">{entry.entityId ?? ''}</code>
      )}
    </>
  );
}
