// The document policy as a supervisor reads and saves it through a test app's API.
import type { FastifyInstance } from 'fastify';
import { as, type Login } from './app';

/**
 * The policy in force (`current`, its JSON), and a save of `rules` over `baseVersion` with `note`
 * (`save`, the answer), each as `ctx.supervisor`; read the login when called, inside a test.
 */
export function policyEditing(
  ctx: { readonly app: FastifyInstance; readonly supervisor: Login },
  note: string,
) {
  const current = async () =>
    (
      await ctx.app.inject({ method: 'GET', url: '/api/documents/policy', headers: as(ctx.supervisor) })
    ).json();
  const save = (rules: unknown[], baseVersion: number) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/documents/policy',
      headers: as(ctx.supervisor),
      payload: { rules, note, baseVersion },
    });
  return { current, save };
}
