// A correction of a recorded person's details as plain data: a name, birth date, sex, nationality or
// document number typed wrong at the booth, put right later (docs/counting.md, rule 2). `person` and
// `document` are each replaced whole, so the correction carries the whole person (and document) as
// corrected, and only what changed: a field set the same as before would be disputed, for nothing, by
// another device's correction of it.

import { documentOf, nationalIdProblem, personOf, type RegistrationForm } from './registration';
import type { BoothIssue } from './sitting-events';
import type { CorrectionBody } from './use-correction';

export type PersonCorrection = { readonly body: CorrectionBody; readonly issues: readonly BoothIssue[] };

// personOf and documentOf build their objects in one key order: equal details read as equal text.
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The correction of `recorded` to `corrected`, with the booth's own issues: the reason required (as
 * for a decision), a national number that does not check, a document left without its number (a
 * correction does not take the document away: how the identity was established would change with it),
 * and nothing changed. The reason is the correction's own note: `set.note` would replace the crossing's
 * note (a refusal's), and the supervisor reads the reason from either (docs/offline.md).
 */
export function personCorrectionOf(
  recorded: RegistrationForm,
  corrected: RegistrationForm,
  reason: string,
): PersonCorrection {
  const person = personOf(corrected);
  const hadDocument = documentOf(recorded) !== undefined;
  const document = hadDocument ? documentOf(corrected) : undefined;
  const set = {
    ...(same(person, personOf(recorded)) ? {} : { person }),
    ...(document === undefined || same(document, documentOf(recorded)) ? {} : { document }),
  };
  const note = reason.trim();
  const issues: BoothIssue[] = [
    ...(hadDocument && corrected.documentNumber.trim() === ''
      ? [{ path: 'document.number', code: 'event.required' as const }]
      : []),
    ...(hadDocument && nationalIdProblem(corrected) !== null
      ? [{ path: 'document.number', code: 'document.national-id' as const }]
      : []),
    // A document whose number was emptied is said as such, not as nothing changed.
    ...(Object.keys(set).length === 0 && (document !== undefined || !hadDocument)
      ? [{ path: 'person', code: 'correction.unchanged' as const }]
      : []),
    ...(note === '' ? [{ path: 'reason', code: 'correction.reason-required' as const }] : []),
  ];
  return { body: { set, ...(note === '' ? {} : { note }) }, issues };
}
