// The assumptions of the shelter beds, as the planner changes them: the share of adults and of children
// arriving who stay the night, in percent, and how many nights they stay on average. Read as people
// type them (a comma or a point for decimals), checked beside each field, and sent together.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFromTyped } from '../../../domain/shared';
import { TextField } from '../../components/text-field';
import { useLocale } from '../../hooks/use-locale';
import type { ShelterBeds } from './forecast-api';

/** What the planner changed of the assumptions; undefined: the server's defaults. */
export interface BedAssumptionsAsk {
  readonly shareStaying?: number | undefined;
  readonly shareStayingChildren?: number | undefined;
  readonly stayNights?: number | undefined;
}

/** A number typed within [min, max], decimals allowed, or null. */
export function readBetween(text: string, min: number, max: number): number | null {
  const value = numberFromTyped(text.trim().replace(/\s*%$/, ''), true);
  return value === undefined || value < min || value > max ? null : value;
}

export function BedAssumptionsForm({
  beds: b,
  asked,
  onAsk,
}: {
  readonly beds: ShelterBeds;
  /** Whether the planner changed the defaults: then a button goes back to them. */
  readonly asked: boolean;
  readonly onAsk: (ask: BedAssumptionsAsk) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
  const [adults, setAdults] = useState(decimal.format(b.shareStaying * 100));
  const [children, setChildren] = useState(decimal.format(b.shareStayingChildren * 100));
  const [stay, setStay] = useState(decimal.format(b.stayNights));
  const [shown, setShown] = useState(false);
  const read = {
    adults: readBetween(adults, 0, 100),
    children: readBetween(children, 0, 100),
    stay: readBetween(stay, 1, 30),
  };
  const errorOf = (value: number | null, message: string) => (shown && value === null ? message : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown(true);
    if (read.adults === null || read.children === null || read.stay === null) return;
    // Percent to a share, to four decimals: 12,5 % is 0.125.
    const share = (percent: number) => Math.round(percent * 100) / 10_000;
    onAsk({
      shareStaying: share(read.adults),
      shareStayingChildren: share(read.children),
      stayNights: read.stay,
    });
  };
  return (
    <form
      className="forecast-line-form"
      onSubmit={submit}
      noValidate
      aria-label={t('forecast.beds.formLabel')}
    >
      <TextField
        id={`${id}-adults`}
        label={t('forecast.beds.shareStaying')}
        value={adults}
        onChange={setAdults}
        inputMode="decimal"
        error={errorOf(read.adults, t('forecast.beds.percentError'))}
      />
      <TextField
        id={`${id}-children`}
        label={t('forecast.beds.shareStayingChildren')}
        value={children}
        onChange={setChildren}
        inputMode="decimal"
        error={errorOf(read.children, t('forecast.beds.percentError'))}
      />
      <TextField
        id={`${id}-stay`}
        label={t('forecast.beds.stayNights')}
        value={stay}
        onChange={setStay}
        inputMode="decimal"
        error={errorOf(read.stay, t('forecast.beds.stayError'))}
      />
      <div className="actions">
        <button type="submit" className="button button-primary">
          {t('forecast.line.recompute')}
        </button>
        {asked ? (
          <button type="button" className="button" onClick={() => onAsk({})}>
            {t('forecast.beds.defaults')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
