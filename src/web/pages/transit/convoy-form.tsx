// The form a supervisor or humanitarian partner plans a convoy with: its code, the corridor it runs
// on, its planned departure and arrival, each on the clock of its stop (the origin's, the last
// stop's), and its vehicles with their seats. The API's refusals are said beside the field they
// concern; once made, the convoy's page opens to build its manifest. A field left blank, a time the
// clocks skipped or read twice, and an arrival before the departure are said before anything is sent.
import { useTranslation } from 'react-i18next';
import { type ConvoyDetail, type Corridor, transitApi } from '../../api/transit-endpoints';
import { CodeField } from '../../components/code-field';
import { FieldsFeedback } from '../../components/form-feedback';
import { Options } from '../../components/options';
import { PanelForm } from '../../components/panel-form';
import { SelectField } from '../../components/select-field';
import { SubmitRow } from '../../components/submit-row';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { useDraft, withErrors } from '../../hooks/use-draft';
import { useRequiredFields } from '../../hooks/use-required-fields';
import {
  type ConvoyDraft,
  convoyBody,
  convoyEnds,
  convoyFieldErrors,
  convoyTimeFaults,
  emptyConvoy,
} from './convoy-draft';
import { ConvoyTimeField } from './convoy-time-field';
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
  const ends = convoyEnds(corridors.find((c) => c.id === draft.corridorId));
  const timeFaults = convoyTimeFaults(draft, ends, t);
  const required = useRequiredFields({
    code: draft.code,
    departure: draft.departure,
    arrival: draft.arrival,
    ...rowFields(draft.vehicles, ['plate', 'seats']),
  });
  const field = withErrors(bound, required.errors);
  const errors = { ...refused, ...required.errors };

  const save = async () => {
    if (!required.isComplete() || Object.keys(timeFaults).length > 0 || ends === null) return;
    const result = await call.write((id) => transitApi.createConvoy(convoyBody(id, draft, ends)));
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
        {(['departure', 'arrival'] as const).map((end) => {
          const sent = end === 'departure' ? refused.plannedDeparture : refused.plannedArrival;
          const repeat = field(`${end}Repeat`);
          return (
            <ConvoyTimeField
              key={end}
              end={end}
              stop={ends?.[end] ?? null}
              time={{ ...field(end), error: required.errors[end] ?? timeFaults[end] ?? sent }}
              repeat={{ ...repeat, error: timeFaults[`${end}Repeat`] ?? repeat.error }}
            />
          );
        })}
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
