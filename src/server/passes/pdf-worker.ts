// Draws a convoy's passes in a worker thread (see passesPdfInWorker) and sends the PDF back.
import { drawInThisThread } from '../jobs/pdf-thread';
import { drawPassesPdf, type PassesInput } from './pdf';

drawInThisThread<PassesInput>(({ passes, language, subject }) => drawPassesPdf(passes, language, subject));
