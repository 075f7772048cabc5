// Annuls the last step of the convoy's log when it was recorded by mistake (the arrival at the exit
// pressed too early, a stop reached that was not): a correction naming the step, with what the mistake
// was. The log keeps both; the convoy's picture goes back to how it was before the step. An annulment
// that puts a child back on board without an adult of their family (their own leaving, after the
// adult's) is warned of as a step would be, and sent with what was arranged for the child.
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConvoyEvent } from '../../../domain/transit';
import { type ConvoyDetail, transitApi } from '../../api/transit-endpoints';
import { PanelForm } from '../../components/panel-form';
import { TextField } from '../../components/text-field';
import { fullName } from '../../format/person-name';
import { useApiCall } from '../../hooks/use-api-call';
import { ChildAloneWarning, childrenLeftAloneBy, useArrangement, useNameList } from './child-alone-warning';
import { When, zoneOf } from './transit-parts';
import { namesIn, TransitProblem } from './transit-problem';

type Props = { readonly detail: ConvoyDetail; readonly onLogged: (focus?: string) => void };
type Step = NonNullable<ConvoyDetail['correctable']>;

/**
 * Who travels now, and once the step is annulled: the picture before the step. A step offered for
 * correction is taken on the road or at its end, so those travelling now are those on board.
 */
function travellingAround(step: Step, detail: ConvoyDetail) {
  const aboard = (p: ConvoyDetail['manifest'][number]) => p.state === 'boarded';
  const now = new Set(
    detail.convoy.status === 'departed' ? detail.manifest.filter(aboard).map((p) => p.personId) : [],
  );
  const event = step.event;
  switch (event.kind) {
    case 'departed':
      // Back to boarding: until the departure, the whole manifest travels (a no-show is final then).
      return { now, annulled: new Set(detail.manifest.map((p) => p.personId)) };
    case 'left':
      return { now, annulled: new Set([...now, event.personId]) };
    case 'arrived':
      return { now, annulled: new Set(event.personIds) };
    case 'stop-arrived':
    case 'stop-departed':
    case 'boarding':
    case 'cancelled':
    case 'correction':
      return { now, annulled: now };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

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

// Where the step happened, whose clock its time is shown on: a stop's, the origin's for the departure,
// the last stop's for the arrival.
function stepPlace(event: Step['event']): string {
  switch (event.kind) {
    case 'stop-arrived':
    case 'stop-departed':
    case 'left':
      return event.stop;
    case 'arrived':
      return 'exit';
    case 'departed':
    case 'boarding':
    case 'cancelled':
    case 'correction':
      return 'origin';
    default: {
      const unknown: never = event;
      return String(unknown);
    }
  }
}

export function CorrectStep({ detail, onLogged }: Props) {
  const step = detail.correctable;
  // Keyed by the step: what was typed about one step is not sent to annul the next.
  return step === null ? null : (
    <CorrectionForm key={step.id} step={step} detail={detail} onLogged={onLogged} />
  );
}

function CorrectionForm({ step, detail, onLogged }: Props & { readonly step: Step }) {
  const { t } = useTranslation();
  const nameList = useNameList();
  const call = useApiCall();
  const [reason, setReason] = useState('');
  const { now, annulled } = travellingAround(step, detail);
  const alone = childrenLeftAloneBy(detail.manifest, now, annulled);
  const { arranged, setArranged, missing, withArrangement } = useArrangement(alone);
  const annul = async () => {
    const event: ConvoyEvent = withArrangement({
      kind: 'correction',
      corrects: step.id,
      reason: reason.trim(),
    });
    const result = await call.run(() => transitApi.log(detail.convoy.id, event));
    // Refused as out of step with the log (someone else logged first): show the log as it is now.
    if (!result.ok && result.error.status !== 409) return;
    setReason('');
    setArranged('');
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
        <When at={step.at} timeZone={zoneOf(detail.corridor.stops, stepPlace(step.event))} />)
      </p>
      <TextField
        id="correct-reason"
        label={t('transit.stopLog.correct.reason')}
        value={reason}
        maxLength={500}
        onChange={setReason}
      />
      <ChildAloneWarning
        id="correct-child-alone"
        alone={alone}
        message={t('transit.childAlone.correction', { names: nameList(alone), count: alone.length })}
        arranged={arranged}
        onArranged={setArranged}
      />
      <button type="submit" className="button" disabled={call.busy || reason.trim() === '' || missing}>
        {t('transit.stopLog.correct.undo')}
      </button>
      <p className="hint">{t('transit.stopLog.correct.note')}</p>
      <TransitProblem problem={call.problem} people={namesIn(call.problem, detail.manifest)} />
    </PanelForm>
  );
}
