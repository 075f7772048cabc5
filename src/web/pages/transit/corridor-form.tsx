// The form a supervisor or humanitarian partner makes a corridor with: its code and name, the exit
// point the booth records on admitted-transit, and its stops in order. The API's refusals are said
// beside the field they concern.
import { useTranslation } from 'react-i18next';
import { type Corridor, transitApi } from '../../api/transit-endpoints';
import { FormFeedback } from '../../components/form-feedback';
import { PanelForm } from '../../components/panel-form';
import { SubmitRow } from '../../components/submit-row';
import { TextField } from '../../components/text-field';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { useDraft } from '../../hooks/use-draft';
import { CodeField } from './code-field';
import { corridorBody, corridorFieldErrors, emptyCorridor } from './corridor-draft';
import { StopsField } from './stops-field';

type Props = {
  readonly onCreated: (corridor: Corridor) => void;
  readonly onCancel: () => void;
};

export function CorridorForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  // One id until the server has the corridor: sending again after a lost answer makes it once.
  const call = useIdempotentWrite();
  const errors = corridorFieldErrors(call.problem, t);
  const { values: draft, field, change } = useDraft('corridor', emptyCorridor, errors);

  const save = async () => {
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
      {Object.keys(errors).length > 0 ? (
        <p className="notice notice-error" role="alert" data-testid="corridor-refused">
          {t('transit.newCorridor.refused')}
        </p>
      ) : (
        <FormFeedback problem={call.problem} />
      )}
      <SubmitRow label={t('transit.newCorridor.save')} disabled={call.busy}>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </SubmitRow>
    </PanelForm>
  );
}
