// The audit log in words: every action the server and the CLI write, the kinds of record an entry is
// about, and the keys of an entry's detail. Codes the app does not know are shown as written.
import type { TFunction } from 'i18next';

/** Every action written to the audit log; a catalogue test finds them in the server and the CLI. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login-failed',
  'auth.logout',
  'user.list',
  'user.create',
  'user.create-first-admin',
  'user.update',
  'user.password-reset',
  'audit.read',
  'watchlist.import',
  'watchlist.activate',
  'watchlist.deactivate',
  'screening.list',
  'screening.confirmed',
  'screening.dismissed',
  'duplicates.list',
  'duplicates.confirm',
  'duplicates.reject',
  'duplicates.merge',
  'duplicates.unmerge',
  'duplicates.batch',
  'registration.create',
  'events.record',
  'events.import',
  'crossings.overview',
  'referrals.list',
  'referral.close',
  'policy.save',
  'demo.seed',
  'situation.observe',
  'incident.open',
  'incident.update',
  'incident.close',
  'care.beds',
  'care.candidates.read',
  'care.check-in',
  'care.check-out',
  'care.movement',
  'care.need',
  'care.request',
  'care.request-transition',
  'care.residents.read',
  'care.threshold',
  'convoy.candidates',
  'convoy.create',
  'convoy.manifest',
  'convoy.pass-holders',
  'convoy.read',
  'corridor.create',
  'decree.amend',
  'decree.extend',
  'decree.record',
  'demo.extend-decree',
  'keys.rotate',
  'pass.issue',
  'pass.print',
  'pass.revoke',
  'convoy.boarding',
  'convoy.departed',
  'convoy.stop-arrived',
  'convoy.stop-departed',
  'convoy.left',
  'convoy.arrived',
  'convoy.cancelled',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (action: string): action is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(action);

export function auditActionName(action: string, t: TFunction): string {
  if (!isAuditAction(action)) return action;
  switch (action) {
    case 'auth.login':
      return t('audit.action.authLogin');
    case 'auth.login-failed':
      return t('audit.action.authLoginFailed');
    case 'auth.logout':
      return t('audit.action.authLogout');
    case 'user.list':
      return t('audit.action.userList');
    case 'user.create':
      return t('audit.action.userCreate');
    case 'user.create-first-admin':
      return t('audit.action.userCreateFirstAdmin');
    case 'user.update':
      return t('audit.action.userUpdate');
    case 'user.password-reset':
      return t('audit.action.userPasswordReset');
    case 'audit.read':
      return t('audit.action.auditRead');
    case 'watchlist.import':
      return t('audit.action.watchlistImport');
    case 'watchlist.activate':
      return t('audit.action.watchlistActivate');
    case 'watchlist.deactivate':
      return t('audit.action.watchlistDeactivate');
    case 'screening.list':
      return t('audit.action.screeningList');
    case 'screening.confirmed':
      return t('audit.action.screeningConfirmed');
    case 'screening.dismissed':
      return t('audit.action.screeningDismissed');
    case 'duplicates.list':
      return t('audit.action.duplicatesList');
    case 'duplicates.confirm':
      return t('audit.action.duplicatesConfirm');
    case 'duplicates.reject':
      return t('audit.action.duplicatesReject');
    case 'duplicates.merge':
      return t('audit.action.duplicatesMerge');
    case 'duplicates.unmerge':
      return t('audit.action.duplicatesUnmerge');
    case 'duplicates.batch':
      return t('audit.action.duplicatesBatch');
    case 'registration.create':
      return t('audit.action.registrationCreate');
    case 'events.record':
      return t('audit.action.eventsRecord');
    case 'events.import':
      return t('audit.action.eventsImport');
    case 'crossings.overview':
      return t('audit.action.crossingsOverview');
    case 'referrals.list':
      return t('audit.action.referralsList');
    case 'referral.close':
      return t('audit.action.referralClose');
    case 'policy.save':
      return t('audit.action.policySave');
    case 'demo.seed':
      return t('audit.action.demoSeed');
    case 'situation.observe':
      return t('audit.action.situationObserve');
    case 'incident.open':
      return t('audit.action.incidentOpen');
    case 'incident.update':
      return t('audit.action.incidentUpdate');
    case 'incident.close':
      return t('audit.action.incidentClose');
    case 'care.beds':
      return t('audit.action.careBeds');
    case 'care.candidates.read':
      return t('audit.action.careCandidatesRead');
    case 'care.check-in':
      return t('audit.action.careCheckIn');
    case 'care.check-out':
      return t('audit.action.careCheckOut');
    case 'care.movement':
      return t('audit.action.careMovement');
    case 'care.need':
      return t('audit.action.careNeed');
    case 'care.request':
      return t('audit.action.careRequest');
    case 'care.request-transition':
      return t('audit.action.careRequestTransition');
    case 'care.residents.read':
      return t('audit.action.careResidentsRead');
    case 'care.threshold':
      return t('audit.action.careThreshold');
    case 'convoy.candidates':
      return t('audit.action.convoyCandidates');
    case 'convoy.create':
      return t('audit.action.convoyCreate');
    case 'convoy.manifest':
      return t('audit.action.convoyManifest');
    case 'convoy.pass-holders':
      return t('audit.action.convoyPassHolders');
    case 'convoy.read':
      return t('audit.action.convoyRead');
    case 'corridor.create':
      return t('audit.action.corridorCreate');
    case 'decree.amend':
      return t('audit.action.decreeAmend');
    case 'decree.extend':
      return t('audit.action.decreeExtend');
    case 'decree.record':
      return t('audit.action.decreeRecord');
    case 'demo.extend-decree':
      return t('audit.action.demoExtendDecree');
    case 'keys.rotate':
      return t('audit.action.keysRotate');
    case 'pass.issue':
      return t('audit.action.passIssue');
    case 'pass.print':
      return t('audit.action.passPrint');
    case 'pass.revoke':
      return t('audit.action.passRevoke');
    case 'convoy.boarding':
      return t('audit.action.convoyBoarding');
    case 'convoy.departed':
      return t('audit.action.convoyDeparted');
    case 'convoy.stop-arrived':
      return t('audit.action.convoyStopArrived');
    case 'convoy.stop-departed':
      return t('audit.action.convoyStopDeparted');
    case 'convoy.left':
      return t('audit.action.convoyLeft');
    case 'convoy.arrived':
      return t('audit.action.convoyArrived');
    case 'convoy.cancelled':
      return t('audit.action.convoyCancelled');
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}

/**
 * Who did it: a username as written, except the names the server gives work no user did (the demo
 * seed's "system", the command line's "cli"). Pass null when the entry names no user at all.
 */
