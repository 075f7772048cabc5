// Follows a job through the API, as a client would, until it has succeeded or failed.
import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import type { JobView } from '../../src/server/jobs/jobs';
import { as, type Login } from './app';

export async function followJob(
  app: FastifyInstance,
  who: Login,
  id: string,
  onProgress?: (job: JobView) => void,
): Promise<JobView> {
  for (;;) {
    const response = await app.inject({ method: 'GET', url: `/api/jobs/${id}`, headers: as(who) });
    if (response.statusCode !== 200) throw new Error(`GET /api/jobs/${id}: ${response.body}`);
    const job = response.json<JobView>();
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    onProgress?.(job);
    await delay(25);
  }
}
