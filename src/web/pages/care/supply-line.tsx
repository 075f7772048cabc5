// What a movement and a request of supplies both say: the item, a whole quantity of it counted in the
// item's unit, and a note. The quantity is read as people type it (1.000 and 1,000 are a thousand)
// and, when it is not a whole number the API takes, said at the field and never sent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_QUANTITY } from '../../../api/care';
import { TEXT_LIMITS } from '../../../api/common';
import { SUPPLY_ITEMS, type SupplyItem } from '../../../domain/care';
import { numberFromTyped } from '../../../domain/shared';
import { ChoiceField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useCareWords } from './care-words';

export type SupplyLine = ReturnType<typeof useSupplyLine>;

export type CountIssue = 'empty' | 'not-a-number' | 'not-whole' | 'too-large';

/** What is wrong with a count as typed (1.000 and 1,000 are a thousand) for `least`..`most`, or null. */
export function countIssue(typed: string, least: number, most: number): CountIssue | null {
  if (typed.trim() === '') return 'empty';
  const n = numberFromTyped(typed);
  if (n === undefined) return 'not-a-number';
  if (!Number.isInteger(n) || n < least) return 'not-whole';
  return n > most ? 'too-large' : null;
}

const quantityIssue = (typed: string) => countIssue(typed, 1, MAX_QUANTITY);

export function useSupplyLine() {
  const [item, setItem] = useState<SupplyItem>('water');
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  // The quantity's fault shows once the form has been sent, and follows the typing from then on.
  const [tried, setTried] = useState(false);
  const issue = quantityIssue(quantity);
  return {
    item,
    quantity,
    note,
    issue: tried ? issue : null,
    setItem,
    setQuantity,
    setNote,
    /** Whether the line can be sent; if not, its field says why. */
    check: (): boolean => {
      setTried(true);
      return issue === null;
    },
    /** The line as the API takes it: no note when none was written. */
    body: () => ({
      item,
      quantity: numberFromTyped(quantity) ?? Number.NaN,
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    }),
    /** Empties quantity and note after a write; the item stays for the next one. */
    clear: () => {
      setQuantity('');
      setNote('');
      setTried(false);
    },
  };
}

type Props = { readonly idPrefix: string; readonly line: SupplyLine };

export function SupplyLineFields({ idPrefix, line }: Props) {
  const { t } = useTranslation();
  const words = useCareWords();
  const issueText = (issue: CountIssue | null): string | undefined => {
    switch (issue) {
      case null:
        return undefined;
      case 'empty':
        return t('care.movement.quantityEmpty');
      case 'not-a-number':
        return t('care.movement.quantityNotANumber', { grouped: words.number(1200) });
      case 'not-whole':
        return t('care.movement.quantityNotWhole');
      case 'too-large':
        return t('care.movement.quantityTooLarge', { max: words.number(MAX_QUANTITY) });
      default: {
        const unknown: never = issue;
        return unknown;
      }
    }
  };
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
      <TextField
        id={`${idPrefix}-quantity`}
        label={t('care.movement.quantity', { unit: words.unitName(line.item) })}
        value={line.quantity}
        onChange={line.setQuantity}
        inputMode="numeric"
        required
        error={issueText(line.issue)}
      />
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
