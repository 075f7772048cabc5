// The decision, taken once for the whole sitting: the recommendation for the person being registered
// pre-selects it (none is marked while nothing recommends one); when it differs from a member's
// recommendation, the officer gives the reason.
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { TextAreaField } from '../../components/text-area-field';
import { useLocale } from '../../hooks/use-locale';
import { type DecisionChoice, isOverride } from './decision';
import { DecisionFields } from './decision-fields';
import { errorsOf } from './event-issues';
import { nameOf } from './member';
import { RecommendationView } from './recommendation-view';
import type { SittingView } from './sitting-events';

type Props = SittingView & {
  /** Null while no decision is chosen or recommended. */
  readonly choice: DecisionChoice | null;
  readonly reason: string;
  readonly onChoice: (choice: DecisionChoice) => void;
  readonly onReason: (reason: string) => void;
};

export function DecisionSection(props: Props) {
  const { plans, current, direction, choice, reason, issues, onChoice, onReason } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const isGroup = plans.length > 1;
  const shown = plans[current];
  // Members who follow the group's decision: their issues about the decision are the group's. A child
  // referred to protection on their own follows it in nothing, and asks for no reason.
  const following = plans.filter((p) => p.followsGroup);
  const differing =
    choice === null ? [] : following.filter((p) => isOverride(p.recommendation, choice.decision, direction));
  const errors = errorsOf(
    following.flatMap((p) => (issues[p.member.id] ?? []).filter((i) => !i.path.startsWith('person'))),
    { reason },
    t,
    locale,
  );
  return (
    <section className="register-decision" aria-labelledby="decision-title" data-testid="decision-section">
      <h3 id="decision-title">{isGroup ? t('booth.decide.titleGroup') : t('booth.decide.title')}</h3>
      {shown === undefined ? null : (
        <RecommendationView
          recommendation={shown.recommendation}
          {...(isGroup
            ? { name: nameOf(shown.member) || t('booth.group.unnamed', { number: current + 1 }) }
            : {})}
        />
      )}
      <DecisionFields
        idPrefix="group"
        legend={isGroup ? t('booth.decide.legendGroup') : t('booth.decide.legend')}
        choice={choice}
        onChange={onChoice}
        errors={errors}
      />
      {differing.length === 0 ? null : (
        <TextAreaField
          id="group-reason"
          label={t('booth.decide.reason')}
          hint={
            isGroup
              ? t('booth.decide.reasonHintGroup', {
                  names: differing.map((p) => nameOf(p.member) || '—').join(', '),
                })
              : t('booth.decide.reasonHint')
          }
          value={reason}
          onChange={onReason}
          error={errors.overrideReason}
          rows={2}
          maxLength={TEXT_LIMITS.note}
        />
      )}
    </section>
  );
}
