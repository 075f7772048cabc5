// The family of a person found for check-in, one checkbox each: ticked, a member comes along; a member
// who did not consent, or who stays at a shelter already, is unticked and says why.
import { useTranslation } from 'react-i18next';
import { type Relative, whyLeftOut } from './check-in-members';

type Props = {
  /** The person found, whose family this is (for the checkboxes' ids). */
  readonly personId: string;
  readonly relatives: readonly Relative[];
  readonly ticked: readonly string[];
  readonly onChange: (ticked: readonly string[]) => void;
  readonly shelterName: (id: string) => string;
};

export function FamilyMembers({ personId, relatives, ticked, onChange, shelterName }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="family-members" data-testid="family-members">
      <legend>{t('care.checkIn.familyLegend', { count: relatives.length })}</legend>
      {relatives.map((r) => {
        const why = whyLeftOut(r);
        const id = `member-${personId}-${r.personId}`;
        return (
          <label key={r.personId} className="check" htmlFor={id}>
            <input
              id={id}
              type="checkbox"
              checked={why === null && ticked.includes(r.personId)}
              disabled={why !== null}
              onChange={(event) =>
                onChange(
                  event.currentTarget.checked
                    ? [...ticked, r.personId]
                    : ticked.filter((m) => m !== r.personId),
                )
              }
            />{' '}
            {r.consented ? `${r.givenNames} ${r.surname1}` : t('care.checkIn.unnamedRelative')}
            {why === 'no-consent' ? (
              <span className="tag tag-muted">{t('care.checkIn.noConsent')}</span>
            ) : null}
            {why === 'staying' && r.shelterId !== null ? (
              <span className="tag tag-muted">
                {t('care.checkIn.stayingAt', { shelter: shelterName(r.shelterId) })}
              </span>
            ) : null}
          </label>
        );
      })}
    </fieldset>
  );
}
