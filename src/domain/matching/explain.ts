// Turns a scored pair into its explanation (per comparison: level, weight, term-frequency adjustment,
// the values compared) and into sentences a supervisor can read, in Spanish or English.
import { z } from 'zod';
import { givenSlice, surnameSlice, type TokenSlice } from './comparisons';
import type { FeatureTable } from './features';
import { type CompiledModel, type PairScratch, probabilityOf } from './model';
import { COMPARISONS, type ComparisonName, LEVELS, NULL_LEVEL } from './types';

// The schema is the explanation's one definition: the types below derive from it, and whatever reads an
// explanation back from the database parses it with it (docs/decisions/0005).
const ComparisonExplanationSchema = z
  .object({
    comparison: z.enum(COMPARISONS),
    /** Level label, or 'missing' when either side lacks the value (no weight then). */
    level: z.string(),
    /** log2 of the Bayes factor m/u of the level. */
    weight: z.number(),
    /** Bits added (negative for a common name) because of how frequent the agreeing value is. */
    tfAdjustment: z.number(),
    left: z.string(),
    right: z.string(),
  })
  .readonly();
export type ComparisonExplanation = z.infer<typeof ComparisonExplanationSchema>;

export const MatchExplanationSchema = z
  .object({
    modelVersion: z.string(),
    /** log2 prior odds that two records are the same person (screening: one entry in the list). */
    prior: z.number(),
    comparisons: z.array(ComparisonExplanationSchema).readonly(),
    /** Given names and surnames were compared crossed over (typed in each other's fields). */
    namesSwapped: z.boolean(),
    /** The name matched is one the list calls weak (too broad alone): the prior is lower by that much. */
    weakName: z.boolean().optional(),
    totalWeight: z.number(),
    probability: z.number().min(0).max(1),
  })
  .readonly();
export type MatchExplanation = z.infer<typeof MatchExplanationSchema>;

const round = (x: number) => Math.round(x * 100) / 100;

function text(t: FeatureTable, s: TokenSlice): string {
  const out: string[] = [];
  for (let k = 0; k < s.length; k += 1) out.push(t.vocab.tokens[s.tokens[s.start + k] ?? 0] ?? '');
  return out.join(' ');
}

