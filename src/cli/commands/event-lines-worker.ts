// The worker thread of a large `paso events import`: reads chunks of lines as the main thread sends
// them and answers each with the lines read (see event-lines.ts).
import { workerSide } from '../../server/jobs/worker';
import { type EventLinesProtocol, readEventLine, toWire } from './event-lines';

const side = workerSide<EventLinesProtocol>();

side.listen(({ id, lines }) => {
  try {
    side.post({ type: 'read', id, lines: lines.map((l) => toWire(readEventLine(l))) });
  } catch (error) {
    side.post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
});
