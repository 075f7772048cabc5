// The form a supervisor or humanitarian partner makes a corridor with: its code and name, the exit
// point the booth records on admitted-transit, and its stops in order. A field left blank, and the
// API's refusals, are said beside the field they concern.
import { useTranslation } from 'react-i18next';
import { type Corridor, transitApi } from '../../api/transit-endpoints';
import { CodeField } from '../../components/code-field';
import { FieldsFeedback } from '../../components/form-feedback';
import { PanelForm } from '../../components/panel-form';
import { SubmitRow } from '../../components/submit-row';
import { TextField } from '../../components/text-field';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { useDraft, withErrors } from '../../hooks/use-draft';
import { useRequiredFields } from '../../hooks/use-required-fields';
import { corridorBody, corridorFieldErrors, emptyCorridor, repeatedStopCodes } from './corridor-draft';
import { rowFields } from './refused-fields';
import { StopsField } from './stops-field';

type Props = {
  readonly onCreated: (corridor: Corridor) => void;
  readonly onCancel: () => void;
};

export function CorridorForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  // One id until the server has the corridor: sending again after a lost answer makes it once.
  const call = useIdempotentWrite();
  const refused = corridorFieldErrors(call.problem, t);
  const { values: draft, field: bound, change } = useDraft('corridor', emptyCorridor, refused, call.clear);
  const required = useRequiredFields({
    code: draft.code,
    name: draft.name,
    exitPoint: draft.exitPoint,
    ...rowFields(draft.stops, ['code', 'name', 'latitude', 'longitude']),
  });
  const field = withErrors(bound, required.errors);
  const repeated = repeatedStopCodes(draft.stops, t);
  const errors = { ...refused, ...repeated, ...required.errors };

  const save = async () => {
    if (!required.isComplete() || Object.keys(repeated).length > 0) return;
    const result = await call.write((id) => transitApi.createCorridor(corridorBody(id, draft)));
    if (result.ok) onCreated(result.value);
  };

  return (
    <PanelForm name="corridor-form" title={t('transit.newCorridor.title')} onSubmit={save}>
      <div className="form-grid">
        <CodeField
          {...field('code')}
          label={t('transit.newCorridor.code')}
          hint={t('transit.newCorridor.codeHint')}
        />
        <TextField {...field('name')} label={t('transit.newCorridor.name')} required maxLength={120} />
        <CodeField
          {...field('exitPoint')}
          label={t('transit.newCorridor.exitPoint')}
          hint={t('transit.newCorridor.exitPointHint')}
        />
      </div>
      <StopsField stops={draft.stops} errors={errors} onChange={(stops) => change({ stops })} />
      <FieldsFeedback
        name="corridor"
        isMissing={required.isMissing}
        refusal={Object.keys(refused).length > 0 ? t('transit.newCorridor.refused') : null}
        problem={call.problem}
      />
      <SubmitRow label={t('transit.newCorridor.save')} disabled={call.busy} onCancel={onCancel} />
    </PanelForm>
  );
}
