// Where the tally is made and of whom: the checkpoint, the booth if any, and the nationality when the
// group's is known (the common ones first; anything else is left unnamed).
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '../../api/types';
import { Options } from '../../components/options';
import { BoothField, CheckpointField } from '../../components/place-fields';
import { SelectField } from '../../components/select-field';
import { useCountryName } from '../../hooks/use-country-name';
import { COMMON_NATIONALITIES } from './tally-labels';

type Props = {
  readonly checkpoints: readonly Checkpoint[];
  readonly checkpoint: Checkpoint | null;
  readonly booth: string | null;
  readonly nationality: string | null;
  readonly onCheckpoint: (code: string) => void;
  readonly onBooth: (code: string | null) => void;
  readonly onNationality: (code: string | null) => void;
};

export function TallyPlaceFields(props: Props) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const { checkpoints, checkpoint } = props;
  return (
    <div className="tally-place form-grid">
      <CheckpointField
        id="tally-checkpoint"
        label={t('tally.checkpoint')}
        checkpoints={checkpoints}
        by="code"
        value={checkpoint?.code ?? null}
        onChange={props.onCheckpoint}
        noneLabel={t('tally.noCheckpoints')}
      />
      <BoothField
        id="tally-booth"
        label={t('tally.booth')}
        checkpoint={checkpoint}
        value={props.booth}
        onChange={props.onBooth}
        noneLabel={t('tally.noBooth')}
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
