// The booth's last records of this session, below the form: once the officer moved on to the next
// person, a decision recorded minutes ago is still corrected here, through the same correction as in
// the result shown right after sending (a correction event naming the crossing, via the outbox), and so
// are the person's details. A person is kept here as soon as they are sent, and listed once the result
// on screen gives way: a reload, or a visit to tally mode, before moving on no longer loses them.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '../../api/types';
import { formatDateTime } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { getSync } from '../../offline/instance';
import { useSyncState } from '../../offline/use-sync';
import { useUser } from '../../session/session';
import { CorrectDecision } from './correct-decision';
import { CorrectPerson } from './correct-person';
import type { DecisionChoice } from './decision';
import { pastDecisionName, refusalGroundName } from './decision-messages';
import {
  isCorrectable,
  type RecentRecord,
  recentOf,
  withCorrection,
  withLaterOutcomes,
  withPersonCorrection,
  withRecent,
} from './recent';
import { keepRecent, recallRecent } from './recent-kept';
import type { RegistrationForm } from './registration';
import { isSent, type Sitting } from './sitting';

/**
 * The records kept for the booth: each person of the sitting on screen (`sitting`, with the decisions
 * planned for its members, `choices`) as soon as they are sent, and the corrections made to them, from
 * the result on screen or from the list.
 */
export function useRecentRecords(sitting: Sitting, choices: readonly (DecisionChoice | null)[]) {
  const user = useUser().id;
  // Kept in the tab: a reload gives them back (forgotten at sign-out).
  const [records, setRecords] = useState<readonly RecentRecord[]>(() =>
    recallRecent(window.sessionStorage, user),
  );
  useEffect(() => keepRecent(window.sessionStorage, user, records), [user, records]);
  // What a later sync learnt of the records that waited is kept with them, for after a reload.
  const sync = useSyncState();
  useEffect(() => {
    if (sync.lastSync !== null) setRecords((kept) => withLaterOutcomes(kept, getSync().outcomeOf));
  }, [sync.lastSync]);
  // The people of the sitting sent so far: kept the moment one more is sent (not when the officer
  // moves on), from the sitting as it then stands.
  const sent = sitting.members
    .filter((m) => isSent(sitting, m))
    .map((m) => m.id)
    .join(' ');
  const latest = useRef({ sitting, choices });
  latest.current = { sitting, choices };
  useEffect(() => {
    if (sent === '') return;
    const now = latest.current;
    setRecords((kept) => withRecent(kept, recentOf(now.sitting, now.choices, {})));
  }, [sent]);
  return {
    records,
    /** The records the result on screen shows: the list leaves them out until the officer moves on. */
    onScreen: sent === '' ? [] : sent.split(' '),
    /** A decision corrected, in the sitting on screen or in the list. */
    correct: (id: string, choice: DecisionChoice) => {
      setRecords((kept) => withCorrection(kept, id, choice));
    },
    /** A person's details corrected in the list. */
    correctPerson: (id: string, form: RegistrationForm, held: boolean) => {
      setRecords((kept) => withPersonCorrection(kept, id, form, held));
    },
  };
}

type Props = {
  readonly records: readonly RecentRecord[];
  /** Records the result on screen shows, left out of the list until the officer moves on. */
  readonly onScreen: readonly string[];
  readonly checkpoint: Checkpoint | null;
  readonly boothCode: string;
  readonly mayDecideHeld: boolean;
  readonly onCorrected: (id: string, choice: DecisionChoice) => void;
  readonly onPersonCorrected: (id: string, form: RegistrationForm, held: boolean) => void;
};

/**
 * Whether each record without an answer is still on the device, read again as the sync moves (true
 * until read). One no longer there reached the server, though another tab, or this page before a
 * reload, sent it and its answer is not known here.
 */
function useStillKept(records: readonly RecentRecord[]): (id: string) => boolean {
  const [kept, setKept] = useState<{ readonly of: string; readonly found: ReadonlySet<string> } | null>(null);
  const unanswered = records
    .filter((r) => r.outcome === null)
    .map((r) => r.id)
    .join(' ');
  useEffect(() => {
    const ids = unanswered === '' ? [] : unanswered.split(' ');
    let live = true;
    const read = () => {
      void getSync()
        .kept(ids)
        .then((found) => {
          if (live) setKept({ of: unanswered, found });
        });
    };
    read();
    const stop = getSync().subscribe(read);
    return () => {
      live = false;
      stop();
    };
  }, [unanswered]);
  // A read made for other records says nothing of one just added.
  return (id) => kept === null || kept.of !== unanswered || kept.found.has(id);
}

