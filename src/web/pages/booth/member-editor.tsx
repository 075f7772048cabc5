// The form of the member being registered: person, document (or how the identity was established),
// their place in the group, and care; each issue found is shown beside its field.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../hooks/use-locale';
import { CareFields } from './care-fields';
import { DocumentFields } from './document-fields';
import { errorsOf } from './event-issues';
import { GroupFields } from './group-fields';
import { type Member, unresolvedOf, withField } from './member';
import { isChild } from './minors';
import { PersonFields } from './person-fields';
import type { RegistrationForm } from './registration';
import type { BoothIssue } from './sitting-events';
import { TallyOffer } from './tally-offer';

type Props = {
  readonly member: Member;
  readonly members: readonly Member[];
  readonly today: string;
  readonly issues: readonly BoothIssue[];
  readonly onChange: (change: (member: Member) => Member) => void;
  /** Where the quick tally this person may have been counted in was kept. */
  readonly tally: {
    readonly checkpointCode: string | null;
    readonly direction: 'entry' | 'exit';
    readonly timeZone: string;
  };
};

export function MemberEditor({ member, members, today, issues, onChange, tally }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errors = errorsOf(issues, member.form, t, locale);
  const unresolved = unresolvedOf(member);
  const set = <K extends keyof RegistrationForm>(key: K, value: RegistrationForm[K]) =>
    onChange((m) => withField(m, key, value));
  const index = members.findIndex((m) => m.id === member.id);
  return (
    <div className="member-editor" data-testid="member-editor" data-member={index + 1}>
      {members.length > 1 ? (
        <h3 className="member-title">
          {t('booth.group.personOf', { number: index + 1, total: members.length })}
        </h3>
      ) : null}
      <p className="hint">{member.zone === '' ? t('booth.register.byHand') : t('booth.register.fromZone')}</p>
      <OtherIssues errors={errors} />
      <PersonFields form={member.form} onChange={set} errors={errors} unresolved={unresolved} />
      <DocumentFields
        member={member}
        onChange={set}
        onBasis={(basis) => onChange((m) => ({ ...m, basis }))}
        onConfirm={(field, confirmed) =>
          onChange((m) => ({
            ...m,
            checked: confirmed
              ? [...m.checked.filter((f) => f !== field), field]
              : m.checked.filter((f) => f !== field),
          }))
        }
        errors={errors}
        unresolved={unresolved}
      />
      {members.length > 1 || isChild(member, today) ? (
        <GroupFields
          member={member}
          members={members}
          today={today}
          onRelationship={(relationship) => onChange((m) => ({ ...m, relationship }))}
          onTravelsWith={(travelsWith) => onChange((m) => ({ ...m, travelsWith }))}
          errors={errors}
        />
      ) : null}
      <CareFields form={member.form} onChange={set} />
      <TallyOffer
        member={member}
        today={today}
        {...tally}
        onChoose={(untally) => onChange((m) => ({ ...m, untally }))}
      />
    </div>
  );
}

// Fields the form shows an issue beside; any other issue is listed above the form, never lost.
const SHOWN_BESIDE = new Set([
  'givenNames',
  'surname1',
  'surname2',
  'sex',
  'birthDate',
  'nationality',
  'documentType',
  'documentNumber',
  'issuingState',
  'expiryDate',
  'identityBasis',
  'zone',
  'relationship',
  'travelsWith',
  'overrideReason',
  'exitPoint',
  'refusalGround',
  'note',
]);

function OtherIssues({ errors }: { readonly errors: Readonly<Record<string, string>> }) {
  const others = Object.entries(errors).filter(([field]) => !SHOWN_BESIDE.has(field));
  if (others.length === 0) return null;
  return (
    <ul className="notice notice-error member-issues" data-testid="member-issues">
      {others.map(([field, message]) => (
        <li key={field}>{message}</li>
      ))}
    </ul>
  );
}
