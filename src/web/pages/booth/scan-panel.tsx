// Reading a zone: the scan field takes a reader's keystrokes or a paste and the zone is parsed in the
// browser on every change (no round trip, so it works offline). Fields, problems in place, repairs to
// confirm, expiry and the policy's recommendation appear at once.
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Direction,
  evaluatePolicy,
  type MrzField,
  type MrzFields,
  type MrzRepair,
  type MrzResult,
  parseMrz,
  type RuleSet,
  zonePolicyFacts,
} from '../../../domain/documents';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { daysBetween, formatDay, isoDay } from './days';
import { mrzFieldName, mrzProblemMessage, outcomeName } from './messages';
import type { ZoneRead } from './register-panel';
import { ZoneGrid } from './zone-grid';
import { zoneLines } from './zone-lines';

type Props = {
  readonly now: Date;
  readonly checkpointId: string | null;
  readonly direction: Direction;
  /** Null while the policy loads or when it could not be read. */
  readonly ruleSet: RuleSet | null;
  /** Told each time the zone reads to fields (or stops reading), so the registration can use them. */
  readonly onRead: (zone: ZoneRead | null) => void;
};

const repairKey = (r: MrzRepair) => `${r.line}:${r.column}:${r.from}:${r.to}`;

export function ScanPanel({ now, checkpointId, direction, ruleSet, onRead }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const field = useRef<HTMLTextAreaElement>(null);
  const day = isoDay(now);
  // Parsed again only when the text or the day changes: a reader's burst is dozens of changes.
  const result = useMemo(() => parseMrz(text, new Date(`${day}T12:00:00Z`)), [text, day]);
  const lines = useMemo(() => zoneLines(text, result), [text, result]);
  const isEmpty = lines.length === 0;
  const unconfirmed = result.repairs.filter((r) => !confirmed.has(repairKey(r)));
  useEffect(() => {
    onRead(result.fields === null ? null : { fields: result.fields, zone: lines.join('\n') });
  }, [result, lines, onRead]);

  return (
    <section className="panel booth-scan" aria-labelledby="scan-title">
      <h2 id="scan-title">{t('booth.scan.title')}</h2>
      <div className="field">
        <label htmlFor="mrz-input">{t('booth.scan.label')}</label>
        <p className="hint" id="mrz-input-hint">
          {t('booth.scan.hint')}
        </p>
        {/* Not in a form: a reader ends each line with Enter, which must add a line, never submit. */}
        <textarea
          id="mrz-input"
          ref={field}
          className="mrz-input"
          data-testid="mrz-input"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          aria-describedby="mrz-input-hint scan-summary"
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setText('');
            setConfirmed(new Set());
            field.current?.focus();
          }}
        >
          {t('booth.scan.clear')}
        </button>
      </div>

      <div id="scan-summary" className="scan-summary" role="status" aria-live="polite" aria-atomic="true">
        <Summary result={result} isEmpty={isEmpty} unconfirmed={unconfirmed.length} />
      </div>

      {isEmpty ? null : (
        <>
          <ZoneGrid lines={lines} problems={result.problems} repairs={result.repairs} />
          {result.problems.length === 0 ? null : (
            <div className="notice notice-error">
              <h3 className="problems-title">{t('booth.scan.problemsTitle')}</h3>
              <ul className="mrz-problems" data-testid="mrz-problems">
                {result.problems.map((p) => (
                  <li
                    key={`${p.code}:${p.line}:${p.column}`}
                    data-code={p.code}
                    data-line={p.line}
                    data-column={p.column}
                  >
                    <strong>{mrzFieldName(p.field, t)}</strong>: {mrzProblemMessage(p, result.format, t)}{' '}
                    <span className="muted">
                      {p.length > 1
                        ? t('booth.scan.positionRange', {
                            line: p.line,
                            column: p.column,
                            last: p.column + p.length - 1,
                          })
                        : t('booth.scan.position', { line: p.line, column: p.column })}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.repairs.length === 0 ? null : (
            <fieldset className="notice notice-warning fieldset" data-testid="mrz-repairs">
              <legend>{t('booth.scan.repairsTitle')}</legend>
              <p>{t('booth.scan.repairsHint')}</p>
              <ul className="mrz-repairs">
                {result.repairs.map((r) => {
                  const key = repairKey(r);
                  return (
                    <li key={key}>
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={confirmed.has(key)}
                          onChange={(event) => {
                            const next = new Set(confirmed);
                            if (event.target.checked) next.add(key);
                            else next.delete(key);
                            setConfirmed(next);
                          }}
                        />
                        {t('booth.scan.repair', {
                          field: mrzFieldName(r.field, t),
                          line: r.line,
                          column: r.column,
                          from: r.from,
                          to: r.to,
                        })}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          )}
          {result.fields === null ? null : (
            <div className="booth-result">
              <FieldList
                fields={result.fields}
                expired={result.expired}
                today={day}
                unverified={new Set(result.problems.map((p) => p.field))}
              />
              <Recommendation
                result={result}
                fields={result.fields}
                now={now}
                checkpointId={checkpointId}
                direction={direction}
                ruleSet={ruleSet}
                unconfirmed={unconfirmed.length}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Summary({
  result,
  isEmpty,
  unconfirmed,
}: {
  readonly result: MrzResult;
  readonly isEmpty: boolean;
  readonly unconfirmed: number;
}) {
  const { t } = useTranslation();
  if (isEmpty) return <p className="muted">{t('booth.scan.waiting')}</p>;
  if (result.fields === null) {
    return <p className="notice notice-error">{t('booth.scan.unreadable')}</p>;
  }
  const name = [result.fields.surname, result.fields.givenNames].filter(Boolean).join(', ');
  if (!result.valid) {
    return (
      <p className="notice notice-error" data-testid="scan-result">
        {t('booth.scan.invalid', { count: result.problems.length, format: result.format, name })}
      </p>
    );
  }
  return (
    <p className={unconfirmed > 0 ? 'notice notice-warning' : 'notice notice-ok'} data-testid="scan-result">
      {t('booth.scan.valid', { format: result.format, name })}{' '}
      {unconfirmed > 0 ? t('booth.scan.toConfirm', { count: unconfirmed }) : null}
    </p>
  );
}

function FieldList({
  fields,
  expired,
  today,
  unverified,
}: {
  readonly fields: MrzFields;
  readonly expired: boolean;
  readonly today: string;
  /** Fields with a problem: shown as read, marked as not to be trusted. */
  readonly unverified: ReadonlySet<MrzField>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const country = (code: string) => (code === '' ? '—' : `${countryName(code)} (${code})`);
  const day = (date: string | null) =>
    date === null ? t('booth.fields.unknownDate') : formatDay(date, locale);
  const sex =
    fields.sex === 'M'
      ? t('booth.fields.sexM')
      : fields.sex === 'F'
        ? t('booth.fields.sexF')
        : fields.sex === 'X'
          ? t('booth.fields.sexX')
          : t('booth.fields.sexUnspecified');
  const days = fields.expiryDate === null ? null : daysBetween(today, fields.expiryDate);
  const expiry =
    days === null ? null : expired ? (
      <span className="tag tag-error" data-testid="expiry">
        {t('booth.fields.expiredAgo', { count: -days })}
      </span>
    ) : (
      <span className={days <= 90 ? 'tag tag-warning' : 'tag tag-ok'} data-testid="expiry">
        {days === 0 ? t('booth.fields.expiresToday') : t('booth.fields.expiresIn', { count: days })}
      </span>
    );
  const row = (name: string, of: MrzField, label: string, value: ReactNode, isMono = false) => {
    const isUnverified = unverified.has(of);
    const classes = [isMono ? 'mono' : '', isUnverified ? 'field-unverified' : ''].filter(Boolean).join(' ');
    return (
      <div>
        <dt>{label}</dt>
        <dd data-field={name} data-unverified={isUnverified || undefined} className={classes || undefined}>
          {value}
          {isUnverified ? <span className="tag tag-error">{t('booth.fields.check')}</span> : null}
        </dd>
      </div>
    );
  };
  return (
    <section aria-labelledby="fields-title" className="booth-fields">
      <h3 id="fields-title">{t('booth.fields.title')}</h3>
      <dl className="facts" data-testid="mrz-fields">
        {row('surname', 'name', t('booth.field.surname'), fields.surname || '—')}
        {row('givenNames', 'name', t('booth.field.givenNames'), fields.givenNames || '—')}
        {row(
          'documentNumber',
          'documentNumber',
          t('booth.field.documentNumber'),
          fields.documentNumber,
          true,
        )}
        {row('nationality', 'nationality', t('booth.field.nationality'), country(fields.nationality))}
        {row('birthDate', 'birthDate', t('booth.field.birthDate'), day(fields.birthDate))}
        {row('sex', 'sex', t('booth.field.sex'), sex)}
        {row(
          'expiryDate',
          'expiryDate',
          t('booth.field.expiryDate'),
          <>
            {day(fields.expiryDate)} {expiry}
          </>,
        )}
        {row('documentCode', 'documentCode', t('booth.field.documentCode'), fields.documentCode, true)}
        {row('issuingState', 'issuingState', t('booth.field.issuingState'), country(fields.issuingState))}
        {fields.optionalData === ''
          ? null
          : row('optionalData', 'optionalData', t('booth.field.optionalData'), fields.optionalData, true)}
      </dl>
    </section>
  );
}

type RecommendationProps = {
  readonly result: MrzResult;
  readonly fields: MrzFields;
  readonly now: Date;
  readonly checkpointId: string | null;
  readonly direction: Direction;
  readonly ruleSet: RuleSet | null;
  readonly unconfirmed: number;
};

function Recommendation(props: RecommendationProps) {
  const { result, fields, now, checkpointId, direction, ruleSet, unconfirmed } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const body = (() => {
    if (!result.valid) return <p>{t('booth.policy.notWhileProblems')}</p>;
    if (checkpointId === null) return <p>{t('booth.policy.noCheckpoint')}</p>;
    if (ruleSet === null) return <p>{t('booth.policy.noRules')}</p>;
    const facts = zonePolicyFacts(fields, checkpointId, direction);
    if (facts === null) return <p>{t('booth.policy.unknownDocument')}</p>;
    const decision = evaluatePolicy(ruleSet, facts, now);
    const tone =
      decision.outcome === 'admit' ? 'tag-ok' : decision.outcome === 'refuse' ? 'tag-error' : 'tag-warning';
    return (
      <>
        <p className="recommendation-outcome">
          <span
            className={`tag tag-large ${tone}`}
            data-testid="policy-outcome"
            data-outcome={decision.outcome}
          >
            {outcomeName(decision.outcome, t)}
          </span>
        </p>
        {unconfirmed > 0 ? <p className="notice notice-warning">{t('booth.policy.confirmFirst')}</p> : null}
        <dl className="facts">
          <div>
            <dt>{t('booth.policy.rule')}</dt>
            <dd>{decision.ruleId === null ? t('booth.policy.noRule') : decision.description}</dd>
          </div>
          <div>
            <dt>{t('booth.policy.legalBasis')}</dt>
            <dd data-testid="policy-legal-basis">{decision.legalBasis ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('booth.policy.version')}</dt>
            <dd data-testid="policy-version">
              {t('booth.policy.versionValue', { version: decision.rulesetVersion })}
            </dd>
          </div>
        </dl>
        <p className="hint">{t('booth.policy.officerDecides')}</p>
      </>
    );
  })();
  return (
    <section aria-labelledby={titleId} className="booth-recommendation" data-testid="policy-recommendation">
      <h3 id={titleId}>{t('booth.policy.title')}</h3>
      {body}
    </section>
  );
}
