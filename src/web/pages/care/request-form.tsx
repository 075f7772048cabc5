// Opening a supply request: a place asks for a quantity of an item. It starts as requested.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { SUPPLY_ITEMS, type SupplyItem } from '../../../domain/care';
import { FormFeedback } from '../../components/form-feedback';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useApiCall } from '../../hooks/use-api-call';
import { careApi, type Stock } from './care-endpoints';
import { CareProblem, useCareWords } from './care-words';
import { QuantityField } from './quantity-field';
import { useActionId } from './use-action-id';

type Props = { readonly places: Stock['places']; readonly onDone: () => void };

export function RequestForm({ places, onDone }: Props) {
  const { t } = useTranslation();
  const words = useCareWords();
  const [id, renewId] = useActionId();
  const call = useApiCall();
  const [placeId, setPlaceId] = useState(places[0]?.id ?? '');
  const [item, setItem] = useState<SupplyItem>('water');
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const result = await call.run(() =>
      careApi.request({
        id,
        placeId,
        item,
        quantity: Number(quantity),
        ...(note.trim() === '' ? {} : { note: note.trim() }),
      }),
    );
    if (!result.ok) return;
    renewId();
    setQuantity('');
    setNote('');
    setDone(t('care.request.done'));
    onDone();
  }

  return (
    <form className="form request-form" aria-busy={call.busy} onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('care.request.title')}</h3>
      <div className="form-grid">
        <SelectField id="request-place" label={t('care.request.place')} value={placeId} onChange={setPlaceId}>
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="request-item"
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
          id="request-quantity"
          label={t('care.movement.quantity', { unit: words.unitName(item) })}
          value={quantity}
          onChange={setQuantity}
        />
        <TextField
          id="request-note"
          label={t('care.movement.note')}
          value={note}
          onChange={setNote}
          maxLength={TEXT_LIMITS.note}
        />
      </div>
      <CareProblem problem={call.problem} />
      <FormFeedback success={done} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={call.busy || placeId === ''}>
          {t('care.request.submit')}
        </button>
      </div>
    </form>
  );
}
