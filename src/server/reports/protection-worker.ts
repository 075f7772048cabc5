// Dates protected in a worker thread (protection-thread.ts): the thread loads the linear solver once
// and answers each request, in the order they come, with the dates' protections as data.
import { protectDateData } from '../../domain/reports';
import { workerSide } from '../jobs/worker';
import { linearSolver } from './linear-solver';
import type { ProtectionProtocol } from './protection-thread';

const side = workerSide<ProtectionProtocol>();

side.listen((message) => {
  void linearSolver()
    .then((solver) => message.counts.map((counts) => protectDateData(counts, solver)))
    .then(
      (days) => side.post({ type: 'protected', id: message.id, days }),
      (error: unknown) =>
        side.post({
          type: 'failed',
          id: message.id,
          message: error instanceof Error ? error.message : String(error),
        }),
    );
});
