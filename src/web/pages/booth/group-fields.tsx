// A member's place in the group: their relationship to the reference person and, for a child, the adult
// they travel with; and the protection flag a child alone or with an adult who is not a parent gets.
import { useTranslation } from 'react-i18next';
import { RELATIONSHIPS } from '../../../api/events';
import { Options } from '../../components/options';
import { OptionalChoiceField, SelectField } from '../../components/select-field';
import { relationshipName } from './decision-messages';
import { type Member, nameOf, type Relationship } from './member';
import { companionsOf, isChild, minorFlagOf, travelsWithOf } from './minors';
import { RegisterFieldset } from './register-fieldset';

type Props = {
  readonly member: Member;
  readonly members: readonly Member[];
  readonly today: string;
  readonly onRelationship: (relationship: Relationship | '') => void;
  readonly onTravelsWith: (memberId: string) => void;
  readonly errors: Readonly<Record<string, string>>;
};

const CHOICES = RELATIONSHIPS.filter((r) => r !== 'reference');

export function GroupFields({ member, members, today, onRelationship, onTravelsWith, errors }: Props) {
  const { t } = useTranslation();
  const isReference = members[0]?.id === member.id;
  const adults = companionsOf(member, members, today);
  const companion = travelsWithOf(member, members, today);
  const flag = minorFlagOf(member, members, today);
  const label = (m: Member) => nameOf(m) || t('booth.group.unnamed', { number: members.indexOf(m) + 1 });
  return (
    <RegisterFieldset legend={t('booth.group.place')} testId="group-fields">
      <div className="form-grid">
        {isReference ? (
          <p className="hint">{t('booth.group.isReference')}</p>
        ) : (
          <OptionalChoiceField
            id="reg-relationship"
            label={t('booth.group.relationship', { name: members[0] === undefined ? '' : label(members[0]) })}
            value={member.relationship}
            error={errors.relationship}
            choices={CHOICES}
            nameOf={(r) => relationshipName(r, t)}
            noneLabel={t('booth.group.chooseRelationship')}
            onChange={onRelationship}
          />
        )}
        {isChild(member, today) && adults.length > 0 ? (
          <SelectField
            id="reg-travelsWith"
            label={t('booth.group.travelsWith')}
            value={companion?.id ?? ''}
            error={errors.travelsWith}
            onChange={onTravelsWith}
          >
            <Options items={adults} value={(a) => a.id} label={label} />
          </SelectField>
        ) : null}
      </div>
      {flag === null ? null : (
        <p className="notice notice-warning" data-testid="minor-flag" data-flag={flag}>
          {flag === 'unaccompanied-minor' ? t('booth.group.unaccompanied') : t('booth.group.separated')}
        </p>
      )}
    </RegisterFieldset>
  );
}
