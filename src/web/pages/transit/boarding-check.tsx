// The boarding check at departure: every passenger ticked as boarded or left as a no-show, recorded as
// one event each, then the departure.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConvoyDetail, transitApi } from '../../api/transit-endpoints';
import { fullName } from '../../format/person-name';
import { useApiCall } from '../../hooks/use-api-call';
import { TransitProblem } from './transit-problem';

type Props = { readonly detail: ConvoyDetail; readonly onLogged: () => void };

export function BoardingCheck({ detail, onLogged }: Props) {
  const { t } = useTranslation();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(
    () => new Set(detail.manifest.filter((p) => p.state === 'boarded').map((p) => p.personId)),
  );
  const call = useApiCall();
  const id = detail.convoy.id;
  const record = async () => {
    for (const p of detail.manifest) {
      const boarded = ticked.has(p.personId);
      if ((p.state === 'boarded') === boarded && p.state !== 'listed') continue;
      const result = await call.run(() =>
        transitApi.log(id, { kind: 'boarding', personId: p.personId, boarded }),
      );
      if (!result.ok) return reloadIfOutOfStep(result.error.status);
    }
    onLogged();
  };
  const depart = async () => {
    const result = await call.run(() => transitApi.log(id, { kind: 'departed' }));
    if (result.ok) onLogged();
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
      <TransitProblem problem={call.problem} />
      <div className="actions">
        <button type="button" className="button" disabled={call.busy} onClick={() => void record()}>
          {t('transit.boarding.record')}
        </button>
        <button type="button" className="button primary" disabled={call.busy} onClick={() => void depart()}>
          {t('transit.boarding.depart')}
        </button>
      </div>
    </section>
  );
}
