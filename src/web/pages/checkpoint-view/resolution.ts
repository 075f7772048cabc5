// The supervisor's decision on a crossing as plain data: what the form checks before it asks (a
// refusal's ground, chosen by the supervisor; for a held person, the reason for the decision, which
// the server also requires: docs/counting.md), the question asked, and what is said once it is done.
import type { TFunction } from 'i18next';
import type { RefusalGround } from '../../../domain/crossings';
import { refusalGroundName } from '../booth/decision-messages';

export const RESOLUTIONS = ['admitted', 'admitted-transit', 'referred-protection', 'refused'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** The fields still to fill in before this decision can be asked. */
export type Missing = { readonly ground: boolean; readonly note: boolean };

export function missingFor(
  decision: Resolution,
  form: { readonly ground: RefusalGround | ''; readonly note: string; readonly isHeld: boolean },
): Missing {
  return {
    ground: decision === 'refused' && form.ground === '',
    note: form.isHeld && form.note.trim() === '',
  };
}

/** The question asked before the decision is sent, naming the person, and its answer's button. */
export function questionOf(
  decision: Resolution,
  name: string,
  ground: RefusalGround | '',
  t: TFunction,
): { readonly text: string; readonly answer: string } {
  switch (decision) {
    case 'admitted':
      return {
        text: t('heldDecision.admitQuestion', { name }),
        answer: t('heldDecision.admitAnswer', { name }),
      };
    case 'admitted-transit':
      return {
        text: t('heldDecision.transitQuestion', { name }),
        answer: t('heldDecision.transitAnswer', { name }),
      };
    case 'referred-protection':
      return {
        text: t('heldDecision.protectionQuestion', { name }),
        answer: t('heldDecision.protectionAnswer', { name }),
      };
    case 'refused':
      return {
        text: t('heldDecision.refuseQuestion', {
          name,
          ground: ground === '' ? '—' : refusalGroundName(ground, t),
        }),
        answer: t('heldDecision.refuseAnswer', { name }),
      };
    default: {
      const never: never = decision;
      return never;
    }
  }
}

/** What the page says once the decision is recorded. */
export function doneMessage(decision: Resolution, name: string, t: TFunction): string {
  switch (decision) {
    case 'admitted':
      return t('overview.resolve.admittedDone', { name });
    case 'admitted-transit':
      return t('overview.resolve.transitDone', { name });
    case 'referred-protection':
      return t('overview.resolve.protectionDone', { name });
    case 'refused':
      return t('overview.resolve.refusedDone', { name });
    default: {
      const never: never = decision;
      return never;
    }
  }
}
