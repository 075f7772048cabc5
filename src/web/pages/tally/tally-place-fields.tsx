// Where the tally is made and of whom: the checkpoint, the booth if any, and the nationality when the
// group's is known (the common ones first; anything else is left unnamed).
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '../../api/types';
import { Options } from '../../components/options';
import { PlaceFields } from '../../components/place-fields';
import { SelectField } from '../../components/select-field';
import { useCountryName } from '../../hooks/use-country-name';
import type { PlaceHandlers } from '../../hooks/use-place-in-address';
import { COMMON_NATIONALITIES } from './tally-labels';

type Props = PlaceHandlers & {
  readonly checkpoints: readonly Checkpoint[];
  readonly checkpoint: Checkpoint | null;
  readonly booth: string | null;
  readonly nationality: string | null;
  readonly onNationality: (code: string | null) => void;
};

export function TallyPlaceFields(props: Props) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const { checkpoints, checkpoint } = props;
  return (
    <div className="tally-place form-grid">
      <PlaceFields
        idPrefix="tally"
        checkpoints={checkpoints}
        by="code"
        checkpoint={checkpoint}
        booth={props.booth}
        onCheckpoint={props.onCheckpoint}
        onBooth={props.onBooth}
      />
      <SelectField
        id="tally-nationality"
        label={t('tally.nationality')}
        value={props.nationality ?? ''}
        onChange={(code) => props.onNationality(code === '' ? null : code)}
      >
        <option value="">{t('tally.nationalityUnknown')}</option>
        <Options items={COMMON_NATIONALITIES} value={(code) => code} label={(code) => countryName(code)} />
      </SelectField>
    </div>
  );
}