export function actorName(username: string | null, t: TFunction): string {
  switch (username) {
    case null:
    case 'system':
      return t('audit.system');
    case 'cli':
      return t('audit.commandLine');
    default:
      return username;
  }
}

/** The kind of record an entry is about (its entity type). */
export function auditEntityName(entityType: string, t: TFunction): string {
  switch (entityType) {
    case 'user':
      return t('audit.entity.user');
    case 'watchlist':
      return t('audit.entity.watchlist');
    case 'screening_hit':
      return t('audit.entity.screeningHit');
    case 'duplicate_link':
      return t('audit.entity.duplicateLink');
    case 'checkpoint':
      return t('audit.entity.checkpoint');
    case 'protection_referral':
      return t('audit.entity.protectionReferral');
    case 'document_policy':
      return t('audit.entity.documentPolicy');
    case 'registration':
      return t('audit.entity.registration');
    default:
      return entityType;
  }
}

/** Every key of an entry's detail with a label (audit.detail.key.*); a catalogue test finds them in the source. */
export const AUDIT_DETAIL_KEYS = [
  'count',
  'filter',
  'actor',
  'action',
  'limit',
  'cursor',
  'username',
  'displayName',
  'role',
  'checkpointIds',
  'disabled',
  'before',
  'change',
  'name',
  'format',
  'entries',
  'via',
  'status',
  'people',
  'personId',
  'registrationId',
  'checkpointId',
  'note',
  'records',
  'clusters',
  'newLinks',
  'survivor',
  'moved',
  'restored',
  'held',
  'referrals',
  'version',
  'ruleIds',
  'screening',
  'hits',
  'candidatesShown',
  'file',
  'firstLine',
  'lastLine',
  'applied',
  'duplicates',
  'refused',
  'checkpoints',
  'shelters',
  'users',
  'checkpoint',
  'view',
  'events',
  'beds',
  'stay',
  'bedKind',
  'allowSplit',
  'need',
  'categories',
  'text',
  'number',
  'reason',
  'startsOn',
  'endsOn',
  'extends',
  'outcome',
  'skipped',
  'lang',
  'retired',
  'kid',
  'convoy',
  'corridor',
  'corridorId',
  'validFrom',
  'validUntil',
  'title',
  'update',
  'side',
  'code',
  'stops',
  'vehicles',
  'passengers',
  'candidates',
  'seats',
  'eventId',
  'holders',
] as const;
export type AuditDetailKey = (typeof AUDIT_DETAIL_KEYS)[number];

