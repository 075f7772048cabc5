// GET /api/jobs/:id: a job as it is now, for whoever asked for it and for admins. To anyone else a
// job does not exist. Failures go to the log, with the job's id; the job's problem points there.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../api/common';
import { JobSchema } from '../../api/jobs';
import { actorOf, SIGNED_IN } from '../auth/access';
import type { ServerContext } from '../context';
import { Problem } from '../problems';

export const jobRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, ctx) => {
  ctx.jobs.onFailure((job, error) => {
    app.log.error({ err: error, jobId: job.id, kind: job.kind }, 'job failed');
  });
  // Stopping the server stops its jobs' worker threads.
  app.addHook('onClose', () => ctx.jobs.close());

  app.get(
    '/api/jobs/:id',
    {
      config: { access: SIGNED_IN },
      schema: { tags: ['jobs'], params: IdParams, response: { 200: JobSchema } },
    },
    async (request) => {
      const { user } = actorOf(request);
      const job = ctx.jobs.view(request.params.id, { id: user.id, isAdmin: user.role === 'admin' });
      if (!job) throw new Problem('request.not-found', 'There is no job with this id that you may follow.');
      return job;
    },
  );
};