function dateText(t: FeatureTable, row: number): string {
  const y = t.year[row] ?? 0;
  if (y === 0) return '';
  const m = t.month[row] ?? 0;
  const d = t.day[row] ?? 0;
  const pad = (n: number) => String(n).padStart(2, '0');
  return m === 0 ? String(y) : d === 0 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

function poolText(t: FeatureTable, id: number): string {
  return id < 0 ? '' : (t.pool.values[id] ?? '');
}

function values(t: FeatureTable, row: number, c: ComparisonName, swapped: boolean): string {
  switch (c) {
    case 'givenName':
      return text(t, swapped ? surnameSlice(t, row) : givenSlice(t, row));
    case 'surname':
      return text(t, swapped ? givenSlice(t, row) : surnameSlice(t, row));
    case 'birthDate':
      return dateText(t, row);
    case 'document':
      return t.docs[row] ?? '';
    case 'nationality':
      return poolText(t, t.nat[row] ?? -1);
    case 'sex':
      return ['', 'M', 'F'][t.sex[row] ?? 0] ?? '';
    default: {
      const never: never = c;
      return never;
    }
  }
}

/** Builds the explanation of a pair already scored into scratch (weights and adjustments filled). */
export function explainScratch(
  cm: CompiledModel,
  a: FeatureTable,
  i: number,
  b: FeatureTable,
  j: number,
  s: PairScratch,
  totalWeight: number,
  prior: number = cm.prior,
): MatchExplanation {
  const comparisons = COMPARISONS.map((name, c): ComparisonExplanation => {
    const level = s.levels[c] ?? NULL_LEVEL;
    const missing = level === NULL_LEVEL;
    return {
      comparison: name,
      level: missing ? 'missing' : (LEVELS[name][level] ?? 'missing'),
      weight: missing ? 0 : round(s.weights[c] ?? 0),
      tfAdjustment: round(s.tfAdjustment[c] ?? 0),
      left: values(a, i, name, false),
      right: values(b, j, name, s.swapped && c < 2),
    };
  });
  return {
    modelVersion: cm.model.version,
    prior: round(prior),
    comparisons,
    namesSwapped: s.swapped,
    totalWeight: round(totalWeight),
    probability: probabilityOf(totalWeight),
  };
}

/** The languages an explanation is written in. */
export const EXPLANATION_LANGS = ['es', 'en'] as const;
type Lang = (typeof EXPLANATION_LANGS)[number];

const NAMES: Record<Lang, Record<ComparisonName, string>> = {
  es: {
    givenName: 'Nombres',
    surname: 'Apellidos',
    birthDate: 'Fecha de nacimiento',
    document: 'Documento',
    nationality: 'Nacionalidad',
    sex: 'Sexo',
  },
  en: {
    givenName: 'Given names',
    surname: 'Surnames',
    birthDate: 'Date of birth',
    document: 'Document',
    nationality: 'Nationality',
    sex: 'Sex',
  },
};

const LEVEL_TEXT: Record<Lang, Record<string, string>> = {
  es: {
    exact: 'coinciden exactamente',
    phonetic: 'suenan igual',
    'jaro-winkler-0.92': 'son muy parecidos',
    'token-subset': 'uno contiene al otro',
    'jaro-winkler-0.85': 'se parecen',
    other: 'son distintos',
    'day-month-swapped': 'día y mes invertidos',
    'year-month': 'mismo año y mes',
    year: 'mismo año',
    'year-off-by-one': 'un año de diferencia',
    'year-approximate': 'entre tres y cinco años de diferencia (edad estimada)',
    mismatch: 'no coinciden',
    'one-edit': 'difieren en un carácter',
    'other-document': 'son documentos de otro tipo',
    'identity-mismatch': 'números de identidad distintos',
    same: 'iguales',
    different: 'distintos',
    missing: 'falta el dato: no cuenta',
  },
  en: {
    exact: 'match exactly',
    phonetic: 'sound the same',
    'jaro-winkler-0.92': 'are very similar',
    'token-subset': 'one contains the other',
    'jaro-winkler-0.85': 'are similar',
    other: 'differ',
    'day-month-swapped': 'day and month swapped',
    'year-month': 'same year and month',
    year: 'same year',
    'year-off-by-one': 'one year apart',
    'year-approximate': 'three to five years apart (an estimated age)',
    mismatch: 'do not match',
    'one-edit': 'differ by one character',
    'other-document': 'are documents of another kind',
    'identity-mismatch': 'different identity numbers',
    same: 'same',
    different: 'different',
    missing: 'missing: does not count',
  },
};

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

/** A person-readable explanation: one line per comparison, then the total and the probability. */
export function explainToText(e: MatchExplanation, lang: Lang): string {
  const lines = e.comparisons.map((c) => {
    const shown = c.left || c.right ? ` (${c.left || '—'} / ${c.right || '—'})` : '';
    const what = `${NAMES[lang][c.comparison]}${shown}: ${LEVEL_TEXT[lang][c.level] ?? c.level}`;
    if (c.level === 'missing') return what;
    const tf =
      c.tfAdjustment === 0
        ? ''
        : lang === 'es'
          ? ` (${signed(c.tfAdjustment)} por ${c.tfAdjustment < 0 ? 'ser un nombre frecuente' : 'ser un nombre poco frecuente'})`
          : ` (${signed(c.tfAdjustment)} because the name is ${c.tfAdjustment < 0 ? 'common' : 'rare'})`;
    return `${what}: ${signed(c.weight)} bits${tf}`;
  });
  const pct = `${(e.probability * 100).toFixed(e.probability > 0.999 || e.probability < 0.001 ? 3 : 1)} %`;
  if (e.namesSwapped) {
    lines.push(
      lang === 'es'
        ? 'Nombres y apellidos se compararon cruzados (escritos en el campo del otro).'
        : 'Given names and surnames were compared crossed over (typed in each other’s field).',
    );
  }
  if (e.weakName) {
    lines.push(
      lang === 'es'
        ? 'El nombre coincide con un alias débil de la lista (insuficiente por sí solo): pesa menos a priori.'
        : 'The name matches a weak alias of the list (not enough on its own): it weighs less a priori.',
    );
  }
  lines.push(
    lang === 'es'
      ? `Total: ${signed(e.totalWeight)} bits (a priori ${signed(e.prior)}); probabilidad de ser la misma persona: ${pct}.`
      : `Total: ${signed(e.totalWeight)} bits (prior ${signed(e.prior)}); probability of being the same person: ${pct}.`,
  );
  return lines.join('\n');
}
