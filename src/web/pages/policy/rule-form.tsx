// One rule of the document policy as a form: what it is and rests on, where and when it applies, its
// conditions and what it recommends. Each field writes into the rule (rule-draft.ts); the check of the
// whole draft puts its faults beside the fields they are in.
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import {
  type Direction,
  DOCUMENT_KINDS,
  type DocumentKind,
  POLICY_DIRECTIONS,
  POLICY_OUTCOMES,
  type PolicyOutcome,
  RULE_ID_MAX_LENGTH,
  type RuleSetProblemCode,
} from '../../../domain/documents';
import type { DecreeView } from '../../api/decrees-endpoints';
import type { Checkpoint } from '../../api/types';
import { CheckboxGroup } from '../../components/checkbox-group';
import { DateTimeField } from '../../components/date-time-field';
import { ChoiceField, SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { documentKindName } from '../../format/document-type';
import { directionName, outcomeName } from '../booth/messages';
import { formProblemMessage, ruleName } from './problem-place';
import {
  humanitarianOf,
  instantOf,
  instantParts,
  listOf,
  type Rule,
  type RuleField,
  textOf,
  withHumanitarian,
  withList,
  withText,
  zoneOffset,
} from './rule-draft';

type Props = {
  readonly rule: Rule;
  readonly index: number;
  readonly checkpoints: readonly Checkpoint[];
  /** The decree register; null while it is not loaded. */
  readonly decrees: readonly DecreeView[] | null;
  /** The check's faults in this rule, by field ('' for the rule itself). */
  readonly faults: ReadonlyMap<string, RuleSetProblemCode>;
  readonly onChange: (rule: Rule) => void;
  /** For the offsets the checkpoints keep (ms). */
  readonly now: number;
};

const HUMANITARIAN = ['', 'yes', 'no'] as const;

export function RuleForm({ rule, index, checkpoints, decrees, faults, onChange, now }: Props) {
  const { t } = useTranslation();
  const id = (field: string) => `rule-${index}-${field.replace('.', '-')}`;
  const error = (field: RuleField) => {
    const code = faults.get(field);
    if (code === undefined) return undefined;
    // Said beside the field, the fault starts a sentence.
    const message = formProblemMessage(code, t);
    return message.charAt(0).toLocaleUpperCase() + message.slice(1);
  };
  const text = (
    field: RuleField,
    label: string,
    extra: { hint?: string; maxLength?: number; inputMode?: 'numeric' } = {},
  ) => (
    <TextField
      id={id(field)}
      label={label}
      value={textOf(rule, field)}
      onChange={(v) => onChange(withText(rule, field, v))}
      error={error(field)}
      autoComplete="off"
      {...extra}
    />
  );
  // A count is typed as text: a word typed is kept for the check to name (rule-draft.ts).
  const count = (field: RuleField, label: string, hint: string) =>
    text(field, label, { hint, inputMode: 'numeric' });
  const [nationalities, setNationalities] = useState<string | null>(null);
  const decree = textOf(rule, 'decree');
  const outcome = textOf(rule, 'outcome');
  return (
    <fieldset className="rule-form" data-testid="rule-form">
      <legend>{ruleName(rule, index, t)}</legend>
      {faults.has('') || faults.has('appliesTo') || faults.has('when') ? (
        <p className="field-error">{t('policy.form.shape')}</p>
      ) : null}
      <div className="form-grid">
        {text('id', t('policy.edit.field.id'), {
          hint: t('policy.form.idHint'),
          maxLength: RULE_ID_MAX_LENGTH,
        })}
        <SelectField
          id={id('decree')}
          label={t('policy.edit.field.decree')}
          hint={t('policy.form.decreeHint')}
          value={decree}
          onChange={(v) => onChange(withText(rule, 'decree', v))}
          error={error('decree')}
        >
          <option value="">{t('policy.form.noDecree')}</option>
          {(decrees ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.number} — {d.title}
            </option>
          ))}
          {decree !== '' && !(decrees ?? []).some((d) => d.id === decree) ? (
            <option value={decree}>{t('decrees.policy.unknown', { id: decree })}</option>
          ) : null}
        </SelectField>
      </div>
      {text('description', t('policy.edit.field.description'), { maxLength: TEXT_LIMITS.note })}
      {text('legalBasis', t('policy.edit.field.legalBasis'), {
        hint: t('policy.form.legalBasisHint'),
        maxLength: TEXT_LIMITS.note,
      })}
      <h4>{t('policy.edit.field.appliesTo')}</h4>
      <CheckboxGroup<Direction>
        legend={t('policy.edit.field.directions')}
        error={error('appliesTo.directions')}
        choices={POLICY_DIRECTIONS.map((d) => ({ value: d, label: directionName(d, t) }))}
        chosen={listOf(rule, 'appliesTo.directions').filter(isDirection)}
        onChange={(list) => onChange(withList(rule, 'appliesTo.directions', list))}
      />
      <CheckboxGroup<string>
        legend={t('policy.edit.field.checkpointIds')}
        hint={t('policy.form.checkpointsHint')}
        error={error('appliesTo.checkpointIds')}
        choices={checkpointChoices(checkpoints, listOf(rule, 'appliesTo.checkpointIds'))}
        chosen={listOf(rule, 'appliesTo.checkpointIds')}
        onChange={(list) => onChange(withList(rule, 'appliesTo.checkpointIds', list))}
      />
      {(['appliesTo.validFrom', 'appliesTo.validTo'] as const).map((field) => (
        <InstantFields
          key={field}
          field={field}
          id={id(field)}
          label={
            field === 'appliesTo.validFrom'
              ? t('policy.edit.field.validFrom')
              : t('policy.edit.field.validTo')
          }
          rule={rule}
          checkpoints={checkpoints}
          now={now}
          error={error(field)}
          onChange={onChange}
        />
      ))}
      <h4>{t('policy.edit.field.when')}</h4>
      <p className="hint">{t('policy.form.whenHint')}</p>
      <CheckboxGroup<DocumentKind>
        legend={t('policy.edit.field.documentKinds')}
        hint={t('policy.form.documentKindsHint')}
        error={error('when.documentKinds')}
        choices={DOCUMENT_KINDS.map((k) => ({ value: k, label: documentKindName(k, t) }))}
        chosen={listOf(rule, 'when.documentKinds').filter(isDocumentKind)}
        onChange={(list) => onChange(withList(rule, 'when.documentKinds', list))}
      />
      <div className="form-grid">
        <TextField
          id={id('when.nationalities')}
          label={t('policy.edit.field.nationalities')}
          hint={t('policy.form.nationalitiesHint')}
          // What is typed stays as typed while the field has the focus ("Venezuela, Col"); the rule
          // takes the codes at once, and the field shows them once left.
          value={nationalities ?? textOf(rule, 'when.nationalities')}
          onChange={(v) => {
            setNationalities(v);
            onChange(withText(rule, 'when.nationalities', v));
          }}
          onBlur={() => setNationalities(null)}
          error={error('when.nationalities')}
          autoComplete="off"
        />
        {count(
          'when.maxExpiredYears',
          t('policy.edit.field.maxExpiredYears'),
          t('policy.form.maxExpiredYearsHint'),
        )}
        {count('when.ageUnder', t('policy.edit.field.ageUnder'), t('policy.form.ageHint'))}
        {count('when.ageAtLeast', t('policy.edit.field.ageAtLeast'), t('policy.form.ageHint'))}
        <ChoiceField
          id={id('when.humanitarian')}
          label={t('policy.edit.field.humanitarian')}
          value={humanitarianOf(rule)}
          choices={HUMANITARIAN}
          nameOf={(c) => humanitarianName(c, t)}
          onChange={(c) => onChange(withHumanitarian(rule, c))}
          error={error('when.humanitarian')}
        />
        <SelectField
          id={id('outcome')}
          label={t('policy.edit.field.outcome')}
          value={outcome}
          onChange={(v) => onChange(withText(rule, 'outcome', v))}
          error={error('outcome')}
        >
          {isOutcome(outcome) ? null : <option value={outcome}>{t('policy.form.chooseOutcome')}</option>}
          {POLICY_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {outcomeName(o, t)}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}

const isDirection = (v: string): v is Direction => (POLICY_DIRECTIONS as readonly string[]).includes(v);
const isDocumentKind = (v: string): v is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(v);
const isOutcome = (v: string): v is PolicyOutcome => (POLICY_OUTCOMES as readonly string[]).includes(v);

// A checkpoint the rule names that is no longer in the list is still shown, by its id, so it can be unticked.
function checkpointChoices(checkpoints: readonly Checkpoint[], chosen: readonly string[]) {
  const known = checkpoints.map((c) => ({ value: c.id, label: c.name }));
  const gone = chosen
    .filter((id) => !checkpoints.some((c) => c.id === id))
    .map((id) => ({ value: id, label: id }));
  return [...known, ...gone];
}

function humanitarianName(choice: (typeof HUMANITARIAN)[number], t: TFunction): string {
  switch (choice) {
    case 'yes':
      return t('policy.form.humanitarianYes');
    case 'no':
      return t('policy.form.humanitarianNo');
    default:
      return t('policy.form.humanitarianEither');
  }
}

/**
 * An instant of the rule as a local date and time and the offset it is read in: the offsets the
 * checkpoints keep on that date (each named by the checkpoints that keep it), UTC, and the one the
 * rule has. An end left empty is no end.
 */
function InstantFields({
  field,
  id,
  label,
  rule,
  checkpoints,
  now,
  error,
  onChange,
}: {
  readonly field: 'appliesTo.validFrom' | 'appliesTo.validTo';
  readonly id: string;
  readonly label: string;
  readonly rule: Rule;
  readonly checkpoints: readonly Checkpoint[];
  readonly now: number;
  readonly error: string | undefined;
  readonly onChange: (rule: Rule) => void;
}) {
  const { t } = useTranslation();
  const typed = textOf(rule, field);
  const parts = instantParts(typed);
  const at = parts === null ? now : Date.parse(instantOf(parts.local, parts.offset));
  const offsets = new Map<string, string[]>();
  for (const c of checkpoints) {
    const offset = zoneOffset(c.timeZone, Number.isNaN(at) ? now : at);
    offsets.set(offset, [...(offsets.get(offset) ?? []), c.name]);
  }
  if (!offsets.has('+00:00')) offsets.set('+00:00', []);
  const offset = parts?.offset ?? [...offsets.keys()][0] ?? '+00:00';
  if (!offsets.has(offset)) offsets.set(offset, []);
  const write = (local: string, next: string) => onChange(withText(rule, field, instantOf(local, next)));
  return (
    <div className="form-grid">
      <DateTimeField
        id={id}
        label={label}
        hint={field === 'appliesTo.validTo' ? t('policy.form.validToHint') : undefined}
        value={parts?.local ?? ''}
        onChange={(local) => write(local, offset)}
        error={error ?? (parts === null && typed !== '' ? t('policy.form.unreadDate', { typed }) : undefined)}
      />
      <SelectField
        id={`${id}-offset`}
        label={t('policy.form.offset', { field: label })}
        value={offset}
        onChange={(next) => write(parts?.local ?? '', next)}
      >
        {[...offsets].map(([value, names]) => (
          <option key={value} value={value}>
            {names.length === 0
              ? t('policy.form.offsetPlain', { offset: value })
              : t('policy.form.offsetOf', { offset: value, checkpoints: names.join(', ') })}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
