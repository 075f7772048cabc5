// Making a checkpoint, or changing one: its code (typed once, never changed: events refer to it), name,
// country, coordinates and time zone. Faults are said beside their fields before anything is sent.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { checkpointsApi } from '../../api/checkpoints-endpoints';
import type { Checkpoint, Country } from '../../api/types';
import { CodeField } from '../../components/code-field';
import { CoordinateFields } from '../../components/coordinate-fields';
import { FormFeedback, MarkedFieldsOr } from '../../components/form-feedback';
import { Options } from '../../components/options';
import { SelectField } from '../../components/select-field';
import { SubmitRow } from '../../components/submit-row';
import { TextField } from '../../components/text-field';
import { namedZones, useZoneName } from '../../format/time-zone-names';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { useDraft } from '../../hooks/use-draft';
import { useFocusOnOpen } from '../../hooks/use-focus-on-open';
import {
  type CheckpointDraft,
  checkCheckpoint,
  checkpointChange,
  draftOf,
  emptyCheckpoint,
  type FieldErrors,
  newCheckpointBody,
  placeCountries,
  refusedCheckpointFields,
} from './checkpoint-draft';

const sameChange = (a: CheckpointDraft, b: CheckpointDraft) =>
  JSON.stringify(checkpointChange(a)) === JSON.stringify(checkpointChange(b));

type Props = {
  /** The checkpoint to change; undefined to make a new one. */
  readonly checkpoint?: Checkpoint;
  readonly countries: readonly Country[];
  readonly onSaved: (checkpoint: Checkpoint) => void;
  readonly onCancel: () => void;
};

export function CheckpointForm({ checkpoint, countries, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const isNew = checkpoint === undefined;
  const call = useIdempotentWrite();
  const [checked, setChecked] = useState<FieldErrors<keyof CheckpointDraft>>({});
  const errors = { ...refusedCheckpointFields(call.problem, t), ...checked };
  const { values, field } = useDraft<CheckpointDraft>(
    isNew ? 'checkpoint-new' : 'checkpoint-edit',
    () => (checkpoint ? draftOf(checkpoint) : emptyCheckpoint()),
    errors,
  );
  const firstField = useFocusOnOpen<HTMLInputElement>();
  const english = (i18n.resolvedLanguage ?? i18n.language) === 'en';
  const zoneName = useZoneName();
  const zones = namedZones(zoneName, [values.timeZone]);

  // Saved unchanged, a checkpoint was written again and the audit log told of a change that was none.
  const [unchanged, setUnchanged] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const faults = checkCheckpoint(values, t);
    setChecked(faults);
    if (Object.keys(faults).length > 0) return;
    const same = checkpoint !== undefined && sameChange(values, draftOf(checkpoint));
    setUnchanged(same);
    if (same) return;
    const result = await call.write((id) =>
      checkpoint
        ? checkpointsApi.change(checkpoint.code, checkpointChange(values))
        : checkpointsApi.create(newCheckpointBody(id, values)),
    );
    if (result.ok) onSaved(result.value);
  }

  const titleId = isNew ? 'checkpoint-new-title' : 'checkpoint-edit-title';
  return (
    <section className="panel" aria-labelledby={titleId} data-testid="checkpoint-form">
      <h2 id={titleId}>
        {isNew ? t('checkpoints.form.newTitle') : t('checkpoints.form.editTitle', { code: checkpoint.code })}
      </h2>
      <form className="form form-grid" onSubmit={(e) => void submit(e)} aria-busy={call.busy} noValidate>
        {isNew ? (
          <CodeField
            {...field('code')}
            label={t('checkpoints.field.code')}
            hint={t('checkpoints.field.codeHint')}
            autoCapitalize="characters"
            inputRef={firstField}
          />
        ) : null}
        <TextField
          {...field('name')}
          label={t('checkpoints.field.name')}
          maxLength={TEXT_LIMITS.placeName}
          required
          {...(isNew ? {} : { inputRef: firstField })}
        />
        <SelectField {...field('country')} label={t('checkpoints.field.country')}>
          <option value="">{t('checkpoints.field.countryNone')}</option>
          <Options
            items={placeCountries(countries, values.country, english ? 'en' : 'es')}
            value={(c) => c.code}
            label={(c) => `${english ? c.nameEn : c.nameEs} (${c.code})`}
          />
        </SelectField>
        <CoordinateFields latitude={field('latitude')} longitude={field('longitude')} />
        <SelectField
          {...field('timeZone')}
          label={t('checkpoints.field.timeZone')}
          hint={t('checkpoints.field.timeZoneHint')}
        >
          <option value="">{t('checkpoints.field.timeZoneNone')}</option>
          {/* As people read it, sorted so that typing a city finds it; the id says where a name repeats. */}
          <Options items={zones} value={(z) => z.zone} label={(z) => `${z.name} · ${z.zone}`} />
        </SelectField>
        <div className="form-wide">
          <MarkedFieldsOr marked={Object.keys(checked).length > 0}>
            <FormFeedback
              problem={call.problem}
              success={unchanged ? t('checkpoints.form.nothingChanged') : null}
            />
          </MarkedFieldsOr>
          <SubmitRow
            label={isNew ? t('checkpoints.form.create') : t('checkpoints.form.save')}
            disabled={call.busy}
            onCancel={onCancel}
          />
        </div>
      </form>
    </section>
  );
}
