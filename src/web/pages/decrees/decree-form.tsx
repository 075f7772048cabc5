// The form a supervisor or administrator records a decree with: a new declaration, an extension of a
// decree (carrying its zones, rights, measures and units on, starting the day after it ends) or an
// amendment (with its reason). The register's refusals are shown beside the field they concern.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { AREA_KINDS, DECREE_LIMITS, FORCES, RIGHT_CODES } from '../../../domain/decrees';
import { type DecreeDetail, type DecreeView, decreesApi } from '../../api/decrees-endpoints';
import type { ApiProblem } from '../../api/problem';
import type { Checkpoint } from '../../api/types';
import { FormFeedback } from '../../components/form-feedback';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import {
  contentOf,
  type DecreeDraft,
  draftFrom,
  emptyDraft,
  fieldProblems,
  refusalText,
} from './decree-draft';
import { areaKindName, forceName, rightName } from './decree-words';
import { ListField, UnitsField } from './list-fields';

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

const initial = (mode: FormMode): DecreeDraft =>
  mode.kind === 'new'
    ? emptyDraft()
    : mode.kind === 'extend'
      ? draftFrom(mode.base, 'extend')
      : draftFrom(mode.decree, 'amend');

export function DecreeForm({ mode, checkpoints, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => initial(mode));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [id] = useState(() => crypto.randomUUID());
  const set =
    <K extends keyof DecreeDraft>(key: K) =>
    (value: DecreeDraft[K]) =>
      setDraft({ ...draft, [key]: value });
  const errors = fieldProblems(problem, t);
  const refusal = refusalText(problem, t);
  const timeZone =
    mode.kind === 'amend'
      ? mode.decree.timeZone
      : mode.kind === 'extend'
        ? mode.base.timeZone
        : 'America/Lima';
  const title =
    mode.kind === 'new'
      ? t('decrees.form.newTitle')
      : mode.kind === 'extend'
        ? t('decrees.form.extendTitle', { number: mode.base.number })
        : t('decrees.form.amendTitle', { number: mode.decree.number });

  async function save() {
    setBusy(true);
    setProblem(null);
    const content = contentOf(draft, timeZone);
    const result =
      mode.kind === 'new'
        ? await decreesApi.recordDecree({ id, ...content })
        : mode.kind === 'extend'
          ? await decreesApi.extendDecree(mode.base.id, { id, ...content })
          : await decreesApi.amendDecree(mode.decree.id, {
              baseVersion: mode.decree.version,
              reason: draft.reason.trim(),
              content,
            });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setProblem(result.error);
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
          value={draft.number}
          onChange={set('number')}
          required
          maxLength={DECREE_LIMITS.number}
          error={errors.number}
        />
        <TextField
          id="decree-title"
          label={t('decrees.field.title')}
          value={draft.title}
          onChange={set('title')}
          required
          maxLength={DECREE_LIMITS.title}
          error={errors.title}
        />
        <TextField
          id="decree-issued"
          type="date"
          label={t('decrees.field.issuedOn')}
          value={draft.issuedOn}
          onChange={set('issuedOn')}
          required
          error={errors.issuedOn}
        />
        <TextField
          id="decree-published"
          type="date"
          label={t('decrees.field.publishedOn')}
          value={draft.publishedOn}
          onChange={set('publishedOn')}
          error={errors.publishedOn}
        />
        <TextField
          id="decree-starts"
          type="date"
          label={t('decrees.field.startsOn')}
          value={draft.startsOn}
          onChange={set('startsOn')}
          required
          error={errors.startsOn}
        />
        <TextField
          id="decree-ends"
          type="date"
          label={t('decrees.field.endsOn')}
          hint={t('decrees.form.endsHint', { zone: timeZone })}
          value={draft.endsOn}
          onChange={set('endsOn')}
          required
          error={errors.endsOn}
        />
      </div>
      <TextField
        id="decree-basis"
        label={t('decrees.field.legalBasis')}
        value={draft.legalBasis}
        onChange={set('legalBasis')}
        required
        maxLength={DECREE_LIMITS.legalBasis}
        error={errors.legalBasis}
      />
      <fieldset className="field">
        <legend>{t('decrees.field.checkpoints')}</legend>
        {errors.checkpoints ? <p className="field-error">{errors.checkpoints}</p> : null}
        {checkpoints.map((c) => (
          <label key={c.code} className="checkbox">
            <input
              type="checkbox"
              checked={draft.checkpoints.includes(c.code)}
              onChange={(event) =>
                set('checkpoints')(
                  event.target.checked
                    ? [...draft.checkpoints, c.code]
                    : draft.checkpoints.filter((x) => x !== c.code),
                )
              }
            />{' '}
            {c.name} <code>{c.code}</code>
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <SelectField
          id="decree-area-kind"
          label={t('decrees.form.areaKind')}
          value={draft.areaKind}
          onChange={(v) => set('areaKind')(AREA_KINDS.find((k) => k === v) ?? 'other')}
        >
          {AREA_KINDS.map((k) => (
            <option key={k} value={k}>
              {areaKindName(k, t)}
            </option>
          ))}
        </SelectField>
        <ListField
          id="decree-areas"
          label={t('decrees.field.areas')}
          hint={t('decrees.form.oneALine')}
          value={draft.areas}
          onChange={set('areas')}
          error={errors.areas}
          rows={3}
        />
      </div>
      <fieldset className="field">
        <legend>{t('decrees.field.rights')}</legend>
        <p className="hint">{t('decrees.form.rightsHint')}</p>
        {RIGHT_CODES.map((r) => (
          <label key={r} className="checkbox">
            <input
              type="checkbox"
              checked={draft.rights.includes(r)}
              onChange={(event) =>
                set('rights')(
                  event.target.checked ? [...draft.rights, r] : draft.rights.filter((x) => x !== r),
                )
              }
            />{' '}
            {rightName(r, t)}
          </label>
        ))}
      </fieldset>
      <ListField
        id="decree-measures"
        label={t('decrees.field.measures')}
        hint={t('decrees.form.oneALine')}
        value={draft.measures}
        onChange={set('measures')}
        error={errors.measures}
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
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {mode.kind === 'amend' ? t('decrees.form.saveAmendment') : t('decrees.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
