// The keys of an audit entry's detail in words, each asked for with a literal key so that the
// catalogue test can check it. Which keys there are is in audit-detail-key-list.ts.
import type { TFunction } from 'i18next';
import type { AuditDetailKey } from './audit-detail-key-list';

// Entries whose top-level `from` and `to` are the first and last dates (elsewhere they are states).
const DATE_RANGE_ACTIONS: readonly string[] = ['reports.export', 'events.export'];

/**
 * A detail key in words; `within` is the key of the object it sits in, if any (a filter's dates), and
 * `action` the entry's action where a key means different things in different entries.
 */
export function auditDetailKeyName(
  key: string,
  within: string | null,
  t: TFunction,
  action?: string,
): string {
  // A filter's dates, and the dates a download or an export covers.
  const dates = within === 'filter' || (within === null && DATE_RANGE_ACTIONS.includes(action ?? ''));
  if (dates && key === 'from') return t('audit.detail.key.since');
  if (dates && key === 'to') return t('audit.detail.key.until');
  // A change of an incident's state or severity: { from, to }.
  if (within !== null && key === 'from') return t('audit.detail.key.before');
  if (within !== null && key === 'to') return t('audit.detail.key.after');
  // A booth's own flag, not the signing keys a rotation retires.
  if (key === 'retired' && action?.startsWith('booth.')) return t('audit.detail.key.boothRetired');
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
    case 'plate':
      return t('audit.detail.key.plate');
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
    case 'as':
      return t('audit.detail.key.as');
    case 'keyedFrom':
      return t('audit.detail.key.keyedFrom');
    case 'unkeyedEntries':
      return t('audit.detail.key.unkeyedEntries');
    case 'lastUnkeyedHash':
      return t('audit.detail.key.lastUnkeyedHash');
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
    case 'eventsRecounted':
      return t('audit.detail.key.eventsRecounted');
    case 'eventsToRecount':
      return t('audit.detail.key.eventsToRecount');
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
    case 'childAloneReason':
      return t('audit.detail.key.childAloneReason');
    case 'cause':
      return t('audit.detail.key.cause');
    case 'corrects':
      return t('audit.detail.key.corrects');
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
    case 'date':
      return t('audit.detail.key.date');
    case 'bytes':
      return t('audit.detail.key.bytes');
    case 'dialect':
      return t('audit.detail.key.dialect');
    case 'rows':
      return t('audit.detail.key.rows');
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
    case 'id':
      return t('audit.detail.key.id');
    case 'at':
      return t('audit.detail.key.at');
    case 'kind':
      return t('audit.detail.key.kind');
    case 'severity':
      return t('audit.detail.key.severity');
    case 'latitude':
      return t('audit.detail.key.latitude');
    case 'longitude':
      return t('audit.detail.key.longitude');
    case 'occurredAt':
      return t('audit.detail.key.occurredAt');
    case 'peopleWaiting':
      return t('audit.detail.key.peopleWaiting');
    case 'vehiclesQueued':
      return t('audit.detail.key.vehiclesQueued');
    case 'trucksQueued':
      return t('audit.detail.key.trucksQueued');
    case 'queueKm':
      return t('audit.detail.key.queueKm');
    case 'waitMinutes':
      return t('audit.detail.key.waitMinutes');
    case 'boarded':
      return t('audit.detail.key.boarded');
    case 'stop':
      return t('audit.detail.key.stop');
    case 'headCount':
      return t('audit.detail.key.headCount');
    case 'personIds':
      return t('audit.detail.key.personIds');
    case 'item':
      return t('audit.detail.key.item');
    case 'quantity':
      return t('audit.detail.key.quantity');
    case 'placeId':
      return t('audit.detail.key.placeId');
    case 'toPlaceId':
      return t('audit.detail.key.toPlaceId');
    case 'minimum':
      return t('audit.detail.key.minimum');
    case 'requestId':
      return t('audit.detail.key.requestId');
    case 'to':
      return t('audit.detail.key.to');
    case 'country':
      return t('audit.detail.key.country');
    case 'timeZone':
      return t('audit.detail.key.timeZone');
    case 'booths':
      return t('audit.detail.key.booths');
    case 'booth':
      return t('audit.detail.key.booth');
    case 'city':
      return t('audit.detail.key.city');
    case 'operator':
      return t('audit.detail.key.operator');
    case 'corrected':
      return t('audit.detail.key.corrected');
    case 'decision':
      return t('audit.detail.key.decision');
    case 'refusalGround':
      return t('audit.detail.key.refusalGround');
    case 'direction':
      return t('audit.detail.key.direction');
    case 'void':
      return t('audit.detail.key.void');
    case 'allowPossibleDuplicate':
      return t('audit.detail.key.allowPossibleDuplicate');
    case 'childPlacementReason':
      return t('audit.detail.key.childPlacementReason');
    default:
      return key;
  }
}
