// What every correction made at the booth shares, whatever it corrects: its id, made when it starts and
// kept through retries (a resend is applied once), a new one once sent; the time and the last correction
// this device had seen, taken at the first send; the check with the interchange's own parser; the send
// through the offline outbox; the server's refusal, field by field; what became of it; and focus
// following the swap between the button and the form, so the keyboard is never left at the page's top.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EventOutcome, parseEvent } from '../../../api/events';
import { newId } from '../../../api/ids';
import { describeProblem } from '../../api/problem';
import { getSync } from '../../offline/instance';
import { useSyncState } from '../../offline/use-sync';
import type { SentCorrection } from './correction-sent';
import { issueOfServer } from './event-issues';
import type { BoothIssue } from './sitting-events';

type Target = {
  readonly eventId: string;
  readonly checkpoint: string;
  readonly booth: string | undefined;
  /** Where focus goes in the form once it opens (the decision chosen, the first field). */
  readonly focusIn: string;
};

/** What the correction says besides where and when: the fields it sets, and its own note if any. */
export type CorrectionBody = { readonly set: Readonly<Record<string, unknown>>; readonly note?: string };

// An issue's path in the correction ('set.person.surname1') as the form's ('person.surname1').
const inForm = (issue: BoothIssue): BoothIssue => ({ ...issue, path: issue.path.replace(/^set\./, '') });

export function useCorrection({ eventId, checkpoint, booth, focusIn }: Target) {
  const { t } = useTranslation();
  const [id, setId] = useState(() => newId());
  const [sent, setSent] = useState<{ readonly at: string; readonly seen: string | null } | null>(null);
  const [issues, setIssues] = useState<readonly BoothIssue[]>([]);
  // Why the server refused the correction, when it names no field of it.
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState<SentCorrection | null>(null);
  const [busy, setBusy] = useState(false);
  // A correction kept on the device gets the server's answer at a later sync: read again as it moves.
  useSyncState();
  const later = done === null || done.applied ? undefined : getSync().outcomeOf(done.id);
  const [focusTo, setFocusTo] = useState<'form' | 'button' | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  // Where focus goes after sending when there is no button to correct again (an officer's hold).
  const sentNotice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusTo === 'form') form.current?.querySelector<HTMLElement>(focusIn)?.focus();
    if (focusTo === 'button') (openButton.current ?? sentNotice.current)?.focus();
  }, [focusTo, focusIn]);
  // A send stopped by an issue (a refusal's ground not chosen, no reason): focus goes to the first
  // field marked, not left on the button with the message above it.
  const [stops, setStops] = useState(0);
  useEffect(() => {
    if (stops > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [stops]);

  function refused(outcome: EventOutcome) {
    const errors = outcome.problem?.errors ?? [];
    setIssues(errors.map(issueOfServer).map(inForm));
    if (errors.length > 0) setStops((n) => n + 1);
    setRefusal(
      errors.length === 0 && outcome.problem !== undefined
        ? describeProblem({ ...outcome.problem, type: 'about:blank', status: 422 }, t)
        : null,
    );
  }

  /**
   * Checks the correction (with the booth's own issues found by the caller) and sends it. Once applied,
   * or kept in the outbox to be sent at the next sync, the form closes and the next correction of this
   * crossing is a new record; stopped by an issue or refused, the form stays with the issues.
   * `onSent` closes the caller's form in the same update, so that focus finds the button back.
   */
  async function send(
    body: CorrectionBody,
    local: readonly BoothIssue[],
    onSent: (sent: SentCorrection) => void,
  ): Promise<void> {
    if (busy) return;
    const first = sent ?? { at: new Date().toISOString(), seen: await getSync().lastCorrection(eventId) };
    const parsed = parseEvent({
      kind: 'correction',
      id,
      at: first.at,
      checkpoint,
      ...(booth === undefined ? {} : { booth }),
      corrects: eventId,
      seen: first.seen,
      ...body,
    });
    const found = [...local, ...(parsed.ok ? [] : parsed.issues.map(inForm))];
    setIssues(found);
    setRefusal(null);
    if (found.length > 0 || !parsed.ok) {
      setStops((n) => n + 1);
      return;
    }
    setSent(first);
    setBusy(true);
    const result = await getSync().submit([
      navigator.onLine ? parsed.value : { ...parsed.value, offline: true },
    ]);
    setBusy(false);
    const outcome = result.kind === 'sent' ? result.outcomes[0] : undefined;
    if (outcome?.status === 'problem') {
      refused(outcome);
      return;
    }
    const made: SentCorrection = {
      id,
      applied: outcome !== undefined,
      conflict: outcome?.conflict === true,
      held: outcome?.screening === 'hold',
    };
    onSent(made);
    setDone(made);
    setIssues([]);
    setSent(null);
    setId(newId());
    setFocusTo('button');
  }

  return {
    issues,
    refusal,
    busy,
    done,
    later,
    refs: { form, openButton, sentNotice },
    send,
    /** The form opens: the last notice goes, focus moves in. */
    open: () => {
      setDone(null);
      setFocusTo('form');
    },
    /** The form is cancelled: what was typed goes with it, and its old errors. */
    cancel: () => {
      setIssues([]);
      setRefusal(null);
      setFocusTo('button');
    },
  };
}
