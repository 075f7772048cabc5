// The document policy for supervisors: the rules in force, every version before them, and an editor
// that saves a new version (never changes an old one) after the same checks the server makes.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyRule, RuleSet } from '../../../domain/documents';
import type { Checkpoint, PolicyVersion, StoredPolicy } from '../../api/types';
import { LoadedSection } from '../../components/loaded-section';
import { actorName } from '../../format/audit-words';
import { formatDateTime } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { useNow } from '../../hooks/use-now';
import { usePageTitle } from '../../hooks/use-page-title';
import { formatInstantAsWritten } from '../booth/days';
import { loadPolicy, loadPolicyVersions, ruleSetOf } from '../booth/load';
import { directionName, outcomeName } from '../booth/messages';
import { DecreeCitation, loadDecrees } from '../decrees/decree-citation';
import { conditionSentences } from './conditions';
import { PolicyEditor } from './policy-editor';
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

function RuleTable({
  rules,
  checkpoints,
}: {
  readonly rules: readonly PolicyRule[];
  readonly checkpoints: readonly Checkpoint[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const [decreeList] = useApiData(loadDecrees);
  const decrees = decreeList.status === 'ok' ? decreeList.value : null;
  const checkpointName = (id: string) => checkpoints.find((c) => c.id === id)?.name ?? id;
  const now = useNow(60_000).getTime();
  const hasEnded = (rule: PolicyRule) =>
    rule.appliesTo.validTo !== undefined && Date.parse(rule.appliesTo.validTo) <= now;
  const tone = (o: PolicyRule['outcome']) =>
    o === 'admit' ? 'tag-ok' : o === 'refuse' ? 'tag-error' : 'tag-warning';
  return (
    <DataTable
      testId="policy-rules"
      caption={t('policy.rulesCaption')}
      className="policy-rules"
      columns={[
        { label: t('policy.column.rule') },
        { label: t('policy.column.appliesTo') },
        { label: t('policy.column.when') },
        { label: t('policy.column.outcome') },
        { label: t('policy.column.legalBasis') },
      ]}
    >
      {rules.map((rule) => (
        <tr key={rule.id}>
          <th scope="row" className="row-heading">
            <code>{rule.id}</code>{' '}
            {hasEnded(rule) ? <span className="tag tag-muted">{t('policy.ended')}</span> : null}
            <span className="muted">{rule.description}</span>
          </th>
          <td>
            {rule.appliesTo.directions.map((d) => directionName(d, t)).join(', ')}
            <br />
            {rule.appliesTo.checkpointIds === undefined
              ? t('policy.allCheckpoints')
              : rule.appliesTo.checkpointIds.map(checkpointName).join(', ')}
            <br />
            <span className="muted">
              {rule.appliesTo.validTo === undefined
                ? t('policy.since', { from: formatInstantAsWritten(rule.appliesTo.validFrom, locale) })
                : t('policy.period', {
                    from: formatInstantAsWritten(rule.appliesTo.validFrom, locale),
                    to: formatInstantAsWritten(rule.appliesTo.validTo, locale),
                  })}
            </span>
          </td>
          <td className="policy-when">
            {conditionSentences(rule.when, { t, locale, countryName }).map((sentence) => (
              <div key={sentence}>{sentence}</div>
            ))}
          </td>
          <td>
            <span className={`tag ${tone(rule.outcome)}`}>{outcomeName(rule.outcome, t)}</span>
          </td>
          <td>
            {rule.legalBasis}
            {rule.decree === undefined ? null : <DecreeCitation id={rule.decree} decrees={decrees} />}
          </td>
        </tr>
      ))}
    </DataTable>
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
