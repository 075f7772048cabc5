// The checkpoint a request names by its code, for the routes of every area: an unknown code is a
// problem, and where the user must work there, an officer is refused any checkpoint but their own.
import type { FastifyRequest } from 'fastify';
import { checkpointScopeOf } from '../domain/access';
import { type CheckpointRef, findCheckpointByCode } from '../store/crossings';
import type { Executor } from '../store/executor';
import { actorOf } from './auth/access';
import { Problem } from './problems';

/** The checkpoint a request names; with `mustWorkThere`, officers only at their own. */
export async function namedCheckpoint(
  db: Executor,
  request: FastifyRequest,
  code: string,
  mustWorkThere: boolean,
): Promise<CheckpointRef> {
  const checkpoint = await findCheckpointByCode(db, code);
  if (!checkpoint) throw new Problem('registration.unknown-place', `No checkpoint has the code ${code}.`);
  const scope = checkpointScopeOf(actorOf(request).user);
  if (mustWorkThere && scope !== undefined && !scope.includes(checkpoint.id)) {
    throw new Problem('registration.checkpoint');
  }
  return checkpoint;
}
