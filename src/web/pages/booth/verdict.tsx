// The one verdict on a person sent from the booth, said so that it cannot be misread at a glance: an
// admission in green, a refusal in red with its ground in words, a hold in amber as a wait for the
// supervisor — in words, in colour and in a mark, so that none of the three rests on colour alone.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Decision, RefusalGround } from '../../../domain/crossings';
import { refusalGroundName } from './decision-messages';

export type VerdictKind = 'admitted' | 'refused' | 'held' | 'referred';

/** What a decision comes to for the person; a screening hold outranks the decision the officer took. */
export function verdictOf(decision: Decision, isScreeningHold: boolean): VerdictKind {
  if (isScreeningHold) return 'held';
  switch (decision) {
    case 'admitted':
    case 'admitted-transit':
      return 'admitted';
    case 'refused':
      return 'refused';
    case 'held':
      return 'held';
    case 'referred-protection':
      return 'referred';
    default: {
      const unknown: never = decision;
      return unknown;
    }
  }
}

const NOTICE: Readonly<Record<VerdictKind, string>> = {
  admitted: 'notice-ok',
  refused: 'notice-error',
  held: 'notice-warning',
  referred: 'notice-info',
};

// A mark beside the words, for a reader who cannot tell the colours apart; not read out.
const MARK: Readonly<Record<VerdictKind, string>> = { admitted: '✓', refused: '✕', held: '!', referred: '→' };

function headline(decision: Decision, kind: VerdictKind, t: TFunction): string {
  if (kind === 'held') return t('booth.result.verdict.held');
  switch (decision) {
    case 'admitted':
      return t('booth.result.verdict.admitted');
    case 'admitted-transit':
      return t('booth.result.verdict.admittedTransit');
    case 'refused':
      return t('booth.result.verdict.refused');
    case 'referred-protection':
      return t('booth.result.verdict.referredProtection');
    case 'held':
      return t('booth.result.verdict.held');
    default: {
      const unknown: never = decision;
      return unknown;
    }
  }
}

type Props = {
  readonly decision: Decision;
  readonly isScreeningHold: boolean;
  readonly refusalGround: RefusalGround | '';
  /** The person's name, for a group; null for one person alone. */
  readonly name: string | null;
  /** True while the event waits on this device for the network. */
  readonly isQueued: boolean;
  /**
   * It waits not for the network but for the server's clock: the server refused it as dated after its
   * clock (this device's clock is ahead), and takes it once its clock reaches it.
   */
  readonly isAhead?: boolean;
  /**
   * The server already had this very record (same id): the booth sent it again, as the outbox does
   * after an answer lost on the way back. It is the same crossing, so the words say the record
   * arrived once; they must not read as an earlier crossing of the person.
   */
  readonly isDuplicate: boolean;
};

export function Verdict(props: Props) {
  const { decision, isScreeningHold, refusalGround, name, isQueued, isDuplicate } = props;
  const { t } = useTranslation();
  const kind = verdictOf(decision, isScreeningHold);
  return (
    <div
      className={`notice registration-status ${NOTICE[kind]}`}
      data-testid="registration-status"
      data-status={isScreeningHold ? 'hold' : decision}
      data-verdict={kind}
      data-queued={isQueued}
    >
      <p className="verdict-line">
        <span className="verdict-mark" aria-hidden="true">
          {MARK[kind]}
        </span>
        {name === null ? null : <span className="verdict-name">{name}</span>}
        <strong data-testid="verdict-words">{headline(decision, kind, t)}</strong>
      </p>
      {kind === 'refused' && refusalGround !== '' ? (
        <p className="verdict-hint" data-testid="verdict-ground">
          {t('booth.result.groundOf', { ground: refusalGroundName(refusalGround, t) })}
        </p>
      ) : null}
      {kind === 'held' ? <p className="verdict-hint">{t('booth.result.holdHint')}</p> : null}
      {isDuplicate ? <p className="verdict-hint">{t('booth.result.duplicate')}</p> : null}
      {isQueued && props.isAhead === true ? (
        <p className="verdict-hint" data-testid="registration-ahead">
          {t('outbox.ahead.sitting')}
        </p>
      ) : isQueued ? (
        <p className="verdict-hint">{t('offline.queued')}</p>
      ) : null}
    </div>
  );
}
