// The line carried from hour to hour (docs/forecast.md, "The line"): where it starts (counted at the
// line, or typed by the commander), when the people waiting now will be served with the booths open,
// and each hour's line, wait and booths needed. Two fields change the start, and the page asks again.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import type { Forecast } from './forecast-api';

/** What the commander changes of the line's start; undefined: as the server finds it. */
export interface LineAsk {
  readonly waitingNow?: number | undefined;
  readonly boothsOpen?: number | undefined;
}

const LIMITS = { waitingNow: 50_000, boothsOpen: 500 } as const;

/** A whole number within the field's limit, or the error to show beside it. */
export function readCount(text: string, max: number): { value: number } | { error: 'whole' | 'max' } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { error: 'whole' };
  const value = Number(trimmed);
  return value > max ? { error: 'max' } : { value };
}

export function LineSection({
  forecast: f,
  labels,
  onAsk,
}: {
  readonly forecast: Forecast;
  readonly labels: readonly string[];
  readonly onAsk?: ((ask: LineAsk) => void) | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const { line } = f;
  const at = (iso: string) => formatDateTime(iso, locale, f.checkpoint.timeZone, 'minute');
  const last = f.hours.at(-1);
  const booths = (n: number | null) => (n === null ? t('forecast.tooMany') : number.format(n));
  const wait = (waiting: number, minutes: number | null) => {
    if (waiting < 0.5) return t('forecast.line.noLine');
    return minutes === null
      ? t('forecast.line.noBooth')
      : t('forecast.minutes', { count: Math.round(minutes) });
  };
  return (
    <section
      className="panel forecast-line"
      aria-labelledby="forecast-line-title"
      data-testid="forecast-line"
    >
      <h2 id="forecast-line-title">{t('forecast.line.title')}</h2>
      <p data-testid="forecast-line-start">{startText(t, line, number.format(line.waitingNow), at)}</p>
      <p className="forecast-total" data-testid="forecast-line-outcome">
        {line.waitingNow === 0
          ? t('forecast.line.empty', { count: line.boothsOpen })
          : line.clearsAt !== null
            ? t('forecast.line.clears', { count: line.boothsOpen, time: at(line.clearsAt) })
            : t('forecast.line.stays', {
                count: f.hours.length,
                booths: number.format(line.boothsOpen),
                people: number.format(last?.waitingAtEnd ?? line.waitingNow),
              })}
      </p>
      {onAsk === undefined ? null : (
        // A new answer starts the fields again from what it says.
        <LineForm
          key={`${line.waitingSource}-${line.waitingNow}-${line.boothsSource}-${line.boothsOpen}`}
          forecast={f}
          onAsk={onAsk}
        />
      )}
      <p className="hint">
        {t('forecast.line.hint', { target: f.targetWaitMinutes, count: line.boothsOpen })}
      </p>
      <DataTable
        testId="forecast-line-table"
        columns={[
          { label: t('forecast.table.hour') },
          { label: t('forecast.line.waitingAtEnd', { count: line.boothsOpen }), className: 'num' },
          { label: t('forecast.line.waitAtEnd'), className: 'num' },
          { label: t('forecast.line.boothsWithLine'), className: 'num' },
        ]}
      >
        {f.hours.map((h, i) => (
          <tr key={`${h.date}-${h.hour}`}>
            <td className="nowrap">{labels[i]}</td>
            <td className="num">{number.format(h.waitingAtEnd)}</td>
            <td className="num nowrap">{wait(h.waitingAtEnd, h.waitAtEndMinutes)}</td>
            <td className="num">{booths(h.boothsWithLine)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function startText(
  t: ReturnType<typeof useTranslation>['t'],
  line: Forecast['line'],
  people: string,
  at: (iso: string) => string,
): string {
  if (line.waitingSource === 'given')
    return t('forecast.line.startGiven', { count: line.waitingNow, people });
  if (line.waitingSource === 'observed' && line.observedAt !== null)
    return t('forecast.line.startObserved', { count: line.waitingNow, people, time: at(line.observedAt) });
  return t('forecast.line.startNone');
}

/** The people waiting now and the booths open, as the commander sees them; sent together. */
function LineForm({
  forecast: f,
  onAsk,
}: {
  readonly forecast: Forecast;
  readonly onAsk: (ask: LineAsk) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [waiting, setWaiting] = useState(String(f.line.waitingNow));
  const [booths, setBooths] = useState(String(f.line.boothsOpen));
  const [shown, setShown] = useState(false);
  const waitingRead = readCount(waiting, LIMITS.waitingNow);
  const boothsRead = readCount(booths, LIMITS.boothsOpen);
  const errorOf = (read: ReturnType<typeof readCount>, max: number) =>
    !shown || 'value' in read
      ? undefined
      : read.error === 'whole'
        ? t('forecast.line.wholeNumber')
        : t('forecast.line.atMost', { max });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown(true);
    if ('value' in waitingRead && 'value' in boothsRead)
      onAsk({ waitingNow: waitingRead.value, boothsOpen: boothsRead.value });
  };
  const asked = f.line.waitingSource === 'given' || f.line.boothsSource === 'given';
  return (
    <form
      className="forecast-line-form"
      onSubmit={submit}
      noValidate
      aria-label={t('forecast.line.formLabel')}
    >
      <TextField
        id={`${id}-waiting`}
        label={t('forecast.line.waitingNow')}
        value={waiting}
        onChange={setWaiting}
        inputMode="numeric"
        error={errorOf(waitingRead, LIMITS.waitingNow)}
      />
      <TextField
        id={`${id}-booths`}
        label={t('forecast.line.boothsOpen')}
        value={booths}
        onChange={setBooths}
        inputMode="numeric"
        error={errorOf(boothsRead, LIMITS.boothsOpen)}
      />
      <div className="actions">
        <button type="submit" className="button button-primary">
          {t('forecast.line.recompute')}
        </button>
        {asked ? (
          <button type="button" className="button" onClick={() => onAsk({})}>
            {t('forecast.line.asFound')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
