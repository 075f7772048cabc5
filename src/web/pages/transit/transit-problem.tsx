// A refusal of the transit API: the rule broken in the reader's language, and which of its rules
// (the problem's `reason`) in a sentence of its own; the server's detail, in English and naming
// people by id, only for a rule this app does not know. A child who would ride alone is named, from
// the people the page has, where it has them.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ManifestProblemCode, SequenceProblemCode } from '../../../domain/transit';
import type { ApiProblem } from '../../api/problem';
import { ProblemMessage } from '../../components/problem-message';
import { fullName } from '../../format/person-name';
import { useLocale } from '../../hooks/use-locale';

const reasonSentences = (
  t: TFunction,
): Readonly<Record<ManifestProblemCode | SequenceProblemCode, string>> => ({
  'manifest.locked': t('transit.reason.manifestLocked'),
  'manifest.unknown-vehicle': t('transit.reason.unknownVehicle'),
  'manifest.duplicate-person': t('transit.reason.duplicatePerson'),
  'manifest.not-eligible': t('transit.reason.notEligible'),
  'manifest.family-split': t('transit.reason.familySplit'),
  'manifest.child-alone': t('transit.reason.childAlone'),
  'manifest.over-seats': t('transit.reason.overSeats'),
  'sequence.finished': t('transit.reason.finished'),
  'sequence.time-order': t('transit.reason.timeOrder'),
  'sequence.in-future': t('transit.reason.inFuture'),
  'sequence.not-on-manifest': t('transit.reason.notOnManifest'),
  'sequence.boarding-after-departure': t('transit.reason.alreadyDeparted'),
  'sequence.not-departed': t('transit.reason.notDeparted'),
  'sequence.boarding-incomplete': t('transit.reason.boardingIncomplete'),
  'sequence.departed-before-passes': t('transit.reason.departedBeforePasses'),
  'sequence.nobody-boarded': t('transit.reason.nobodyBoarded'),
  'sequence.stop-not-on-corridor': t('transit.reason.stopNotOnCorridor'),
  'sequence.stop-order': t('transit.reason.stopOrder'),
  'sequence.not-at-stop': t('transit.reason.notAtStop'),
  'sequence.not-on-board': t('transit.reason.notOnBoard'),
  'sequence.arrival-unaccounted': t('transit.reason.arrivalUnaccounted'),
  'sequence.correction-not-last': t('transit.reason.correctionNotLast'),
  'sequence.not-correctable': t('transit.reason.notCorrectable'),
  'sequence.child-alone': t('transit.reason.childLeftAlone'),
});

function reasonText(reason: string | undefined, t: TFunction): string | undefined {
  const sentences: Readonly<Record<string, string>> = reasonSentences(t);
  return reason !== undefined && Object.hasOwn(sentences, reason) ? sentences[reason] : undefined;
}

/**
 * The names of those among `people` whom a refusal's detail names by id (the children who would ride
 * alone): the detail is in English, but an id reads the same in any language.
 */
export const namesIn = (
  problem: ApiProblem | null,
  people: readonly (Parameters<typeof fullName>[0] & { readonly personId: string })[],
): readonly string[] => people.filter((p) => problem?.detail?.includes(p.personId) === true).map(fullName);

type Props = {
  readonly problem: ApiProblem | null;
  /** The names of the people the refusal names by id, as the page found them. */
  readonly people?: readonly string[];
};

export function TransitProblem({ problem, people = [] }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (problem === null) return null;
  if (problem.code === 'transit.manifest' || problem.code === 'transit.sequence') {
    const named = {
      names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(people),
      count: people.length,
    };
    const reason =
      people.length === 0
        ? reasonText(problem.reason, t)
        : problem.reason === 'manifest.child-alone'
          ? t('transit.reason.childAloneNamed', named)
          : problem.reason === 'sequence.child-alone'
            ? t('transit.reason.childLeftAloneNamed', named)
            : reasonText(problem.reason, t);
    return (
      <div className="notice notice-error" role="alert" data-testid="transit-problem">
        <p>
          {problem.code === 'transit.manifest'
            ? t('transit.problem.manifest')
            : t('transit.problem.sequence')}
        </p>
        <p data-testid="transit-reason">{reason ?? <small>{problem.detail}</small>}</p>
      </div>
    );
  }
  return <ProblemMessage problem={problem} />;
}
