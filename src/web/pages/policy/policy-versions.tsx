// The document policy's versions as the page shows them: the one in force, with its rules, and the
// history of every version, each with who saved it and when.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleSet } from '../../../domain/documents';
import type { Checkpoint, PolicyVersion, StoredPolicy } from '../../api/types';
import { DataTable } from '../../components/data-table';
import { Fact } from '../../components/fact';
import { actorName } from '../../format/audit-words';
import { formatDateTime } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { ruleSetOf } from '../booth/load';
import { RuleTable } from './rule-table';

/**
 * Who saved a version: their display name, as the decree register names an author. The system, when
 * no user did; the username only in an answer kept offline from a server that did not name them.
 */
function authorName(v: Pick<StoredPolicy, 'createdBy' | 'createdByName'>, t: TFunction): string {
  return v.createdByName ?? actorName(v.createdBy, t);
}

export function CurrentPolicy({
  policy,
  checkpoints,
  rulesTestId,
  caption,
}: {
  readonly policy: StoredPolicy;
  readonly checkpoints: readonly Checkpoint[];
  /** For an earlier version shown from the history: its table's test id and caption. */
  readonly rulesTestId?: string;
  readonly caption?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ruleSet: RuleSet | null = useMemo(() => ruleSetOf(policy), [policy]);
  if (policy.version === 0) return <p className="empty">{t('policy.none')}</p>;
  return (
    <>
      <dl className="facts" data-testid="policy-current">
        <Fact label={t('policy.column.version')}>{policy.version}</Fact>
        <Fact label={t('policy.column.note')}>{policy.note}</Fact>
        <Fact label={t('policy.column.by')}>{authorName(policy, t)}</Fact>
        <Fact label={t('policy.column.at')}>
          {policy.createdAt === null ? '—' : formatDateTime(policy.createdAt, locale)}
        </Fact>
      </dl>
      {ruleSet === null ? (
        <p className="notice notice-error">{t('booth.policy.unreadable')}</p>
      ) : (
        <RuleTable
          rules={ruleSet.rules}
          checkpoints={checkpoints}
          {...(rulesTestId === undefined ? {} : { testId: rulesTestId })}
          {...(caption === undefined ? {} : { caption })}
        />
      )}
    </>
  );
}

export function VersionTable({
  versions,
  shown,
  onShow,
}: {
  readonly versions: readonly PolicyVersion[];
  /** The earlier version whose rules are shown, if any. */
  readonly shown: number | null;
  readonly onShow: (version: number) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (versions.length === 0) return <p className="empty">{t('policy.none')}</p>;
  return (
    <DataTable
      testId="policy-versions"
      caption={t('policy.history')}
      columns={[
        { label: t('policy.column.version') },
        { label: t('policy.column.note') },
        { label: t('policy.column.by') },
        { label: t('policy.column.at') },
        { label: t('policy.column.rules') },
      ]}
    >
      {versions.map((v, i) => (
        <tr key={v.version}>
          <th scope="row" className="row-heading">
            {v.version} {i === 0 ? <span className="tag tag-ok">{t('policy.inForceTag')}</span> : null}
          </th>
          <td>{v.note}</td>
          <td>{authorName(v, t)}</td>
          <td className="nowrap">{formatDateTime(v.createdAt, locale)}</td>
          <td>
            {i === 0 ? null : (
              <button
                type="button"
                className="button button-secondary"
                aria-expanded={shown === v.version}
                aria-controls="policy-version-view"
                onClick={() => onShow(v.version)}
              >
                {t('policy.versionView.open', { version: v.version })}
              </button>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
