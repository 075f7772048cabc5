// Making a shelter or changing one: its name (unique, whatever the case), city, operator, place and beds
// by kind (the capacity is their sum). Faults are said beside their fields before anything is sent.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { CoordinateFields } from '../../components/coordinate-fields';
import { MarkedFieldsOr } from '../../components/form-feedback';
import { SubmitRow } from '../../components/submit-row';
import { TextField } from '../../components/text-field';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { useDraft } from '../../hooks/use-draft';
import { useFocusOnOpen } from '../../hooks/use-focus-on-open';
import { useLocale } from '../../hooks/use-locale';
import { type CareShelter, careApi } from './care-endpoints';
import { BED_KINDS_SHOWN, CareProblem, useKindName } from './care-words';
import {
  checkShelter,
  emptyShelter,
  newShelterBody,
  refusedShelterFields,
  type ShelterDraft,
  type ShelterFieldErrors,
  shelterChange,
  shelterDraftOf,
} from './shelter-draft';

type Props = {
  /** The shelter to change; undefined to make a new one. */
  readonly shelter?: CareShelter;
  readonly onSaved: (shelter: CareShelter) => void;
  readonly onCancel: () => void;
};

export function ShelterForm({ shelter, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const kindName = useKindName();
  const isNew = shelter === undefined;
  const call = useIdempotentWrite();
  const [checked, setChecked] = useState<ShelterFieldErrors>({});
  const [unchanged, setUnchanged] = useState(false);
  const errors = { ...refusedShelterFields(call.problem, t, locale), ...checked };
  const prefix = isNew ? 'shelter-new' : 'shelter-edit';
  const [before] = useState(() => (shelter ? shelterDraftOf(shelter) : emptyShelter()));
  const { values, field } = useDraft<ShelterDraft>(prefix, before, errors, call.clear);
  const firstField = useFocusOnOpen<HTMLInputElement>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const faults = checkShelter(values, t, locale);
    setChecked(faults);
    setUnchanged(false);
    if (Object.keys(faults).length > 0) return;
    const change = shelterChange(before, values);
    if (shelter && Object.keys(change).length === 0) {
      setUnchanged(true);
      return;
    }
    const result = await call.write((id) =>
      shelter ? careApi.changeShelter(shelter.id, change) : careApi.createShelter(newShelterBody(id, values)),
    );
    if (result.ok) onSaved(result.value.shelter);
  }

  const titleId = `${prefix}-title`;
  const text = { maxLength: TEXT_LIMITS.placeName, required: true } as const;
  return (
    <section className="panel" aria-labelledby={titleId} data-testid="shelter-form">
      <h2 id={titleId}>
        {shelter ? t('care.shelterForm.editTitle', { name: shelter.name }) : t('care.shelterForm.newTitle')}
      </h2>
      <form className="form form-grid" onSubmit={(e) => void submit(e)} aria-busy={call.busy} noValidate>
        <TextField {...field('name')} label={t('care.shelterForm.name')} {...text} inputRef={firstField} />
        <TextField {...field('city')} label={t('care.shelterForm.city')} {...text} />
        <TextField
          {...field('operator')}
          label={t('care.shelterForm.operator')}
          hint={t('care.shelterForm.operatorHint')}
          {...text}
        />
        <CoordinateFields latitude={field('latitude')} longitude={field('longitude')} />
        <fieldset className="form-wide fieldset shelter-beds">
          <legend>{t('care.shelterForm.beds')}</legend>
          <p className="hint">{t('care.shelterForm.bedsHint')}</p>
          <div className="form-grid">
            {BED_KINDS_SHOWN.map((kind) => (
              <TextField key={kind} {...field(kind)} label={kindName(kind)} inputMode="numeric" required />
            ))}
          </div>
        </fieldset>
        <div className="form-wide">
          <MarkedFieldsOr marked={Object.keys(checked).length > 0}>
            <CareProblem problem={call.problem} />
          </MarkedFieldsOr>
          {unchanged ? (
            <p className="notice" role="status">
              {t('care.shelterForm.unchanged')}
            </p>
          ) : null}
          <SubmitRow
            label={isNew ? t('care.shelterForm.create') : t('care.shelterForm.save')}
            disabled={call.busy}
            onCancel={onCancel}
          />
        </div>
      </form>
    </section>
  );
}
