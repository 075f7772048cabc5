// The decree register's API: everyone reads it and the decree in force at a checkpoint; supervisors and
// administrators record declarations, extensions and amendments, each kept and audited.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { IdParams } from '../../api/common';
import {
  AmendDecreeBody,
  DecreeDetailReply,
  DecreesReply,
  InForceQuery,
  InForceReply,
  NewDecreeBody,
} from '../../api/decrees';
import { amendDecree, decreeInForce, findDecree, listDecrees } from '../../store/decrees';
import { writeTransaction } from '../../store/transaction-lock';
import { createdOrResent } from '../answers';
import { recordAudit } from '../audit/record';
import { needs } from '../auth/access';
import type { ServerContext } from '../context';
import { Problem } from '../problems';
import { checkAmendment, decreeDetail, decreeViews, recordDecree, withTimeZone } from './service';

type NewDecree = z.infer<typeof NewDecreeBody>;

const READ = { access: needs('decrees.read') };
const MANAGE = { access: needs('decrees.manage') };

export const decreeRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;

  app.get(
    '/api/decrees',
    {
      config: READ,
      schema: {
        tags: ['decrees'],
        description:
          'The register of emergency decrees, each as its latest version says, by first day, and the ' +
          'names of the checkpoints they name.',
        response: { 200: DecreesReply },
      },
    },
    async () => decreeViews(kysely),
  );

  app.get(
    '/api/decrees/in-force',
    {
      config: READ,
      schema: {
        tags: ['decrees'],
        description: 'The decree in force at a checkpoint at an instant (now when not given), or null.',
        querystring: InForceQuery,
        response: { 200: InForceReply },
      },
    },
    async (request) => {
      const at = request.query.at ?? ctx.now().toISOString();
      return { decree: await decreeInForce(kysely, request.query.checkpoint, at) };
    },
  );

  app.get(
    '/api/decrees/:id',
    {
      config: READ,
      schema: {
        tags: ['decrees'],
        description: 'A decree with every version it had, the first first.',
        params: IdParams,
        response: { 200: DecreeDetailReply },
      },
    },
    async (request) => decreeDetail(kysely, request.params.id),
  );

  // A declaration or an extension of one: created, or a resend of the same decree (answered 200).
  const record = async (request: FastifyRequest, body: NewDecree, extendsId: string | null) => {
    const { id, ...sent } = body;
    const now = ctx.now();
    const created = await writeTransaction(kysely, async (tx) => {
      const base = extendsId === null ? undefined : await findDecree(tx, extendsId);
      const content = await withTimeZone(tx, sent, base?.timeZone ?? null);
      return recordDecree(tx, request, now, { id, extendsId, content });
    });
    return { created, detail: await decreeDetail(kysely, id) };
  };

  app.post(
    '/api/decrees',
    {
      config: MANAGE,
      schema: {
        tags: ['decrees'],
        description:
          'Records a declaration. A decree over a zone another decree covers on the same days is refused ' +
          '(decree.overlap) unless recorded as that decree’s extension; one naming a checkpoint code no ' +
          'checkpoint has, or restricting a right its country’s state of emergency may not, is refused ' +
          '(decree.invalid). A resend of the same decree answers 200.',
        body: NewDecreeBody,
        response: createdOrResent(DecreeDetailReply),
      },
    },
    async (request, reply) => {
      const done = await record(request, request.body, null);
      return reply.code(done.created ? 201 : 200).send(done.detail);
    },
  );

  app.post(
    '/api/decrees/:id/extensions',
    {
      config: MANAGE,
      schema: {
        tags: ['decrees'],
        description:
          'Records a decree that extends this one (a prórroga): it starts no later than the day after this ' +
          'one ends, and ends later. A resend of the same extension answers 200.',
        params: IdParams,
        body: NewDecreeBody,
        response: createdOrResent(DecreeDetailReply),
      },
    },
    async (request, reply) => {
      const done = await record(request, request.body, request.params.id);
      return reply.code(done.created ? 201 : 200).send(done.detail);
    },
  );

  app.post(
    '/api/decrees/:id/amendments',
    {
      config: MANAGE,
      schema: {
        tags: ['decrees'],
        description:
          'Amends a decree: its content is replaced by a new version, with the reason; every earlier ' +
          'version stays in its history. Refused (decree.stale) when the decree is no longer at baseVersion, ' +
          'and (decree.invalid) when a decree extending it would no longer follow it.',
        params: IdParams,
        body: AmendDecreeBody,
        response: { 200: DecreeDetailReply },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { baseVersion, reason } = request.body;
      const now = ctx.now();
      await writeTransaction(kysely, async (tx) => {
        const current = await findDecree(tx, id);
        if (!current) throw new Problem('decree.not-found', `No decree has the id ${id}.`);
        if (baseVersion !== undefined && current.version !== baseVersion) {
          throw new Problem('decree.stale', `Version ${current.version} is the latest; amend that one.`, {
            currentVersion: current.version,
          });
        }
        const content = await withTimeZone(tx, request.body.content, current.timeZone);
        const version = current.version + 1;
        const amended = { id, extends: current.extends, version, ...content };
        await checkAmendment(tx, amended, await listDecrees(tx), now);
        const by = request.actor?.user.id ?? null;
        const at = now.toISOString();
        const done = await amendDecree(tx, id, content, { by, at, baseVersion: current.version, reason });
        if (done === 'stale') throw new Problem('decree.stale', 'The decree was amended meanwhile.');
        await recordAudit(tx, request, now, {
          action: 'decree.amend',
          entityType: 'decree',
          entityId: id,
          detail: { number: content.number, version, reason, before: current.number },
        });
      });
      return decreeDetail(kysely, id);
    },
  );
};
