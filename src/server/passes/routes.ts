// The travel passes API: supervisors issue, revoke and print passes; checkpoints download the public
// keyset (keys and revocations) to verify offline; administrators rotate the signing key.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../api/common';
import {
  IssuePassBody,
  PassKeyset,
  PassReply,
  PdfQuery,
  RevokePassBody,
  RotateKeysReply,
} from '../../api/passes';
import type { Executor } from '../../store/executor';
import { findPass, readKeyset, revokePass, rotateSigningKey } from '../../store/passes';
import { writeTransaction } from '../../store/transaction-lock';
import { type PassConvoyRefusal, passOnItsConvoy } from '../../store/transit';
import { createdOrResent } from '../answers';
import { recordAudit } from '../audit/record';
import { actorOf } from '../auth/access';
import type { ServerContext } from '../context';
import { Problem, type ProblemCode } from '../problems';
import { routesTagged } from '../route-options';
import { passPdf } from './pdf';
import { checkPassPeriod, issuePassFor, passReply, recordPassPrinted, sendPrintable } from './service';

const route = routesTagged('passes');

export const passRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;

  app.post(
    '/api/passes',
    route('passes.issue', {
      description:
        'Issues a travel pass signed with the current key (a compact JWS, EdDSA). Asking again with ' +
        'the same id answers the pass issued the first time (200).',
      body: IssuePassBody,
      response: createdOrResent(PassReply),
    }),
    async (request, reply) => {
      const body = request.body;
      const issued = await kysely.transaction().execute(async (tx) => {
        // Asking again answers the pass as issued, whatever became of its convoy since.
        const known = await findPass(tx, body.id);
        checkPassPeriod(body);
        const input = known ? body : await onItsConvoy(tx, body);
        return issuePassFor(tx, request, ctx.now(), { ...input, personId: body.personId ?? null });
      });
      return reply.code(issued.created ? 201 : 200).send(passReply(issued));
    },
  );

  app.post(
    '/api/passes/:id/revoke',
    route('passes.issue', {
      description:
        'Revokes a pass by hand (cause `withdrawn`); checkpoints learn it with the next keyset, which ' +
        'carries the cause but not the reason. Revoking again changes nothing.',
      params: IdParams,
      body: RevokePassBody,
      response: { 200: PassReply },
    }),
    async (request) => {
      const now = ctx.now();
      const { id } = request.params;
      return writeTransaction(kysely, async (tx) => {
        // By hand: verifiers read only that it was withdrawn; the reason stays with those who issue passes.
        const outcome = await revokePass(tx, id, {
          reason: request.body.reason,
          cause: 'withdrawn',
          at: now,
          userId: actorOf(request).user.id,
        });
        if (outcome === 'not-found') throw new Problem('request.not-found', 'No pass has this id.');
        if (outcome === 'revoked') {
          await recordAudit(tx, request, now, {
            action: 'pass.revoke',
            entityType: 'travel_pass',
            entityId: id,
            detail: { reason: request.body.reason },
          });
        }
        const pass = await findPass(tx, id);
        if (!pass) throw new Problem('request.not-found', 'No pass has this id.');
        return passReply(pass);
      });
    },
  );

  app.get(
    '/api/passes/keyset',
    route('passes.verify', {
      description:
        'The public keys (a JWK Set with each key’s service dates) and the revoked passes not yet ' +
        'expired (when and why, as a cause code, and the stop for someone who left a convoy; never ' +
        'the reason as written), for checkpoints and partners to keep and verify passes offline. ' +
        '`version` (also the ETag) changes whenever either does.',
      response: { 200: PassKeyset },
    }),
    async (_request, reply) => {
      const keyset = await readKeyset(kysely, ctx.now());
      return reply.header('etag', `"${keyset.version}"`).header('cache-control', 'no-cache').send(keyset);
    },
  );

  app.get(
    '/api/passes/:id/pdf',
    route('passes.issue', {
      description:
        'The pass to print: an A5 PDF with its QR code, in Spanish (lang=es) or English (lang=en).',
      params: IdParams,
      querystring: PdfQuery,
      response: { 200: z.unknown().describe('The pass as a PDF (application/pdf).') },
    }),
    async (request, reply) => {
      const { id } = request.params;
      const found = await findPass(kysely, id);
      if (!found) throw new Problem('request.not-found', 'No pass has this id.');
      const pdf = await passPdf(found.pass, found.text, request.query.lang);
      await kysely
        .transaction()
        .execute((tx) => recordPassPrinted(tx, request, ctx.now(), id, { lang: request.query.lang }));
      return sendPrintable(reply, pdf, `pase-${id}.pdf`);
    },
  );

  app.post(
    '/api/keys/rotate',
    route('keys.manage', {
      description:
        'Makes a new pass signing key and retires the current one, which stays in the keyset until ' +
        'every pass it signed has expired.',
      response: { 200: RotateKeysReply },
    }),
    async (request) => {
      const now = ctx.now();
      return writeTransaction(kysely, async (tx) => {
        const rotation = await rotateSigningKey(tx, now);
        await recordAudit(tx, request, now, {
          action: 'keys.rotate',
          entityType: 'pass_signing_key',
          entityId: rotation.kid,
          detail: { retired: rotation.retired },
        });
        return { kid: rotation.kid, retired: [...rotation.retired] };
      });
    },
  );
};

const REFUSALS: Readonly<Record<PassConvoyRefusal, { code: ProblemCode; path: string; message: string }>> = {
  'unknown-convoy': {
    code: 'pass.unknown-convoy',
    path: 'body.convoy.id',
    message: 'no convoy has this id or code',
  },
  'convoy-ended': {
    code: 'pass.convoy-ended',
    path: 'body.convoy.id',
    message: 'the convoy arrived or was cancelled',
  },
  'other-corridor': {
    code: 'pass.other-corridor',
    path: 'body.corridor.id',
    message: 'the convoy travels another corridor',
  },
  'ends-before-departure': {
    code: 'pass.ends-before-departure',
    path: 'body.validUntil',
    message: 'the pass ends before its convoy is due to leave',
  },
};

/** The pass tied to its convoy (passOnItsConvoy), or a 400/409 naming the field refused. */
async function onItsConvoy(tx: Executor, body: IssuePassBody): Promise<IssuePassBody> {
  const tied = await passOnItsConvoy(tx, body);
  if (tied.ok) return tied.pass;
  const { code, path, message } = REFUSALS[tied.refusal];
  throw new Problem(code, `${path}: ${message}`, { errors: [{ path, message }] });
}
