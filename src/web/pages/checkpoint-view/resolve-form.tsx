// Deciding a crossing as the supervisor, online: admit, admit in transit, refer to protection, or
// refuse on a ground, each with an optional note. It resolves a held case, and settles corrections in
// conflict over the decision (made knowing of both). A correction sent through POST /api/events.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REFUSAL_GROUNDS, type RefusalGround } from '../../../domain/crossings';
import type { ApiProblem } from '../../api/problem';
import { type ButtonChoice, ChoiceButtons } from '../../components/choice-buttons';
import { FormFeedback } from '../../components/form-feedback';
import { OptionalChoiceField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { refusalGroundName } from '../booth/decision-messages';
import { postCorrection } from './post-correction';

type Resolution = 'admitted' | 'admitted-transit' | 'referred-protection' | 'refused';

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
  const id = `${idPrefix}-${eventId}`;

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

  // The buttons are off while a decision is sent: the one pressed gets the focus back when the
  // server refuses the decision (its message is an alert), not the top of the page.
  const pressed = useRef<Element | null>(null);
  useEffect(() => {
    if (busy) return;
    const button = pressed.current;
    pressed.current = null;
    if (button instanceof HTMLElement && button.isConnected && document.activeElement === document.body) {
      button.focus();
    }
  }, [busy]);

  async function resolve(decision: Resolution) {
    // Only a refusal needs a ground: another decision takes away an error a refusal left.
    const missing = decision === 'refused' && ground === '';
    setGroundMissing(missing);
    if (missing) return;
    pressed.current = document.activeElement;
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
    if (refused === null) {
      pressed.current = null;
      onResolved(doneMessage(decision));
    }
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
    <form className="form resolve-form" aria-busy={busy} onSubmit={(e: FormEvent) => e.preventDefault()}>
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
      <div className="actions">
        <ChoiceButtons choices={choices} busy={busy} onChoose={(decision) => void resolve(decision)} />
      </div>
    </form>
  );
}
