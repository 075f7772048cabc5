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

// What makes a crossing a child's: one of the group, travelling with `parent`, on no document of its own.
export const travellingChild = (group: string, parent: string) => ({
  group,
  relationship: 'child',
  travelsWith: parent,
  document: undefined,
});
