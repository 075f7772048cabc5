// User administration for admins: list, add, change role and checkpoints, disable, reset password.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateUserBody, ResetPasswordBody, UpdateUserBody, UsersReply } from '../../api/accounts';
import { IdParams, NoContent, UserSchema } from '../../api/common';
import { listUsers } from '../../store/accounts';
import { createdOrResent } from '../answers';
import { auditedRead, auditWriterOf } from '../audit/record';
import { actorOf, needs } from '../auth/access';
import { toUserDto } from '../auth/routes';
import type { ServerContext } from '../context';
import { changeUser, createUser, resetPassword } from './service';

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
        auditWriterOf(request, now),
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
      const now = ctx.now();
      const updated = await changeUser(
        kysely,
        request.params.id,
        request.body,
        actorOf(request).user.id,
        now,
        auditWriterOf(request, now),
      );
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
      const now = ctx.now();
      await resetPassword(kysely, request.params.id, request.body.password, now, auditWriterOf(request, now));
      return reply.code(204).send(null);
    },
  );
};
