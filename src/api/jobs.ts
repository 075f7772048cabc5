// Jobs: long work (a whole-population dedupe, a screening index rebuild) that the API accepts with 202
// and runs off the request path. Whoever asked follows it here until it succeeds or fails.
import { z } from 'zod';
import { BatchReply } from './matching';

const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;

/** What a job is doing now; `total` is 0 while it is not yet known. */
export const JobProgressSchema = z.object({
  phase: z.enum([
    'reading',
    'features',
    'blocking',
    'scoring',
    'clustering',
    'explaining',
    'saving',
    'indexing',
  ]),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});

/** A failed job's problem: RFC 9457 problem details, as the API answers a failed request. */
const JobProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
});

const RebuildResultSchema = z.object({
  /** Watchlist entries the new screening index holds. */
  entries: z.number().int().min(0),
});

const common = {
  id: z.string(),
  status: z.enum(JOB_STATUSES),
  progress: JobProgressSchema.nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  problem: JobProblemSchema.nullable(),
};

export const JobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('duplicates.batch'), ...common, result: BatchReply.nullable() }),
  z.object({ kind: z.literal('screening.rebuild'), ...common, result: RebuildResultSchema.nullable() }),
]);
