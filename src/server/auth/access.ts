// Who is asking, and may they: reads the session cookie, enforces each route's declared access and
// the CSRF token on every state-changing request. Runs before the body is even parsed.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Capability, can } from '../../domain/access';
import type { Session, User } from '../../store/accounts';
import { findSignedIn } from '../../store/accounts';
import type { Executor } from '../../store/executor';
import { Problem } from '../problems';

// Every route declares one of these in its `config.access`; a route without one is refused.
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'capability'; readonly capability: Capability };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signed-in' };
export const needs = (capability: Capability): Access => ({ kind: 'capability', capability });

export interface Actor {
  readonly user: User;
  readonly session: Session;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export const SESSION_COOKIE = 'paso_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Problem('auth.required');
  return request.actor;
}

// A browser always sends Origin on cross-site POSTs; when present it must be this server. Fastify's
// request.host is the Host header, or X-Forwarded-Host when the peer is a trusted proxy (trustProxy):
// a proxy may rewrite Host, and an untrusted client must not choose the host it is compared with.
function isForeignOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

// Compared in constant time, so that the time of a refusal says nothing about how much of it matched.
function isSameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function installAccessControl(app: FastifyInstance, db: Executor, now: () => Date): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    // Unmatched URLs reach the not-found handler, which needs no access rule.
    if (!request.routeOptions.url) return;
    if (!access) throw new Problem('auth.forbidden', 'This route declares no access rule.');
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const found = await findSignedIn(db, token, now());
      if (found) request.actor = found;
    }
    if (!SAFE_METHODS.has(request.method) && isForeignOrigin(request)) {
      throw new Problem('auth.csrf', 'The request comes from another site.');
    }
    if (access.kind === 'public') return;
    const actor = request.actor;
    if (!actor) throw new Problem('auth.required');
    if (
      !SAFE_METHODS.has(request.method) &&
      !isSameToken(request.headers['x-csrf-token'], actor.session.csrfToken)
    ) {
      throw new Problem('auth.csrf');
    }
    if (access.kind === 'capability' && !can(actor.user.role, access.capability)) {
      throw new Problem('auth.forbidden');
    }
  });
}
