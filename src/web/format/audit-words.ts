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
  'audit.unkeyed-adopted',
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
  'people.candidates',
  'events.record',
  'events.import',
  'events.export',
  'reports.sitrep',
  'reports.export',
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
  'care.shelter-create',
  'care.shelter-update',
  'checkpoint.create',
  'checkpoint.update',
  'checkpoint.recount',
  'booth.create',
  'booth.update',
  'booth.retire',
  'booth.reinstate',
  'convoy.candidates',
  'convoy.create',
  'convoy.update',
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
  'convoy.correction',
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
    case 'audit.unkeyed-adopted':
      return t('audit.action.auditUnkeyedAdopted');
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
    case 'people.candidates':
      return t('audit.action.peopleCandidates');
    case 'events.record':
      return t('audit.action.eventsRecord');
    case 'events.import':
      return t('audit.action.eventsImport');
    case 'events.export':
      return t('audit.action.eventsExport');
    case 'reports.sitrep':
      return t('audit.action.reportsSitrep');
    case 'reports.export':
      return t('audit.action.reportsExport');
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
    case 'care.shelter-create':
      return t('audit.action.careShelterCreate');
    case 'care.shelter-update':
      return t('audit.action.careShelterUpdate');
    case 'checkpoint.create':
      return t('audit.action.checkpointCreate');
    case 'checkpoint.update':
      return t('audit.action.checkpointUpdate');
    case 'checkpoint.recount':
      return t('audit.action.checkpointRecount');
    case 'booth.create':
      return t('audit.action.boothCreate');
    case 'booth.update':
      return t('audit.action.boothUpdate');
    case 'booth.retire':
      return t('audit.action.boothRetire');
    case 'booth.reinstate':
      return t('audit.action.boothReinstate');
    case 'convoy.candidates':
      return t('audit.action.convoyCandidates');
    case 'convoy.create':
      return t('audit.action.convoyCreate');
    case 'convoy.update':
      return t('audit.action.convoyUpdate');
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
    case 'convoy.correction':
      return t('audit.action.convoyCorrection');
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
    case 'convoy':
      return t('audit.entity.convoy');
    case 'corridor':
      return t('audit.entity.corridor');
    case 'decree':
      return t('audit.entity.decree');
    case 'incident':
      return t('audit.entity.incident');
    case 'pass_signing_key':
      return t('audit.entity.passSigningKey');
    case 'shelter':
      return t('audit.entity.shelter');
    case 'situation_observation':
      return t('audit.entity.situationObservation');
    case 'stock_movement':
      return t('audit.entity.stockMovement');
    case 'supply_request':
      return t('audit.entity.supplyRequest');
    case 'travel_pass':
      return t('audit.entity.travelPass');
    default:
      return entityType;
  }
}

export { AUDIT_DETAIL_KEYS } from './audit-detail-key-list';
export { auditDetailKeyName } from './audit-detail-keys';
