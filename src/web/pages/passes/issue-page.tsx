// Supervisors issue a travel pass for one passenger and print it (PDF, Spanish or English), or
// revoke it. The corridor is chosen from those the transit area has; the convoy is typed.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuePassBody } from '../../../api/passes';
import { isoFromTyped } from '../../../domain/shared';
import { type PassReply, passesApi } from '../../api/passes-endpoints';
import type { ApiProblem } from '../../api/problem';
import { type Corridor, transitApi } from '../../api/transit-endpoints';
import { Options } from '../../components/options';
import { PeriodFields } from '../../components/period-fields';
import { ProblemMessage } from '../../components/problem-message';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { dateTimeInputOf } from '../../format/format';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { useApiData } from '../../hooks/use-api-data';
import { useFieldErrors } from '../../hooks/use-field-errors';
import { useRequiredFields } from '../../hooks/use-required-fields';
import { IssuedPass } from './issued-pass';
import './passes.css';
import { PageFrame } from '../../components/page-frame';

// datetime-local speaks the browser's wall clock (dateTimeInputOf); the API speaks UTC.
const toUtc = (local: string) => new Date(local).toISOString();

const FIELDS = ['name', 'birthDate', 'documentKind', 'documentNumber', 'convoyId', 'convoyName'] as const;
type Field = (typeof FIELDS)[number];

// Where the API names a field (body.convoy.name), the form's field it is (convoyName).
const FIELD_OF_PATH: Readonly<Record<string, Field | 'corridor' | 'validFrom' | 'validUntil'>> = {
  'body.name': 'name',
  'body.birthDate': 'birthDate',
  'body.document.kind': 'documentKind',
  'body.document.number': 'documentNumber',
  'body.convoy.id': 'convoyId',
  'body.convoy.name': 'convoyName',
  'body.corridor.id': 'corridor',
  'body.corridor.name': 'corridor',
  'body.validFrom': 'validFrom',
  'body.validUntil': 'validUntil',
};

const loadCorridors = (signal: AbortSignal) => transitApi.corridors({ signal });

const byFormField = (problem: ApiProblem | null): ApiProblem | null =>
  problem && {
    ...problem,
    errors: problem.errors.map((e) => ({ ...e, path: FIELD_OF_PATH[e.path] ?? e.path })),
  };

type Period = { readonly from: string; readonly until: string };

function bodyOf(
  id: string,
  values: Record<Field, string>,
  corridor: Corridor,
  { from, until }: Period,
): IssuePassBody {
  const v = (f: Field) => values[f].trim();
  // Typed day first (14/03/1988, 03/1988) as the booth takes it; the API takes the ISO form.
  const birthDate = isoFromTyped(v('birthDate'));
  return {
    id,
    name: v('name'),
    ...(birthDate !== '' && { birthDate }),
    ...(v('documentKind') !== '' &&
      v('documentNumber') !== '' && { document: { kind: v('documentKind'), number: v('documentNumber') } }),
    convoy: { id: v('convoyId'), name: v('convoyName') },
    // As a convoy's passes name it (src/server/transit/pass-routes.ts): by its code and its name.
    corridor: { id: corridor.code, name: corridor.name },
    validFrom: toUtc(from),
    validUntil: toUtc(until),
  };
}

