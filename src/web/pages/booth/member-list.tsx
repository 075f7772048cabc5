// The people of the sitting: each with their document or how their identity was established, their
// relationship, what the policy recommends and the decision that applies; the group's, or their own
// with the reason for the change.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import type { Direction } from '../../../domain/documents';
import { TextAreaField } from '../../components/text-area-field';
import { useLocale } from '../../hooks/use-locale';
import { type DecisionChoice, recommendedDecision } from './decision';
import { DecisionFields } from './decision-fields';
import { decisionName, identityBasisName, relationshipName } from './decision-messages';
import { errorsOf } from './event-issues';
import { identityBasisOf, type MemberOverride, nameOf } from './member';
import { outcomeName } from './messages';
import type { BoothIssue, MemberPlan, SittingView } from './sitting-events';

type Props = SittingView & {
  /** The group's decision; null while none is chosen or recommended. */
  readonly group: DecisionChoice | null;
  readonly onEdit: (index: number) => void;
  readonly onRemove: (index: number) => void;
  readonly onOverride: (index: number, override: MemberOverride | null) => void;
};

export function MemberList({ plans, current, issues, ...row }: Props) {
  const { t } = useTranslation();
  return (
    <section className="member-list" aria-labelledby="members-title" data-testid="member-list">
      <h3 id="members-title">{t('booth.group.title', { total: plans.length })}</h3>
      <ol className="members">
        {plans.map((plan, i) => (
          <MemberRow
            key={plan.member.id}
            plan={plan}
            index={i}
            isCurrent={i === current}
            issues={issues[plan.member.id] ?? []}
            {...row}
          />
        ))}
      </ol>
    </section>
  );
}

/** One member's row: the list's handlers, called with the member's index. */
type RowProps = Omit<Props, keyof SittingView> & {
  readonly direction: Direction;
  readonly plan: MemberPlan;
  readonly index: number;
  readonly isCurrent: boolean;
  readonly issues: readonly BoothIssue[];
};

function MemberRow({
  plan,
  index,
  isCurrent,
  group,
  direction,
  issues,
  onEdit,
  onRemove,
  onOverride,
}: RowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { member, recommendation } = plan;
  const override = member.override;
  const name = nameOf(member) || t('booth.group.unnamed', { number: index + 1 });
  const errors = errorsOf(override === null ? [] : issues, { reason: override?.reason }, t, locale);
  return (
    <li className={isCurrent ? 'member member-current' : 'member'} data-member={index + 1}>
      <p className="member-name">
        <strong>{name}</strong>
        {issues.length > 0 ? <span className="tag tag-error">{t('booth.group.hasIssues')}</span> : null}
      </p>
      <p className="muted">
        {/* Not chosen yet is not "unrelated": the group cannot be registered until it is chosen. */}
        {index === 0
          ? relationshipName('reference', t)
          : member.relationship === ''
            ? t('booth.group.relationshipMissing')
            : relationshipName(member.relationship, t)}{' '}
        · {identityBasisName(identityBasisOf(member), t)}
        {recommendation.ok
          ? ` · ${t('booth.group.recommended', { outcome: outcomeName(recommendation.value.outcome, t) })}`
          : ''}
      </p>
      <p data-testid="member-decision" data-decision={plan.choice?.decision ?? ''}>
        {plan.followsGroup || plan.choice === null
          ? group === null
            ? t('booth.group.noDecision')
            : t('booth.group.followsGroup', { decision: decisionName(group.decision, t) })
          : t('booth.group.ownDecision', { decision: decisionName(plan.choice.decision, t) })}
      </p>
      <div className="actions member-actions">
        {isCurrent ? (
          <span className="tag tag-editing">{t('booth.group.editing')}</span>
        ) : (
          <MemberButton name={name} onClick={() => onEdit(index)}>
            {t('booth.group.edit')}
          </MemberButton>
        )}
        {/* Deciding otherwise for one member needs a group's decision to differ from. */}
        {group === null && override === null ? null : (
          <MemberButton
            name={name}
            onClick={() =>
              onOverride(
                index,
                override === null && group !== null
                  ? ownChoice(group, alternativeTo(group, recommendation, direction))
                  : null,
              )
            }
          >
            {override === null ? t('booth.group.override') : t('booth.group.useGroup')}
          </MemberButton>
        )}
        {index === 0 ? null : (
          <MemberButton name={name} onClick={() => onRemove(index)}>
            {t('booth.group.remove')}
          </MemberButton>
        )}
      </div>
      {override === null ? null : (
        <div className="member-override">
          <DecisionFields
            idPrefix={`member-${index + 1}`}
            legend={t('booth.group.overrideLegend', { name })}
            choice={override}
            onChange={(choice) => onOverride(index, { ...choice, reason: override.reason })}
            errors={errors}
          />
          <TextAreaField
            id={`member-${index + 1}-reason`}
            label={t('booth.group.overrideReason')}
            value={override.reason}
            onChange={(reason) => onOverride(index, { ...override, reason })}
            error={errors.overrideReason}
            rows={2}
            maxLength={TEXT_LIMITS.note}
          />
        </div>
      )}
    </li>
  );
}

type ButtonProps = { readonly name: string; readonly onClick: () => void; readonly children: ReactNode };

/** A member's action: it says what it does; screen readers hear whom it is for, as the rows look alike. */
function MemberButton({ name, onClick, children }: ButtonProps) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-secondary button-small" onClick={onClick}>
      {children}
      <span className="visually-hidden"> {t('booth.group.who', { name })}</span>
    </button>
  );
}

// A member's own decision: the group's ground goes with it only to a refusal, as the officer chose it
// for the group; a refusal the member's recommendation brings has none until the officer chooses one.
const ownChoice = (group: DecisionChoice, decision: DecisionChoice['decision']) => ({
  ...group,
  decision,
  refusalGround: decision === 'refused' ? group.refusalGround : '',
  reason: '',
});

// A member's own decision starts from their recommendation when it differs from the group's.
function alternativeTo(
  group: DecisionChoice,
  recommendation: MemberPlan['recommendation'],
  direction: Direction,
) {
  const recommended = recommendation.ok ? recommendedDecision(recommendation, direction) : null;
  return recommended !== null && recommended !== group.decision ? recommended : group.decision;
}
