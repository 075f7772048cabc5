// Reading a zone: the scan field takes a reader's keystrokes or a paste and the zone is parsed in the
// browser on every change (no round trip, so it works offline). Fields, problems in place, repairs to
// confirm, expiry and the policy's recommendation appear at once.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Direction,
  type MrzRepair,
  type MrzResult,
  parseMrz,
  type RuleSet,
} from '../../../domain/documents';
import { isoDay } from './days';
import { recommend } from './decision';
import { latestZone } from './latest-zone';
import type { ScanRead } from './member';
import { mrzFieldName, mrzProblemMessage, mrzVariantName } from './messages';
import { RecommendationView } from './recommendation-view';
import { formFromZone } from './registration';
import { RepairConfirmation } from './repair-confirmation';
import { ZoneFields } from './zone-fields';
import { ZoneGrid } from './zone-grid';
import { zoneLines } from './zone-lines';

type Props = {
  readonly now: Date;
  readonly checkpointId: string | null;
  /** The checkpoint's clock (the device's until it is known): documents expire by its day. */
  readonly timeZone: string;
  readonly direction: Direction;
  /** Null while the policy loads or when it could not be read. */
  readonly ruleSet: RuleSet | null;
  /** Told each time the zone reads to fields (or stops reading), so the registration can use them. */
  readonly onRead: (zone: ScanRead) => void;
  /** For those who check documents but do not register: the recommendation is shown here. */
  readonly showsRecommendation: boolean;
};

const repairKey = (r: MrzRepair) => `${r.line}:${r.column}:${r.from}:${r.to}`;

export function ScanPanel(props: Props) {
  const { now, checkpointId, timeZone, direction, ruleSet, onRead, showsRecommendation } = props;
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const field = useRef<HTMLTextAreaElement>(null);
  const day = isoDay(now, timeZone);
  // Parsed again only when the text or the day changes: a reader's burst is dozens of changes.
  const read = useCallback((zone: string) => parseMrz(zone, new Date(`${day}T12:00:00Z`)), [day]);
  const result = useMemo(() => read(text), [text, read]);
  const lines = useMemo(() => zoneLines(text, result), [text, result]);
  const isEmpty = lines.length === 0;
  const unconfirmed = useMemo(
    () => result.repairs.filter((r) => !confirmed.has(repairKey(r))),
    [result, confirmed],
  );
  // Repairs only a check digit chose are confirmed in their own step; the others are listed as before.
  const toConfirm = result.repairs.filter((r) => r.needsConfirmation === true);
  const certain = result.repairs.filter((r) => r.needsConfirmation !== true);
  const confirm = (r: MrzRepair, isChecked: boolean) => {
    const next = new Set(confirmed);
    if (isChecked) next.add(repairKey(r));
    else next.delete(repairKey(r));
    setConfirmed(next);
  };
  const doubtful = useMemo(
    () => [...result.problems.map((p) => p.field), ...unconfirmed.map((r) => r.field)],
    [result, unconfirmed],
  );
  // In the same task as the change (see RegisterPanel): whoever reads "Zona válida" finds the form filled.
  useLayoutEffect(() => {
    if (isEmpty) onRead(null);
    // Text that reads as no zone (a swipe cut short): nothing of a zone read before may stay in the form.
    else if (result.fields === null) onRead('unreadable');
    else onRead({ fields: result.fields, zone: lines.join('\n'), doubtful });
  }, [isEmpty, result, lines, doubtful, onRead]);
  // The reader's first swipe must land here: after the layout has moved focus to the page's content.
  useEffect(() => {
    const timer = setTimeout(() => field.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

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
          onChange={(event) => setText(latestZone(event.target.value, read))}
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
        <Summary
          result={result}
          isEmpty={isEmpty}
          unconfirmed={unconfirmed.length}
          awaiting={unconfirmed.filter((r) => r.needsConfirmation === true).length}
        />
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
          {result.fields === null ? null : (
            <RepairConfirmation
              fields={result.fields}
              repairs={toConfirm}
              isConfirmed={(r) => confirmed.has(repairKey(r))}
              onConfirm={confirm}
            />
          )}
          {certain.length === 0 ? null : (
            <fieldset className="notice notice-warning fieldset" data-testid="mrz-repairs">
              <legend>{t('booth.scan.repairsTitle')}</legend>
              <p>{t('booth.scan.repairsHint')}</p>
              <ul className="mrz-repairs">
                {certain.map((r) => {
                  const key = repairKey(r);
                  return (
                    <li key={key}>
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={confirmed.has(key)}
                          onChange={(event) => confirm(r, event.target.checked)}
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
              <ZoneFields
                fields={result.fields}
                expired={result.expired}
                today={day}
                unverified={new Set(result.problems.map((p) => p.field))}
              />
              {showsRecommendation ? (
                <RecommendationView
                  recommendation={recommend(
                    formFromZone(result.fields, ''),
                    result.problems.length === 0 && unconfirmed.length === 0,
                    { checkpointId, direction, ruleSet, now, timeZone },
                  )}
                />
              ) : null}
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
  awaiting,
}: {
  readonly result: MrzResult;
  readonly isEmpty: boolean;
  readonly unconfirmed: number;
  /** Repairs only a check digit chose, not yet confirmed: until then the zone is not valid. */
  readonly awaiting: number;
}) {
  const { t } = useTranslation();
  if (isEmpty) return <p className="muted">{t('booth.scan.waiting')}</p>;
  if (result.fields === null) {
    return <p className="notice notice-error">{t('booth.scan.unreadable')}</p>;
  }
  const name = [result.fields.surname, result.fields.givenNames].filter(Boolean).join(', ');
  if (result.problems.length > 0) {
    return (
      <p className="notice notice-error" data-testid="scan-result">
        {t('booth.scan.invalid', { count: result.problems.length, format: result.format, name })}
      </p>
    );
  }
  const variant =
    result.variant === undefined ? null : (
      <> {t('booth.scan.variant', { variant: mrzVariantName(result.variant, t) })}</>
    );
  if (awaiting > 0) {
    return (
      <p className="notice notice-warning" data-testid="scan-result">
        {t('booth.scan.readToConfirm', { count: awaiting, format: result.format, name })}
        {variant}
      </p>
    );
  }
  return (
    <p className={unconfirmed > 0 ? 'notice notice-warning' : 'notice notice-ok'} data-testid="scan-result">
      {t('booth.scan.valid', { format: result.format, name })}{' '}
      {unconfirmed > 0 ? t('booth.scan.toConfirm', { count: unconfirmed }) : null}
      {variant}
    </p>
  );
}
