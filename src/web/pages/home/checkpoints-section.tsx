// A home's section of the checkpoints the user sees: loaded here, then shown as cards in a grid, or a
// note that there are none.
import type { Checkpoint } from '../../api/types';
import { CheckpointCard } from '../../components/checkpoint-card';
import { LoadedSection } from '../../components/loaded-section';
import { useApiData } from '../../hooks/use-api-data';
import { loadCheckpoints } from '../../hooks/use-checkpoints';

type Props = {
  /** The heading's id. */
  readonly id: string;
  readonly title: string;
  /** What to say when the user sees no checkpoint. */
  readonly empty: string;
};

export function CheckpointsSection({ id, title, empty }: Props) {
  const [checkpoints, reload] = useApiData(loadCheckpoints);
  return (
    <LoadedSection id={id} title={title} state={checkpoints} onRetry={reload}>
      {(list) => <CheckpointList checkpoints={list} empty={empty} />}
    </LoadedSection>
  );
}

function CheckpointList({
  checkpoints,
  empty,
}: {
  readonly checkpoints: readonly Checkpoint[];
  readonly empty: string;
}) {
  if (checkpoints.length === 0) return <p className="notice">{empty}</p>;
  return (
    <div className="card-grid">
      {checkpoints.map((checkpoint) => (
        <CheckpointCard key={checkpoint.id} checkpoint={checkpoint} />
      ))}
    </div>
  );
}
