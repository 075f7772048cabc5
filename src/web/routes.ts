// The app's pages and the capability each needs, shared by the router, the navigation and the
// return-after-login logic so they never disagree about who may open what.
import { type Capability, can } from '../domain/access';
import type { Role } from './api/types';

export const PATHS = {
  home: '/',
  login: '/login',
  users: '/admin/users',
  audit: '/admin/audit',
  checkpoints: '/admin/checkpoints',
  booth: '/booth',
  policy: '/policy',
  review: '/review',
  reviewScreening: '/review/screening',
  reviewDuplicates: '/review/duplicates',
  watchlists: '/admin/watchlists',
  tally: '/tally',
  checkpointView: '/checkpoint-view',
  referrals: '/referrals',
  map: '/map',
  incidents: '/incidents',
  queues: '/queues',
  dashboard: '/dashboard',
  forecast: '/forecast',
  reports: '/reports',
  passVerify: '/passes/verify',
  passIssue: '/passes/issue',
  decrees: '/decrees',
  transit: '/transit',
  transitConvoy: '/transit/convoy',
  shelter: '/care/shelter',
  supplies: '/care/supplies',
} as const;

const NEEDS: Readonly<Record<string, Capability>> = {
  [PATHS.users]: 'users.manage',
  [PATHS.audit]: 'audit.read',
  [PATHS.checkpoints]: 'booths.manage',
  [PATHS.booth]: 'documents.check',
  [PATHS.policy]: 'policy.edit',
  [PATHS.review]: 'screening.review',
  [PATHS.reviewScreening]: 'screening.review',
  [PATHS.reviewDuplicates]: 'duplicates.review',
  [PATHS.watchlists]: 'watchlists.read',
  [PATHS.tally]: 'crossings.record',
  [PATHS.checkpointView]: 'crossings.supervise',
  [PATHS.referrals]: 'referrals.read',
  [PATHS.map]: 'situation.read',
  [PATHS.incidents]: 'situation.read',
  [PATHS.queues]: 'situation.read',
  [PATHS.dashboard]: 'situation.read',
  [PATHS.forecast]: 'situation.read',
  [PATHS.reports]: 'reports.export',
  [PATHS.passVerify]: 'passes.verify',
  [PATHS.passIssue]: 'passes.issue',
  [PATHS.decrees]: 'decrees.read',
  [PATHS.transit]: 'transit.read',
  [PATHS.transitConvoy]: 'transit.read',
  [PATHS.shelter]: 'care.read',
  [PATHS.supplies]: 'care.read',
};

/** Whether a role may open a path; paths no capability guards are open to every signed-in role. */
export function mayOpen(role: Role, path: string): boolean {
  const pathname = path.split(/[?#]/)[0] ?? path;
  const capability = NEEDS[pathname];
  return capability === undefined || can(role, capability);
}

/**
 * Where to go after signing in: the page that sent the person to the login page, if it is one of
 * ours and their role may open it (a different person may be signing in after a session ended).
 */
export function returnPath(state: unknown, role: Role): string {
  if (typeof state !== 'object' || state === null || !('from' in state)) return PATHS.home;
  const from = state.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return PATHS.home;
  if (from.startsWith(PATHS.login)) return PATHS.home;
  return mayOpen(role, from) ? from : PATHS.home;
}
