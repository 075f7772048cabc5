// The rights a decree restricts, offered as its country's constitution lets a state of emergency
// restrict them (Peru's four of art. 137.1, Chile's two of art. 43), followed as the zone changes. A
// right the draft names that the country does not allow (ticked before the zone was changed, or kept
// by an older record) stays offered, ticked and said why, so it can be left out and nothing is dropped
// unseen.
import { useTranslation } from 'react-i18next';
import { emergencyRuleOf, type RightCode, restrictableRights } from '../../../domain/decrees';
import { CheckboxGroup } from '../../components/checkbox-group';
import { refusedRight, rightName, rightsHeading, rightsHint } from './constitution-words';

type Props = {
  /** The zone the decree's days are counted in: it says whose constitution the decree follows. */
  readonly timeZone: string;
  readonly chosen: readonly RightCode[];
  readonly onChange: (rights: readonly RightCode[]) => void;
  readonly error: string | undefined;
};

export function RightsField({ timeZone, chosen, onChange, error }: Props) {
  const { t } = useTranslation();
  const country = emergencyRuleOf(timeZone)?.country ?? null;
  const offered = restrictableRights(timeZone);
  const choices = offered.map((r) => ({ value: r, label: rightName(r, country, t) }));
  for (const r of chosen) {
    if (country === null || offered.includes(r)) continue;
    choices.push({ value: r, label: refusedRight(r, country, t) });
  }
  // Said before it is sent, as the register would refuse it.
  const refused = choices.length > offered.length ? t('decrees.problem.rightNotRestrictable') : undefined;
  return (
    <CheckboxGroup
      legend={rightsHeading(country, t)}
      hint={rightsHint(country, t)}
      error={error ?? refused}
      choices={choices}
      chosen={chosen}
      onChange={onChange}
    />
  );
}
