// Supervisors issue a travel pass for one passenger and print it (PDF, Spanish or English), or
// revoke it. The convoy is chosen from those of the transit area that still travel, and the pass
// names it and its corridor as the convoy's own passes do: cancelling the convoy revokes it.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IssuePassBody, PASS_TEXT_LIMITS } from '../../../api/passes';
import { parsePartialDate } from '../../../domain/matching';
import { bornAfter } from '../../../domain/passes';
import { isoFromTyped } from '../../../domain/shared';
import { type PassReply, passesApi } from '../../api/passes-endpoints';
import type { ApiProblem } from '../../api/problem';
import { type ConvoySummary, transitApi } from '../../api/transit-endpoints';
import { Options } from '../../components/options';
import { PeriodFields } from '../../components/period-fields';
import { ProblemMessage } from '../../components/problem-message';
import { SelectField } from '../../components/select-field';
import { dateTimeInputOf, formatDateTime } from '../../format/format';
import { useZoneName } from '../../format/time-zone-names';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { useApiData } from '../../hooks/use-api-data';
import { useFieldErrors } from '../../hooks/use-field-errors';
import { useLocale } from '../../hooks/use-locale';
import { useRequiredFields } from '../../hooks/use-required-fields';
import { IssuedPass } from './issued-pass';
import './passes.css';
import { PageFrame } from '../../components/page-frame';
import { NO_PASSENGER, type Passenger, type PassengerField, PassengerFields } from './passenger-fields';
import { tooLongErrors } from './too-long';

// The validity is typed on this device's clock (dateTimeInputOf), the clock the convoy's departure is
// shown on here, and the fields say so; the API speaks UTC.
const toUtc = (local: string) => new Date(local).toISOString();

// Where the API names a field (body.convoy.id), the form's field it is (convoy).
const FIELD_OF_PATH: Readonly<Record<string, PassengerField | 'convoy' | 'validFrom' | 'validUntil'>> = {
  'body.name': 'name',
  'body.birthDate': 'birthDate',
  'body.document.kind': 'documentKind',
  'body.document.number': 'documentNumber',
  'body.convoy.id': 'convoy',
  'body.convoy.name': 'convoy',
  'body.corridor.id': 'convoy',
  'body.corridor.name': 'convoy',
  'body.validFrom': 'validFrom',
  'body.validUntil': 'validUntil',
};

const loadConvoys = (signal: AbortSignal) => transitApi.convoys({ signal });

// Passes are for convoys that still travel: none once one arrived or was cancelled.
const travels = (c: ConvoySummary) =>
  c.status === 'planned' || c.status === 'boarding' || c.status === 'departed';

const byFormField = (problem: ApiProblem | null): ApiProblem | null =>
  problem && {
    ...problem,
    errors: problem.errors.map((e) => ({ ...e, path: FIELD_OF_PATH[e.path] ?? e.path })),
  };

type Period = { readonly from: string; readonly until: string };

function bodyOf(
  id: string,
  values: Passenger,
  convoy: ConvoySummary,
  { from, until }: Period,
): IssuePassBody {
  const v = (f: PassengerField) => values[f].trim();
  // Typed day first (14/03/1988, 03/1988) as the booth takes it; the API takes the ISO form.
  const birthDate = isoFromTyped(v('birthDate'));
  return {
    id,
    name: v('name'),
    ...(birthDate !== '' && { birthDate }),
    ...(v('documentKind') !== '' &&
      v('documentNumber') !== '' && { document: { kind: v('documentKind'), number: v('documentNumber') } }),
    // As a convoy's own passes name them (src/server/transit/pass-routes.ts): the convoy by its id,
    // read as its code; the corridor by its code and its name.
    convoy: { id: convoy.id, name: convoy.code },
    corridor: { id: convoy.corridor.code, name: convoy.corridor.name },
    validFrom: toUtc(from),
    validUntil: toUtc(until),
  };
}

