// The reports API: the daily situation report (PDF) and the partners' export (CSV or HXL). Both
// leave Paso, so both are audited, and both are suppressed (docs/reports.md).
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CsvReply, ExportQuery, PdfReply, SitrepQuery } from '../../api/reports';
import { type AuditEvent, recordAudit } from '../audit/record';
import type { ServerContext } from '../context';
import { serverProtections } from '../dashboard/protected-days';
import { Problem } from '../problems';
import { routesTagged } from '../route-options';
import { sitrepProviders } from './providers';
import { makeExport, makeSitrep, type ReportFault } from './service';

function refuse(fault: ReportFault): never {
  const errors =
    fault.code === 'report.unknown-checkpoint'
      ? [{ path: 'querystring.checkpoint', message: `no checkpoint has the code ${fault.checkpoint}` }]
      : [{ path: 'querystring.from', message: fault.detail }];
  throw new Problem('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}

const route = routesTagged('reports');

export const reportRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;
  // The days since an emergency was declared, kept protected between reports (providers.ts).
  const kept = serverProtections(ctx);
  const audit = (request: FastifyRequest, event: AuditEvent) =>
    kysely.transaction().execute((tx) => recordAudit(tx, request, ctx.now(), event));

  app.get(
    '/api/reports/sitrep',
    route('reports.export', {
      description:
        'The daily situation report of one local date as a PDF, in Spanish or English; figures under 5 ' +
        'people are withheld. Audited: the report leaves Paso.',
      querystring: SitrepQuery,
      response: { 200: PdfReply },
    }),
    async (request, reply) => {
      const { date, lang } = request.query;
      const checkpoint = request.query.checkpoint ?? null;
      const pdf = await makeSitrep(
        kysely,
        { date, lang, checkpoint },
        ctx.now(),
        sitrepProviders(kysely, kept),
      );
      if (!pdf.ok) refuse(pdf.error);
      await audit(request, {
        action: 'reports.sitrep',
        detail: { date, lang, checkpoint, bytes: pdf.value.length },
      });
      const name = `paso-sitrep-${date}${checkpoint ? `-${checkpoint}` : ''}-${lang}.pdf`;
      return (
        reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${name}"`)
          // The reply schema describes the file as a binary string; Fastify sends a Buffer as it is.
          .send(pdf.value as unknown as string)
      );
    },
  );

  app.get(
    '/api/reports/export',
    route('reports.export', {
      description:
        'People who crossed between two local dates by date, checkpoint, direction, nationality, sex and ' +
        'age group, as CSV or HXL, laid out for programs or for Excel, its header worded for programs or ' +
        'for people in Spanish or English; figures under 5 people are ' +
        'withheld. Audited: the export leaves Paso.',
      querystring: ExportQuery,
      response: { 200: CsvReply },
    }),
    async (request, reply) => {
      const { from, to, format, dialect, lang } = request.query;
      const checkpoint = request.query.checkpoint ?? null;
      const file = await makeExport(kysely, { from, to, format, dialect, lang, checkpoint }, ctx.now());
      if (!file.ok) refuse(file.error);
      const rows = file.value.rows;
      await audit(request, {
        action: 'reports.export',
        detail: { from, to, format, dialect, ...(lang ? { lang } : {}), checkpoint, rows },
      });
      const name = `paso-${format}-${from}-${to}${checkpoint ? `-${checkpoint}` : ''}.csv`;
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(file.value.text);
    },
  );
};
