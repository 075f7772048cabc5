// A crossing at Santa Rosa admitted in transit towards Tumbes, with consent: someone a convoy may carry
// and a shelter may take in. Tests give the id, the time and the person, and change what they are about.
export const transitCrossing = (
  id: string,
  at: string,
  person: Readonly<Record<string, unknown>>,
  extra: Readonly<Record<string, unknown>> = {},
) => ({
  kind: 'crossing',
  id,
  at,
  checkpoint: 'PE-SANTA-ROSA',
  direction: 'entry',
  decision: 'admitted-transit',
  exitPoint: 'PE-TUMBES',
  consent: true,
  person,
  ...extra,
});

/** A Venezuelan family's member admitted in transit on the test app's day, on an identity card of `number`. */
export const venezuelanInTransit = (
  id: string,
  givenNames: string,
  family: { readonly surname1: string; readonly birthDate: string },
  number: string,
  extra: Readonly<Record<string, unknown>> = {},
) =>
  transitCrossing(
    id,
    '2025-11-27T14:00:00Z',
    { givenNames, ...family, nationality: 'VEN' },
    { document: { type: 'ID', number, issuingState: 'VEN' }, ...extra },
  );

// What makes a crossing a child's: one of the group, travelling with `parent`, on no document of its own.
export const travellingChild = (group: string, parent: string) => ({
  group,
  relationship: 'child',
  travelsWith: parent,
  document: undefined,
});

/**
 * Lucía Rojas (born 1990) and her daughter Ana (2016), one family of `group`, and Omar Vargas (1979)
 * alone: the convoy tests' passengers, with ids `id(1)` to `id(3)` and card numbers ending in `tag`.
 */
export const motherDaughterAndMan = (id: (n: number) => string, group: string, tag: string) => [
  venezuelanInTransit(id(1), 'Lucía', { surname1: 'Rojas', birthDate: '1990-05-06' }, `V1${tag}`, {
    group,
    relationship: 'reference',
  }),
  venezuelanInTransit(
    id(2),
    'Ana',
    { surname1: 'Rojas', birthDate: '2016-03-01' },
    `V2${tag}`,
    travellingChild(group, id(1)),
  ),
  venezuelanInTransit(id(3), 'Omar', { surname1: 'Vargas', birthDate: '1979-01-02' }, `V3${tag}`),
];
