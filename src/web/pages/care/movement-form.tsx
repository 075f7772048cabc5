// Recording a movement of stock: a delivery to a place, a distribution from it, or a transfer from
// one place to another. A refusal (not enough stock) says where, and nothing is recorded.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOVEMENT_KINDS, type MovementKind } from '../../../domain/care';
import { ChoiceField, SelectField } from '../../components/select-field';
import { useDraft } from '../../hooks/use-draft';
import { careApi, type Stock } from './care-endpoints';
import { movementKindName } from './care-words';
import { CareForm } from './care-write';
import { PlaceOptions } from './place-options';
import { SupplyLineFields, useSupplyLine } from './supply-line';

const FIRST_KIND: MovementKind = 'delivery';

type Props = { readonly places: Stock['places']; readonly onDone: () => void };

export function MovementForm({ places, onDone }: Props) {
  const { t } = useTranslation();
  const { values, field } = useDraft('movement', () => ({
    kind: FIRST_KIND,
    place: places[0]?.id ?? '',
    to: places[1]?.id ?? '',
  }));
  const { kind, place, to } = values;
  const line = useSupplyLine();
  const placeName = places.find((p) => p.id === place)?.name ?? '';
  // A transfer to the place it leaves is said at its destination, and not sent.
  const [tried, setTried] = useState(false);
  const samePlace = kind === 'transfer' && place === to;
  const check = () => {
    setTried(true);
    const lineReady = line.check();
    return lineReady && !samePlace;
  };

  const move = (id: string) =>
    careApi.move({
      id,
      kind,
      placeId: place,
      ...(kind === 'transfer' ? { toPlaceId: to } : {}),
      ...line.body(),
    });
  const kindName = (k: MovementKind) => movementKindName(k, t);
  return (
    <section aria-labelledby="movement-title">
      <h2 id="movement-title">{t('care.movement.title')}</h2>
      <CareForm
        send={move}
        doneText={t('care.movement.done')}
        clear={line.clear}
        check={check}
        onDone={onDone}
        submitLabel={t('care.movement.record')}
        incomplete={place === ''}
        place={placeName}
      >
        <div className="form-grid">
          <ChoiceField
            {...field('kind')}
            label={t('care.movement.kind')}
            choices={MOVEMENT_KINDS}
            nameOf={kindName}
          />
          <SelectField
            {...field('place')}
            label={kind === 'transfer' ? t('care.movement.from') : t('care.movement.place')}
          >
            <PlaceOptions places={places} />
          </SelectField>
          {kind === 'transfer' ? (
            <SelectField
              {...field('to')}
              label={t('care.movement.to')}
              error={tried && samePlace ? t('care.movement.samePlace') : undefined}
            >
              <PlaceOptions places={places} />
            </SelectField>
          ) : null}
          <SupplyLineFields idPrefix="movement" line={line} />
        </div>
      </CareForm>
    </section>
  );
}
