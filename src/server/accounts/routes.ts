// User administration for admins: list, add, change role and checkpoints, disable, reset password.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateUserBody, ResetPasswordBody, UpdateUserBody, UsersReply } from '../../api/accounts';
import { IdParams, NoContent, UserSchema } from '../../api/common';
import {
  deleteSessionsOf,
  findUserById,
  hashPassword,
  listUsers,
  setPasswordHash,
  updateUser,
} from '../../store/accounts';
import { createdOrResent } from '../answers';
import { auditedRead, recordAudit } from '../audit/record';
import { actorOf, needs } from '../auth/access';
import { toUserDto } from '../auth/routes';
import type { ServerContext } from '../context';
import { Problem } from '../problems';
import { checkCheckpoints, checkPassword, createUser } from './service';

const MANAGE = { access: needs('users.manage') };

export const accountRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;

  app.get(
    '/api/users',
    { config: MANAGE, schema: { tags: ['users'], response: { 200: UsersReply } } },
    async (request) => {
      const users = await auditedRead(ctx, request, listUsers, (list) => ({
        action: 'user.list',
        detail: { count: list.length },
      }));
      return { users: users.map(toUserDto) };
    },
  );

  app.post(
    '/api/users',
    {
      config: MANAGE,
      schema: { tags: ['users'], body: CreateUserBody, response: createdOrResent(UserSchema) },
    },
    async (request, reply) => {
      const body = request.body;
      const now = ctx.now();
      const { user, created } = await createUser(
        kysely,
        { ...body, id: body.id ?? ctx.newId() },
        now,
        (tx, event) => recordAudit(tx, request, now, event),
      );
      return reply.code(created ? 201 : 200).send(toUserDto(user));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: MANAGE,
      schema: { tags: ['users'], params: IdParams, body: UpdateUserBody, response: { 200: UserSchema } },
    },
    async (request) => {
      const { id } = request.params;
      const change = request.body;
      const actor = actorOf(request);
      if (id === actor.user.id && ((change.role && change.role !== 'admin') || change.disabled)) {
        throw new Problem('user.self-lockout');
      }
      await checkCheckpoints(kysely, change.checkpointIds);
      const now = ctx.now();
      const updated = await kysely.transaction().execute(async (tx) => {
        const before = await findUserById(tx, id);
        if (!before) return undefined;
        await updateUser(tx, id, change, now.toISOString());
        if (change.disabled) await deleteSessionsOf(tx, id);
        await recordAudit(tx, request, now, {
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          detail: {
            before: {
              role: before.role,
              checkpointIds: before.checkpointIds,
              disabled: before.disabled,
              displayName: before.displayName,
            },
            change,
          },
        });
        return findUserById(tx, id);
      });
      if (!updated) throw new Problem('user.not-found');
      return toUserDto(updated);
    },
  );

  app.post(
    '/api/users/:id/password',
    {
      config: MANAGE,
      schema: {
        tags: ['users'],
        params: IdParams,
        body: ResetPasswordBody,
        response: { 204: NoContent.describe('The password is set; every session of the user is ended.') },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      checkPassword(request.body.password);
      const passwordHash = await hashPassword(request.body.password);
      const now = ctx.now();
      const found = await kysely.transaction().execute(async (tx) => {
        if (!(await findUserById(tx, id))) return false;
        await setPasswordHash(tx, id, passwordHash, now.toISOString());
        await deleteSessionsOf(tx, id);
        await recordAudit(tx, request, now, {
          action: 'user.password-reset',
          entityType: 'user',
          entityId: id,
        });
        return true;
      });
      if (!found) throw new Problem('user.not-found');
      return reply.code(204).send(null);
    },
  );
};
