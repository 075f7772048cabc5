// The form a supervisor or humanitarian partner plans a convoy with: its code, the corridor it runs
// on, its planned departure and arrival on Lima's clock, and its vehicles with their seats. The API's
// refusals are said beside the field they concern; once made, the convoy's page opens to build its
// manifest. A field left blank is said beside it before anything is sent.
import { useTranslation } from 'react-i18next';
import { type ConvoyDetail, type Corridor, transitApi } from '../../api/transit-endpoints';
import { CodeField } from '../../components/code-field';
import { DateTimeField } from '../../components/date-time-field';
import { FieldsFeedback } from '../../components/form-feedback';
import { Options } from '../../components/options';
import { PanelForm } from '../../components/panel-form';
import { SelectField } from '../../components/select-field';
import { SubmitRow } from '../../components/submit-row';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { useDraft, withErrors } from '../../hooks/use-draft';
import { useRequiredFields } from '../../hooks/use-required-fields';
import {
  arrivesBeforeDeparture,
  type ConvoyDraft,
  convoyBody,
  convoyFieldErrors,
  emptyConvoy,
} from './convoy-draft';
import { rowFields } from './refused-fields';
import { VehiclesField } from './vehicles-field';

type Props = {
  readonly corridors: readonly Corridor[];
  readonly onCreated: (convoy: ConvoyDetail) => void;
  readonly onCancel: () => void;
};

export function ConvoyForm({ corridors, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  // One id until the server has the convoy: sending again after a lost answer makes it once.
  const call = useIdempotentWrite();
  const refused = convoyFieldErrors(call.problem, t);
  const initial = (): ConvoyDraft => ({ ...emptyConvoy(), corridorId: corridors[0]?.id ?? '' });
  const { values: draft, field: bound, change } = useDraft('convoy', initial, refused, call.clear);
  const backwards = arrivesBeforeDeparture(draft);
  const required = useRequiredFields({
    code: draft.code,
    departure: draft.departure,
    arrival: draft.arrival,
    ...rowFields(draft.vehicles, ['plate', 'seats']),
  });
  const field = withErrors(bound, required.errors);
  const errors = { ...refused, ...required.errors };

  const save = async () => {
    if (!required.isComplete() || backwards) return;
    const result = await call.write((id) => transitApi.createConvoy(convoyBody(id, draft)));
    if (result.ok) onCreated(result.value);
  };

  const fieldsRefused = Object.keys(refused).length > 0;
  return (
    <PanelForm name="convoy-form" title={t('transit.new.title')} onSubmit={save}>
      <div className="form-grid">
        <CodeField
          {...field('code')}
          label={t('transit.new.code')}
          hint={t('transit.new.codeHint')}
          autoCapitalize="characters"
        />
        <SelectField
          {...field('corridorId')}
          label={t('transit.corridor')}
          hint={corridors.length === 0 ? t('transit.new.noCorridors') : undefined}
        >
          {draft.corridorId === '' ? <option value="">{t('transit.new.chooseCorridor')}</option> : null}
          <Options items={corridors} value={(c) => c.id} label={(c) => `${c.name} (${c.code})`} />
        </SelectField>
        <DateTimeField
          {...field('departure')}
          error={required.errors.departure ?? refused.plannedDeparture}
          label={t('transit.departure')}
          hint={t('transit.new.limaTime')}
          required
        />
        <DateTimeField
          {...field('arrival')}
          error={
            required.errors.arrival ?? (backwards ? t('transit.new.error.arrival') : refused.plannedArrival)
          }
          label={t('transit.arrival')}
          hint={t('transit.new.limaTime')}
          required
        />
      </div>
      <VehiclesField
        vehicles={draft.vehicles}
        errors={errors}
        onChange={(vehicles) => change({ vehicles })}
      />
      <FieldsFeedback
        name="convoy"
        isMissing={required.isMissing}
        refusal={fieldsRefused ? t('transit.new.refused') : null}
        problem={call.problem}
      />
      <SubmitRow
        label={t('transit.new.save')}
        disabled={call.busy || corridors.length === 0}
        onCancel={onCancel}
      />
    </PanelForm>
  );
}
