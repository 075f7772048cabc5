// What a reader works out exactly once one more withheld figure is shown, without eliminating again
// for each figure tried (show-again.ts tries hundreds a date). The reader's sums span a space of
// combinations (their row space, on the withheld figures); a figure is worked out when its unit
// vector lies in it (linear-audit.ts). Reduce each figure's unit vector once modulo that space: its
// normal form, zero on the pivots of the space's reduced echelon basis, is the same for two vectors
// exactly when they differ by a combination of sums. Showing `k` adds its unit vector to the space;
// a figure `s` is then worked out exactly when the normal form of `s` is a multiple of that of `k`
// (or zero). Each normal form is kept scaled to a first coefficient of 1, so "a multiple of" is
// "equal to", and showing a figure updates the normal forms it touches, as one more elimination step.
// As in linear-audit.ts, this runs modulo two primes, and a figure counts as worked out when either
// prime says so.
import { equationsOf, groupsOf } from './equations';
import { eliminate, PRIMES, power } from './linear-audit';
import type { Line } from './suppression';

/** The reader's sums on the unknown figures, reduced once, and kept as figures are shown. */
export interface NormalForms {
  /** Whether showing `key` lets the reader work out a figure `among` says matters. */
  givesAway(key: string, among: (key: string) => boolean): boolean;
  /** The figures still unknown that share sums with `key`, directly or through others (not `key`). */
  around(key: string): readonly string[];
  /** `key` is shown: the reader knows it from now on. */
  show(key: string): void;
}

/** A normal form: coefficient by figure's number, modulo one prime. */
type Form = Map<number, number>;

export function normalForms(lines: readonly Line[], unknown: ReadonlySet<string>): NormalForms {
  const system = equationsOf(lines, unknown);
  const groupOf = new Map<number, number[]>();
  const fields = PRIMES.map((p) => ({ p, forms: new Map<number, Form>(), names: new Map<number, string>() }));
  for (const group of groupsOf(system)) {
    for (const u of group.unknowns) groupOf.set(u, group.unknowns);
    for (const field of fields) {
      const { pivotOf } = eliminate(group.rows, group.unknowns, field.p);
      for (const u of group.unknowns) {
        const pivot = pivotOf.get(u);
        // A pivot's unit vector less its row; any other's is its own (no pivot to take away).
        const form: Form = new Map();
        if (pivot === undefined) form.set(u, 1);
        else for (const [c, v] of pivot) if (c !== u && v !== 0) form.set(c, (field.p - v) % field.p);
        field.forms.set(u, form);
        field.names.set(u, nameOf(scaled(form, field.p)));
      }
    }
  }
  const numberOf = (key: string) => system.index.get(key);
  const shown = new Set<number>();
  return {
    givesAway(key, among) {
      const k = numberOf(key);
      if (k === undefined) return false;
      return fields.some(({ names }) => {
        const named = names.get(k);
        return (groupOf.get(k) ?? []).some((s) => {
          if (s === k || shown.has(s) || !among(system.keys[s] ?? '')) return false;
          const name = names.get(s);
          return name === '' || name === named;
        });
      });
    },
    around(key) {
      const k = numberOf(key);
      if (k === undefined) return [];
      return (groupOf.get(k) ?? []).filter((s) => s !== k && !shown.has(s)).map((s) => system.keys[s] ?? '');
    },
    show(key) {
      const k = numberOf(key);
      if (k === undefined || shown.has(k)) return;
      shown.add(k);
      for (const { p, forms, names } of fields) {
        const form = scaled(forms.get(k) ?? new Map(), p);
        const [pivot] = form.keys();
        if (pivot === undefined) continue;
        // One more elimination step: take the new pivot out of every form that holds it.
        for (const u of groupOf.get(k) ?? []) {
          const other = forms.get(u);
          const factor = other?.get(pivot);
          if (other === undefined || factor === undefined) continue;
          for (const [c, v] of form) {
            const next = ((other.get(c) ?? 0) - ((factor * v) % p) + p) % p;
            if (next === 0) other.delete(c);
            else other.set(c, next);
          }
          names.set(u, nameOf(scaled(other, p)));
        }
      }
    },
  };
}

/** The form times the inverse of its coefficient on its least figure's number: a first coefficient of 1. */
function scaled(form: Form, p: number): Form {
  let first: number | undefined;
  for (const c of form.keys()) if (first === undefined || c < first) first = c;
  if (first === undefined) return new Map();
  const inverse = power(form.get(first) ?? 1, p - 2, p);
  return new Map([...form].sort((a, b) => a[0] - b[0]).map(([c, v]) => [c, (v * inverse) % p]));
}

/** A scaled form as text, to compare: '' for zero. */
function nameOf(form: Form): string {
  return [...form].map(([c, v]) => `${c}:${v}`).join(',');
}
