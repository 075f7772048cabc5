// Changing a decision already sent: events are never edited, so the booth sends a correction naming
// the crossing, with the new decision and the reason for the change, through the offline outbox. Each
// correction is a record of its own: once one is sent, the next (taking it back, say) gets a new id.
import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { type EventOutcome, parseEvent } from '../../../api/events';
import { newId } from '../../../api/ids';
import type { Decision } from '../../../domain/crossings';
import { describeProblem } from '../../api/problem';
import { TextAreaField } from '../../components/text-area-field';
import { useLocale } from '../../hooks/use-locale';
import { getSync } from '../../offline/instance';
import { useSyncState } from '../../offline/use-sync';
import { choiceOf, type DecisionChoice } from './decision';
import { DecisionFields } from './decision-fields';
import { errorsOf, issueOfServer } from './event-issues';
import type { BoothIssue } from './sitting-events';

type Props = {
  readonly eventId: string;
  readonly idPrefix: string;
  readonly checkpoint: string;
  readonly booth: string | undefined;
  readonly decision: Decision;
  /** False where the decision is not this user's to change (a hold, for an officer). */
  readonly mayChange: boolean;
  /** The decision as corrected, with its refusal ground and note. */
  readonly onCorrected: (choice: DecisionChoice) => void;
  /** In a group, whose decision it is: screen readers hear it with the button, as each looks alike. */
  readonly name?: string | null;
};

export function CorrectDecision(props: Props) {
  const { eventId, idPrefix, checkpoint, booth, decision, mayChange, onCorrected, name } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const [choice, setChoice] = useState<DecisionChoice | null>(null);
  const [reason, setReason] = useState('');
  // Made when the correction starts and kept through retries (a resend is applied once); a new one
  // once it was sent, so that a later correction is not taken for a resend of this one.
  const [id, setId] = useState(() => newId());
  // Taken at the first send and kept for resends, like the id: what this device knew then.
  const [sent, setSent] = useState<{ readonly at: string; readonly seen: string | null } | null>(null);
  const [issues, setIssues] = useState<readonly BoothIssue[]>([]);
  // Why the server refused the correction, when it names no field of it.
  const [refusal, setRefusal] = useState<string | null>(null);
  // What became of the last correction sent: applied by the server, or waiting on this device (until
  // a later sync brings the server's answer, read again each time the sync moves).
  const [done, setDone] = useState<{
    readonly id: string;
    readonly applied: boolean;
    /** Another correction of the crossing, made without seeing this one, says otherwise. */
    readonly conflict: boolean;
  } | null>(null);
  useSyncState();
  const later = done === null || done.applied ? undefined : getSync().outcomeOf(done.id);
  const [busy, setBusy] = useState(false);
  // Opening, cancelling or sending swaps the button for the form and back: focus follows the swap
  // (to the decision chosen, then back to the button), else the keyboard is left at the page's top.
  const [focusTo, setFocusTo] = useState<'form' | 'button' | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  // Where focus goes after sending when there is no button to change again (an officer's hold).
  const sentNotice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusTo === 'form') form.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    if (focusTo === 'button') (openButton.current ?? sentNotice.current)?.focus();
  }, [focusTo]);

  if (choice === null) {
    return (
      <>
        {done === null ? null : <SentNotice noticeRef={sentNotice} state={correctionState(done, later)} />}
        {mayChange ? (
          <button
            ref={openButton}
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setDone(null);
              setChoice(choiceOf(decision));
              setFocusTo('form');
            }}
          >
            {t('booth.correct.open')}
            {name ? <span className="visually-hidden"> {t('booth.group.who', { name })}</span> : null}
          </button>
        ) : null}
      </>
    );
  }

  function finish(outcome: EventOutcome | undefined, decided: DecisionChoice) {
    if (outcome?.status === 'problem') {
      const errors = outcome.problem?.errors ?? [];
      setIssues(errors.map(issueOfServer));
      setRefusal(
        errors.length === 0 && outcome.problem !== undefined
          ? describeProblem({ ...outcome.problem, type: 'about:blank', status: 422 }, t)
          : null,
      );
      return;
    }
    // Applied, or kept in the outbox to be sent at the next sync: either way the booth moves on, and
    // the next correction of this crossing is a new record.
    onCorrected(decided);
    setDone({ id, applied: outcome !== undefined, conflict: outcome?.conflict === true });
    setChoice(null);
    setReason('');
    setIssues([]);
    setRefusal(null);
    setSent(null);
    setId(newId());
    setFocusTo('button');
  }

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (choice === null || busy) return;
    const first = sent ?? { at: new Date().toISOString(), seen: await getSync().lastCorrection(eventId) };
    const parsed = parseEvent({
      kind: 'correction',
      id,
      at: first.at,
      checkpoint,
      ...(booth === undefined ? {} : { booth }),
      corrects: eventId,
      seen: first.seen,
      set: {
        decision: choice.decision,
        ...(choice.decision === 'refused' && choice.refusalGround !== ''
          ? { refusalGround: choice.refusalGround }
          : {}),
        ...(choice.decision === 'admitted-transit' ? { exitPoint: choice.exitPoint.trim() } : {}),
        ...(reason.trim() === '' ? {} : { note: reason.trim() }),
      },
    });
    const local: BoothIssue[] = [
      ...(reason.trim() === '' ? [{ path: 'reason', code: 'correction.reason-required' as const }] : []),
      ...(choice.decision === 'admitted-transit' && choice.exitPoint.trim() === ''
        ? [{ path: 'exitPoint', code: 'transit.exit-point-required' as const }]
        : []),
      ...(parsed.ok
        ? []
        : parsed.issues.map(({ path, code }) => ({ path: path.replace(/^set\./, ''), code }))),
    ];
    setIssues(local);
    if (local.length > 0 || !parsed.ok) return;
    setSent(first);
    setBusy(true);
    const result = await getSync().submit([
      navigator.onLine ? parsed.value : { ...parsed.value, offline: true },
    ]);
    setBusy(false);
    finish(result.kind === 'sent' ? result.outcomes[0] : undefined, choice);
  }

  const errors = errorsOf(issues, { note: reason }, t, locale);
  return (
    <form
      ref={form}
      className="correct-decision"
      onSubmit={(event) => void send(event)}
      aria-busy={busy}
      noValidate
    >
      <DecisionFields
        idPrefix={idPrefix}
        legend={t('booth.correct.legend')}
        choice={choice}
        onChange={setChoice}
        errors={errors}
        hasNote={false}
      />
      <TextAreaField
        id={`${idPrefix}-reason`}
        label={t('booth.correct.reason')}
        value={reason}
        onChange={setReason}
        error={errors.reason ?? errors.note}
        rows={2}
        maxLength={TEXT_LIMITS.note}
      />
      {refusal === null ? null : (
        <p className="notice notice-error" role="alert" data-testid="correction-refused">
          {refusal}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {t('booth.correct.send')}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            // What was typed is dropped with the form: reopened, it starts clean, without old errors.
            setChoice(null);
            setReason('');
            setIssues([]);
            setRefusal(null);
            setFocusTo('button');
          }}
        >
          {t('booth.correct.cancel')}
        </button>
      </div>
    </form>
  );
}

