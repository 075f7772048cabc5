// Term frequencies of name tokens by role (given name, surname), counted on a feature table, so a
// common name (García, José) adds less evidence than a rare one.
import type { FeatureTable, TermFrequencySource } from './features';

export interface TermFrequencyTables {
  readonly given: Record<string, number>;
  readonly givenValues: Record<string, number>;
  readonly surname: Record<string, number>;
  readonly minimum: number;
}

/** Counts token frequencies of the rows of a table; tokens seen fewer than minCount times are left out. */
export function countTermFrequencies(t: FeatureTable, minCount = 1): TermFrequencyTables {
  const given = new Float64Array(t.vocab.tokens.length);
  const surname = new Float64Array(t.vocab.tokens.length);
  const values = new Float64Array(t.vocab.values.length);
  let valueTotal = 0;
  let givenTotal = 0;
  let surnameTotal = 0;
  for (let row = 0; row < t.size; row += 1) {
    const start = t.start[row] ?? 0;
    const g = t.givenLen[row] ?? 0;
    const s = (t.s1Len[row] ?? 0) + (t.s2Len[row] ?? 0);
    for (let k = 0; k < g; k += 1) {
      const id = t.tokens[start + k] ?? 0;
      given[id] = (given[id] ?? 0) + 1;
    }
    for (let k = g; k < g + s; k += 1) {
      const id = t.tokens[start + k] ?? 0;
      surname[id] = (surname[id] ?? 0) + 1;
    }
    givenTotal += g;
    const value = t.givenValue[row] ?? -1;
    if (value >= 0) {
      values[value] = (values[value] ?? 0) + 1;
      valueTotal += 1;
    }
    surnameTotal += s;
  }
  const table = (counts: Float64Array, total: number, names: readonly string[]) => {
    const out: Record<string, number> = {};
    counts.forEach((c, id) => {
      if (c >= minCount) out[names[id] ?? ''] = c / total;
    });
    return out;
  };
  const total = Math.max(1, givenTotal, surnameTotal);
  return {
    given: table(given, Math.max(1, givenTotal), t.vocab.tokens),
    givenValues: table(values, Math.max(1, valueTotal), t.vocab.values),
    surname: table(surname, Math.max(1, surnameTotal), t.vocab.tokens),
    minimum: Math.max(0.5 / total, 1e-9),
  };
}

export function toSource(t: TermFrequencyTables): TermFrequencySource {
  return {
    given: new Map(Object.entries(t.given)),
    givenValues: new Map(Object.entries(t.givenValues)),
    surname: new Map(Object.entries(t.surname)),
    minimum: t.minimum,
  };
}

/**
 * A frequency source that takes, for each name, the higher of two: what the model learnt of the
 * people who cross, and what a long list shows. A name the model never saw counts as rare, which
 * makes every match on it strong; if the list itself holds it often, it is not.
 */
export function higherOf(a: TermFrequencySource, b: TermFrequencyTables): TermFrequencySource {
  const merge = (into: ReadonlyMap<string, number>, from: Record<string, number>) => {
    const out = new Map(into);
    for (const [name, f] of Object.entries(from)) if (f > (out.get(name) ?? 0)) out.set(name, f);
    return out;
  };
  return {
    given: merge(a.given, b.given),
    givenValues: merge(a.givenValues, b.givenValues),
    surname: merge(a.surname, b.surname),
    minimum: a.minimum,
  };
}
