// The booth: where the officer reads a document's zone or types a national number, and sees at once
// what it says, what is wrong with it and what the document policy in force recommends.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../domain/access';
import type { Direction } from '../../../domain/documents';
import type { Checkpoint } from '../../api/types';
import { ProblemMessage } from '../../components/problem-message';
import { useApiData } from '../../hooks/use-api-data';
import { useNow } from '../../hooks/use-now';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUser } from '../../session/session';
import { loadCheckpoints } from '../home/load';
import { IdentifierPanel } from './identifier-panel';
import { loadPolicy, ruleSetOf } from './load';
import { directionName } from './messages';
import { RegisterPanel, type ZoneRead } from './register-panel';
import { ScanPanel } from './scan-panel';
import './booth.css';

const DIRECTIONS: readonly Direction[] = ['entry', 'exit', 'transit'];

export function BoothPage() {
  const { t } = useTranslation();
  usePageTitle(t('booth.title'));
  const now = useNow(60_000);
  const [checkpoints, reloadCheckpoints] = useApiData(loadCheckpoints);
  const [policy, reloadPolicy] = useApiData(loadPolicy);
  const [chosenCheckpoint, setChosenCheckpoint] = useState<string | null>(null);
  const [direction, setDirection] = useState<Direction>('entry');
  const [zone, setZone] = useState<ZoneRead | null>(null);

  const list: readonly Checkpoint[] = checkpoints.status === 'ok' ? checkpoints.value : [];
  const checkpointId = chosenCheckpoint ?? list[0]?.id ?? null;
  // Admins check documents too, but only officers and supervisors register people.
  const canRegister = can(useUser().role, 'people.register');
  const ruleSet = useMemo(() => (policy.status === 'ok' ? ruleSetOf(policy.value) : null), [policy]);

  return (
    <div className="page booth" data-testid="booth-page">
      <h1>{t('booth.title')}</h1>
      <div className="booth-context form-grid">
        <div className="field">
          <label htmlFor="booth-checkpoint">{t('booth.checkpoint')}</label>
          <select
            id="booth-checkpoint"
            value={checkpointId ?? ''}
            onChange={(event) => setChosenCheckpoint(event.target.value)}
            disabled={list.length === 0}
          >
            {list.length === 0 ? <option value="">{t('booth.noCheckpoints')}</option> : null}
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="booth-direction">{t('booth.directionLabel')}</label>
          <select
            id="booth-direction"
            value={direction}
            onChange={(event) => {
              const chosen = DIRECTIONS.find((d) => d === event.target.value);
              if (chosen !== undefined) setDirection(chosen);
            }}
          >
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {directionName(d, t)}
              </option>
            ))}
          </select>
        </div>
        <p className="booth-policy-version muted" data-testid="booth-policy-version">
          {policy.status === 'ok'
            ? t('booth.policy.inForce', { version: policy.value.version })
            : policy.status === 'loading'
              ? t('common.loading')
              : null}
        </p>
      </div>
      {checkpoints.status === 'error' ? (
        <ProblemMessage problem={checkpoints.problem} onRetry={reloadCheckpoints} />
      ) : null}
      {policy.status === 'error' ? <ProblemMessage problem={policy.problem} onRetry={reloadPolicy} /> : null}
      {policy.status === 'ok' && ruleSet === null ? (
        <p className="notice notice-error">{t('booth.policy.unreadable')}</p>
      ) : null}
      <ScanPanel
        now={now}
        checkpointId={checkpointId}
        direction={direction}
        ruleSet={ruleSet}
        onRead={setZone}
      />
      {canRegister ? (
        <RegisterPanel
          checkpoint={list.find((c) => c.id === checkpointId) ?? null}
          checkpoints={list}
          direction={direction}
          zone={zone}
        />
      ) : null}
      <IdentifierPanel />
    </div>
  );
}
