// The form a supervisor or administrator records a decree with: a new declaration, an extension of a
// decree (carrying its zones, rights, measures and units on, starting the day after it ends) or an
// amendment (with its reason). The register's refusals are shown beside the field they concern.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { newId } from '../../../api/ids';
import { AREA_KINDS, DECREE_LIMITS, FORCES, RIGHT_CODES } from '../../../domain/decrees';
import { type DecreeDetail, type DecreeView, decreesApi } from '../../api/decrees-endpoints';
import type { Checkpoint } from '../../api/types';
import { CheckboxGroup } from '../../components/checkbox-group';
import { FormFeedback } from '../../components/form-feedback';
import { ChoiceField } from '../../components/select-field';
import { SubmitRow } from '../../components/submit-row';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useApiCall } from '../../hooks/use-api-call';
import {
  contentOf,
  type DecreeDraft,
  draftFrom,
  emptyDraft,
  fieldProblems,
  refusalText,
} from './decree-draft';
import { areaKindName, forceName, rightName } from './decree-words';
import { UnitsField } from './units-field';

export type FormMode =
  | { readonly kind: 'new' }
  | { readonly kind: 'extend'; readonly base: DecreeView }
  | { readonly kind: 'amend'; readonly decree: DecreeView };

type Props = {
  readonly mode: FormMode;
  readonly checkpoints: readonly Checkpoint[];
  readonly onSaved: (saved: DecreeDetail) => void;
  readonly onCancel: () => void;
};

type TextKey =
  | 'number'
  | 'title'
  | 'issuedOn'
  | 'publishedOn'
  | 'startsOn'
  | 'endsOn'
  | 'legalBasis'
  | 'areas'
  | 'measures';
type DateField = {
  readonly key: TextKey;
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly required: boolean;
};

const initial = (mode: FormMode): DecreeDraft =>
  mode.kind === 'new'
    ? emptyDraft()
    : mode.kind === 'extend'
      ? draftFrom(mode.base, 'extend')
      : draftFrom(mode.decree, 'amend');

export function DecreeForm({ mode, checkpoints, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => initial(mode));
  const { busy, problem, run } = useApiCall();
  const [id] = useState(() => newId());
  const set =
    <K extends keyof DecreeDraft>(key: K) =>
    (value: DecreeDraft[K]) =>
      setDraft({ ...draft, [key]: value });
  const errors = fieldProblems(problem, t);
  // A text field of the draft: its value, its change and the register's refusal of it.
  const bind = (key: TextKey) => ({ value: draft[key], onChange: set(key), error: errors[key] });
  const refusal = refusalText(problem, t);
  const timeZone =
    mode.kind === 'amend'
      ? mode.decree.timeZone
      : mode.kind === 'extend'
        ? mode.base.timeZone
        : 'America/Lima';
  const dates: readonly DateField[] = [
    { key: 'issuedOn', id: 'decree-issued', label: t('decrees.field.issuedOn'), required: true },
    { key: 'publishedOn', id: 'decree-published', label: t('decrees.field.publishedOn'), required: false },
    { key: 'startsOn', id: 'decree-starts', label: t('decrees.field.startsOn'), required: true },
    {
      key: 'endsOn',
      id: 'decree-ends',
      label: t('decrees.field.endsOn'),
      hint: t('decrees.form.endsHint', { zone: timeZone }),
      required: true,
    },
  ];
  const title =
    mode.kind === 'new'
      ? t('decrees.form.newTitle')
      : mode.kind === 'extend'
        ? t('decrees.form.extendTitle', { number: mode.base.number })
        : t('decrees.form.amendTitle', { number: mode.decree.number });

  async function save() {
    const content = contentOf(draft, timeZone);
    const result = await run(() =>
      mode.kind === 'new'
        ? decreesApi.recordDecree({ id, ...content })
        : mode.kind === 'extend'
          ? decreesApi.extendDecree(mode.base.id, { id, ...content })
          : decreesApi.amendDecree(mode.decree.id, {
              baseVersion: mode.decree.version,
              reason: draft.reason.trim(),
              content,
            }),
    );
    if (result.ok) onSaved(result.value);
  }

  return (
    <form
      className="panel decree-form"
      aria-labelledby="decree-form-title"
      data-testid="decree-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="decree-form-title">{title}</h2>
      <div className="form-grid">
        <TextField
          id="decree-number"
          label={t('decrees.field.number')}
          hint={t('decrees.form.numberHint')}
          {...bind('number')}
          required
          maxLength={DECREE_LIMITS.number}
        />
        <TextField
          id="decree-title"
          label={t('decrees.field.title')}
          {...bind('title')}
          required
          maxLength={DECREE_LIMITS.title}
        />
        {dates.map((d) => (
          <TextField
            key={d.key}
            id={d.id}
            type="date"
            label={d.label}
            hint={d.hint}
            {...bind(d.key)}
            required={d.required}
          />
        ))}
      </div>
      <TextField
        id="decree-basis"
        label={t('decrees.field.legalBasis')}
        {...bind('legalBasis')}
        required
        maxLength={DECREE_LIMITS.legalBasis}
      />
      <CheckboxGroup
        legend={t('decrees.field.checkpoints')}
        error={errors.checkpoints}
        choices={checkpoints.map((c) => ({
          value: c.code,
          label: (
            <>
              {c.name} <code>{c.code}</code>
            </>
          ),
        }))}
        chosen={draft.checkpoints}
        onChange={set('checkpoints')}
      />
      <div className="form-grid">
        <ChoiceField
          id="decree-area-kind"
          label={t('decrees.form.areaKind')}
          value={draft.areaKind}
          choices={AREA_KINDS}
          nameOf={(k) => areaKindName(k, t)}
          onChange={set('areaKind')}
        />
        <TextAreaField
          id="decree-areas"
          label={t('decrees.field.areas')}
          hint={t('decrees.form.oneALine')}
          {...bind('areas')}
          rows={3}
        />
      </div>
      <CheckboxGroup
        legend={t('decrees.field.rights')}
        hint={t('decrees.form.rightsHint')}
        choices={RIGHT_CODES.map((r) => ({ value: r, label: rightName(r, t) }))}
        chosen={draft.rights}
        onChange={set('rights')}
      />
      <TextAreaField
        id="decree-measures"
        label={t('decrees.field.measures')}
        hint={t('decrees.form.oneALine')}
        {...bind('measures')}
        rows={4}
      />
      <UnitsField
        units={draft.units}
        onChange={set('units')}
        forces={FORCES.map((f) => ({ value: f, label: forceName(f, t) }))}
        error={errors.units}
      />
      {mode.kind === 'amend' ? (
        <TextField
          id="decree-reason"
          label={t('decrees.form.reason')}
          hint={t('decrees.form.reasonHint')}
          value={draft.reason}
          onChange={set('reason')}
          required
          maxLength={TEXT_LIMITS.note}
        />
      ) : null}
      {refusal === null ? (
        <FormFeedback problem={problem} />
      ) : (
        <p className="notice notice-error" role="alert" data-testid="decree-refused">
          {refusal}
        </p>
      )}
      <SubmitRow
        label={mode.kind === 'amend' ? t('decrees.form.saveAmendment') : t('decrees.form.save')}
        disabled={busy}
      >
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </SubmitRow>
    </form>
  );
}