export function IssuePassPage() {
  const { t } = useTranslation();
  // One pass id until the server has the pass: sending again after a lost answer gets that pass,
  // not a second one for the same passenger.
  const call = useIdempotentWrite();
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    birthDate: '',
    documentKind: '',
    documentNumber: '',
    convoyId: '',
    convoyName: '',
  });
  const [corridors, reloadCorridors] = useApiData(loadCorridors);
  const [corridorId, setCorridorId] = useState('');
  const list = corridors.status === 'ok' ? corridors.value.corridors : [];
  // The only corridor, or the one chosen; none is assumed while there are several.
  const corridor = list.find((c) => c.id === corridorId) ?? (list.length === 1 ? list[0] : undefined);
  const [from, setFrom] = useState(() => dateTimeInputOf(new Date()));
  const [until, setUntil] = useState(() => dateTimeInputOf(new Date(Date.now() + 72 * 3600_000)));
  const [issued, setIssued] = useState<PassReply | null>(null);
  const required = useRequiredFields({
    name: values.name,
    convoyId: values.convoyId,
    convoyName: values.convoyName,
    from,
    until,
  });
  const errors = { ...useFieldErrors(byFormField(call.problem)), ...required.errors };
  const backwards = from !== '' && until !== '' && until <= from;
  const labels: Record<Field, string> = {
    name: t('passes.fact.name'),
    birthDate: t('passes.issue.birthDate'),
    documentKind: t('passes.issue.documentKind'),
    documentNumber: t('passes.issue.documentNumber'),
    convoyId: t('passes.issue.convoyId'),
    convoyName: t('passes.issue.convoyName'),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!required.isComplete() || backwards || corridor === undefined) return;
    const result = await call.write((id) => passesApi.issue(bodyOf(id, values, corridor, { from, until })));
    if (!result.ok) return;
    setIssued(result.value);
    // The passenger's fields are cleared for the next one of the same convoy and corridor: a second
    // click then asks for a name instead of issuing this passenger a second pass.
    setValues((old) => ({ ...old, name: '', birthDate: '', documentKind: '', documentNumber: '' }));
    required.reset();
  };

  return (
    <PageFrame testId="pass-issue-page" title={t('passes.issue.title')} lead={t('passes.issue.lead')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="pass-issue-form">
          {FIELDS.map((field) => (
            <TextField
              key={field}
              id={`pass-${field}`}
              label={labels[field]}
              value={values[field]}
              hint={field === 'birthDate' ? t('passes.issue.birthDateHint') : undefined}
              error={errors[field]}
              onBlur={
                field === 'birthDate'
                  ? () => setValues((old) => ({ ...old, birthDate: isoFromTyped(old.birthDate) }))
                  : undefined
              }
              required={field === 'name' || field.startsWith('convoy')}
              onChange={(value) => setValues((old) => ({ ...old, [field]: value }))}
            />
          ))}
          <SelectField
            id="pass-corridor"
            label={t('passes.issue.corridor')}
            value={corridor?.id ?? ''}
            onChange={setCorridorId}
            disabled={list.length === 0}
            hint={corridors.status === 'ok' && list.length === 0 ? t('passes.issue.noCorridors') : undefined}
            error={errors.corridor}
          >
            {corridor === undefined ? <option value="">{t('passes.issue.chooseCorridor')}</option> : null}
            <Options items={list} value={(c) => c.id} label={(c) => `${c.name} (${c.code})`} />
          </SelectField>
          <PeriodFields
            type="datetime-local"
            from={{
              id: 'pass-from',
              label: t('passes.fact.validFrom'),
              value: from,
              onChange: setFrom,
              error: errors.from,
            }}
            to={{ id: 'pass-until', label: t('passes.fact.validUntil'), value: until, onChange: setUntil }}
            required
            error={errors.until ?? (backwards ? t('passes.issue.untilBeforeFrom') : errors.validUntil)}
          />
        </div>
        {corridors.status === 'error' ? (
          <ProblemMessage problem={corridors.problem} onRetry={reloadCorridors} />
        ) : null}
        {required.isMissing ? (
          <p className="notice notice-error" role="alert" data-testid="pass-missing">
            {t('form.missing')}
          </p>
        ) : null}
        {call.problem ? <ProblemMessage problem={call.problem} /> : null}
        <button type="submit" className="button" disabled={call.busy || corridor === undefined}>
          {t('passes.issue.submit')}
        </button>
      </form>
      {issued === null ? null : <IssuedPass pass={issued} onChange={setIssued} />}
    </PageFrame>
  );
}
