// Choosing where work is done: a checkpoint of the user's, and a booth of that checkpoint or none.
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

export function BoothField({ checkpoint, value, onChange, noneLabel, ...field }: BoothProps) {
  return (
    <SelectField {...field} value={value ?? ''} onChange={(code) => onChange(code === '' ? null : code)}>
      <option value="">{noneLabel}</option>
      <Options items={checkpoint?.booths ?? []} value={(b) => b.code} label={(b) => b.code} />
    </SelectField>
  );
}
