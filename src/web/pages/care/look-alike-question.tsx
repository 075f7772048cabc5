// Asked in place of a check-in when someone staying at a shelter may be the same person under another
// record (matching linked the two, and no one has told them apart): who stays where and since when,
// what to check, and a check-in only once the carer says they are two people. The server refuses
// the same check-in (care.possible-duplicate), so no one gets a second bed quietly.
import { useTranslation } from 'react-i18next';
import type { LookAlikeStaying } from '../../../domain/care';
import { FirstAnswer } from '../../components/first-answer';
import { QuestionBox } from '../../components/question-box';
import { formatDateTime } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';

type Props = {
  /** Whom the check-in is for, as the button said it. */
  readonly name: string;
  readonly lookAlikes: readonly LookAlikeStaying[];
  /** A shelter's name, from its id. */
  readonly shelterName: (id: string) => string;
  readonly busy: boolean;
  readonly onDifferent: () => void;
  readonly onCancel: () => void;
};

export function LookAlikeQuestion({ name, lookAlikes, shelterName, busy, onDifferent, onCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <QuestionBox testId="look-alike-question" busy={busy} onCancel={onCancel}>
      <p role="alert">{t('care.lookAlike.question', { name, count: lookAlikes.length })}</p>
      <ul>
        {lookAlikes.map((l) => (
          <li key={`${l.personId} ${l.stayingId}`}>
            {t('care.lookAlike.staying', {
              name: l.name,
              shelter: shelterName(l.shelterId),
              since: formatDateTime(l.since, locale, undefined, 'minute'),
            })}
          </li>
        ))}
      </ul>
      <p>{t('care.lookAlike.check')}</p>
      <div className="actions">
        <FirstAnswer tone="secondary" busy={busy} onClick={onCancel}>
          {t('care.lookAlike.same')}
        </FirstAnswer>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onDifferent}>
          {t('care.lookAlike.different', { name })}
        </button>
      </div>
    </QuestionBox>
  );
}
