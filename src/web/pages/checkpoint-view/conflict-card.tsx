// One event's corrections in conflict, on its card in the supervisor's view: whom the crossing is
// about, the corrections the conflict rule pairs, each with its booth, officer and reason, the disputed
// fields as they count now, and the form that settles the dispute: a decision, or the version that is right.

import { useTranslation } from 'react-i18next';
import type { CorrectionConflict } from '../../api/conflicts-endpoint';
import { Fact } from '../../components/fact';
import { TableWrap } from '../../components/scroll-box';
import { UnbrokenCode } from '../../components/unbroken-code';
import { formatDateTime } from '../../format/format';
import { fullName } from '../../format/person-name';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { fieldName, reasonOf, valueText } from './conflict-words';
import { ResolveForm } from './resolve-form';
import { SettleForm } from './settle-form';

type CardProps = {
  readonly conflict: CorrectionConflict;
  /** The checkpoint's code, where the supervisor's decision is recorded. */
  readonly checkpoint: string;
  readonly timeZone: string;
  /** A decision made from the card was recorded: it settles the conflict. */
  readonly onSettled: (message: string) => void;
};

// What the supervisor's decision sets: a dispute over these alone is settled with the held case's
// decision form. Any other (the direction, the person, a void, a tally's count) by choosing a version.
const DECIDED_HERE: ReadonlySet<string> = new Set(['decision', 'refusalGround']);

export function ConflictCard({ conflict, checkpoint, timeZone, onSettled }: CardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const disputed = new Set(conflict.pairs.flatMap((p) => p.fields));
  const titleId = `conflict-${conflict.eventId}`;
  const { person } = conflict;
  const name = person === null ? null : fullName(person) || t('referrals.noName');
  const event = t('conflicts.event', {
    kind: conflict.eventKind === 'tally' ? t('conflicts.kind.tally') : t('conflicts.kind.crossing'),
    when: formatDateTime(conflict.eventAt, locale, timeZone),
  });
  const decidedHere = name !== null && [...disputed].every((f) => DECIDED_HERE.has(f));
  // Held now (when the decision is among the fields in dispute): deciding it needs a note.
  const isHeld = conflict.current.decision === 'held';
  return (
    <article className="panel" aria-labelledby={titleId} data-testid="conflict" data-event={conflict.eventId}>
      <h3 id={titleId}>{name ?? event}</h3>
      {person === null ? null : (
        <dl className="facts" data-testid="conflict-person">
          <Fact label={t('overview.conflict.event')}>{event}</Fact>
          <Fact label={t('referrals.nationality')}>
            {person.nationality === null
              ? t('referrals.unknown')
              : `${countryName(person.nationality)} (${person.nationality})`}
          </Fact>
        </dl>
      )}
      <p>{t('conflicts.fields', { fields: [...disputed].map((f) => fieldName(f, t)).join(', ') })}</p>
      <ConflictCorrections conflict={conflict} disputed={disputed} timeZone={timeZone} />
      <p data-testid="conflict-current">
        {t('conflicts.current', {
          value:
            Object.entries(conflict.current)
              .map(([f, v]) => `${fieldName(f, t)}: ${valueText(f, v, t, countryName)}`)
              .join('; ') || t('conflicts.voided'),
        })}
      </p>
      {decidedHere ? (
        <>
          <p className="hint">{t('overview.conflict.settleHere')}</p>
          <ResolveForm
            eventId={conflict.eventId}
            idPrefix="settle"
            checkpointCode={checkpoint}
            name={name}
            isHeld={isHeld}
            onResolved={onSettled}
          />
        </>
      ) : (
        <>
          <p className="hint" data-testid="conflict-settle-hint">
            {t('overview.conflict.settleVersion')}
          </p>
          <SettleForm
            conflict={conflict}
            checkpointCode={checkpoint}
            timeZone={timeZone}
            name={name ?? event}
            isHeld={isHeld}
            onSettled={onSettled}
          />
        </>
      )}
    </article>
  );
}

type CorrectionsProps = {
  readonly conflict: CorrectionConflict;
  readonly disputed: ReadonlySet<string>;
  readonly timeZone: string;
};

/** The corrections the conflict rule pairs, in the order they apply, with what each sets. */
function ConflictCorrections({ conflict, disputed, timeZone }: CorrectionsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const inPairs = new Set(conflict.pairs.flatMap((p) => [p.a, p.b]));
  return (
    <TableWrap label={t('conflicts.caption')}>
      <table className="table conflict-table">
        <caption className="visually-hidden">{t('conflicts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conflicts.made')}</th>
            <th scope="col">{t('conflicts.booth')}</th>
            <th scope="col">{t('conflicts.by')}</th>
            <th scope="col">{t('conflicts.change')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.corrections
            .filter((k) => inPairs.has(k.id))
            .map((k) => (
              <tr key={k.id} data-testid="conflict-correction">
                <td>
                  {formatDateTime(k.at, locale, timeZone)}
                  {k.offline ? ` (${t('conflicts.offline')})` : ''}
                </td>
                <td>{k.boothCode === null ? '—' : <UnbrokenCode>{k.boothCode}</UnbrokenCode>}</td>
                <td>{k.recordedBy ?? '—'}</td>
                <td>
                  {k.void
                    ? t('conflicts.voided')
                    : Object.entries(k.set ?? {})
                        .filter(([f]) => disputed.has(f))
                        .map(([f, v]) => `${fieldName(f, t)}: ${valueText(f, v, t, countryName)}`)
                        .join('; ')}
                  <ReasonLine reason={reasonOf(k)} />
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function ReasonLine({ reason }: { readonly reason: string | null }) {
  const { t } = useTranslation();
  return (
    <span className="conflict-reason" data-testid="conflict-reason">
      {reason === null ? t('conflicts.noReason') : t('conflicts.reason', { reason })}
    </span>
  );
}
