// Login, logout and the current session. Failed logins are throttled (login-throttle.ts), counted in
// the database that every server sharing it reads.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LoginBody, SessionReply } from '../../api/auth';
import { NoContent } from '../../api/common';
import {
  burnPasswordCheck,
  createSession,
  deleteSession,
  findCredentials,
  type User,
  verifyPassword,
} from '../../store/accounts';
import { recordAudit } from '../audit/record';
import type { ServerContext } from '../context';
import { Problem } from '../problems';
import { PUBLIC, SESSION_COOKIE, SIGNED_IN } from './access';
import { createLoginThrottle } from './login-throttle';

export const toUserDto = (user: User) => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  checkpointIds: [...user.checkpointIds],
  disabled: user.disabled,
  createdAt: user.createdAt,
});

export const authRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  const { kysely } = ctx.db;
  const throttle = createLoginThrottle(ctx.settings.loginRateLimit);

  app.post(
    '/api/auth/login',
    {
      config: { access: PUBLIC },
      schema: { tags: ['auth'], body: LoginBody, response: { 200: SessionReply } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const now = ctx.now();
      const account = username.toLowerCase();
      // Refused before the password is looked at, so that a guess made while waiting tells nothing.
      const verdict = await throttle.check(kysely, account, request.ip, now.getTime());
      if (!verdict.allowed) {
        const seconds = Math.ceil(verdict.retryAfterMs / 1000);
        request.log.warn({ account, ip: request.ip, seconds }, 'login refused: too many failures');
        reply.header('retry-after', String(seconds));
        throw new Problem('auth.rate-limited', `Too many failed logins; try again in ${seconds} s.`, {
          retryAfter: seconds,
        });
      }
      const found = await findCredentials(kysely, account);
      if (!found) await burnPasswordCheck(password);
      const valid = found ? await verifyPassword(found.passwordHash, password) : false;
      if (!found || !valid || found.user.disabled) {
        // Counted in the transaction that audits it: one commit, and never one without the other.
        await kysely.transaction().execute(async (tx) => {
          await recordAudit(
            tx,
            request,
            now,
            { action: 'auth.login-failed', detail: { username } },
            {
              id: found?.user.id ?? null,
              username: found?.user.username ?? null,
            },
          );
          await throttle.recordFailure(tx, account, request.ip, now.getTime());
        });
        // Housekeeping: a delete that fails is tried again a minute later, and the answer stands.
        await throttle
          .forgetOld(kysely, now.getTime())
          .catch((error: unknown) =>
            request.log.warn({ err: error }, 'forgotten login failures not deleted'),
          );
        throw new Problem('auth.invalid-credentials');
      }
      const user = found.user;
      const { token, session } = await kysely.transaction().execute(async (tx) => {
        // Only when there is something to clear: a login without earlier failures writes nothing more.
        if (verdict.failedBefore) await throttle.recordSuccess(tx, account, request.ip);
        const created = await createSession(tx, user.id, now, ctx.settings.sessionLifetimeMs);
        await recordAudit(
          tx,
          request,
          now,
          { action: 'auth.login', entityType: 'user', entityId: user.id },
          {
            id: user.id,
            username: user.username,
          },
        );
        return created;
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.settings.cookieSecure,
        expires: new Date(session.expiresAt),
      });
      return { user: toUserDto(user), csrfToken: session.csrfToken };
    },
  );

  // Open to anyone: nobody signed in is an ordinary answer here (204), not an error, so the web app's
  // check at start leaves no failed request in the browser's console.
  app.get(
    '/api/auth/session',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['auth'],
        response: { 200: SessionReply, 204: NoContent.describe('Nobody is signed in.') },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (!actor) return reply.code(204).send(null);
      return { user: toUserDto(actor.user), csrfToken: actor.session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['auth'],
        response: { 204: NoContent.describe('Signed out: the session is ended and its cookie cleared.') },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      await kysely.transaction().execute(async (tx) => {
        if (token) await deleteSession(tx, token);
        await recordAudit(tx, request, ctx.now(), { action: 'auth.logout' });
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
};
