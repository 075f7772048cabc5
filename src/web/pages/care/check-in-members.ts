// Who a check-in takes: the person tapped and the members of their family the carer leaves ticked. A
// member who did not consent, or who stays at a shelter already, starts unticked and cannot be ticked;
// leaving anyone out is said to the server (allowSplit), as the rules ask.

export type Relative = {
  readonly personId: string;
  readonly givenNames: string;
  readonly surname1: string;
  readonly consented: boolean;
  readonly shelterId: string | null;
};

/** Why a member cannot come along, or null when they can. */
export type LeftOutWhy = 'no-consent' | 'staying' | null;

export const whyLeftOut = (r: Relative): LeftOutWhy =>
  !r.consented ? 'no-consent' : r.shelterId !== null ? 'staying' : null;

/** The members ticked at first: everyone who can come along. */
export const firstTicked = (relatives: readonly Relative[]): readonly string[] =>
  relatives.filter((r) => whyLeftOut(r) === null).map((r) => r.personId);

/** What the check-in sends: the person, the members ticked, and whether anyone is left out. */
export function checkInPeople(
  personId: string,
  relatives: readonly Relative[],
  ticked: readonly string[],
): { readonly personIds: readonly string[]; readonly allowSplit: boolean } {
  const coming = relatives.filter((r) => whyLeftOut(r) === null && ticked.includes(r.personId));
  return {
    personIds: [personId, ...coming.map((r) => r.personId)],
    allowSplit: coming.length < relatives.length,
  };
}
