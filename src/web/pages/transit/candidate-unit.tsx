// One person or family of the manifest builder, and the vehicle they ride. A child referred to
// protection whose family is not among the candidates can never ride this convoy (the server refuses
// them alone): they stay listed, so that a search for them finds them and says why, marked, and with
// no vehicle to choose, unless the manifest already seats them and they must be taken off it.
import { useTranslation } from 'react-i18next';
import type { Candidate, ConvoyDetail } from '../../api/transit-endpoints';
import { Options } from '../../components/options';
import { fullName } from '../../format/person-name';

type Props = {
  readonly unit: string;
  readonly members: readonly Candidate[];
  readonly vehicles: ConvoyDetail['convoy']['vehicles'];
  /** The vehicle chosen for the unit, '' for none. */
  readonly plate: string;
  readonly onPlate: (plate: string) => void;
};

/** Whether a unit is only a child referred to protection: no relative to ride with. */
export const isChildAlone = (members: readonly Candidate[]): boolean =>
  members.length === 1 && members[0]?.referredChild === true;

export function CandidateUnit({ unit, members, vehicles, plate, onPlate }: Props) {
  const { t } = useTranslation();
  const names = members.map(fullName).join(', ');
  const alone = isChildAlone(members);
  const markId = `candidate-${unit}-alone`;
  return (
    <li className={members.length > 1 ? 'family' : 'alone'} data-testid="candidate">
      <span>
        {names}{' '}
        <small className="documents">
          {members.flatMap((m) => (m.document ? [m.document.number] : [])).join(', ')}
        </small>
      </span>{' '}
      {members.length > 1 ? <small>{t('transit.family', { count: members.length })}</small> : null}
      {alone ? (
        <small className="tag not-eligible" id={markId} data-testid="child-alone">
          {t('transit.build.childAlone')}
        </small>
      ) : null}
      <label>
        <span className="visually-hidden">{t('transit.build.vehicle')}</span>
        <select
          className="control"
          value={plate}
          aria-label={t('transit.build.vehicleFor', { name: names })}
          aria-describedby={alone ? markId : undefined}
          disabled={alone && plate === ''}
          onChange={(e) => onPlate(e.target.value)}
        >
          <option value="">{t('transit.build.notOnConvoy')}</option>
          <Options items={vehicles} value={(v) => v.plate} label={(v) => v.plate} />
        </select>
      </label>
    </li>
  );
}
