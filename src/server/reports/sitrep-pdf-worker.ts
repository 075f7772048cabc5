// Draws a situation report in a worker thread (see sitrepPdfInWorker) and sends the PDF back.
import { drawInThisThread } from '../jobs/pdf-thread';
import { renderSitrepPdf, type SitrepInput } from './sitrep-pdf';

drawInThisThread<SitrepInput>(({ data, lang }) => renderSitrepPdf(data, lang));
