// The roles of the operation and what each may do; the one table the server and the web app share.
export const ROLES = ['officer', 'supervisor', 'humanitarian', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

// Capabilities, not pages: a route or a screen asks for one and the table says which roles hold it.
export type Capability =
  | 'checkpoints.read'
  | 'checkpoints.manage'
  | 'booths.manage'
  | 'shelters.manage'
  | 'shelters.read'
  | 'situation.read'
  | 'situation.recorders'
  | 'figures.exact'
  | 'users.manage'
  | 'audit.read'
  | 'documents.check'
  | 'policy.edit'
  | 'people.register'
  | 'screening.review'
  | 'duplicates.review'
  | 'watchlists.read'
  | 'watchlists.manage'
  | 'crossings.record'
  | 'crossings.supervise'
  | 'referrals.read'
  | 'referrals.manage'
  | 'situation.observe'
  | 'incidents.manage'
  | 'reports.export'
  | 'decrees.read'
  | 'decrees.manage'
  | 'care.read'
  | 'care.manage'
  | 'transit.read'
  | 'transit.manage'
  | 'passes.issue'
  | 'passes.verify'
  | 'keys.manage';

const GRANTS: Readonly<Record<Capability, readonly Role[]>> = {
  'checkpoints.read': ROLES,
  // A new crossing is set up by administrators; its booths are opened and retired by supervisors too.
  'checkpoints.manage': ['admin'],
  'booths.manage': ['supervisor', 'admin'],
  // Shelters are made and described by the humanitarian side, and by administrators setting up.
  'shelters.manage': ['humanitarian', 'admin'],
  'situation.read': ROLES,
  // Who recorded an observation or an incident: an account's name is normally the officer's own.
  // Partners and analysts need what was seen and when, not which officer saw it; administrators
  // already read every name in the accounts and the audit log. The free text goes with the name:
  // observation notes, and incident texts their writers did not share with partners (docs/situation.md).
  'situation.recorders': ['officer', 'supervisor', 'admin'],
  // The crossing figures to the person. Humanitarian partners see them as published (docs/reports.md):
  // 1 to 4 people shown "<5", and what would give such a figure away withheld; refusals and holds of
  // a few people of one nationality are enforcement data about someone they may meet.
  'figures.exact': ['officer', 'supervisor', 'analyst', 'admin'],
  'shelters.read': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'users.manage': ['admin'],
  'audit.read': ['admin'],
  // Document checks are enforcement: not for humanitarian partners or analysts.
  'documents.check': ['officer', 'supervisor', 'admin'],
  'policy.edit': ['supervisor', 'admin'],
  'people.register': ['officer', 'supervisor'],
  // Screening data is for supervisors only: officers see "hold for supervisor", partners nothing.
  'screening.review': ['supervisor'],
  'duplicates.review': ['supervisor'],
  'watchlists.read': ['supervisor', 'admin'],
  'watchlists.manage': ['admin'],
  // Crossing, tally and correction events are made at the booth; supervisors correct and resolve.
  'crossings.record': ['officer', 'supervisor'],
  // A checkpoint's booths, officers, decisions and held cases.
  'crossings.supervise': ['supervisor'],
  // Protection referrals (unaccompanied and separated children) are the humanitarian side's queue.
  'referrals.read': ['supervisor', 'humanitarian'],
  'referrals.manage': ['humanitarian'],
  // Waiting people, queued vehicles and queue length, counted by whoever stands at the line.
  'situation.observe': ['officer', 'supervisor'],
  // Incidents (blockades, crowds, emergencies) are opened, updated and closed by supervisors.
  'incidents.manage': ['supervisor'],
  // Reports and exports leave Paso: aggregates only, small cells suppressed.
  'reports.export': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  // The decree in force is shown to everyone; the register is kept by supervisors and administrators.
  'decrees.read': ROLES,
  'decrees.manage': ['supervisor', 'admin'],
  // Shelters, supplies and the people in care: the humanitarian side, with supervisors.
  'care.read': ['supervisor', 'humanitarian', 'analyst', 'admin'],
  'care.manage': ['supervisor', 'humanitarian'],
  // Humanitarian transit: corridors, convoys, manifests, boarding and stops.
  'transit.read': ['officer', 'supervisor', 'humanitarian'],
  'transit.manage': ['supervisor', 'humanitarian'],
  // Travel passes are issued by supervisors and checked by anyone on the road.
  'passes.issue': ['supervisor'],
  'passes.verify': ['officer', 'supervisor', 'humanitarian'],
  // The signing keys: made, rotated and retired by administrators.
  'keys.manage': ['admin'],
};

export const rolesWith = (capability: Capability): readonly Role[] => GRANTS[capability];
export const can = (role: Role, capability: Capability): boolean => GRANTS[capability].includes(role);

// Officers work at the checkpoints they are assigned to; every other role sees the whole operation.
export const isCheckpointScoped = (role: Role): boolean => role === 'officer';

/** The checkpoints a user's reads and writes are limited to; undefined when they are not limited. */
export const checkpointScopeOf = (user: {
  readonly role: Role;
  readonly checkpointIds: readonly string[];
}): readonly string[] | undefined => (isCheckpointScoped(user.role) ? user.checkpointIds : undefined);
