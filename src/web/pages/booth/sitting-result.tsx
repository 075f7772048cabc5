// What became of each person sent: the ONE verdict (the decision recorded, or "hold for supervision"
// when screening asks for it — never why), the protection referral the server opened for a child, and earlier
// registrations that may be the same person.
import { useTranslation } from 'react-i18next';
import type { Checkpoint, EventOutcome } from '../../api/types';
import { CandidateItem } from './candidate-item';
import type { DecisionChoice } from './decision';
import { decisionName } from './decision-messages';
import { type Member, nameOf } from './member';

type Props = {
  readonly members: readonly Member[];
  readonly choices: readonly DecisionChoice[];
  readonly outcomes: Readonly<Record<string, EventOutcome>>;
  readonly checkpoint: Checkpoint | null;
  readonly checkpoints: readonly Checkpoint[];
};

export function SittingResult({ members, choices, outcomes, checkpoint, checkpoints }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="sitting-result" data-testid="registration-result" aria-label={t('booth.result.title')}>
      {members.map((member, i) => {
        const outcome = outcomes[member.id];
        const choice = choices[i];
        if (outcome === undefined || choice === undefined || outcome.status === 'problem') return null;
        const isHold = outcome.screening === 'hold';
        return (
          <li key={member.id} data-member={i + 1}>
            <p
              className={`notice registration-status ${isHold ? 'notice-warning' : 'notice-ok'}`}
              data-testid="registration-status"
              data-status={isHold ? 'hold' : choice.decision}
            >
              {members.length > 1 ? <span className="verdict-name">{nameOf(member)}</span> : null}
              <strong>{isHold ? t('booth.result.hold') : decisionName(choice.decision, t)}</strong>
              {isHold ? <span className="verdict-hint">{t('booth.result.holdHint')}</span> : null}
              {outcome.status === 'duplicate' ? (
                <span className="verdict-hint">{t('booth.result.duplicate')}</span>
              ) : null}
            </p>
            {member.untally !== null && outcomes[member.untally.correctionId]?.status !== 'problem' ? (
              <p className="notice notice-ok" data-testid="untallied">
                {t('booth.result.untallied')}
              </p>
            ) : null}
            {outcome.referral === undefined ? null : (
              <p className="notice notice-warning" data-testid="referral-opened" data-flag={outcome.referral}>
                {t('booth.result.referralOpened', { name: nameOf(member) })}
              </p>
            )}
            {(outcome.candidates ?? []).length === 0 ? null : (
              <>
                <h4>{t('booth.register.candidatesTitle')}</h4>
                <ul className="candidate-list" data-testid="candidates">
                  {(outcome.candidates ?? []).map((c) => (
                    <CandidateItem
                      key={c.registrationId}
                      candidate={c}
                      timeZone={
                        checkpoints.find((k) => k.name === c.checkpointName)?.timeZone ??
                        checkpoint?.timeZone ??
                        'UTC'
                      }
                    />
                  ))}
                </ul>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
