// Audit entries as a table; the full browser shows the address and detail columns too.
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api/types';
import { formatDateTime } from '../format/format';
import { useLocale } from '../hooks/use-locale';

type Props = { readonly entries: readonly AuditEntry[]; readonly caption: string; readonly full: boolean };

export function AuditTable({ entries, caption, full }: Props) {
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
              <td>{entry.actorUsername ?? entry.actorId ?? t('audit.system')}</td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td className="entity">{formatEntity(entry)}</td>
              {full ? <td className="nowrap">{entry.ip ?? ''}</td> : null}
              {full ? (
                <td className="detail">
                  <code>{formatDetail(entry.detail)}</code>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function formatEntity(entry: AuditEntry): string {
  return [entry.entityType, entry.entityId].filter((part) => part !== undefined && part !== null).join(' ');
}

function formatDetail(detail: unknown): string {
  if (detail === undefined || detail === null) return '';
  if (typeof detail === 'string') return detail;
  return JSON.stringify(detail);
}
