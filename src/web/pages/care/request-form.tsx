// Opening a supply request: a place asks for a quantity of an item. It starts as requested.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/select-field';
import { careApi, type Stock } from './care-endpoints';
import { CareForm } from './care-write';
import { PlaceOptions } from './place-options';
import { SupplyLineFields, useSupplyLine } from './supply-line';

type Props = { readonly places: Stock['places']; readonly onDone: () => void };

export function RequestForm({ places, onDone }: Props) {
  const { t } = useTranslation();
  const [placeId, setPlaceId] = useState(places[0]?.id ?? '');
  const line = useSupplyLine();

  return (
    <CareForm
      className="form request-form"
      send={(id) => careApi.request({ id, placeId, ...line.body() })}
      doneText={t('care.request.done')}
      clear={line.clear}
      check={line.check}
      onDone={onDone}
      submitLabel={t('care.request.submit')}
      incomplete={placeId === ''}
    >
      <h3>{t('care.request.title')}</h3>
      <div className="form-grid">
        <SelectField id="request-place" label={t('care.request.place')} value={placeId} onChange={setPlaceId}>
          <PlaceOptions places={places} />
        </SelectField>
        <SupplyLineFields idPrefix="request" line={line} />
      </div>
    </CareForm>
  );
}
