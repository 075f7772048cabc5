// The document policy for supervisors: the rules in force, every version before them (each one's rules
// at hand, to start an edit from: a version saved by mistake is undone by saving the one before again),
// and an editor that saves a new version (never changes an old one) after the same checks the server
// makes. Dropping the editor's changes not saved (closing it, starting from another version) asks
// first: an edit of the rules can be long work.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredPolicy } from '../../api/types';
import { ConfirmQuestion } from '../../components/confirm-question';
import { LoadedSection } from '../../components/loaded-section';
import { PageStatus } from '../../components/page-status';
import { useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { usePageTitle } from '../../hooks/use-page-title';
import { useWording } from '../../hooks/use-wording';
import { loadPolicy, loadPolicyVersions } from '../booth/load';
import { PolicyEditor } from './policy-editor';
import { CurrentPolicy, VersionTable } from './policy-versions';
import { VersionView } from './version-view';
import '../booth/booth.css';

/** The editor open, from the version in force or from an earlier one's rules. */
type Editing = { readonly from: StoredPolicy | null } | null;

export function PolicyPage() {
  const { t } = useTranslation();
  usePageTitle(t('policy.title'));
  const [policy, reloadPolicy] = useApiData(loadPolicy);
  const [versions, reloadVersions] = useApiData(loadPolicyVersions);
  const checkpointList = useCheckpointList();
  const [editing, setEditing] = useState<Editing>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const [status, setStatus] = useWording();
  // Whether the editor holds changes not saved, and what waits on the question of dropping them.
  const [unsaved, setUnsaved] = useState(false);
  const [pending, setPending] = useState<Editing | 'close' | null>(null);
  const open = (next: Editing) => {
    setPending(null);
    setUnsaved(false);
    setEditing(next);
  };
  const ask = (next: Editing) => {
    setStatus(null);
    if (editing !== null && unsaved) setPending(next ?? 'close');
    else open(next);
  };

  return (
    <div className="page" data-testid="policy-page">
      <div className="section-header">
        <h1>{t('policy.title')}</h1>
        {policy.status === 'ok' ? (
          <button
            type="button"
            className="button button-primary"
            aria-expanded={editing !== null}
            aria-controls="policy-editor"
            onClick={() => ask(editing === null ? { from: null } : null)}
          >
            {t('policy.edit.open')}
          </button>
        ) : null}
      </div>
      <p className="lead">{t('policy.intro')}</p>
      <PageStatus notice={status} />
      {pending === null ? null : (
        <ConfirmQuestion
          testId="policy-unsaved-question"
          tone="danger"
          question={t('policy.edit.unsaved')}
          confirm={t('policy.edit.discard')}
          busy={false}
          onConfirm={() => open(pending === 'close' ? null : pending)}
          onCancel={() => setPending(null)}
        />
      )}
      {editing !== null && policy.status === 'ok' ? (
        <PolicyEditor
          // Started again from other rules, the editor starts afresh. (Keys of siblings: each its own.)
          key={`editor-${editing.from?.version ?? 'current'}`}
          current={policy.value}
          startFrom={editing.from}
          checkpoints={checkpointList}
          onUnsaved={setUnsaved}
          onSaved={(saved) => {
            open(null);
            setViewing(null);
            setStatus((t) => t('policy.edit.saved', { version: saved.version }));
            reloadPolicy();
            reloadVersions();
          }}
          onReload={reloadPolicy}
          onCancel={() => ask(null)}
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
        {(list) => (
          <VersionTable
            versions={list}
            shown={viewing}
            onShow={(version) => setViewing(viewing === version ? null : version)}
          />
        )}
      </LoadedSection>
      {viewing === null ? null : (
        <VersionView
          key={`version-${viewing}`}
          version={viewing}
          checkpoints={checkpointList}
          onClose={() => setViewing(null)}
          // The editor opens at the page's top, and takes the focus there.
          onEditFrom={(from) => ask({ from })}
        />
      )}
    </div>
  );
}
