// A convoy's vehicles, each with its plate, its kind and its seats; one at least, added and removed in
// place. Each field shows the API's refusal of it (keyed `plate-0`, `seats-1`…). When the plan of a
// convoy is changed, a vehicle given another plate replaces the one it was, and says so.
import { useTranslation } from 'react-i18next';
import { VEHICLE_KINDS, type VehicleKind } from '../../../domain/transit';
import { ChoiceField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { emptyVehicle, type VehicleDraft } from './convoy-draft';
import { RemoveRow, RowsField, rowEdits } from './rows-field';

type Props = {
  readonly vehicles: readonly VehicleDraft[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (vehicles: readonly VehicleDraft[]) => void;
  /** The hint under the legend; the seats' rule when none is given. */
  readonly hint?: string;
  /** Changing a convoy's plan: how many passengers a plate of the convoy carries. */
  readonly riders?: (plate: string) => number;
};

export function VehiclesField({ vehicles, errors, onChange, hint, riders }: Props) {
  const { t } = useTranslation();
  const kindName = (k: VehicleKind) =>
    ({
      bus: t('transit.kind.bus'),
      minibus: t('transit.kind.minibus'),
      van: t('transit.kind.van'),
      truck: t('transit.kind.truck'),
      ambulance: t('transit.kind.ambulance'),
    })[k];
  const { change, add, remove } = rowEdits(vehicles, onChange);
  return (
    <RowsField
      className="vehicles-field"
      legend={t('transit.new.vehicles')}
      hint={hint ?? t('transit.new.seatsHint')}
      error={errors.vehicles}
      addLabel={t('transit.new.addVehicle')}
      onAdd={() => add(emptyVehicle())}
    >
      {vehicles.map((v, i) => (
        <fieldset key={v.key} className="list-row" data-testid="vehicle-row">
          <legend className="visually-hidden">{t('transit.new.vehicle', { n: i + 1 })}</legend>
          <TextField
            id={`convoy-plate-${i}`}
            label={t('transit.new.plate')}
            value={v.plate}
            onChange={(plate) => change(i, { plate: plate.toUpperCase() })}
            error={errors[`plate-${i}`]}
            required
            maxLength={15}
            autoCapitalize="characters"
            spellCheck={false}
          />
          <ChoiceField
            id={`convoy-kind-${i}`}
            label={t('transit.new.kind')}
            value={v.kind}
            choices={VEHICLE_KINDS}
            nameOf={kindName}
            onChange={(kind) => change(i, { kind })}
            error={errors[`kind-${i}`]}
          />
          <TextField
            id={`convoy-seats-${i}`}
            label={t('transit.new.seats')}
            value={v.seats}
            inputMode="numeric"
            onChange={(seats) => change(i, { seats })}
            error={errors[`seats-${i}`]}
            required
          />
          {vehicles.length > 1 ? (
            <RemoveRow label={t('transit.new.removeVehicle', { n: i + 1 })} onRemove={() => remove(i)} />
          ) : null}
          {riders !== undefined && v.was !== undefined && v.was !== v.plate.trim() ? (
            <p className="hint row-note" data-testid="replaces">
              {t('transit.plan.replaces', { plate: v.was, count: riders(v.was) })}
            </p>
          ) : null}
        </fieldset>
      ))}
    </RowsField>
  );
}
