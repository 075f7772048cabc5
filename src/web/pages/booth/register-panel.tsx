// Registering and deciding at the booth: one person, or a family or travel group in one sitting. Each
// member is filled from a read zone or typed by hand (also without documents); the policy's
// recommendation pre-selects one decision for all, which the officer confirms or overrides with a
// reason, for all or for one. All events go in one batch, checked in the browser first, through the
// offline outbox: with no network the sitting is kept on the device and sent at the next sync.
import { type FormEvent, type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../api/ids';
import type { Direction, NationalId, RuleSet } from '../../../domain/documents';
import type { Checkpoint } from '../../api/types';
import { SubmitRow } from '../../components/submit-row';
import { useEditingRecord } from '../../offline/editing';
import { getSync } from '../../offline/instance';
import { deviceTimeZone, isoDay } from './days';
import { recommend, withProtection } from './decision';
import { DecisionSection } from './decision-section';
import { EarlierRecords } from './earlier-records';
import { IdentifierPanel } from './identifier-panel';
import { type Member, nameOf, type ScanRead, unresolvedOf } from './member';
import { MemberEditor } from './member-editor';
import { MemberList } from './member-list';
import { minorFlagOf } from './minors';
import { RecentRecords, useRecentRecords } from './recent-records';
import {
  addMember,
  groupChoiceOf,
  isFinished,
  isSent,
  newSitting,
  plansOf,
  removeMember,
  type Sitting,
  withChoice,
  withIssues,
  withMember,
  withNationalId,
  withOutcomes,
  withQueued,
  withRead,
} from './sitting';
import { prepareSitting, type SittingView } from './sitting-events';
import { SittingResult } from './sitting-result';
import { useBoothKeys } from './use-booth-keys';
import { useZoneInField } from './use-zone-in-field';

/**
 * Enter in a field of the form does not send it: only the button registers. An Enter out of habit
 * after a name, or a reader's line ends typed into a field the cursor was left in, would otherwise
 * register (and decide on) a person half typed.
 */
function keepEnterInField(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}

type Props = {
  readonly checkpoint: Checkpoint | null;
  readonly checkpoints: readonly Checkpoint[];
  readonly boothCode: string;
  readonly direction: Direction;
  readonly zone: ScanRead;
  readonly now: Date;
  readonly ruleSet: RuleSet | null;
  /** A supervisor at the booth may change a held decision after sending it. */
  readonly mayDecideHeld: boolean;
  /** Clears the scan panel and puts focus in its zone field, for the next document. */
  readonly onNextRead: () => void;
};

export function RegisterPanel(props: Props) {
  const { checkpoint, checkpoints, boothCode, direction, zone, now, ruleSet, onNextRead } = props;
  const { t } = useTranslation();
  const [sitting, setSitting] = useState<Sitting>(() => newSitting(newId));
  // The sitting as it was started: once it differs and until it is sent, a record is being edited.
  const [fresh, setFresh] = useState(sitting);
  const [busy, setBusy] = useState(false);
  // A reader swiped with the cursor in a field of this form: its zone goes to the scan field.
  const zoneInField = useZoneInField();
  const today = isoDay(now, checkpoint?.timeZone ?? deviceTimeZone());

  // A zone read goes to the member being registered, unless that member was already sent; a zone
  // that stopped reading, or was emptied for a new reading, takes back what it had filled in. In the same task as the read (a layout
  // effect's update is applied before the browser runs anything else; a passive effect's waits for a
  // later task), so the form never shows the previous read beside the verdict on this one.
  useLayoutEffect(() => setSitting((s) => withRead(s, zone)), [zone]);

  const place = {
    checkpointId: checkpoint?.id ?? null,
    direction,
    ruleSet,
    now,
    timeZone: checkpoint?.timeZone ?? deviceTimeZone(),
  };
  const recommendations = sitting.members.map((m) =>
    withProtection(recommend(m.form, unresolvedOf(m).length === 0, place), [
      minorFlagOf(m, sitting.members, today),
      ...m.form.vulnerabilities,
    ]),
  );
  const plans = plansOf(sitting, recommendations, direction);
  const choice = groupChoiceOf(sitting, recommendations[0], direction);
  const view: SittingView = { plans, current: sitting.current, direction, issues: sitting.issues };
  const current = sitting.members[sitting.current];
  const isDone = isFinished(sitting);
  useEditingRecord(!isDone && sitting !== fresh);
  // Once everyone is sent the form, and the button that had focus with it, goes: focus moves to the
  // next person's button, so the keyboard is not left on the page's top with the result far below.
  const another = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isDone) another.current?.focus();
  }, [isDone]);
  // A send stopped by issues opens the first member with one: focus goes to its first marked field,
  // not left on the button far below with only "check the marked data" beside it.
  const form = useRef<HTMLFormElement>(null);
  const [stopped, setStopped] = useState(0);
  useEffect(() => {
    if (stopped > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [stopped]);

  const change = (index: number) => (update: (member: Member) => Member) =>
    setSitting((s) => withMember(s, index, update));

  // A member taken out of the group is said, and focus goes to the group's "add" button, which stays:
  // the button pressed went with its row (and the list, when one person is left).
  const [removed, setRemoved] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = (index: number) => {
    const member = sitting.members[index];
    if (member === undefined) return;
    setSitting((s) => removeMember(s, index));
    setRemoved(
      t('booth.group.removed', { name: nameOf(member) || t('booth.group.unnamed', { number: index + 1 }) }),
    );
    addButton.current?.focus();
  };

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checkpoint === null || busy) return;
    const at = sitting.at ?? new Date().toISOString();
    const waiting = plans.filter((p) => !isSent(sitting, p.member));
    const prepared = prepareSitting(waiting, sitting.members, {
      checkpoint: checkpoint.code,
      booth: boothCode === '' ? undefined : boothCode,
      direction,
      at,
      today,
      group: sitting.group,
    });
    if (!prepared.ok) {
      setSitting((s) => withIssues(s, prepared.issues));
      setStopped((n) => n + 1);
      return;
    }
    setBusy(true);
    setSitting((s) => ({ ...s, at, issues: {} }));
    // Written to the outbox first; sent at once when the server can be reached, else at the next sync
    // (the sync loop marks them made offline when the network is down or the last send could not
    // reach the server).
    const sent = await getSync().submit(prepared.events);
    setBusy(false);
    if (sent.kind === 'queued') {
      setSitting((s) =>
        withQueued(
          s,
          prepared.events.map((e) => e.id),
        ),
      );
      return;
    }
    setSitting((s) => withOutcomes(s, sent.outcomes));
    if (sent.outcomes.some((o) => o.status === 'problem')) setStopped((n) => n + 1);
  }

  const nextRead = (update: (s: Sitting) => Sitting) => {
    setSitting(update);
    setRemoved(null);
    zoneInField.clearZoneMoved();
    onNextRead();
  };
  // The people sent stay within reach, below the form, to correct a decision later: from the moment
  // they are sent, so that a reload or a visit to tally mode before moving on keeps them too.
  const recent = useRecentRecords(
    sitting,
    plans.map((p) => p.choice),
  );
  const startNext = (fill: (s: Sitting) => Sitting = (s) => s) => {
    const next = newSitting(newId);
    setFresh(next);
    nextRead(() => fill(next));
  };
  // A national number checked in the panel below goes into the document fields of the person being
  // registered (with everyone sent, of the next person), and focus goes to it: not typed twice.
  const [numberPut, setNumberPut] = useState(0);
  useEffect(() => {
    if (numberPut > 0) document.getElementById('reg-documentNumber')?.focus();
  }, [numberPut]);
  const takeIdentifier = (id: NationalId) => {
    if (isDone) startNext((s) => withNationalId(s, id));
    else setSitting((s) => withNationalId(s, id));
    setNumberPut((n) => n + 1);
  };
  // A reader swiped with focus on a button goes to the scan field; Ctrl+Enter registers.
  useBoothKeys({ form, isDone, startNext: () => startNext() });

  return (
    <>
      <section className="panel booth-register" aria-labelledby="register-title" data-testid="register-panel">
        <h2 id="register-title">{t('booth.register.title')}</h2>
        {isDone ? null : (
          <form
            ref={form}
            className="form register-form"
            onSubmit={(event) => void send(event)}
            onKeyDown={keepEnterInField}
            onKeyDownCapture={zoneInField.onKeyDownCapture}
            onPasteCapture={zoneInField.onPasteCapture}
            aria-busy={busy}
            noValidate
          >
            {zoneInField.zoneMoved === null ? null : (
              <p className="notice notice-warning" role="status" data-testid="zone-in-field">
                {zoneInField.zoneMoved.moved
                  ? t('booth.register.zoneMoved', { field: zoneInField.zoneMoved.field })
                  : t('booth.register.zoneNotMoved', { field: zoneInField.zoneMoved.field })}
              </p>
            )}
            {sitting.members.length > 1 ? (
              <MemberList
                {...view}
                group={choice}
                onEdit={(i) => nextRead((s) => ({ ...s, current: i }))}
                onRemove={remove}
                onOverride={(i, override) => change(i)((m) => ({ ...m, override }))}
              />
            ) : null}
            {current === undefined ? null : (
              <MemberEditor
                member={current}
                members={sitting.members}
                today={today}
                issues={sitting.issues[current.id] ?? []}
                onChange={change(sitting.current)}
                tally={{
                  checkpointCode: checkpoint?.code ?? null,
                  direction: direction === 'exit' ? 'exit' : 'entry',
                  timeZone: checkpoint?.timeZone ?? 'UTC',
                }}
              />
            )}
            {current === undefined || isSent(sitting, current) ? null : (
              <EarlierRecords form={current.form} checkpoint={checkpoint} checkpoints={checkpoints} />
            )}
            <p className="member-removed" role="status" data-testid="member-removed">
              {removed}
            </p>
            <div className="actions">
              <button
                ref={addButton}
                type="button"
                className="button button-secondary"
                data-testid="add-member"
                onClick={() => nextRead((s) => addMember(s, newId()))}
              >
                {t('booth.group.add')}
              </button>
            </div>
            <DecisionSection
              {...view}
              choice={choice}
              reason={sitting.reason}
              onChoice={(c) => setSitting((s) => withChoice(s, c))}
              onReason={(reason) => setSitting((s) => ({ ...s, reason }))}
            />
            {Object.keys(sitting.issues).length === 0 ? null : (
              <p className="notice notice-error" role="alert" data-testid="register-issues">
                {t('booth.register.fixIssues')}
              </p>
            )}
            <SubmitRow
              label={
                busy
                  ? t('booth.register.sending')
                  : sitting.members.length > 1
                    ? t('booth.register.submitGroup', { total: sitting.members.length })
                    : t('booth.register.submit')
              }
              disabled={busy || checkpoint === null}
              shortcut={{
                keys: 'Control+Enter',
                hint: t('booth.register.shortcut'),
                hintId: 'register-shortcut',
              }}
            />
          </form>
        )}
        <div role="status" aria-live="polite" aria-atomic="true">
          {Object.keys(sitting.outcomes).length === 0 && sitting.queued.length === 0 ? null : (
            <SittingResult
              members={sitting.members}
              choices={plans.map((p) => p.choice)}
              outcomes={sitting.outcomes}
              queued={sitting.queued}
              checkpoint={checkpoint}
              checkpoints={checkpoints}
              boothCode={boothCode}
              mayDecideHeld={props.mayDecideHeld}
              onCorrected={recent.correct}
            />
          )}
        </div>
        {isDone ? (
          <div className="actions">
            <button ref={another} type="button" className="button button-primary" onClick={() => startNext()}>
              {t('booth.register.another')}
            </button>
          </div>
        ) : null}
      </section>
      <RecentRecords
        records={recent.records}
        onScreen={recent.onScreen}
        checkpoint={checkpoint}
        boothCode={boothCode}
        mayDecideHeld={props.mayDecideHeld}
        onCorrected={recent.correct}
        onPersonCorrected={recent.correctPerson}
      />
      <IdentifierPanel onUse={takeIdentifier} />
    </>
  );
}
