// Draws a convoy's passes in a worker thread (see passesPdfInWorker) and sends the PDF back.
import { threadId } from 'node:worker_threads';
import { workerSide } from '../jobs/worker';
import { drawPassesPdf, type PdfProtocol } from './pdf';

const side = workerSide<PdfProtocol>();
const { passes, language, subject } = side.input;
drawPassesPdf(passes, language, subject).then(
  (pdf) => side.post({ type: 'done', pdf, threadId }),
  (error: unknown) =>
    side.post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
