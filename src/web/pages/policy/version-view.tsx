// An earlier version of the document policy, read whole from the history: its note, who saved it and
// its rules. A version saved by mistake is undone from here: the editor starts from these rules, and
// saving them makes a new version (none is ever changed).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/paso';
import type { Checkpoint, StoredPolicy } from '../../api/types';
import { LoadedSection } from '../../components/loaded-section';
import { useApiData } from '../../hooks/use-api-data';
import { CurrentPolicy } from './policy-versions';

type Props = {
  readonly version: number;
  readonly checkpoints: readonly Checkpoint[];
  /** Starts an edit from these rules. */
  readonly onEditFrom: (policy: StoredPolicy) => void;
  readonly onClose: () => void;
};

export function VersionView({ version, checkpoints, onEditFrom, onClose }: Props) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => api.getPolicyVersion(version, { signal }), [version]);
  const [policy, reload] = useApiData(load);
  return (
    <LoadedSection
      id="policy-version-view"
      className="panel"
      testId="policy-version-view"
      title={t('policy.versionView.title', { version })}
      state={policy}
      onRetry={reload}
      action={
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      }
      footer={
        policy.status === 'ok' ? (
          <>
            <p className="hint">{t('policy.versionView.editHint', { version })}</p>
            <p className="actions">
              <button type="button" className="button" onClick={() => onEditFrom(policy.value)}>
                {t('policy.versionView.editFrom', { version })}
              </button>
            </p>
          </>
        ) : null
      }
    >
      {(value) => (
        <CurrentPolicy
          policy={value}
          checkpoints={checkpoints}
          rulesTestId="policy-version-rules"
          caption={t('policy.versionView.caption', { version })}
        />
      )}
    </LoadedSection>
  );
}
