// Fields that every person-bearing request shares (events, registrations): ICAO country codes and
// partial dates, each refusal with a stable code that the web app translates.
import { z } from 'zod';
import { countryByCode } from '../domain/documents';
import { parsePartialDate } from '../domain/matching';
import { canonicalCountryCode } from '../domain/shared';

/** Stable codes for what can be wrong with an event; the web app has a sentence for each. */
export type EventIssueCode =
  | 'event.invalid-type'
  | 'event.invalid-value'
  | 'event.required'
  | 'event.unknown-field'
  | 'event.too-long'
  | 'event.time'
  | 'event.in-future'
  | 'event.uuid'
  | 'event.checkpoint-code'
  | 'date.format'
  | 'date.nonexistent'
  | 'date.before-1900'
  | 'date.future'
  | 'country.unknown'
  | 'tally.count-range'
  | 'refusal.ground-required'
  | 'refusal.ground-unexpected'
  | 'transit.exit-point-required'
  | 'correction.empty'
  | 'correction.both'
  | 'correction.fixed-field'
  | 'group.relationship-required';

export interface EventIssue {
  readonly path: string;
  readonly code: EventIssueCode;
  readonly message: string;
}

export const issue = (code: EventIssueCode, message: string) => ({
  code: 'custom' as const,
  message,
  params: { code },
});

export const CountryCodeText = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((text, ctx) => {
    if (!/^[A-Z]{1,3}$/.test(text) || countryByCode(text) === null) {
      ctx.addIssue(issue('country.unknown', `"${text}" is not an ICAO country code`));
    }
  })
  // One country, one row in the figures: DEU is read as D, the code ICAO prints for Germany.
  .transform((text) => canonicalCountryCode(text))
  .meta({
    pattern: '^\\s*[A-Za-z]{1,3}\\s*$',
    description:
      'An ICAO 9303 country code (VEN, PER, D…), in any case; a code ICAO does not assign is refused.',
  });

// YYYY, YYYY-MM or YYYY-MM-DD; a day that does not exist (31 February) is refused.
export const PartialDateText = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (!parsed.ok) {
      const code = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) ? 'date.nonexistent' : 'date.format';
      ctx.addIssue(issue(code, parsed.error));
    }
  })
  .meta({
    pattern: '^\\s*(\\d{4}(-\\d{2}(-\\d{2})?)?)?\\s*$',
    description:
      'A date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD (empty: unknown). A day that does not ' +
      'exist is refused, and so is a year before 1800 or after 2200.',
  });
