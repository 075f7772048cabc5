// Setting the minimum of an item at a place: under it, the place is in the alerts. The field starts
// from the minimum in force for the place and item chosen; 0 means no alert. A minimum that is not a
// whole number the API takes is said at the field and never sent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MINIMUM } from '../../../api/care';
import { SUPPLY_ITEMS, type SupplyItem } from '../../../domain/care';
import { numberFromTyped } from '../../../domain/shared';
import { ChoiceField, SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { careApi, type Stock } from './care-endpoints';
import { useCareWords } from './care-words';
import { CareForm } from './care-write';
import { PlaceOptions } from './place-options';
import { countIssue } from './supply-line';

/** What is wrong with a minimum as typed (1.000 and 1,000 are a thousand; 0 is one), or null. */
export const minimumIssue = (typed: string) => countIssue(typed, 0, MAX_MINIMUM);

type Props = { readonly stock: Stock; readonly onDone: () => void };

export function ThresholdForm({ stock, onDone }: Props) {
  const { t } = useTranslation();
  const words = useCareWords();
  const [place, setPlace] = useState(stock.places[0]?.id ?? '');
  const [item, setItem] = useState<SupplyItem>('water');
  const inForce = (p: string, i: SupplyItem) =>
    stock.thresholds.find((l) => l.placeId === p && l.item === i)?.minimum;
  const shown = (p: string, i: SupplyItem) => {
    const minimum = inForce(p, i);
    return minimum === undefined ? '' : String(minimum);
  };
  const [typed, setTyped] = useState(() => shown(place, item));
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<{ place: string; item: SupplyItem; minimum: number } | null>(null);
  // Choosing another place or item shows its minimum in force, to be changed.
  const choose = (p: string, i: SupplyItem) => {
    setPlace(p);
    setItem(i);
    setTyped(shown(p, i));
    setTried(false);
  };
  const issue = minimumIssue(typed);
  const issueText = (): string | undefined => {
    if (!tried) return undefined;
    switch (issue) {
      case null:
        return undefined;
      case 'empty':
        return t('care.threshold.empty');
      case 'not-a-number':
        return t('care.threshold.notANumber', { grouped: words.number(1200) });
      case 'not-whole':
        return t('care.threshold.notWhole');
      case 'too-large':
        return t('care.threshold.tooLarge', { max: words.number(MAX_MINIMUM) });
      default: {
        const unknown: never = issue;
        return unknown;
      }
    }
  };
  const minimum = numberFromTyped(typed) ?? Number.NaN;
  const current = inForce(place, item);
  const placeName = stock.places.find((p) => p.id === place)?.name ?? '';
  return (
    <section aria-labelledby="threshold-title">
      <h2 id="threshold-title">{t('care.threshold.title')}</h2>
      <p className="hint">{t('care.threshold.lead')}</p>
      <CareForm
        // A minimum is set, not added: sending it twice leaves it as it is, so no id is kept.
        send={() => careApi.setThreshold({ placeId: place, item, minimum })}
        doneText={
          done === null
            ? ''
            : t('care.threshold.done', {
                item: words.item(done.item),
                place: stock.places.find((p) => p.id === done.place)?.name ?? '',
                minimum: words.amount(done.item, done.minimum),
              })
        }
        clear={() => setDone({ place, item, minimum })}
        check={() => {
          setTried(true);
          return issue === null;
        }}
        onDone={onDone}
        submitLabel={t('care.threshold.save')}
        incomplete={place === ''}
        place={placeName}
      >
        <div className="form-grid">
          <SelectField
            id="threshold-place"
            label={t('care.movement.place')}
            value={place}
            onChange={(p) => choose(p, item)}
          >
            <PlaceOptions places={stock.places} />
          </SelectField>
          <ChoiceField
            id="threshold-item"
            label={t('care.movement.item')}
            value={item}
            choices={SUPPLY_ITEMS}
            nameOf={words.item}
            onChange={(i) => choose(place, i)}
          />
          <TextField
            id="threshold-minimum"
            label={t('care.threshold.minimum', { unit: words.unitName(item) })}
            hint={
              current === undefined
                ? t('care.threshold.noneYet')
                : t('care.threshold.inForce', { minimum: words.amount(item, current) })
            }
            value={typed}
            onChange={setTyped}
            error={issueText()}
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
      </CareForm>
    </section>
  );
}
