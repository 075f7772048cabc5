// Corrections made on two devices without seeing each other that set the same field differently (or
// void the event): both are kept and the counting rules decide; the supervisor sees them here, each
// with the reason its officer gave, to choose between them.

import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../domain/crossings';
import { type CorrectionConflict, listConflicts } from '../../api/conflicts-endpoint';
import { LoadedSection } from '../../components/loaded-section';
import { TableWrap } from '../../components/scroll-box';
import { UnbrokenCode } from '../../components/unbroken-code';
import { formatDateTime } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useLocale } from '../../hooks/use-locale';
import { decisionName } from '../booth/decision-messages';

type Props = { readonly checkpoint: string; readonly timeZone: string; readonly version: string };

export function ConflictsSection({ checkpoint, timeZone, version }: Props) {
  const { t } = useTranslation();
  // `version` changes when the overview reloads, so the list follows it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the overview's reload signal
  const load = useCallback(
    (signal: AbortSignal) => listConflicts(checkpoint, { signal }),
    [checkpoint, version],
  );
  const [state, reload] = useApiData(load);
  return (
    <LoadedSection
      id="overview-conflicts"
      title={t('conflicts.title', { count: state.status === 'ok' ? state.value.conflicts.length : 0 })}
      testId="correction-conflicts"
      state={state}
      onRetry={reload}
    >
      {(value) =>
        value.conflicts.length === 0 ? (
          <p className="empty">{t('conflicts.none')}</p>
        ) : (
          <>
            <p className="hint">{t('conflicts.hint')}</p>
            <ol className="held-list">
              {value.conflicts.map((c) => (
                <li key={c.eventId}>
                  <ConflictCard conflict={c} timeZone={timeZone} />
                </li>
              ))}
            </ol>
          </>
        )
      }
    </LoadedSection>
  );
}

type CardProps = { readonly conflict: CorrectionConflict; readonly timeZone: string };

function ConflictCard({ conflict, timeZone }: CardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const disputed = new Set(conflict.pairs.flatMap((p) => p.fields));
  const inPairs = new Set(conflict.pairs.flatMap((p) => [p.a, p.b]));
  const titleId = `conflict-${conflict.eventId}`;
  return (
    <article className="panel" aria-labelledby={titleId} data-testid="conflict" data-event={conflict.eventId}>
      <h3 id={titleId}>
        {t('conflicts.event', {
          kind: conflict.eventKind === 'tally' ? t('conflicts.kind.tally') : t('conflicts.kind.crossing'),
          when: formatDateTime(conflict.eventAt, locale, timeZone),
        })}
      </h3>
      <p>{t('conflicts.fields', { fields: [...disputed].map((f) => fieldName(f, t)).join(', ') })}</p>
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
                          .map(([f, v]) => `${fieldName(f, t)}: ${valueText(f, v, t)}`)
                          .join('; ')}
                    <ReasonLine reason={reasonOf(k)} />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </TableWrap>
      <p data-testid="conflict-current">
        {t('conflicts.current', {
          value:
            Object.entries(conflict.current)
              .map(([f, v]) => `${fieldName(f, t)}: ${valueText(f, v, t)}`)
              .join('; ') || t('conflicts.voided'),
        })}
      </p>
    </article>
  );
}

// The officer's reason: the note the correction sets (the booth sends it there), else the note of
// the correction itself (the event interchange's).
function reasonOf(correction: CorrectionConflict['corrections'][number]): string | null {
  const set = correction.set?.note;
  if (typeof set === 'string' && set.trim() !== '') return set;
  return correction.note !== null && correction.note.trim() !== '' ? correction.note : null;
}

function ReasonLine({ reason }: { readonly reason: string | null }) {
  const { t } = useTranslation();
  return (
    <span className="conflict-reason" data-testid="conflict-reason">
      {reason === null ? t('conflicts.noReason') : t('conflicts.reason', { reason })}
    </span>
  );
}

function fieldName(field: string, t: TFunction): string {
  switch (field) {
    case 'decision':
      return t('conflicts.field.decision');
    case 'direction':
      return t('conflicts.field.direction');
    case 'person':
      return t('conflicts.field.person');
    case 'void':
      return t('conflicts.field.void');
    case 'count':
      return t('conflicts.field.count');
    default:
      return field;
  }
}

function valueText(field: string, value: unknown, t: TFunction): string {
  if (field === 'decision' && typeof value === 'string') return decisionName(value as Decision, t);
  if (field === 'direction' && value === 'entry') return t('booth.direction.entry');
  if (field === 'direction' && value === 'exit') return t('booth.direction.exit');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && 'surname1' in value) {
    const p = value as { givenNames?: unknown; surname1?: unknown; surname2?: unknown };
    return [p.givenNames, p.surname1, p.surname2].filter((x) => typeof x === 'string' && x !== '').join(' ');
  }
  return JSON.stringify(value);
}
