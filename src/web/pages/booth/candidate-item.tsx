// An earlier registration that may be the same person, on the clock of the checkpoint it was made at,
// and the list of them the booth shows before deciding and after registering.
import { useTranslation } from 'react-i18next';
import type { Candidate, Checkpoint } from '../../api/types';
import { Fact } from '../../components/fact';
import { withUnbrokenCode } from '../../components/unbroken-code';
import { fullName } from '../../format/person-name';
import { useLocale } from '../../hooks/use-locale';
import { formatDay } from './days';
import { pastDecisionName } from './decision-messages';
import { directionName } from './messages';
import { dayAndTime } from './registration';

type Props = { readonly candidate: Candidate; readonly timeZone: string };

export function CandidateItem({ candidate: c, timeZone }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { day, time } = dayAndTime(c.at, locale, timeZone);
  const name = fullName(c);
  return (
    <li data-person={c.personId}>
      <p>
        {c.boothCode === null
          ? t('booth.register.candidate', { day, time, place: c.checkpointName })
          : withUnbrokenCode(
              t('booth.register.candidateAtBooth', {
                day,
                time,
                place: c.checkpointName,
                booth: c.boothCode,
              }),
              c.boothCode,
            )}
      </p>
      <dl className="facts">
        <Fact label={t('booth.register.fullName')}>{name}</Fact>
        <Fact label={t('booth.register.birthDate')}>
          {c.birthDate === null ? t('booth.fields.unknownDate') : formatDay(c.birthDate, locale)}
        </Fact>
        {c.decision === null ? null : (
          <Fact label={t('booth.register.earlierDecision')}>
            {c.direction === 'entry' || c.direction === 'exit'
              ? `${directionName(c.direction, t)} · ${pastDecisionName(c.decision, t)}`
              : pastDecisionName(c.decision, t)}
          </Fact>
        )}
      </dl>
    </li>
  );
}

type ListProps = {
  readonly candidates: readonly Candidate[];
  readonly checkpoints: readonly Checkpoint[];
  /** The booth's own checkpoint's zone, for a checkpoint the list of checkpoints does not name. */
  readonly timeZone: string;
  readonly testId: string;
};

/** Earlier registrations, each on the clock of the checkpoint it was made at. */
export function CandidateList({ candidates, checkpoints, timeZone, testId }: ListProps) {
  return (
    <ul className="candidate-list" data-testid={testId}>
      {candidates.map((c) => (
        <CandidateItem
          key={c.registrationId}
          candidate={c}
          timeZone={checkpoints.find((k) => k.name === c.checkpointName)?.timeZone ?? timeZone}
        />
      ))}
    </ul>
  );
}
