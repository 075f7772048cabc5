// The boarding check at departure: every passenger ticked as boarded or left as a no-show, recorded as
// one event each, then the departure. A departure that would take a child without any adult of their
// family (the adult not ticked) is warned of at once, and sent with what was arranged for the child.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConvoyEvent } from '../../../domain/transit';
import { type ConvoyDetail, transitApi } from '../../api/transit-endpoints';
import { fullName } from '../../format/person-name';
import { useApiCall } from '../../hooks/use-api-call';
import { ChildAloneWarning, childrenLeftAloneBy, useArrangement, useNameList } from './child-alone-warning';
import { namesIn, TransitProblem } from './transit-problem';

/** `focus`: the id of what the step changed, for the page to move the focus to once it shows it. */
type Props = { readonly detail: ConvoyDetail; readonly onLogged: (focus?: string) => void };

export function BoardingCheck({ detail, onLogged }: Props) {
  const { t } = useTranslation();
  const nameList = useNameList();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(
    () => new Set(detail.manifest.filter((p) => p.state === 'boarded').map((p) => p.personId)),
  );
  const call = useApiCall();
  const id = detail.convoy.id;
  const alone = childrenLeftAloneBy(detail.manifest, new Set(detail.manifest.map((p) => p.personId)), ticked);
  const { arranged, setArranged, missing, withArrangement } = useArrangement(alone);
  const record = async () => {
    for (const p of detail.manifest) {
      const boarded = ticked.has(p.personId);
      if ((p.state === 'boarded') === boarded && p.state !== 'listed') continue;
      const result = await call.run(() =>
        transitApi.log(id, { kind: 'boarding', personId: p.personId, boarded }),
      );
      if (!result.ok) return reloadIfOutOfStep(result.error.status);
    }
    // Each check disables the buttons in turn: the focus goes back to this one, not to the page's top.
    onLogged('boarding-record');
  };
  const depart = async () => {
    const event: ConvoyEvent = withArrangement({ kind: 'departed' });
    const result = await call.run(() => transitApi.log(id, event));
    if (result.ok) onLogged('stops-title');
    else reloadIfOutOfStep(result.error.status);
  };
  // Refused as out of step with the log (someone else logged first): show the convoy as it is now.
  const reloadIfOutOfStep = (status: number) => {
    if (status === 409) onLogged();
  };
  return (
    <section className="panel" aria-labelledby="boarding-title" data-testid="boarding-check">
      <h2 id="boarding-title">{t('transit.boarding.title')}</h2>
      <ul className="boarding-list">
        {detail.manifest.map((p) => (
          <li key={p.personId}>
            <label>
              <input
                type="checkbox"
                checked={ticked.has(p.personId)}
                onChange={(e) => {
                  const next = new Set(ticked);
                  if (e.target.checked) next.add(p.personId);
                  else next.delete(p.personId);
                  setTicked(next);
                }}
              />{' '}
              {fullName(p)} <small>{p.plate}</small>
            </label>
          </li>
        ))}
      </ul>
      <ChildAloneWarning
        id="boarding-child-alone"
        alone={alone}
        message={t('transit.childAlone.departure', { names: nameList(alone), count: alone.length })}
        arranged={arranged}
        onArranged={setArranged}
      />
      <TransitProblem problem={call.problem} people={namesIn(call.problem, detail.manifest)} />
      <div className="actions">
        <button
          id="boarding-record"
          type="button"
          className="button"
          disabled={call.busy}
          onClick={() => void record()}
        >
          {t('transit.boarding.record')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={call.busy || missing}
          onClick={() => void depart()}
        >
          {t('transit.boarding.depart')}
        </button>
      </div>
    </section>
  );
}
