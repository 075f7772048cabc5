// The document policy for supervisors: the rules in force, every version before them, and an editor
// that saves a new version (never changes an old one) after the same checks the server makes.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleSet } from '../../../domain/documents';
import type { Checkpoint, PolicyVersion, StoredPolicy } from '../../api/types';
import { LoadedSection } from '../../components/loaded-section';
import { actorName } from '../../format/audit-words';
import { formatDateTime } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { useLocale } from '../../hooks/use-locale';
import { usePageTitle } from '../../hooks/use-page-title';
import { loadPolicy, loadPolicyVersions, ruleSetOf } from '../booth/load';
import { PolicyEditor } from './policy-editor';
import { RuleTable } from './rule-table';
import '../booth/booth.css';
import { DataTable } from '../../components/data-table';
import { Fact } from '../../components/fact';
import { PageStatus } from '../../components/page-status';
import { useWording } from '../../hooks/use-wording';

export function PolicyPage() {
  const { t } = useTranslation();
  usePageTitle(t('policy.title'));
  const [policy, reloadPolicy] = useApiData(loadPolicy);
  const [versions, reloadVersions] = useApiData(loadPolicyVersions);
  const checkpointList = useCheckpointList();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useWording();

  return (
    <div className="page" data-testid="policy-page">
      <div className="section-header">
        <h1>{t('policy.title')}</h1>
        {policy.status === 'ok' ? (
          <button
            type="button"
            className="button button-primary"
            aria-expanded={editing}
            aria-controls="policy-editor"
            onClick={() => {
              setStatus(null);
              setEditing(!editing);
            }}
          >
            {t('policy.edit.open')}
          </button>
        ) : null}
      </div>
      <p className="lead">{t('policy.intro')}</p>
      <PageStatus notice={status} />
      {editing && policy.status === 'ok' ? (
        <PolicyEditor
          current={policy.value}
          checkpoints={checkpointList}
          onSaved={(saved) => {
            setEditing(false);
            setStatus((t) => t('policy.edit.saved', { version: saved.version }));
            reloadPolicy();
            reloadVersions();
          }}
          onReload={reloadPolicy}
          onCancel={() => setEditing(false)}
        />
      ) : null}
      <LoadedSection id="policy-current" title={t('policy.current')} state={policy} onRetry={reloadPolicy}>
        {(value) => <CurrentPolicy policy={value} checkpoints={checkpointList} />}
      </LoadedSection>
      <LoadedSection
        id="policy-history"
        title={t('policy.history')}
        state={versions}
        onRetry={reloadVersions}
      >
        {(list) => <VersionTable versions={list} />}
      </LoadedSection>
    </div>
  );
}

function CurrentPolicy({
  policy,
  checkpoints,
}: {
  readonly policy: StoredPolicy;
  readonly checkpoints: readonly Checkpoint[];
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
        <Fact label={t('policy.column.by')}>{actorName(policy.createdBy, t)}</Fact>
        <Fact label={t('policy.column.at')}>
          {policy.createdAt === null ? '—' : formatDateTime(policy.createdAt, locale)}
        </Fact>
      </dl>
      {ruleSet === null ? (
        <p className="notice notice-error">{t('booth.policy.unreadable')}</p>
      ) : (
        <RuleTable rules={ruleSet.rules} checkpoints={checkpoints} />
      )}
    </>
  );
}

function VersionTable({ versions }: { readonly versions: readonly PolicyVersion[] }) {
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
      ]}
    >
      {versions.map((v, i) => (
        <tr key={v.version}>
          <th scope="row" className="row-heading">
            {v.version} {i === 0 ? <span className="tag tag-ok">{t('policy.inForceTag')}</span> : null}
          </th>
          <td>{v.note}</td>
          <td>{actorName(v.createdBy, t)}</td>
          <td className="nowrap">{formatDateTime(v.createdAt, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
