// Finds candidates for a manifest as a person types: by any part of their names or their document
// number, without case or accents, every word typed matching somewhere. A family is shown whole when
// any of its members matches, since it rides as one.

// "Peña" and "pena", "José" and "JOSE" match; document numbers compare without dashes or dots.
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const compact = (s: string): string => fold(s).replace(/[^a-z0-9]/g, '');

interface Searchable {
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2: string | null;
  readonly document: { readonly number: string } | null;
}

function matches(person: Searchable, words: readonly string[]): boolean {
  const names = fold([person.givenNames, person.surname1, person.surname2 ?? ''].join(' '));
  const document = compact(person.document?.number ?? '');
  return words.every(
    (w) => names.includes(w) || (document !== '' && compact(w) !== '' && document.includes(compact(w))),
  );
}

/** The units (a family or one person) with a member the query finds; all of them for an empty query. */
export function searchUnits<T extends Searchable>(
  units: readonly (readonly [string, readonly T[]])[],
  query: string,
): (readonly [string, readonly T[]])[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...units];
  return units.filter(([, members]) => members.some((m) => matches(m, words)));
}