export function IssuePassPage() {
  const { t } = useTranslation();
  const zoneName = useZoneName();
  const locale = useLocale();
  // One pass id until the server has the pass: sending again after a lost answer gets that pass,
  // not a second one for the same passenger.
  const call = useIdempotentWrite();
  const [values, setValues] = useState<Passenger>(NO_PASSENGER);
  const [convoys, reloadConvoys] = useApiData(loadConvoys);
  const [convoyId, setConvoyId] = useState('');
  const list = convoys.status === 'ok' ? convoys.value.convoys.filter(travels) : [];
  // The convoy chosen; none is assumed, not even the only one: a pass names the convoy it was meant for.
  const convoy = list.find((c) => c.id === convoyId);
  const [from, setFrom] = useState(() => dateTimeInputOf(new Date()));
  const [until, setUntil] = useState(() => dateTimeInputOf(new Date(Date.now() + 72 * 3600_000)));
  const [issued, setIssued] = useState<PassReply | null>(null);
  // A document is its type and its number: either one alone would be left off the pass.
  const hasDocument = values.documentKind !== '' || values.documentNumber.trim() !== '';
  const required = useRequiredFields({
    name: values.name,
    ...(hasDocument && { documentKind: values.documentKind, documentNumber: values.documentNumber }),
    convoy: convoyId,
    from,
    until,
  });
  const tooLong = tooLongErrors(
    { name: values.name, documentNumber: values.documentNumber },
    PASS_TEXT_LIMITS,
    t,
  );
  const backwards = from !== '' && until !== '' && until <= from;
  // What the server would refuse too, said beside the field before sending: a holder born after today,
  // and a pass that lapses before its convoy is due to leave.
  const born = isoFromTyped(values.birthDate);
  const bornLater = born !== '' && bornAfter(born, dateTimeInputOf(new Date()).slice(0, 10));
  // A birth date that does not read (31/02/1990) is said once the field is left or the form sent,
  // with the form's other faults, not only after the server refused it.
  const [birthLeft, setBirthLeft] = useState(false);
  const bornUnread = born !== '' && !parsePartialDate(born).ok;
  const lapses =
    convoy !== undefined && until !== '' && !backwards && new Date(until) < new Date(convoy.plannedDeparture);
  const errors: Readonly<Record<string, string>> = {
    ...useFieldErrors(byFormField(call.problem)),
    ...(bornLater ? { birthDate: t('passes.issue.bornLater') } : {}),
    ...(birthLeft && bornUnread ? { birthDate: t('passes.issue.birthDateUnread') } : {}),
    ...required.errors,
    ...tooLong,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBirthLeft(true);
    if (!required.isComplete() || Object.keys(tooLong).length > 0) return;
    if (backwards || bornLater || bornUnread || lapses || convoy === undefined) return;
    const result = await call.write((id) => passesApi.issue(bodyOf(id, values, convoy, { from, until })));
    if (!result.ok) return;
    setIssued(result.value);
    // The passenger's fields are cleared for the next one of the same convoy and corridor: a second
    // click then asks for a name instead of issuing this passenger a second pass.
    setValues(NO_PASSENGER);
    setBirthLeft(false);
    required.reset();
  };

  return (
    <PageFrame testId="pass-issue-page" title={t('passes.issue.title')} lead={t('passes.issue.lead')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="pass-issue-form">
          <PassengerFields
            values={values}
            errors={errors}
            onBirthDateLeft={() => {
              setValues((old) => ({ ...old, birthDate: isoFromTyped(old.birthDate) }));
              setBirthLeft(true);
            }}
            onChange={(field, value) => {
              if (field === 'birthDate') setBirthLeft(false);
              setValues((old) => ({ ...old, [field]: value }));
            }}
          />
          <SelectField
            id="pass-convoy"
            label={t('passes.issue.convoy')}
            value={convoyId}
            onChange={setConvoyId}
            disabled={list.length === 0}
            hint={
              convoys.status === 'ok' && list.length === 0
                ? t('passes.issue.noConvoys')
                : convoy === undefined
                  ? undefined
                  : t('passes.issue.convoyCorridor', { corridor: convoy.corridor.name })
            }
            error={errors.convoy}
          >
            <option value="">{t('passes.issue.chooseConvoy')}</option>
            <Options
              items={list}
              value={(c) => c.id}
              label={(c) =>
                t('passes.issue.convoyOption', {
                  code: c.code,
                  corridor: c.corridor.name,
                  departure: formatDateTime(c.plannedDeparture, locale, undefined, 'minute'),
                })
              }
            />
          </SelectField>
          <PeriodFields
            kind="dayTime"
            hint={t('form.deviceClock', { zone: zoneName(Intl.DateTimeFormat().resolvedOptions().timeZone) })}
            from={{
              id: 'pass-from',
              label: t('passes.fact.validFrom'),
              value: from,
              onChange: setFrom,
              error: errors.from,
            }}
            to={{ id: 'pass-until', label: t('passes.fact.validUntil'), value: until, onChange: setUntil }}
            required
            error={
              errors.until ??
              (backwards
                ? t('passes.issue.untilBeforeFrom')
                : lapses
                  ? t('passes.issue.untilBeforeDeparture', {
                      departure: formatDateTime(convoy.plannedDeparture, locale, undefined, 'minute'),
                    })
                  : errors.validUntil)
            }
          />
        </div>
        {convoys.status === 'error' ? (
          <ProblemMessage problem={convoys.problem} onRetry={reloadConvoys} />
        ) : null}
        {required.isMissing ? (
          <p className="notice notice-error" role="alert" data-testid="pass-missing">
            {t('form.missing')}
          </p>
        ) : null}
        {call.problem ? <ProblemMessage problem={call.problem} /> : null}
        <button type="submit" className="button" disabled={call.busy || list.length === 0}>
          {t('passes.issue.submit')}
        </button>
      </form>
      {issued === null ? null : <IssuedPass key={issued.id} pass={issued} onChange={setIssued} />}
    </PageFrame>
  );
}
