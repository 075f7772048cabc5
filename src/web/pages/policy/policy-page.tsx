// The document policy for supervisors: the rules in force, every version before them, and an editor
// that saves a new version (never changes an old one) after the same checks the server makes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadedSection } from '../../components/loaded-section';
import { useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { usePageTitle } from '../../hooks/use-page-title';
import { loadPolicy, loadPolicyVersions } from '../booth/load';
import { PolicyEditor } from './policy-editor';
import { CurrentPolicy, VersionTable } from './policy-versions';
import '../booth/booth.css';
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
