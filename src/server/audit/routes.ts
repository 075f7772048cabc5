// The audit log for admins: browse with filters, newest first, and verify the chain.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditQuery, AuditReply, AuditVerifyReply } from '../../api/audit';
import { listAudit, verifyAuditChain } from '../../store/audit';
import { needs } from '../auth/access';
import type { ServerContext } from '../context';
import { auditNames } from './names';
import { auditedRead } from './record';

const READ = { access: needs('audit.read') };

export const auditRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;

  app.get(
    '/api/audit',
    { config: READ, schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: AuditReply } } },
    async (request) => {
      const q = request.query;
      // Reading the log is itself recorded (the audit log holds personal data: who did what).
      const entries = await auditedRead(
        ctx,
        request,
        (tx) =>
          listAudit(tx, {
            actor: q.actor,
            action: q.action,
            from: q.from,
            to: q.to,
            beforeSeq: q.cursor === undefined ? undefined : Number(q.cursor),
            limit: q.limit + 1,
          }),
        () => ({ action: 'audit.read', detail: { filter: q } }),
      );
      const more = entries.length > q.limit;
      const page = more ? entries.slice(0, q.limit) : entries;
      return {
        entries: page,
        nextCursor: more ? String(page[page.length - 1]?.seq) : null,
        names: await auditNames(kysely, page),
      };
    },
  );

  app.get(
    '/api/audit/verify',
    { config: READ, schema: { tags: ['audit'], response: { 200: AuditVerifyReply } } },
    async () => {
      const check = await verifyAuditChain(kysely);
      return check.ok
        ? { ok: true, checked: check.checked, firstBrokenSeq: null, reason: null }
        : { ok: false, checked: check.checked, firstBrokenSeq: check.firstBrokenSeq, reason: check.reason };
    },
  );
};
