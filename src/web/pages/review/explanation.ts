// A match's explanation as the review pages show it: read from the API (where it travels untyped),
// comparison and level names in words, weights as signed bits with a bar, and the listed entry.
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { PersonFactsDto } from '../../../api/common';
import { sexName } from '../../format/person-name';
import { formatDay } from '../booth/days';

// The API sends explanations as stored: read leniently, so an older or newer model still shows.
const ExplanationSchema = z.object({
  comparisons: z.array(
    z.object({
      comparison: z.string(),
      level: z.string(),
      weight: z.number(),
      tfAdjustment: z.number().default(0),
      left: z.string().default(''),
      right: z.string().default(''),
    }),
  ),
  namesSwapped: z.boolean().default(false),
  totalWeight: z.number(),
  probability: z.number(),
  prior: z.number().optional(),
});
export type Explanation = z.infer<typeof ExplanationSchema>;
export type ExplainedComparison = Explanation['comparisons'][number];

/** The explanation, or null when it is not one (the page then shows the server's text). */
export function readExplanation(value: unknown): Explanation | null {
  const parsed = ExplanationSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What the review pages know of each record of a pair (the API's person view has these fields). */
export type ComparedPerson = Readonly<PersonFactsDto>;

// The model compares names folded to capitals without accents; fold the records' names the same way.
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();

/** How well a compared value fits a record: 1 when it is that record's, 0 when not, or a share of names. */
function fitOf(comparison: string, value: string, p: ComparedPerson): number {
  if (value === '') return 0;
  switch (comparison) {
    case 'givenName':
    case 'surname': {
      // All of the record's names: names typed in each other's fields are compared crossed over.
      const names = new Set(fold([p.givenNames, p.surname1, p.surname2 ?? ''].join(' ')).split(' '));
      const tokens = fold(value).split(' ');
      return tokens.filter((token) => names.has(token)).length / tokens.length;
    }
    case 'birthDate':
      return value === p.birthDate ? 1 : 0;
    case 'sex':
      return value === p.sex ? 1 : 0;
    case 'nationality':
      return value === p.nationality ? 1 : 0;
    default:
      return 0;
  }
}

/**
 * The explanation with `left` holding record a's values and `right` record b's. A link's explanation
 * keeps the sides in the order the pair was scored, and the store files a pair in the order of its
 * ids, so its left may be record b: the values themselves say which side is whose.
 */
export function orientExplanation(e: Explanation, a: ComparedPerson, b: ComparedPerson): Explanation {
  let straight = 0;
  let crossed = 0;
  for (const c of e.comparisons) {
    straight += fitOf(c.comparison, c.left, a) + fitOf(c.comparison, c.right, b);
    crossed += fitOf(c.comparison, c.left, b) + fitOf(c.comparison, c.right, a);
  }
  if (crossed <= straight) return e;
  return { ...e, comparisons: e.comparisons.map((c) => ({ ...c, left: c.right, right: c.left })) };
}

/**
 * A compared value as the reader writes it: a sex in words (not "M"), a birth date as precise as it
 * is ("2 jul 1991", "1991"), a nationality by its country's name with the code the model compared
 * ("Venezuela (VEN)", as the records beside the table write it); names and documents as compared.
 */
export function valueText(
  comparison: string,
  value: string,
  t: TFunction,
  locale: string,
  countryName: (code: string) => string,
): string {
  if (value === '') return '—';
  if (comparison === 'sex') return sexName(value, t);
  if (comparison === 'birthDate' && /^\d{4}(-\d{2}){0,2}$/.test(value)) return formatDay(value, locale);
  if (comparison === 'nationality') {
    const name = countryName(value);
    return name === value ? value : `${name} (${value})`;
  }
  return value;
}

export function comparisonName(comparison: string, t: TFunction): string {
  switch (comparison) {
    case 'givenName':
      return t('review.comparison.givenName');
    case 'surname':
      return t('review.comparison.surname');
    case 'birthDate':
      return t('review.comparison.birthDate');
    case 'document':
      return t('review.comparison.document');
    case 'nationality':
      return t('review.comparison.nationality');
    case 'sex':
      return t('review.comparison.sex');
    default:
      return comparison;
  }
}

/** A level label of the model (domain/matching LEVELS, or 'missing') in words; unknown ones as given. */
export function levelName(level: string, t: TFunction): string {
  switch (level) {
    case 'exact':
      return t('review.level.exact');
    case 'phonetic':
      return t('review.level.phonetic');
    case 'jaro-winkler-0.92':
      return t('review.level.veryClose');
    case 'token-subset':
      return t('review.level.tokenSubset');
    case 'jaro-winkler-0.85':
      return t('review.level.close');
    case 'other':
      return t('review.level.other');
    case 'day-month-swapped':
      return t('review.level.dayMonthSwapped');
    case 'year-month':
      return t('review.level.yearMonth');
    case 'year':
      return t('review.level.year');
    case 'year-off-by-one':
      return t('review.level.yearOffByOne');
    case 'year-approximate':
      return t('matching.level.yearApproximate');
    case 'mismatch':
      return t('review.level.mismatch');
    case 'one-edit':
      return t('review.level.oneEdit');
    case 'other-document':
      return t('review.level.otherDocument');
    case 'identity-mismatch':
      return t('review.level.identityMismatch');
    case 'same':
      return t('review.level.same');
    case 'different':
      return t('review.level.different');
    case 'missing':
      return t('review.level.missing');
    default:
      return level;
  }
}

/** Bits with their sign always shown and a true minus sign: "+3.2", "−2.1", "0.0". */
export function formatBits(value: number, locale: string): string {
  const rounded = Math.round(value * 10) / 10;
  const text = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: rounded === 0 ? 'never' : 'always',
  }).format(rounded);
  return text.replace('-', '−');
}

