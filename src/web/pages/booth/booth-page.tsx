// The booth: where the officer reads a document's zone or types a national number, sees at once what it
// says and what is wrong with it, and registers and decides on the person or the family in front of them.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../domain/access';
import type { Direction } from '../../../domain/documents';
import type { Checkpoint } from '../../api/types';
import { PlaceFields } from '../../components/place-fields';
import { ProblemMessage } from '../../components/problem-message';
import { ChoiceField } from '../../components/select-field';
import { useApiData } from '../../hooks/use-api-data';
import { loadCheckpoints } from '../../hooks/use-checkpoints';
import { useNow } from '../../hooks/use-now';
import { boothAt, checkpointAt, placeHandlers, usePlaceInAddress } from '../../hooks/use-place-in-address';
import { OfflineStatus } from '../../offline/offline-status';
import { useUser } from '../../session/session';
import { DecreeInForce } from '../decrees/decree-in-force';
import { deviceTimeZone } from './days';
import { IdentifierPanel } from './identifier-panel';
import { ruleSetOf } from './load';
import type { ScanRead } from './member';
import { directionName } from './messages';
import { RegisterPanel } from './register-panel';
import { ScanPanel } from './scan-panel';
import { usePolicyInForce } from './use-policy';
import './booth.css';
import './registration.css';
import { PageFrame } from '../../components/page-frame';

const DIRECTIONS: readonly Direction[] = ['entry', 'exit', 'transit'];

export function BoothPage() {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const [checkpoints, reloadCheckpoints] = useApiData(loadCheckpoints);
  const [policy, reloadPolicy] = usePolicyInForce();
  // The place is kept in the address, as in tally mode: a reload leaves the officer at the same booth.
  const [place, setPlace] = usePlaceInAddress();
  const [direction, setDirection] = useState<Direction>('entry');
  const [zone, setZone] = useState<ScanRead>(null);
  // A new key mounts a fresh scan panel: nothing of the previous person's zone stays on screen.
  const [scanKey, setScanKey] = useState(0);
  const nextRead = useCallback(() => {
    setZone(null);
    setScanKey((k) => k + 1);
  }, []);

  const list: readonly Checkpoint[] = checkpoints.status === 'ok' ? checkpoints.value : [];
  const checkpoint = checkpointAt(list, place);
  const checkpointId = checkpoint?.id ?? null;
  const boothCode = boothAt(checkpoint, place) ?? '';
  // Admins check documents too, but only officers and supervisors register people.
  const role = useUser().role;
  const canRegister = can(role, 'people.register');
  const mayDecideHeld = can(role, 'crossings.supervise');
  const ruleSet = useMemo(() => (policy.status === 'ok' ? ruleSetOf(policy.value) : null), [policy]);

  return (
    <PageFrame testId="booth-page" className="booth" title={t('booth.title')}>
      <OfflineStatus timeZone={checkpoint?.timeZone ?? null} />
      <div className="booth-context form-grid">
        <PlaceFields
          idPrefix="booth"
          checkpoints={list}
          by="code"
          checkpoint={checkpoint}
          booth={boothCode}
          {...placeHandlers(checkpoint, setPlace)}
        />
        <ChoiceField
          id="booth-direction"
          label={t('booth.directionLabel')}
          value={direction}
          choices={DIRECTIONS}
          nameOf={(d) => directionName(d, t)}
          onChange={setDirection}
        />
        <p className="booth-policy-version muted" data-testid="booth-policy-version">
          {policy.status === 'ok'
            ? t('booth.policy.inForce', { version: policy.value.version })
            : policy.status === 'loading'
              ? t('common.loading')
              : null}
        </p>
      </div>
      <DecreeInForce checkpoint={checkpoint?.code ?? null} timeZone={checkpoint?.timeZone} />
      {checkpoints.status === 'error' ? (
        <ProblemMessage problem={checkpoints.problem} onRetry={reloadCheckpoints} />
      ) : null}
      {policy.status === 'error' ? <ProblemMessage problem={policy.problem} onRetry={reloadPolicy} /> : null}
      {policy.status === 'ok' && ruleSet === null ? (
        <p className="notice notice-error">{t('booth.policy.unreadable')}</p>
      ) : null}
      <ScanPanel
        key={scanKey}
        now={now}
        checkpointId={checkpointId}
        timeZone={checkpoint?.timeZone ?? deviceTimeZone()}
        direction={direction}
        ruleSet={ruleSet}
        onRead={setZone}
        showsRecommendation={!canRegister}
      />
      {canRegister ? (
        <RegisterPanel
          checkpoint={checkpoint}
          checkpoints={list}
          boothCode={boothCode}
          direction={direction}
          zone={zone}
          now={now}
          ruleSet={ruleSet}
          mayDecideHeld={mayDecideHeld}
          onNextRead={nextRead}
        />
      ) : (
        <IdentifierPanel />
      )}
    </PageFrame>
  );
}
