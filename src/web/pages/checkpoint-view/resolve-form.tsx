// Deciding a crossing as the supervisor, online: admit, admit in transit, refer to protection, or
// refuse on a ground, each with an optional note. It resolves a held case, and settles corrections in
// conflict over the decision (made knowing of both). A correction sent through POST /api/events.
// Each decision is asked first, naming the person: the page has no way to take it back, and the four
// buttons stand side by side.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REFUSAL_GROUNDS, type RefusalGround } from '../../../domain/crossings';
import type { ApiProblem } from '../../api/problem';
import { type ButtonChoice, ChoiceButtons } from '../../components/choice-buttons';
import { ConfirmQuestion } from '../../components/confirm-question';
import { FormFeedback } from '../../components/form-feedback';
import { OptionalChoiceField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { refusalGroundName } from '../booth/decision-messages';
import { postCorrection } from './post-correction';

const RESOLUTIONS = ['admitted', 'admitted-transit', 'referred-protection', 'refused'] as const;
type Resolution = (typeof RESOLUTIONS)[number];

type Props = {
  /** The crossing decided. */
  readonly eventId: string;
  /** Unique on the page: one crossing may be both held and in conflict. */
  readonly idPrefix: 'resolve' | 'settle';
  readonly checkpointCode: string;
  readonly name: string;
  readonly onResolved: (message: string) => void;
};

export function ResolveForm({ eventId, idPrefix, checkpointCode, name, onResolved }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [ground, setGround] = useState<RefusalGround | ''>('');
  const [groundMissing, setGroundMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [asking, setAsking] = useState<Resolution | null>(null);
  const id = `${idPrefix}-${eventId}`;
  const form = useRef<HTMLFormElement>(null);

  const doneMessage = (decision: Resolution) => {
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
  };

  // The question takes the buttons' place: when it is cancelled, or the server refuses the decision
  // (its message is an alert), the button pressed gets the focus back, not the top of the page.
  const [refocus, setRefocus] = useState<Resolution | null>(null);
  useEffect(() => {
    if (refocus === null || busy) return;
    const at = RESOLUTIONS.indexOf(refocus);
    form.current?.querySelectorAll<HTMLButtonElement>('.actions > button')[at]?.focus();
    setRefocus(null);
  }, [refocus, busy]);

  function ask(decision: Resolution) {
    // Only a refusal needs a ground: another decision takes away an error a refusal left.
    const missing = decision === 'refused' && ground === '';
    setGroundMissing(missing);
    if (!missing) setAsking(decision);
  }

  async function resolve(decision: Resolution) {
    setBusy(true);
    setProblem(null);
    const set = {
      decision,
      ...(decision === 'refused' && ground !== '' ? { refusalGround: ground } : {}),
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    };
    const refused = await postCorrection(checkpointCode, eventId, { set });
    setBusy(false);
    setProblem(refused);
    setAsking(null);
    if (refused === null) onResolved(doneMessage(decision));
    else setRefocus(decision);
  }

  const question = (decision: Resolution): { readonly text: string; readonly answer: string } => {
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
  };

  // Each card has the same four buttons: their names carry the person's, so a list of the page's
  // buttons tells them apart.
  const choice = (value: Resolution, label: string, className: string): ButtonChoice<Resolution> => ({
    value,
    label,
    className,
    ariaLabel: t('overview.resolve.choiceFor', { choice: label, name }),
  });
  const choices: readonly ButtonChoice<Resolution>[] = [
    choice('admitted', t('overview.resolve.admit'), 'button button-primary'),
    choice('admitted-transit', t('overview.resolve.transit'), 'button'),
    choice('referred-protection', t('overview.resolve.protection'), 'button'),
    choice('refused', t('overview.resolve.refuse'), 'button button-danger'),
  ];
  return (
    <form
      ref={form}
      className="form resolve-form"
      aria-busy={busy}
      onSubmit={(e: FormEvent) => e.preventDefault()}
    >
      <div className="resolve-fields">
        <OptionalChoiceField
          id={`${id}-ground`}
          label={t('overview.resolve.ground')}
          error={groundMissing ? t('overview.resolve.groundMissing') : undefined}
          value={ground}
          choices={REFUSAL_GROUNDS}
          nameOf={(g) => refusalGroundName(g, t)}
          noneLabel={t('overview.resolve.groundNone')}
          onChange={(g) => {
            setGround(g);
            setGroundMissing(false);
          }}
        />
        <TextAreaField
          id={`${id}-note`}
          label={t('overview.resolve.note')}
          value={note}
          onChange={setNote}
          rows={2}
          maxLength={500}
        />
      </div>
      <FormFeedback problem={problem} />
      {asking === null ? (
        <div className="actions">
          <ChoiceButtons choices={choices} busy={busy} onChoose={ask} />
        </div>
      ) : (
        <ConfirmQuestion
          testId={`${idPrefix}-question`}
          question={question(asking).text}
          confirm={question(asking).answer}
          tone={asking === 'refused' ? 'danger' : 'primary'}
          busy={busy}
          onConfirm={() => void resolve(asking)}
          onCancel={() => {
            setAsking(null);
            setRefocus(asking);
          }}
        />
      )}
    </form>
  );
}
