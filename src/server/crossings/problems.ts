// What each refusal of a single event is called in a batch's outcome: the same code and title style
// as the API's problem catalogue, per event rather than per request.
import type { EventProblemCode } from '../../store/crossings';

const TITLES: Readonly<Record<EventProblemCode, string>> = {
  'event.conflict': 'An event with this id was already received with other content',
  'event.unknown-checkpoint': 'No checkpoint has this code',
  'event.unknown-booth': 'The checkpoint has no booth with this code',
  'event.checkpoint-not-assigned': 'You are not assigned to this checkpoint',
  'correction.target-kind': 'A correction corrects a crossing or a tally',
  'correction.field-kind': 'The event corrected has no such field',
  'correction.checkpoint': 'A correction is made at the checkpoint of the event it corrects',
  'correction.held': 'Only a supervisor decides on a held crossing',
  'correction.before-hold': 'The crossing was held after this decision was made',
  'correction.unreviewed-hit': 'A watchlist hit on this person is not reviewed yet',
  'correction.note-required': 'A decision on a held crossing needs a note',
  'group.companion-younger': 'The adult a child travels with is younger than the child',
  'person.name': 'The name cannot be used',
};

export function eventProblem(
  code: EventProblemCode,
  detail: string,
): { code: string; title: string; detail: string } {
  return { code, title: TITLES[code], detail };
}

export const EVENT_PROBLEM_CODES = Object.keys(TITLES) as EventProblemCode[];
