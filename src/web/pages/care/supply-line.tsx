// What a movement and a request of supplies both say: the item, a whole quantity of it counted in the
// item's unit, and a note.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { SUPPLY_ITEMS, type SupplyItem } from '../../../domain/care';
import { ChoiceField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useCareWords } from './care-words';

export type SupplyLine = ReturnType<typeof useSupplyLine>;

export function useSupplyLine() {
  const [item, setItem] = useState<SupplyItem>('water');
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  return {
    item,
    quantity,
    note,
    setItem,
    setQuantity,
    setNote,
    /** The line as the API takes it: no note when none was written. */
    body: () => ({
      item,
      quantity: Number(quantity),
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    }),
    /** Empties quantity and note after a write; the item stays for the next one. */
    clear: () => {
      setQuantity('');
      setNote('');
    },
  };
}

type Props = { readonly idPrefix: string; readonly line: SupplyLine };

export function SupplyLineFields({ idPrefix, line }: Props) {
  const { t } = useTranslation();
  const words = useCareWords();
  const quantityId = `${idPrefix}-quantity`;
  return (
    <>
      <ChoiceField
        id={`${idPrefix}-item`}
        label={t('care.movement.item')}
        value={line.item}
        choices={SUPPLY_ITEMS}
        nameOf={words.item}
        onChange={line.setItem}
      />
      <div className="field">
        <label htmlFor={quantityId}>{t('care.movement.quantity', { unit: words.unitName(line.item) })}</label>
        <input
          id={quantityId}
          name={quantityId}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          value={line.quantity}
          onChange={(event) => line.setQuantity(event.target.value)}
        />
      </div>
      <TextField
        id={`${idPrefix}-note`}
        label={t('care.movement.note')}
        value={line.note}
        onChange={line.setNote}
        maxLength={TEXT_LIMITS.note}
      />
    </>
  );
}
