// The outbox as a file: when the network will not come back, the officer saves the records waiting on
// this device, and a supervisor imports the file on the server (POST /api/events/import), which applies
// each record once, so a file imported twice, or after the device synced, changes nothing.
import type { OutboxFile } from '../../api/offline';
import { saveFile } from '../components/save-file';
import type { OutboxRecord } from './sync-rules';

/** Every record still on the device (waiting or refused), oldest first, in the import's format. */
export function outboxFile(records: readonly OutboxRecord[], exportedBy: string, now: Date): OutboxFile {
  return {
    events: [...records].sort((a, b) => a.seq - b.seq).map((r) => r.event),
    exportedAt: now.toISOString(),
    exportedBy,
  };
}

/** paso-registros-<user>-<UTC time>.json: a name that sorts by time and says whose device it was. */
export function outboxFileName(exportedBy: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const who = exportedBy.replace(/[^A-Za-z0-9.-]/g, '_');
  return `paso-registros-${who}-${stamp}.json`;
}

/** Saves the file through the browser's download; the records stay in the outbox. */
export function saveOutboxFile(file: OutboxFile, name: string): void {
  const blob = new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' });
  saveFile(blob, name);
}
