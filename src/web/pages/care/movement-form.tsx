// Recording a movement of stock: a delivery to a place, a distribution from it, or a transfer from
// one place to another. A refusal (not enough stock) says where, and nothing is recorded.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { MOVEMENT_KINDS, type MovementKind, SUPPLY_ITEMS, type SupplyItem } from '../../../domain/care';
import { FormFeedback } from '../../components/form-feedback';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useApiCall } from '../../hooks/use-api-call';
import { careApi, type Stock } from './care-endpoints';
import { CareProblem, useCareWords } from './care-words';
import { QuantityField } from './quantity-field';
import { useActionId } from './use-action-id';

type Props = { readonly places: Stock['places']; readonly onDone: () => void };

export function MovementForm({ places, onDone }: Props) {
  const { t } = useTranslation();
  const words = useCareWords();
  const [id, renewId] = useActionId();
  const call = useApiCall();
  const [kind, setKind] = useState<MovementKind>('delivery');
  const [item, setItem] = useState<SupplyItem>('water');
  const [placeId, setPlaceId] = useState(places[0]?.id ?? '');
  const [toPlaceId, setToPlaceId] = useState(places[1]?.id ?? '');
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const placeName = places.find((p) => p.id === placeId)?.name ?? '';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const result = await call.run(() =>
      careApi.move({
        id,
        kind,
        item,
        quantity: Number(quantity),
        placeId,
        ...(kind === 'transfer' ? { toPlaceId } : {}),
        ...(note.trim() === '' ? {} : { note: note.trim() }),
      }),
    );
    if (!result.ok) return;
    renewId();
    setQuantity('');
    setNote('');
    setDone(t('care.movement.done'));
    onDone();
  }

  const kindName = (k: MovementKind) =>
    k === 'delivery'
      ? t('care.movement.delivery')
      : k === 'distribution'
        ? t('care.movement.distribution')
        : t('care.movement.transfer');
  const placeOptions = places.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name}
    </option>
  ));
  return (
    <section aria-labelledby="movement-title">
      <h2 id="movement-title">{t('care.movement.title')}</h2>
      <form className="form" aria-busy={call.busy} onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <SelectField
            id="movement-kind"
            label={t('care.movement.kind')}
            value={kind}
            onChange={(v) => setKind(MOVEMENT_KINDS.find((k) => k === v) ?? 'delivery')}
          >
            {MOVEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindName(k)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="movement-place"
            label={kind === 'transfer' ? t('care.movement.from') : t('care.movement.place')}
            value={placeId}
            onChange={setPlaceId}
          >
            {placeOptions}
          </SelectField>
          {kind === 'transfer' ? (
            <SelectField
              id="movement-to"
              label={t('care.movement.to')}
              value={toPlaceId}
              onChange={setToPlaceId}
            >
              {placeOptions}
            </SelectField>
          ) : null}
          <SelectField
            id="movement-item"
            label={t('care.movement.item')}
            value={item}
            onChange={(v) => setItem(SUPPLY_ITEMS.find((i) => i === v) ?? 'water')}
          >
            {SUPPLY_ITEMS.map((i) => (
              <option key={i} value={i}>
                {words.item(i)}
              </option>
            ))}
          </SelectField>
          <QuantityField
            id="movement-quantity"
            label={t('care.movement.quantity', { unit: words.unitName(item) })}
            value={quantity}
            onChange={setQuantity}
          />
          <TextField
            id="movement-note"
            label={t('care.movement.note')}
            value={note}
            onChange={setNote}
            maxLength={TEXT_LIMITS.note}
          />
        </div>
        <CareProblem problem={call.problem} place={placeName} />
        <FormFeedback success={done} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={call.busy || placeId === ''}>
            {t('care.movement.record')}
          </button>
        </div>
      </form>
    </section>
  );
}
