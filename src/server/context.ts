// What every route plugin is handed: the database, the clock, ids and the installation's settings.
import { newId } from '../api/ids';
import type { Db } from '../store/db';
import type { TrustProxy } from './config';
import { createJobRegistry, type JobRegistry } from './jobs/jobs';
import { createMatchingService, type MatchingService } from './matching/service';

export interface ServerContext {
  readonly db: Db;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Long work (a dedupe, an index rebuild) running off the request path. */
  readonly jobs: JobRegistry;
  readonly matching: MatchingService;
  readonly settings: {
    readonly version: string;
    readonly operationName: string;
    readonly cookieSecure: boolean;
    readonly sessionLifetimeMs: number;
    /** Failed logins one client may make at one account before it must wait. */
    readonly loginRateLimit: number;
    /** The reverse proxies whose X-Forwarded-For and X-Forwarded-Host are believed (default none). */
    readonly trustProxy?: TrustProxy;
    /** Share one transaction among the writes that arrive together (default); false for the baseline. */
    readonly groupCommit?: boolean;
  };
}

/**
 * The context of a server over `db`: time-ordered UUIDs for ids, and its own jobs and matching service.
 * `matching.peopleInThreadFrom`: from how many people the candidate index lives in its worker thread
 * (`paso serve` says 0; a test server keeps it on its own thread while small).
 */
export async function createServerContext(
  db: Db,
  now: () => Date,
  settings: ServerContext['settings'],
  matching: { readonly peopleInThreadFrom?: number } = {},
): Promise<ServerContext> {
  const jobs = createJobRegistry({ now, newId });
  return { db, now, newId, jobs, matching: await createMatchingService(db, jobs, matching), settings };
}
