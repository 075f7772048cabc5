// Annuls the last step of the convoy's log when it was recorded by mistake (the arrival at the exit
// pressed too early, a stop reached that was not): a correction naming the step, with what the mistake
// was. The log keeps both; the convoy's picture goes back to how it was before the step.
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConvoyEvent } from '../../../domain/transit';
import { type ConvoyDetail, transitApi } from '../../api/transit-endpoints';
import { PanelForm } from '../../components/panel-form';
import { fullName } from '../../format/person-name';
import { useApiCall } from '../../hooks/use-api-call';
import { When } from './transit-parts';
import { TransitProblem } from './transit-problem';

type Props = { readonly detail: ConvoyDetail; readonly onLogged: (focus?: string) => void };

// Named by what happened and where, never why: a reader may not be shown the reason (docs/transit.md).
function stepWords(
  event: NonNullable<ConvoyDetail['correctable']>['event'],
  detail: ConvoyDetail,
  t: TFunction,
): string {
  const stop = (code: string) => detail.corridor.stops.find((s) => s.code === code)?.name ?? code;
  switch (event.kind) {
    case 'departed':
      return t('transit.stopLog.correct.step.departed');
    case 'stop-arrived':
      return t('transit.stopLog.correct.step.stop-arrived', { stop: stop(event.stop) });
    case 'stop-departed':
      return t('transit.stopLog.correct.step.stop-departed', { stop: stop(event.stop) });
    case 'left': {
      const person = detail.manifest.find((p) => p.personId === event.personId);
      const name = person ? fullName(person) : '';
      return t('transit.stopLog.correct.step.left', { name, stop: stop(event.stop) });
    }
    case 'arrived':
      return t('transit.stopLog.correct.step.arrived');
    // Not offered for correction by the server; named by their kind should one ever be.
    case 'boarding':
    case 'cancelled':
    case 'correction':
      return event.kind;
    default: {
      const unknown: never = event;
      return String(unknown);
    }
  }
}

export function CorrectStep({ detail, onLogged }: Props) {
  const { t } = useTranslation();
  const call = useApiCall();
  const [reason, setReason] = useState('');
  const step = detail.correctable;
  if (step === null) return null;
  const annul = async () => {
    const event: ConvoyEvent = { kind: 'correction', corrects: step.id, reason: reason.trim() };
    const result = await call.run(() => transitApi.log(detail.convoy.id, event));
    // Refused as out of step with the log (someone else logged first): show the log as it is now.
    if (!result.ok && result.error.status !== 409) return;
    setReason('');
    // The step annulled is gone from the log: the focus goes to the log, not to the page's top.
    onLogged(result.ok ? 'stops-title' : undefined);
  };
  return (
    <PanelForm
      standing
      name="correct-step"
      heading="h3"
      title={t('transit.stopLog.correct.title')}
      onSubmit={annul}
    >
      <p data-testid="correct-step-last">
        {t('transit.stopLog.correct.last', { step: stepWords(step.event, detail, t) })} (
        <When at={step.at} />)
      </p>
      <label>
        {t('transit.stopLog.correct.reason')}{' '}
        <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </label>{' '}
      <button type="submit" className="button" disabled={call.busy || reason.trim() === ''}>
        {t('transit.stopLog.correct.undo')}
      </button>
      <p className="hint">{t('transit.stopLog.correct.note')}</p>
      <TransitProblem problem={call.problem} />
    </PanelForm>
  );
}
