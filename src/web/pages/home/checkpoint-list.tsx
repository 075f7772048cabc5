// Checkpoint cards in a grid, or a note that there are none.
import type { Checkpoint } from '../../api/types';
import { CheckpointCard } from '../../components/checkpoint-card';

export function CheckpointList({
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
