// The requests board: each request in the column of its state, with buttons for the moves its state
// allows (domain/care's rule), and a form to open a request. Receiving one delivers to its place.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../api/ids';
import {
  nextRequestStatuses,
  REQUEST_STATUSES,
  type RequestStatus,
  SUPPLY_ITEMS,
} from '../../../domain/care';
import { ConfirmQuestion } from '../../components/confirm-question';
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
                {here.map((r, index) => (
                  <RequestCard
                    key={r.id}
                    request={r}
                    index={index}
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
  /** Its place in its column: a card that has just moved up ignores a tap for a moment. */
  readonly index: number;
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

// How long a card that has just moved up under the pointer ignores a tap: the second tap of a double
// click, or a tap aimed at the card that was there before, must not act on the card that took its place.
const SETTLE_MS = 700;

function RequestCard({ request, index, places, mayManage, onChanged, onMoved }: CardProps) {
  const { t } = useTranslation();
  const words = useCareWords();
  const call = useApiCall();
  // The move being sent and its id, kept until it is answered so that pressing again resends it.
  const [pending, setPending] = useState<{ readonly to: RequestStatus; readonly id: string } | null>(null);
  // Cancelling cannot be undone: it is asked first, the question standing where the buttons were.
  const [asking, setAsking] = useState(false);
  // A question cancelled gives focus back to the button that asked it.
  const [back, setBack] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  // One move at a time: set as the tap is taken, before the buttons are rendered off.
  const acting = useRef(false);
  // When the card last took another place in its column (never, where it was first shown).
  const placedAt = useRef(Number.NEGATIVE_INFINITY);
  const placedIndex = useRef(index);
  useLayoutEffect(() => {
    if (placedIndex.current === index) return;
    placedIndex.current = index;
    placedAt.current = performance.now();
  }, [index]);
  useEffect(() => {
    if (!back) return;
    actions.current?.querySelector<HTMLButtonElement>('[data-move="cancelled"]')?.focus();
    setBack(false);
  }, [back]);
  const place = places.find((p) => p.id === request.placeId)?.name ?? request.placeId;
  const last = request.history.at(-1);
  const what = whatOf(request, words);
  const version = String(request.history.length);

  async function moveTo(to: RequestStatus) {
    if (acting.current) return;
    acting.current = true;
    const id = pending?.to === to ? pending.id : newId();
    setPending({ to, id });
    const result = await call.run(() => careApi.transition({ id, requestId: request.id, to }));
    acting.current = false;
    if (!result.ok) return;
    setPending(null);
    setAsking(false);
    onMoved({ request, place, to });
    onChanged();
  }

  /** A tap on a button: acted on only if the button is this request's, as the officer saw it. */
  function tapped(button: HTMLButtonElement, to: RequestStatus) {
    if (acting.current || call.busy) return;
    if (button.dataset.request !== request.id || button.dataset.version !== version) return;
    if (performance.now() - placedAt.current < SETTLE_MS) return;
    if (to === 'cancelled') {
      call.clear();
      setAsking(true);
      return;
    }
    void moveTo(to);
  }

  const moves = nextRequestStatuses(request.status);
  return (
    <li className="request-card" data-testid="request-card" data-request={request.id}>
      <strong>{place}</strong>
      <p className="request-what">{what}</p>
      {request.note === null ? null : <p className="muted">{request.note}</p>}
      {last === undefined ? null : (
        <p className="hint">
          <When at={last.at} />
          {last.by === null ? null : ` · ${last.by}`}
        </p>
      )}
      {!mayManage || moves.length === 0 ? null : asking ? (
        <ConfirmQuestion
          testId="cancel-request-question"
          question={t('care.requests.cancelQuestion', { what, place })}
          confirm={t('care.requests.cancelConfirm')}
          tone="danger"
          busy={call.busy}
          onConfirm={() => void moveTo('cancelled')}
          onCancel={() => {
            setAsking(false);
            setBack(true);
          }}
        />
      ) : (
        <div className="actions" ref={actions}>
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'cancelled' ? 'button button-small' : 'button button-small button-primary'}
              disabled={call.busy}
              aria-label={t('care.requests.moveLabel', { move: words.move(to), what, place })}
              data-move={to}
              data-request={request.id}
              data-version={version}
              onClick={(event) => tapped(event.currentTarget, to)}
            >
              {words.move(to)}
            </button>
          ))}
        </div>
      )}
      <CareProblem problem={call.problem} />
    </li>
  );
}