export function RecentRecords(props: Props) {
  const { checkpoint, boothCode, mayDecideHeld, onCorrected, onPersonCorrected } = props;
  const { t } = useTranslation();
  const records = props.records.filter((r) => !props.onScreen.includes(r.id));
  // A record kept on the device gets the server's answer at a later sync: read again as the sync moves.
  useSyncState();
  const isKept = useStillKept(records);
  if (records.length === 0) return null;
  return (
    <section className="panel booth-recent" aria-labelledby="recent-title" data-testid="recent-records">
      <h2 id="recent-title">{t('booth.recent.title')}</h2>
      <p className="hint">{t('booth.recent.hint')}</p>
      <ul className="recent-records">
        {records.map((record, i) => (
          <RecentItem
            key={record.id}
            record={record}
            isKept={isKept(record.id)}
            idPrefix={`recent-${i + 1}`}
            checkpoint={checkpoint}
            boothCode={boothCode}
            mayDecideHeld={mayDecideHeld}
            onCorrected={(choice) => onCorrected(record.id, choice)}
            onPersonCorrected={(form, held) => onPersonCorrected(record.id, form, held)}
          />
        ))}
      </ul>
    </section>
  );
}

type ItemProps = Omit<Props, 'records' | 'onScreen' | 'onCorrected' | 'onPersonCorrected'> & {
  readonly record: RecentRecord;
  /** Whether the record is still on the device, waiting (or refused): false once the server has it. */
  readonly isKept: boolean;
  readonly idPrefix: string;
  readonly onCorrected: (choice: DecisionChoice) => void;
  readonly onPersonCorrected: (form: RegistrationForm, held: boolean) => void;
};

function RecentItem(props: ItemProps) {
  const { record, isKept, idPrefix, checkpoint, boothCode, mayDecideHeld, onCorrected, onPersonCorrected } =
    props;
  const { t } = useTranslation();
  const locale = useLocale();
  const later = record.outcome === null ? (getSync().outcomeOf(record.id) ?? null) : null;
  const outcome = record.outcome ?? later;
  const { decision, refusalGround } = record.choice;
  const name = record.name === '' ? null : record.name;
  const said =
    outcome?.status === 'problem'
      ? t('booth.result.refusedLater')
      : outcome?.screening === 'hold' || record.held
        ? t('booth.result.verdict.held')
        : decision === 'refused' && refusalGround !== ''
          ? `${pastDecisionName(decision, t)} · ${refusalGroundName(refusalGround, t)}`
          : pastDecisionName(decision, t);
  return (
    <li className="recent-record" data-testid="recent-record" data-decision={decision}>
      <p className="recent-line">
        <span className="recent-time">
          {formatDateTime(record.at, locale, checkpoint?.timeZone, 'minute')}
        </span>
        <strong className="recent-name">{name ?? t('booth.recent.unnamed')}</strong>
        <span data-testid="recent-decision">{said}</span>
        {outcome === null && isKept ? <span className="tag">{t('booth.recent.queued')}</span> : null}
      </p>
      {checkpoint === null || !isCorrectable(record, later) ? null : (
        <div className="recent-corrections">
          <CorrectDecision
            eventId={record.id}
            idPrefix={idPrefix}
            checkpoint={checkpoint.code}
            booth={boothCode === '' ? undefined : boothCode}
            decision={decision}
            refusalGround={refusalGround}
            mayChange={decision !== 'held' || mayDecideHeld}
            onCorrected={onCorrected}
            name={name}
          />
          <CorrectPerson
            eventId={record.id}
            idPrefix={idPrefix}
            checkpoint={checkpoint.code}
            booth={boothCode === '' ? undefined : boothCode}
            form={record.form}
            name={name}
            onCorrected={onPersonCorrected}
          />
        </div>
      )}
    </li>
  );
}
