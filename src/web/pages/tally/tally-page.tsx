// Tally mode: for crowds that cannot be registered one by one. Each press of a big button or of its
// key counts one arrival or departure by category (and nationality when known) as a tally event; the
// undo voids the last press. Presses are kept on the device until the server has them, offline too.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TallyCategory } from '../../../domain/crossings';
import type { Checkpoint } from '../../api/types';
import { ProblemMessage } from '../../components/problem-message';
import { useApiData } from '../../hooks/use-api-data';
import { loadCheckpoints } from '../../hooks/use-checkpoints';
import { boothAt, checkpointAt, placeHandlers, usePlaceInAddress } from '../../hooks/use-place-in-address';
import { OfflineStatus } from '../../offline/offline-status';
import { DecreeInForce } from '../decrees/decree-in-force';
import { isTypingTarget, keepKeysCount, keyAction, keysCount, type TallyDirection } from './tally-keys';
import { nationalityOf, pressName } from './tally-labels';
import { TallyPad } from './tally-pad';
import { TallyPlaceFields } from './tally-place-fields';
import { KeyGuide, TallyTotals } from './tally-totals';
import { useTallySession } from './use-tally-session';
import './tally.css';
import { PageFrame } from '../../components/page-frame';

export function TallyPage() {
  const { t } = useTranslation();
  const [checkpoints, reloadCheckpoints] = useApiData(loadCheckpoints);
  // The place and the group's nationality are kept in the address too, so that a reload keeps them
  // and a booth's computer can bookmark its own tally.
  const [chosen, setPlace] = usePlaceInAddress();
  const [said, setSaid] = useState('');
  const pad = useRef<HTMLDivElement>(null);
  const session = useTallySession();
  const [keysOn, setKeysOn] = useState(() => keysCount(window.localStorage));
  const turnKeys = (on: boolean) => {
    keepKeysCount(window.localStorage, on);
    setKeysOn(on);
  };

  const list: readonly Checkpoint[] = checkpoints.status === 'ok' ? checkpoints.value : [];
  const checkpoint = checkpointAt(list, chosen);
  const booth = boothAt(checkpoint, chosen);
  const nationality = nationalityOf(chosen);

  const press = (direction: TallyDirection, category: TallyCategory) => {
    // A key pressed before the place is known counts nobody: the officer is told so, not left to guess.
    if (checkpoint === null) {
      setSaid(checkpoints.status === 'loading' ? t('tally.notCountedYet') : t('tally.notCountedNoPlace'));
      return;
    }
    const after = session.press({ checkpoint: checkpoint.code, booth, nationality }, direction, category);
    const arrivals = after.filter((p) => p.direction === 'entry').length;
    setSaid(
      t('tally.recorded', {
        what: pressName(direction, category, t),
        arrivals,
        departures: after.length - arrivals,
      }),
    );
  };
  const undo = () => {
    const undone = session.undo();
    setSaid(
      undone === null
        ? t('tally.nothingToUndo')
        : t('tally.undone', { what: pressName(undone.direction, undone.category, t) }),
    );
  };

  // The latest handlers, for the one key listener the page keeps.
  const handlers = useRef({ press, undo, keysOn });
  handlers.current = { press, undo, keysOn };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && isTypingTarget(event.target)) {
        pad.current?.focus();
        return;
      }
      if (!handlers.current.keysOn || event.repeat || isTypingTarget(event.target)) return;
      const action = keyAction(event);
      if (action === null) return;
      event.preventDefault();
      if (action.kind === 'undo') handlers.current.undo();
      else handlers.current.press(action.direction, action.category);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <PageFrame testId="tally-page" className="tally" title={t('tally.title')} lead={t('tally.lead')}>
      {checkpoints.status === 'error' ? (
        <ProblemMessage problem={checkpoints.problem} onRetry={reloadCheckpoints} />
      ) : null}
      <TallyPlaceFields
        checkpoints={list}
        checkpoint={checkpoint}
        booth={booth}
        nationality={nationality}
        {...placeHandlers(checkpoint, setPlace)}
        onNationality={(code) => setPlace({ nationality: code })}
      />
      <DecreeInForce checkpoint={checkpoint?.code ?? null} timeZone={checkpoint?.timeZone} />
      <TallyPad
        ref={pad}
        disabled={checkpoint === null}
        canUndo={session.presses.length > 0}
        onPress={press}
        onUndo={undo}
      />
      <p className="tally-said" role="status" aria-live="polite" data-testid="tally-said">
        {said}
      </p>
      <OfflineStatus timeZone={checkpoint?.timeZone ?? null} />
      <div className="tally-columns">
        <TallyTotals presses={session.presses} />
        <KeyGuide on={keysOn} onChange={turnKeys} />
      </div>
    </PageFrame>
  );
}
