// The convoy on the road: the stops reached with their head counts, who left where and why, and the
// forms that log the next stop, a departure from it, someone leaving, and the arrival at the exit, and
// the correction of the last step recorded by mistake. An adult leaving while a child of their family
// stays on board without another is warned of at once, and sent with what was arranged for the child.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConvoyEvent } from '../../../domain/transit';
import { type ConvoyDetail, transitApi } from '../../api/transit-endpoints';
import { DataTable } from '../../components/data-table';
import { Options } from '../../components/options';
import { TextField } from '../../components/text-field';
import { fullName } from '../../format/person-name';
import { useApiCall } from '../../hooks/use-api-call';
import { ChildAloneWarning, childrenLeftAloneBy, useArrangement, useNameList } from './child-alone-warning';
import { CorrectStep } from './correct-step';
import { When, zoneOf } from './transit-parts';
import { namesIn, TransitProblem } from './transit-problem';

/** `onLogged(focus)`: the id of what the step changed, for the page to move the focus to. */
type Logged = (focus?: string) => void;
type Props = { readonly detail: ConvoyDetail; readonly mayManage: boolean; readonly onLogged: Logged };

export function StopLog({ detail, mayManage, onLogged }: Props) {
  const { t } = useTranslation();
  const stops = detail.corridor.stops;
  const stopName = (code: string) => stops.find((s) => s.code === code)?.name ?? code;
  const names = new Map(detail.manifest.map((p) => [p.personId, fullName(p)]));
  return (
    <section aria-labelledby="stops-title" data-testid="stop-log">
      <h2 id="stops-title" tabIndex={-1}>
        {t('transit.stopLog.title')}
      </h2>
      <DataTable
        testId="stop-table"
        columns={[
          { label: t('transit.stopLog.stop') },
          { label: t('transit.stopLog.arrived') },
          { label: t('transit.stopLog.departed') },
          { label: t('transit.stopLog.headCount') },
        ]}
      >
        {detail.visits.map((v) => (
          <tr key={v.stop}>
            <td>{stopName(v.stop)}</td>
            <td>
              <When at={v.arrivedAt} timeZone={zoneOf(stops, v.stop)} />
            </td>
            <td>
              <When at={v.departedAt} timeZone={zoneOf(stops, v.stop)} />
            </td>
            <td>{[v.headCountIn, v.headCountOut].filter((x) => x !== null).join(' → ')}</td>
          </tr>
        ))}
      </DataTable>
      {detail.left.length > 0 ? (
        <>
          <h3 id="left-title" tabIndex={-1}>
            {t('transit.stopLog.leftTitle')}
          </h3>
          <ul data-testid="left-list">
            {detail.left.map((l) => (
              <li key={l.personId}>
                {/* Why they left is shown to supervisors only: the API gives others no reason. */}
                {l.reason === null
                  ? t('transit.stopLog.leftLineWhere', {
                      name: names.get(l.personId) ?? '',
                      stop: stopName(l.stop),
                    })
                  : t('transit.stopLog.leftLine', {
                      name: names.get(l.personId) ?? '',
                      stop: stopName(l.stop),
                      reason: l.reason,
                    })}{' '}
                <When at={l.at} timeZone={zoneOf(stops, l.stop)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {mayManage && detail.convoy.status === 'departed' ? (
        <RoadForms detail={detail} onLogged={onLogged} />
      ) : null}
      {mayManage ? <CorrectStep detail={detail} onLogged={onLogged} /> : null}
    </section>
  );
}

function RoadForms({ detail, onLogged }: { readonly detail: ConvoyDetail; readonly onLogged: Logged }) {
  const { t } = useTranslation();
  const nameList = useNameList();
  const call = useApiCall();
  const id = detail.convoy.id;
  const stops = detail.corridor.stops;
  const current = detail.convoy.currentStop;
  const reachedCodes = new Set(detail.visits.map((v) => v.stop));
  const next = stops.slice(1, -1).filter((s) => !reachedCodes.has(s.code));
  const onBoard = detail.manifest.filter((p) => p.state === 'boarded');
  const [chosenStop, setStop] = useState('');
  const [chosenLeaver, setLeaver] = useState('');
  const [reason, setReason] = useState('');
  // The form stays mounted while the convoy moves on: a choice the log has overtaken (a stop now
  // reached, someone no longer on board) falls back to what the select shows, so the button records
  // what the officer sees.
  const stop = next.some((s) => s.code === chosenStop) ? chosenStop : (next[0]?.code ?? '');
  const leaver = onBoard.some((p) => p.personId === chosenLeaver) ? chosenLeaver : '';
  const aboard = new Set(onBoard.map((p) => p.personId));
  const alone =
    leaver === ''
      ? []
      : childrenLeftAloneBy(onBoard, aboard, new Set([...aboard].filter((p) => p !== leaver)));
  const { arranged, setArranged, missing, withArrangement } = useArrangement(alone);
  // Once logged, the focus goes to what the step changed (the control that took the form's place, the
  // list of who left), as the page shows it: the button pressed is gone or disabled.
  const log = async (event: ConvoyEvent, focus: string) => {
    const result = await call.run(() => transitApi.log(id, event));
    // Refused as out of step with the log (someone else logged first): show the log as it is now.
    if (!result.ok && result.error.status !== 409) return;
    if (result.ok && event.kind === 'left') {
      // The person who left is chosen no more: an annulment that brings them back does not choose them.
      setLeaver('');
      setReason('');
      setArranged('');
    }
    onLogged(result.ok ? focus : undefined);
  };
  const lastReached = [...detail.visits].reverse()[0]?.stop ?? stops[0]?.code ?? '';
  return (
    <div className="panel road-forms">
      {current === null ? (
        <form
          className="road-form"
          onSubmit={(e) => {
            e.preventDefault();
            void log({ kind: 'stop-arrived', stop, headCount: onBoard.length }, 'stop-depart');
          }}
        >
          <div className="field">
            <label htmlFor="next-stop">{t('transit.stopLog.nextStop')}</label>
            <select id="next-stop" value={stop} onChange={(e) => setStop(e.target.value)}>
              <Options items={next} value={(s) => s.code} label={(s) => s.name} />
            </select>
          </div>
          <button type="submit" className="button" disabled={call.busy || stop === ''}>
            {t('transit.stopLog.arriveAt')}
          </button>
        </form>
      ) : (
        <button
          id="stop-depart"
          type="button"
          className="button"
          disabled={call.busy}
          onClick={() =>
            void log({ kind: 'stop-departed', stop: current, headCount: onBoard.length }, 'next-stop')
          }
        >
          {t('transit.stopLog.departFrom', { stop: stops.find((s) => s.code === current)?.name ?? current })}
        </button>
      )}
      <form
        className="road-form"
        onSubmit={(e) => {
          e.preventDefault();
          const where = current ?? lastReached;
          const event: ConvoyEvent = { kind: 'left', personId: leaver, stop: where, reason: reason.trim() };
          void log(withArrangement(event), 'left-title');
        }}
      >
        <div className="field">
          <label htmlFor="left-person">{t('transit.stopLog.whoLeft')}</label>
          <select id="left-person" value={leaver} onChange={(e) => setLeaver(e.target.value)}>
            <option value="">—</option>
            <Options items={onBoard} value={(p) => p.personId} label={(p) => fullName(p)} />
          </select>
        </div>
        <TextField
          id="left-reason"
          label={t('transit.stopLog.reason')}
          value={reason}
          maxLength={500}
          onChange={setReason}
        />
        <ChildAloneWarning
          id="left-child-alone"
          alone={alone}
          message={t('transit.childAlone.left', {
            name: fullName(onBoard.find((p) => p.personId === leaver) ?? { givenNames: '', surname1: '' }),
            names: nameList(alone),
            count: alone.length,
          })}
          arranged={arranged}
          onArranged={setArranged}
        />
        <button
          type="submit"
          className="button"
          disabled={call.busy || leaver === '' || reason.trim() === '' || missing}
        >
          {t('transit.stopLog.recordLeft')}
        </button>
      </form>
      <button
        type="button"
        className="button primary"
        disabled={call.busy}
        onClick={() =>
          void log({ kind: 'arrived', personIds: onBoard.map((p) => p.personId) }, 'stops-title')
        }
      >
        {t('transit.stopLog.arriveExit', { count: onBoard.length })}
      </button>
      <TransitProblem problem={call.problem} people={namesIn(call.problem, detail.manifest)} />
    </div>
  );
}