/** What became of a correction sent: refused by a later sync, in conflict, applied, or still waiting. */
export type CorrectionState = 'refused' | 'conflict' | 'applied' | 'queued';

export function correctionState(
  done: { readonly applied: boolean; readonly conflict: boolean },
  later: EventOutcome | undefined,
): CorrectionState {
  if (later?.status === 'problem') return 'refused';
  if (done.conflict || later?.conflict === true) return 'conflict';
  return done.applied || later !== undefined ? 'applied' : 'queued';
}

const NOTICE_CLASS: Record<CorrectionState, string> = {
  refused: 'notice notice-error',
  conflict: 'notice notice-warning',
  applied: 'notice notice-ok',
  queued: 'notice notice-ok',
};

function SentNotice({
  noticeRef,
  state,
}: {
  readonly noticeRef: RefObject<HTMLParagraphElement | null>;
  readonly state: CorrectionState;
}) {
  const { t } = useTranslation();
  const words: Record<CorrectionState, string> = {
    refused: t('booth.result.refusedLater'),
    conflict: t('booth.correct.conflict'),
    applied: t('booth.correct.applied'),
    queued: t('booth.correct.queued'),
  };
  return (
    <p
      ref={noticeRef}
      tabIndex={-1}
      className={NOTICE_CLASS[state]}
      role="status"
      data-testid="correction-sent"
      data-status={state}
    >
      {words[state]}
    </p>
  );
}
