// Choosing where work is done: a checkpoint of the user's, and a booth of that checkpoint or none;
// PlaceFields, the two together, as the booth and the tally ask for them.
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '../api/types';
import type { FieldProps } from './field-frame';
import { Options } from './options';
import { SelectField } from './select-field';

type CheckpointProps = Omit<FieldProps, 'value'> & {
  readonly checkpoints: readonly Checkpoint[];
  /** Whether the value is the checkpoint's id or its code. */
  readonly by: 'id' | 'code';
  readonly value: string | null;
  /** What the select says, disabled, when the user has no checkpoint; without it, it stays empty. */
  readonly noneLabel?: string;
};

export function CheckpointField({ checkpoints, by, noneLabel, value, ...field }: CheckpointProps) {
  const none = noneLabel !== undefined && checkpoints.length === 0;
  return (
    <SelectField {...field} value={value ?? ''} disabled={none}>
      {none ? <option value="">{noneLabel}</option> : null}
      <Options items={checkpoints} value={(c) => c[by]} label={(c) => c.name} />
    </SelectField>
  );
}

type BoothProps = {
  readonly id: string;
  readonly label: string;
  readonly checkpoint: Checkpoint | null;
  /** The booth's code, or null for none. */
  readonly value: string | null;
  readonly onChange: (code: string | null) => void;
  readonly noneLabel: string;
};

function BoothField({ checkpoint, value, onChange, noneLabel, ...field }: BoothProps) {
  return (
    <SelectField {...field} value={value ?? ''} onChange={(code) => onChange(code === '' ? null : code)}>
      <option value="">{noneLabel}</option>
      {/* A retired booth keeps its history but is no longer offered. */}
      <Options
        items={(checkpoint?.booths ?? []).filter((b) => !b.retired)}
        value={(b) => b.code}
        label={(b) => b.code}
      />
    </SelectField>
  );
}

type PlaceProps = {
  /** Begins the fields' ids: `<idPrefix>-checkpoint` and `<idPrefix>-booth`. */
  readonly idPrefix: string;
  readonly checkpoints: readonly Checkpoint[];
  readonly by: 'id' | 'code';
  /** The checkpoint chosen, whose booths are offered. */
  readonly checkpoint: Checkpoint | null;
  readonly booth: string | null;
  readonly onCheckpoint: (value: string) => void;
  readonly onBooth: (code: string | null) => void;
};

export function PlaceFields({
  idPrefix,
  checkpoints,
  by,
  checkpoint,
  booth,
  onCheckpoint,
  onBooth,
}: PlaceProps) {
  const { t } = useTranslation();
  return (
    <>
      <CheckpointField
        id={`${idPrefix}-checkpoint`}
        label={t('place.checkpoint')}
        checkpoints={checkpoints}
        by={by}
        value={checkpoint === null ? null : checkpoint[by]}
        onChange={onCheckpoint}
        noneLabel={t('place.noCheckpoints')}
      />
      <BoothField
        id={`${idPrefix}-booth`}
        label={t('place.booth')}
        checkpoint={checkpoint}
        value={booth}
        onChange={onBooth}
        noneLabel={t('place.noBooth')}
      />
    </>
  );
}
