// What became of each person sent: the ONE verdict (the decision recorded, a refusal with its ground,
// or "held for the supervisor" when screening asks for it — never why), the protection referral the
// server opened for a child, earlier registrations that may be the same person, and a way to correct
// a decision once sent. A member made offline shows the decision recorded and that it waits on this
// device for the network; one the server does not take yet, as dated after its clock, that it waits
// for that clock.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checkpoint, EventOutcome } from '../../api/types';
import { getSync } from '../../offline/instance';
import { useSyncState } from '../../offline/use-sync';
import { CandidateList } from './candidate-item';
import { CorrectDecision } from './correct-decision';
import type { DecisionChoice } from './decision';
import { type Member, nameOf } from './member';
import { Verdict } from './verdict';

type Props = {
  readonly members: readonly Member[];
  /** By member; a member sent always had one (a send without a decision is stopped). */
  readonly choices: readonly (DecisionChoice | null)[];
  readonly outcomes: Readonly<Record<string, EventOutcome>>;
  readonly queued: readonly string[];
  readonly checkpoint: Checkpoint | null;
  readonly checkpoints: readonly Checkpoint[];
  readonly boothCode: string;
  /** A supervisor at the booth may change a held decision; an officer may not (the server refuses it). */
  readonly mayDecideHeld?: boolean;
  /** A decision corrected from here: the booth's list of earlier records shows it as corrected. */
  readonly onCorrected?: (id: string, choice: DecisionChoice) => void;
};

export function SittingResult(props: Props) {
  const { members, choices, outcomes, queued, checkpoint, checkpoints, boothCode } = props;
  const mayDecideHeld = props.mayDecideHeld ?? false;
  const { t } = useTranslation();
  // A member kept on the device gets the server's answer at a later sync: read again as the sync
  // moves, so "kept on this device" gives way to the decision applied, a hold or a referral.
  const { ahead } = useSyncState();
  const outcomeOf = (id: string): EventOutcome | null =>
    outcomes[id] ?? (queued.includes(id) ? (getSync().outcomeOf(id) ?? null) : null);
  return (
    <ul className="sitting-result" data-testid="registration-result" aria-label={t('booth.result.title')}>
      {members.map((member, i) => {
        const outcome = outcomeOf(member.id);
        const choice = choices[i];
        if (choice === undefined || choice === null) return null;
        // Refused when a later sync sent it: the offline status lists it with why; it is not lost.
        if (outcome?.status === 'problem') {
          if (!queued.includes(member.id)) return null;
          return (
            <li key={member.id} data-member={i + 1}>
              <p
                className="notice notice-error"
                data-testid="registration-status"
                data-status="refused-later"
              >
                {members.length > 1 ? <span className="verdict-name">{nameOf(member)}</span> : null}
                {t('booth.result.refusedLater')}
              </p>
            </li>
          );
        }
        if (outcome === null && !queued.includes(member.id)) return null;
        return (
          <ResultItem
            key={member.id}
            member={member}
            index={i}
            isGroup={members.length > 1}
            choice={choice}
            outcome={outcome}
            isAhead={outcome === null && ahead.some((r) => r.id === member.id)}
            untallied={
              outcome !== null &&
              member.untally !== null &&
              outcomeOf(member.untally.correctionId)?.status !== 'problem'
            }
            checkpoint={checkpoint}
            checkpoints={checkpoints}
            boothCode={boothCode}
            mayDecideHeld={mayDecideHeld}
            onCorrected={(corrected) => props.onCorrected?.(member.id, corrected)}
          />
        );
      })}
    </ul>
  );
}

type ItemProps = {
  readonly member: Member;
  readonly index: number;
  readonly isGroup: boolean;
  readonly choice: DecisionChoice;
  /** Null while the member's event waits in the outbox. */
  readonly outcome: EventOutcome | null;
  /** Waiting because the server refused it as dated after its clock: it goes once that clock reaches it. */
  readonly isAhead: boolean;
  readonly untallied: boolean;
  readonly checkpoint: Checkpoint | null;
  readonly checkpoints: readonly Checkpoint[];
  readonly boothCode: string;
  readonly mayDecideHeld: boolean;
  readonly onCorrected: (choice: DecisionChoice) => void;
};

function ResultItem(props: ItemProps) {
  const { member, index, isGroup, outcome, untallied, checkpoint, checkpoints, boothCode } = props;
  const { t } = useTranslation();
  // A correction sent from here changes what the verdict says, its ground included.
  const [choice, setChoice] = useState(props.choice);
  const isHold = outcome?.screening === 'hold';
  const candidates = outcome?.candidates ?? [];
  return (
    <li data-member={index + 1}>
      <Verdict
        decision={choice.decision}
        isScreeningHold={isHold}
        refusalGround={choice.refusalGround}
        name={isGroup ? nameOf(member) : null}
        isQueued={outcome === null}
        isAhead={props.isAhead}
        isDuplicate={outcome?.status === 'duplicate'}
      />
      {/* A hold, by screening or by the officer, is the supervisor's to resolve, not the booth's to
          correct: offline too, where the server would refuse the correction only once it is sent (an
          officer's own hold is not offered for change). The result is read out as it changes (a live
          region, in register-panel.tsx); the correction's form, as it opens and is filled in, is
          not: its fields are not news. */}
      {isHold || checkpoint === null ? null : (
        <div aria-live="off">
          <CorrectDecision
            eventId={member.id}
            idPrefix={`correct-${index + 1}`}
            checkpoint={checkpoint.code}
            booth={boothCode === '' ? undefined : boothCode}
            decision={choice.decision}
            refusalGround={choice.refusalGround}
            mayChange={choice.decision !== 'held' || props.mayDecideHeld}
            onCorrected={(corrected) => {
              setChoice(corrected);
              props.onCorrected(corrected);
            }}
            name={isGroup ? nameOf(member) : null}
          />
        </div>
      )}
      {untallied ? (
        <p className="notice notice-ok" data-testid="untallied">
          {t('booth.result.untallied')}
        </p>
      ) : null}
      {outcome?.referral === undefined ? null : (
        <p className="notice notice-warning" data-testid="referral-opened" data-flag={outcome.referral}>
          {t('booth.result.referralOpened', { name: nameOf(member) })}
        </p>
      )}
      {candidates.length === 0 ? null : (
        <>
          <h3>{t('booth.register.candidatesTitle')}</h3>
          <CandidateList
            candidates={candidates}
            checkpoints={checkpoints}
            timeZone={checkpoint?.timeZone ?? 'UTC'}
            testId="candidates"
          />
        </>
      )}
    </li>
  );
}
