// Where the tally is made and of whom: the checkpoint, the booth if any, and the nationality when the
// group's is known (the common ones first; anything else is left unnamed).
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '../../api/types';
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
      <div className="field">
        <label htmlFor="tally-checkpoint">{t('tally.checkpoint')}</label>
        <select
          id="tally-checkpoint"
          value={checkpoint?.code ?? ''}
          onChange={(event) => props.onCheckpoint(event.target.value)}
          disabled={checkpoints.length === 0}
        >
          {checkpoints.length === 0 ? <option value="">{t('tally.noCheckpoints')}</option> : null}
          {checkpoints.map((c) => (
            <option key={c.id} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="tally-booth">{t('tally.booth')}</label>
        <select
          id="tally-booth"
          value={props.booth ?? ''}
          onChange={(event) => props.onBooth(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{t('tally.noBooth')}</option>
          {(checkpoint?.booths ?? []).map((b) => (
            <option key={b.id} value={b.code}>
              {b.code}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="tally-nationality">{t('tally.nationality')}</label>
        <select
          id="tally-nationality"
          value={props.nationality ?? ''}
          onChange={(event) => props.onNationality(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{t('tally.nationalityUnknown')}</option>
          {COMMON_NATIONALITIES.map((code) => (
            <option key={code} value={code}>
              {countryName(code)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
