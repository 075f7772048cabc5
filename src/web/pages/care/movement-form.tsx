// Recording a movement of stock: a delivery to a place, a distribution from it, or a transfer from
// one place to another. A refusal (not enough stock) says where, and nothing is recorded.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOVEMENT_KINDS, type MovementKind } from '../../../domain/care';
import { ChoiceField, SelectField } from '../../components/select-field';
import { careApi, type Stock } from './care-endpoints';
import { CareFormEnd, useCareWrite } from './care-write';
import { PlaceOptions } from './place-options';
import { SupplyLineFields, useSupplyLine } from './supply-line';

type Props = { readonly places: Stock['places']; readonly onDone: () => void };

export function MovementForm({ places, onDone }: Props) {
  const { t } = useTranslation();
  const write = useCareWrite();
  const [kind, setKind] = useState<MovementKind>('delivery');
  const [placeId, setPlaceId] = useState(places[0]?.id ?? '');
  const [toPlaceId, setToPlaceId] = useState(places[1]?.id ?? '');
  const line = useSupplyLine();
  const placeName = places.find((p) => p.id === placeId)?.name ?? '';

  const move = (id: string) =>
    careApi.move({ id, kind, placeId, ...(kind === 'transfer' ? { toPlaceId } : {}), ...line.body() });
  const kindName = (k: MovementKind) =>
    k === 'delivery'
      ? t('care.movement.delivery')
      : k === 'distribution'
        ? t('care.movement.distribution')
        : t('care.movement.transfer');
  return (
    <section aria-labelledby="movement-title">
      <h2 id="movement-title">{t('care.movement.title')}</h2>
      <form
        className="form"
        aria-busy={write.call.busy}
        onSubmit={(e) =>
          void write.submit(e, move, t('care.movement.done'), () => {
            line.clear();
            onDone();
          })
        }
        noValidate
      >
        <div className="form-grid">
          <ChoiceField
            id="movement-kind"
            label={t('care.movement.kind')}
            value={kind}
            choices={MOVEMENT_KINDS}
            nameOf={kindName}
            onChange={setKind}
          />
          <SelectField
            id="movement-place"
            label={kind === 'transfer' ? t('care.movement.from') : t('care.movement.place')}
            value={placeId}
            onChange={setPlaceId}
          >
            <PlaceOptions places={places} />
          </SelectField>
          {kind === 'transfer' ? (
            <SelectField
              id="movement-to"
              label={t('care.movement.to')}
              value={toPlaceId}
              onChange={setToPlaceId}
            >
              <PlaceOptions places={places} />
            </SelectField>
          ) : null}
          <SupplyLineFields idPrefix="movement" line={line} />
        </div>
        <CareFormEnd
          write={write}
          label={t('care.movement.record')}
          incomplete={placeId === ''}
          place={placeName}
        />
      </form>
    </section>
  );
}
