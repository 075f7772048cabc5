// The form a supervisor or administrator records a decree with: a new declaration, an extension of a
// decree (carrying its zones, rights, measures and units on, starting the day after it ends) or an
// amendment (with its reason). The register's refusals are shown beside the field they concern.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { newId } from '../../../api/ids';
import {
  AREA_KINDS,
  DECREE_LIMITS,
  defaultTimeZone,
  FORCES,
  RIGHT_CODES,
  termPastLongest,
} from '../../../domain/decrees';
import { type DecreeDetail, type DecreeView, decreesApi } from '../../api/decrees-endpoints';
import type { Checkpoint } from '../../api/types';
import { CheckboxGroup } from '../../components/checkbox-group';
import { DateField } from '../../components/date-field';
import { FieldsFeedback } from '../../components/form-feedback';
import { PanelForm } from '../../components/panel-form';
import { ChoiceField } from '../../components/select-field';
import { SubmitRow } from '../../components/submit-row';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useZoneName } from '../../format/time-zone-names';
import { useApiCall } from '../../hooks/use-api-call';
import { useDraft, withErrors } from '../../hooks/use-draft';
import { useRequiredFields } from '../../hooks/use-required-fields';
import { CheckpointsField } from './checkpoints-field';
import {
  contentOf,
  type DecreeDraft,
  draftFrom,
  emptyDraft,
  fieldProblems,
  refusalText,
} from './decree-draft';
import { areaKindName, forceName, rightName } from './decree-words';
import { TimeZoneField } from './time-zone-field';
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

type DayOfDecree = {
  readonly key: 'issuedOn' | 'publishedOn' | 'startsOn' | 'endsOn';
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
  const zoneName = useZoneName();
  const { busy, problem, run, clear } = useApiCall();
  const [id] = useState(() => newId());
  const refused = fieldProblems(problem, t);
  // Each field shows the register's refusal of it, or that it is required and still blank.
  const { values: draft, field: bound, change } = useDraft('decree', () => initial(mode), refused, clear);
  const required = useRequiredFields({
    number: draft.number,
    title: draft.title,
    issuedOn: draft.issuedOn,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    legalBasis: draft.legalBasis,
    ...(mode.kind === 'amend' ? { reason: draft.reason } : {}),
  });
  const field = withErrors(bound, required.errors);
  const errors = { ...refused, ...required.errors };
  const refusal = refusalText(problem, t);
  // Until a zone is chosen, a new decree's days are counted where it applies: a decree for Chacalluta
  // in Santiago's time (UTC−3 in summer), not Lima's. An extension or amendment starts from its decree's.
  const timeZone =
    draft.timeZone !== ''
      ? draft.timeZone
      : defaultTimeZone(checkpoints.filter((c) => draft.checkpoints.includes(c.code)).map((c) => c.timeZone));
  const dates: readonly DayOfDecree[] = [
    { key: 'issuedOn', label: t('decrees.field.issuedOn'), required: true },
    { key: 'publishedOn', label: t('decrees.field.publishedOn'), required: false },
    { key: 'startsOn', label: t('decrees.field.startsOn'), required: true },
    {
      key: 'endsOn',
      label: t('decrees.field.endsOn'),
      hint: t('decrees.form.endsHint', { zone: zoneName(timeZone) }),
      required: true,
    },
  ];
  // A term past the constitution's sixty days is most often a year or month mistyped: said as soon as
  // both days read, and recorded as typed if the supervisor keeps it (a published decree is a fact).
  const longTerm = termPastLongest({ startsOn: draft.startsOn, endsOn: draft.endsOn, timeZone });
  const title =
    mode.kind === 'new'
      ? t('decrees.form.newTitle')
      : mode.kind === 'extend'
        ? t('decrees.form.extendTitle', { number: mode.base.number })
        : t('decrees.form.amendTitle', { number: mode.decree.number });

  async function save() {
    if (!required.isComplete()) return;
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
    <PanelForm name="decree-form" title={title} onSubmit={save}>
      <div className="form-grid decree-form-heading">
        <TextField
          {...field('number')}
          label={t('decrees.field.number')}
          hint={t('decrees.form.numberHint')}
          required
          maxLength={DECREE_LIMITS.number}
        />
        <TextField
          {...field('title')}
          label={t('decrees.field.title')}
          required
          maxLength={DECREE_LIMITS.title}
        />
        {dates.map((d) => (
          <DateField key={d.key} {...field(d.key)} label={d.label} hint={d.hint} required={d.required} />
        ))}
      </div>
      <div aria-live="polite">
        {longTerm === null ? null : (
          <p className="notice notice-warning" data-testid="decree-long-term">
            {t('decrees.form.pastLongestTerm', longTerm)}
          </p>
        )}
      </div>
      <TextField
        {...field('legalBasis')}
        label={t('decrees.field.legalBasis')}
        required
        maxLength={DECREE_LIMITS.legalBasis}
      />
      <CheckpointsField
        checkpoints={checkpoints}
        carried={
          mode.kind === 'new' ? [] : mode.kind === 'extend' ? mode.base.checkpoints : mode.decree.checkpoints
        }
        chosen={draft.checkpoints}
        error={errors.checkpoints}
        onChange={(checkpoints) => change({ checkpoints })}
      />
      <TimeZoneField {...field('timeZone')} value={timeZone} checkpoints={checkpoints} />
      <div className="form-grid">
        <ChoiceField
          {...field('areaKind')}
          label={t('decrees.form.areaKind')}
          choices={AREA_KINDS}
          nameOf={(k) => areaKindName(k, t)}
        />
        <TextAreaField
          {...field('areas')}
          label={t('decrees.field.areas')}
          hint={t('decrees.form.oneALine')}
          rows={3}
        />
      </div>
      <CheckboxGroup
        legend={t('decrees.field.rights')}
        hint={t('decrees.form.rightsHint')}
        choices={RIGHT_CODES.map((r) => ({ value: r, label: rightName(r, t) }))}
        chosen={draft.rights}
        onChange={(rights) => change({ rights })}
      />
      <TextAreaField
        {...field('measures')}
        label={t('decrees.field.measures')}
        hint={t('decrees.form.oneALine')}
        rows={4}
      />
      <UnitsField
        units={draft.units}
        onChange={(units) => change({ units })}
        forces={FORCES.map((f) => ({ value: f, label: forceName(f, t) }))}
        error={errors.units}
      />
      {mode.kind === 'amend' ? (
        <TextField
          {...field('reason')}
          label={t('decrees.form.reason')}
          hint={t('decrees.form.reasonHint')}
          required
          maxLength={TEXT_LIMITS.note}
        />
      ) : null}
      <FieldsFeedback name="decree" isMissing={required.isMissing} refusal={refusal} problem={problem} />
      <SubmitRow
        label={mode.kind === 'amend' ? t('decrees.form.saveAmendment') : t('decrees.form.save')}
        disabled={busy}
        onCancel={onCancel}
      />
    </PanelForm>
  );
}