/**
 * A probability as a percentage, with decimals only near the ends, and never rounded to certainty:
 * 0.99999 is "99.99 %", not "100 %".
 */
export function formatProbability(probability: number, locale: string): string {
  const p = Math.min(1, Math.max(0, probability));
  const extreme = p > 0.999 || p < 0.001;
  const digits = p === 0 || p === 1 ? 0 : extreme ? 2 : p >= 0.95 || p <= 0.05 ? 1 : 0;
  const shown = p === 0 || p === 1 ? p : Math.min(0.9999, Math.max(0.0001, p));
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(shown);
}

/**
 * How wide each comparison's bar is, as a share (0–1) of the largest weight in the explanation, so
 * the strongest evidence fills its half of the scale and the rest is drawn in proportion.
 */
export function barShares(comparisons: readonly ExplainedComparison[]): readonly number[] {
  const total = (c: ExplainedComparison) => c.weight + c.tfAdjustment;
  const largest = Math.max(0, ...comparisons.map((c) => Math.abs(total(c))));
  return comparisons.map((c) => (largest === 0 ? 0 : Math.abs(total(c)) / largest));
}

const DetailSchema = z.object({
  names: z
    .array(
      z.union([
        z.string(),
        z.object({ givenNames: z.string(), surname1: z.string(), surname2: z.string().optional() }),
      ]),
    )
    .default([]),
  sex: z.string().optional(),
  birthDates: z
    .array(z.object({ year: z.number(), month: z.number().optional(), day: z.number().optional() }))
    .default([]),
  nationalities: z.array(z.string()).default([]),
  documents: z
    .array(z.object({ type: z.string().optional(), number: z.string(), text: z.string().optional() }))
    .default([]),
});

/** A watchlist entry, names and dates written out as text for the page. */
export type ListedPerson = {
  readonly names: readonly string[];
  readonly sex: string | null;
  readonly birthDates: readonly string[];
  readonly nationalities: readonly string[];
  /**
   * Each document as the list writes it: the text it was found in where the list wrote more than the
   * number ("No. H0044232 (Iraqi)": often the issuer), else the number; once each.
   */
  readonly documents: readonly { readonly type: string | null; readonly written: string }[];
};

const pad = (n: number) => String(n).padStart(2, '0');

// A text with two numbers in it gave the list two documents: it is shown once.
const onceEach = (docs: ListedPerson['documents']): ListedPerson['documents'] => {
  const seen = new Set<string>();
  return docs.filter((doc) => {
    const key = `${doc.type ?? ''}|${doc.written}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** The listed entry as text (the listed name first, then aliases); null when it cannot be read. */
export function readListedPerson(detail: unknown): ListedPerson | null {
  const parsed = DetailSchema.safeParse(detail);
  if (!parsed.success) return null;
  const d = parsed.data;
  return {
    names: d.names.map((n) =>
      typeof n === 'string' ? n : [n.givenNames, n.surname1, n.surname2 ?? ''].filter(Boolean).join(' '),
    ),
    sex: d.sex ?? null,
    birthDates: d.birthDates.map((b) =>
      [String(b.year), b.month === undefined ? '' : pad(b.month), b.day === undefined ? '' : pad(b.day)]
        .filter(Boolean)
        .join('-'),
    ),
    nationalities: d.nationalities,
    documents: onceEach(
      d.documents.map((doc) => ({ type: doc.type || null, written: doc.text?.trim() || doc.number })),
    ),
  };
}
