// Deciding a crossing as the supervisor, online: admit, admit in transit, refer to protection, or
// refuse on a ground the supervisor chooses, with a note, which a held person's decision must have
// (its legal or operational reason). It resolves a held case, and settles corrections in conflict over
// the decision (made knowing of both). A correction sent through POST /api/events. Each decision is
// asked first, naming the person: the page has no way to take it back, and the four buttons stand side
// by side.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { REFUSAL_GROUNDS, type RefusalGround } from '../../../domain/crossings';
import type { ApiProblem } from '../../api/problem';
import { type ButtonChoice, ChoiceButtons } from '../../components/choice-buttons';
import { ConfirmQuestion } from '../../components/confirm-question';
import { FormFeedback } from '../../components/form-feedback';
import { OptionalChoiceField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { refusalGroundName } from '../booth/decision-messages';
import { postCorrection } from './post-correction';
import {
  doneMessage,
  type Missing,
  missingFor,
  questionOf,
  RESOLUTIONS,
  type Resolution,
} from './resolution';

const NOTHING_MISSING: Missing = { ground: false, note: false };

type Props = {
  /** The crossing decided. */
  readonly eventId: string;
  /** Unique on the page: one crossing may be both held and in conflict. */
  readonly idPrefix: 'resolve' | 'settle';
  readonly checkpointCode: string;
  readonly name: string;
  /** The crossing is held now: deciding it needs a note. */
  readonly isHeld: boolean;
  readonly onResolved: (message: string) => void;
};

export function ResolveForm({ eventId, idPrefix, checkpointCode, name, isHeld, onResolved }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [ground, setGround] = useState<RefusalGround | ''>('');
  const [missing, setMissing] = useState<Missing>(NOTHING_MISSING);
  // Each stop for a field left empty moves focus to the first one marked, not left on the button.
  const [stopped, setStopped] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [asking, setAsking] = useState<Resolution | null>(null);
  const id = `${idPrefix}-${eventId}`;
  const form = useRef<HTMLFormElement>(null);

  // The question takes the buttons' place: when it is cancelled, or the server refuses the decision
  // (its message is an alert), the button pressed gets the focus back, not the top of the page.
  const [refocus, setRefocus] = useState<Resolution | null>(null);
  useEffect(() => {
    if (refocus === null || busy) return;
    const at = RESOLUTIONS.indexOf(refocus);
    form.current?.querySelectorAll<HTMLButtonElement>('.actions > button')[at]?.focus();
    setRefocus(null);
  }, [refocus, busy]);

  useEffect(() => {
    if (stopped > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [stopped]);

  function ask(decision: Resolution) {
    // Only a refusal needs a ground: another decision takes away an error a refusal left.
    const found = missingFor(decision, { ground, note, isHeld });
    setMissing(found);
    if (found.ground || found.note) setStopped((n) => n + 1);
    else setAsking(decision);
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
    setAsking(null);
    // The server asks the note of a decision on a crossing held since the page was read: said beside it.
    if (refused?.code === 'correction.note-required') {
      setMissing({ ground: false, note: true });
      setStopped((n) => n + 1);
      return;
    }
    setProblem(refused);
    if (refused === null) onResolved(doneMessage(decision, name, t));
    else setRefocus(decision);
  }

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
          error={missing.ground ? t('overview.resolve.groundMissing') : undefined}
          value={ground}
          choices={REFUSAL_GROUNDS}
          nameOf={(g) => refusalGroundName(g, t)}
          noneLabel={t('overview.resolve.groundNone')}
          onChange={(g) => {
            setGround(g);
            setMissing((m) => ({ ...m, ground: false }));
          }}
        />
        <TextAreaField
          id={`${id}-note`}
          label={isHeld || missing.note ? t('heldDecision.note') : t('overview.resolve.note')}
          hint={isHeld || missing.note ? t('heldDecision.noteHint') : undefined}
          error={missing.note ? t('heldDecision.noteMissing') : undefined}
          value={note}
          onChange={(text) => {
            setNote(text);
            if (text.trim() !== '') setMissing((m) => ({ ...m, note: false }));
          }}
          rows={2}
          maxLength={TEXT_LIMITS.note}
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
          question={questionOf(asking, name, ground, t).text}
          confirm={questionOf(asking, name, ground, t).answer}
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
