// The checkpoints a decree names, ticked from the checkpoints there are. A decree recorded before the
// register refused unknown codes may name one no checkpoint has: its extension or amendment offers it
// too, marked, so that the supervisor can leave it out.
import { useTranslation } from 'react-i18next';
import type { Checkpoint } from '../../api/types';
import { CheckboxGroup } from '../../components/checkbox-group';

type Props = {
  readonly checkpoints: readonly Checkpoint[];
  /** The codes the decree extended or amended names, as it was recorded. */
  readonly carried: readonly string[];
  readonly chosen: readonly string[];
  readonly error: string | undefined;
  readonly onChange: (chosen: readonly string[]) => void;
};

export function CheckpointsField({ checkpoints, carried, chosen, error, onChange }: Props) {
  const { t } = useTranslation();
  const unknown = carried.filter((code) => !checkpoints.some((c) => c.code === code));
  return (
    <CheckboxGroup
      legend={t('decrees.field.checkpoints')}
      error={error}
      choices={[
        ...checkpoints.map((c) => ({
          value: c.code,
          label: (
            <>
              {c.name} <code>{c.code}</code>
            </>
          ),
        })),
        ...unknown.map((code) => ({
          value: code,
          label: (
            <>
              <code>{code}</code> {t('decrees.form.unknownCheckpoint')}
            </>
          ),
        })),
      ]}
      chosen={chosen}
      onChange={onChange}
    />
  );
}
