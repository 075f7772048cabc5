// The requests board: each request in the column of its state, with buttons for the moves its state
// allows (domain/care's rule), and a form to open a request. Receiving one delivers to its place.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../api/ids';
import {
  nextRequestStatuses,
  REQUEST_STATUSES,
  type RequestStatus,
  SUPPLY_ITEMS,
} from '../../../domain/care';
import { ChoiceButtons } from '../../components/choice-buttons';
import { FormFeedback } from '../../components/form-feedback';
import { useApiCall } from '../../hooks/use-api-call';
import { When } from '../transit/transit-parts';
import { careApi, type Stock, type SupplyRequest } from './care-endpoints';
import { CareProblem, useCareWords } from './care-words';
import { RequestForm } from './request-form';

type Places = Stock['places'];
type BoardProps = {
  readonly places: Places;
  readonly requests: readonly SupplyRequest[];
  readonly mayManage: boolean;
  readonly onChanged: () => void;
};

export function RequestsBoard({ places, requests, mayManage, onChanged }: BoardProps) {
  const { t } = useTranslation();
  const words = useCareWords();
  // A request moved goes to another column, and its buttons with it: the move is said, and focus goes
  // to the heading of the column it is now in. What was moved is kept, not its sentence, so the
  // sentence follows a switch of language.
  const [moved, setMoved] = useState<Moved | null>(null);
  useEffect(() => {
    if (moved !== null) document.getElementById(`requests-${moved.to}`)?.focus();
  }, [moved]);
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">{t('care.requests.title')}</h2>
      <FormFeedback
        success={
          moved === null
            ? null
            : t('care.requests.moved', {
                what: whatOf(moved.request, words),
                place: moved.place,
                status: words.status(moved.to),
              })
        }
      />
      <div className="request-board" data-testid="requests-board">
        {REQUEST_STATUSES.map((s) => {
          const here = requests.filter((r) => r.status === s);
          return (
            <section
              key={s}
              className="request-column"
              aria-labelledby={`requests-${s}`}
              data-testid={`requests-${s}`}
            >
              <h3 id={`requests-${s}`} tabIndex={-1}>
                {words.status(s)} <span className="tag tag-muted">{here.length}</span>
              </h3>
              {here.length === 0 ? <p className="empty">{t('care.requests.none')}</p> : null}
              <ul>
                {here.map((r) => (
                  <RequestCard
                    key={r.id}
                    request={r}
                    places={places}
                    mayManage={mayManage}
                    onChanged={onChanged}
                    onMoved={setMoved}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {mayManage ? <RequestForm places={places} onDone={onChanged} /> : null}
    </section>
  );
}

type CardProps = {
  readonly request: SupplyRequest;
  readonly places: Places;
  readonly mayManage: boolean;
  readonly onChanged: () => void;
  readonly onMoved: (moved: Moved) => void;
};

type Moved = { readonly request: SupplyRequest; readonly place: string; readonly to: RequestStatus };

const asItem = (v: string) => SUPPLY_ITEMS.find((i) => i === v);

/** What a request asks for, in words ("Frazadas: 25 unidades"). */
function whatOf(request: SupplyRequest, words: ReturnType<typeof useCareWords>): string {
  const item = asItem(request.item);
  return item === undefined ? request.item : `${words.item(item)}: ${words.amount(item, request.quantity)}`;
}

function RequestCard({ request, places, mayManage, onChanged, onMoved }: CardProps) {
  const { t } = useTranslation();
  const words = useCareWords();
  const call = useApiCall();
  // The move being sent and its id, kept until it is answered so that pressing again resends it.
  const [pending, setPending] = useState<{ readonly to: RequestStatus; readonly id: string } | null>(null);
  const place = places.find((p) => p.id === request.placeId)?.name ?? request.placeId;
  const last = request.history.at(-1);
  const what = whatOf(request, words);

  async function moveTo(to: RequestStatus) {
    const id = pending?.to === to ? pending.id : newId();
    setPending({ to, id });
    const result = await call.run(() => careApi.transition({ id, requestId: request.id, to }));
    if (!result.ok) return;
    setPending(null);
    onMoved({ request, place, to });
    onChanged();
  }

  return (
    <li className="request-card" data-testid="request-card">
      <strong>{place}</strong>
      <p className="request-what">{what}</p>
      {request.note === null ? null : <p className="muted">{request.note}</p>}
      {last === undefined ? null : (
        <p className="hint">
          <When at={last.at} />
          {last.by === null ? null : ` · ${last.by}`}
        </p>
      )}
      {mayManage && nextRequestStatuses(request.status).length > 0 ? (
        <div className="actions">
          <ChoiceButtons
            choices={nextRequestStatuses(request.status).map((to) => ({
              value: to,
              label: words.move(to),
              className: to === 'cancelled' ? 'button button-small' : 'button button-small button-primary',
              ariaLabel: t('care.requests.moveLabel', { move: words.move(to), what, place }),
            }))}
            busy={call.busy}
            onChoose={(to) => void moveTo(to)}
          />
        </div>
      ) : null}
      <CareProblem problem={call.problem} />
    </li>
  );
}
