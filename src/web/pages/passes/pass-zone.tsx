// Whose clock the verifier writes its times on: the checkpoint's where it verifies (Chacalluta's is
// America/Santiago, Santa Rosa's America/Lima), as every checkpoint record carries it, named on
// screen. The checkpoint is the one the address names among the user's, else their first, as at the
// booth; one the checkpoints never reached (first opened offline) leaves the device's zone, said so.
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '../../api/types';
import { CheckpointField } from '../../components/place-fields';
import { useZoneName } from '../../format/time-zone-names';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { checkpointAt, usePlaceInAddress } from '../../hooks/use-place-in-address';
import { deviceTimeZone } from '../booth/days';

export type VerifierPlace = {
  readonly checkpoints: readonly Checkpoint[];
  readonly checkpoint: Checkpoint | null;
  /** The checkpoint's zone; the device's while no checkpoint is known. */
  readonly timeZone: string;
  readonly choose: (code: string) => void;
};

export function useVerifierPlace(): VerifierPlace {
  const checkpoints = useCheckpointList();
  const [place, setPlace] = usePlaceInAddress();
  const checkpoint = checkpointAt(checkpoints, place);
  return {
    checkpoints,
    checkpoint,
    timeZone: checkpoint?.timeZone ?? deviceTimeZone(),
    choose: (code) => setPlace({ checkpoint: code }),
  };
}

/** The checkpoint to verify at, chosen when the user has several, and the zone its times are in. */
export function PassZone({ place }: { readonly place: VerifierPlace }) {
  const { t } = useTranslation();
  const zoneName = useZoneName();
  const { checkpoints, checkpoint, timeZone } = place;
  return (
    <>
      {checkpoints.length > 1 ? (
        <CheckpointField
          id="pass-checkpoint"
          label={t('place.checkpoint')}
          checkpoints={checkpoints}
          by="code"
          value={checkpoint?.code ?? null}
          onChange={place.choose}
        />
      ) : null}
      <p className="pass-zone" data-testid="pass-zone" data-zone={timeZone}>
        {checkpoint === null
          ? t('passes.zone.device', { zone: zoneName(timeZone) })
          : t('passes.zone.checkpoint', { checkpoint: checkpoint.name, zone: zoneName(timeZone) })}
      </p>
    </>
  );
}