/** A detail key in words; `within` is the key of the object it sits in, if any (a filter's dates). */
export function auditDetailKeyName(key: string, within: string | null, t: TFunction): string {
  if (within === 'filter' && key === 'from') return t('audit.detail.key.since');
  if (within === 'filter' && key === 'to') return t('audit.detail.key.until');
  // Each key written out, so that the catalogue test finds it (src/web/i18n/catalogue.test.ts).
  switch (key as AuditDetailKey | 'from') {
    case 'from':
      return t('audit.detail.key.previousStatus');
    case 'count':
      return t('audit.detail.key.count');
    case 'filter':
      return t('audit.detail.key.filter');
    case 'actor':
      return t('audit.detail.key.actor');
    case 'action':
      return t('audit.detail.key.action');
    case 'limit':
      return t('audit.detail.key.limit');
    case 'cursor':
      return t('audit.detail.key.cursor');
    case 'username':
      return t('audit.detail.key.username');
    case 'displayName':
      return t('audit.detail.key.displayName');
    case 'role':
      return t('audit.detail.key.role');
    case 'checkpointIds':
      return t('audit.detail.key.checkpointIds');
    case 'disabled':
      return t('audit.detail.key.disabled');
    case 'before':
      return t('audit.detail.key.before');
    case 'change':
      return t('audit.detail.key.change');
    case 'name':
      return t('audit.detail.key.name');
    case 'format':
      return t('audit.detail.key.format');
    case 'entries':
      return t('audit.detail.key.entries');
    case 'via':
      return t('audit.detail.key.via');
    case 'status':
      return t('audit.detail.key.status');
    case 'people':
      return t('audit.detail.key.people');
    case 'personId':
      return t('audit.detail.key.personId');
    case 'registrationId':
      return t('audit.detail.key.registrationId');
    case 'checkpointId':
      return t('audit.detail.key.checkpointId');
    case 'note':
      return t('audit.detail.key.note');
    case 'records':
      return t('audit.detail.key.records');
    case 'clusters':
      return t('audit.detail.key.clusters');
    case 'newLinks':
      return t('audit.detail.key.newLinks');
    case 'survivor':
      return t('audit.detail.key.survivor');
    case 'moved':
      return t('audit.detail.key.moved');
    case 'restored':
      return t('audit.detail.key.restored');
    case 'held':
      return t('audit.detail.key.held');
    case 'referrals':
      return t('audit.detail.key.referrals');
    case 'version':
      return t('audit.detail.key.version');
    case 'ruleIds':
      return t('audit.detail.key.ruleIds');
    case 'screening':
      return t('audit.detail.key.screening');
    case 'hits':
      return t('audit.detail.key.hits');
    case 'candidatesShown':
      return t('audit.detail.key.candidatesShown');
    case 'file':
      return t('audit.detail.key.file');
    case 'firstLine':
      return t('audit.detail.key.firstLine');
    case 'lastLine':
      return t('audit.detail.key.lastLine');
    case 'applied':
      return t('audit.detail.key.applied');
    case 'duplicates':
      return t('audit.detail.key.duplicates');
    case 'refused':
      return t('audit.detail.key.refused');
    case 'checkpoints':
      return t('audit.detail.key.checkpoints');
    case 'shelters':
      return t('audit.detail.key.shelters');
    case 'users':
      return t('audit.detail.key.users');
    case 'checkpoint':
      return t('audit.detail.key.checkpoint');
    case 'view':
      return t('audit.detail.key.view');
    case 'events':
      return t('audit.detail.key.events');
    case 'beds':
      return t('audit.detail.key.beds');
    case 'stay':
      return t('audit.detail.key.stay');
    case 'bedKind':
      return t('audit.detail.key.bedKind');
    case 'allowSplit':
      return t('audit.detail.key.allowSplit');
    case 'need':
      return t('audit.detail.key.need');
    case 'categories':
      return t('audit.detail.key.categories');
    case 'text':
      return t('audit.detail.key.text');
    case 'number':
      return t('audit.detail.key.number');
    case 'reason':
      return t('audit.detail.key.reason');
    case 'startsOn':
      return t('audit.detail.key.startsOn');
    case 'endsOn':
      return t('audit.detail.key.endsOn');
    case 'extends':
      return t('audit.detail.key.extends');
    case 'outcome':
      return t('audit.detail.key.outcome');
    case 'skipped':
      return t('audit.detail.key.skipped');
    case 'lang':
      return t('audit.detail.key.lang');
    case 'retired':
      return t('audit.detail.key.retired');
    case 'kid':
      return t('audit.detail.key.kid');
    case 'convoy':
      return t('audit.detail.key.convoy');
    case 'corridor':
      return t('audit.detail.key.corridor');
    case 'corridorId':
      return t('audit.detail.key.corridorId');
    case 'validFrom':
      return t('audit.detail.key.validFrom');
    case 'validUntil':
      return t('audit.detail.key.validUntil');
    case 'title':
      return t('audit.detail.key.title');
    case 'update':
      return t('audit.detail.key.update');
    case 'side':
      return t('audit.detail.key.side');
    case 'code':
      return t('audit.detail.key.code');
    case 'stops':
      return t('audit.detail.key.stops');
    case 'vehicles':
      return t('audit.detail.key.vehicles');
    case 'passengers':
      return t('audit.detail.key.passengers');
    case 'candidates':
      return t('audit.detail.key.candidates');
    case 'seats':
      return t('audit.detail.key.seats');
    case 'eventId':
      return t('audit.detail.key.eventId');
    case 'holders':
      return t('audit.detail.key.holders');
    default:
      return key;
  }
}
