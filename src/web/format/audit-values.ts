// The coded values of an audit entry's detail in words, where the action tells what the code means:
// the state a review queue or the referrals were listed in, an incident's kind, severity and states,
// an observation's side of the line, the care area's items, movements, requests and needs, a convoy
// log's kind, a watchlist's format. Any other value is shown as written.
import type { TFunction } from 'i18next';
import { HitStatusSchema } from '../../api/matching';
import { MOVEMENT_KINDS, NEED_CATEGORIES, REQUEST_STATUSES, SUPPLY_ITEMS } from '../../domain/care';
import { DECISIONS, REFUSAL_GROUNDS } from '../../domain/crossings';
import { LINK_STATUSES } from '../../domain/matching';
import { INCIDENT_KINDS, INCIDENT_STATUSES, SEVERITIES, SIDES } from '../../domain/situation';
import { watchlistFormatName } from '../pages/admin/watchlist-messages';
import { pastDecisionName, refusalGroundName } from '../pages/booth/decision-messages';
import { directionName } from '../pages/booth/messages';
import {
  movementKindName,
  needCategoryName,
  requestStatusName,
  supplyItemName,
} from '../pages/care/care-words';
import { incidentKindName, severityName, sideName, statusName } from '../pages/situation/labels';
import { auditActionName, isAuditAction } from './audit-words';
import { hitStatusName, linkStatusName, referralStatusName } from './status-words';

const one = <T extends string>(list: readonly T[], value: string): T | undefined =>
  list.find((v) => v === value);

/**
 * A detail value in words, or undefined where it is not a code the app knows. `within` is the key of
 * the group the value is in (an incident's status change is `status: { from, to }`), else null.
 */
export function auditDetailValueName(
  action: string,
  within: string | null,
  key: string,
  value: string,
  t: TFunction,
): string | undefined {
  if (key === 'status' && within === null) {
    if (action === 'screening.list') {
      const status = one(HitStatusSchema.options, value);
      return status && hitStatusName(status, t);
    }
    if (action === 'duplicates.list') {
      const status = one(LINK_STATUSES, value);
      return status && linkStatusName(status, t);
    }
    if (action === 'referrals.list') {
      const status = one(['open', 'closed'] as const, value);
      return status && referralStatusName(status, t);
    }
  }
  // A duplicate pair's review records the state it left: `from: 'candidate'`.
  if (key === 'from' && within === null && action.startsWith('duplicates.')) {
    const status = one(LINK_STATUSES, value);
    return status && linkStatusName(status, t);
  }
  if (action.startsWith('incident.')) {
    const incidentState = within === 'status' || key === 'status' ? one(INCIDENT_STATUSES, value) : undefined;
    if (incidentState) return statusName(incidentState, t);
    const kind = key === 'kind' ? one(INCIDENT_KINDS, value) : undefined;
    if (kind) return incidentKindName(kind, t);
    const severity = key === 'severity' || within === 'severity' ? one(SEVERITIES, value) : undefined;
    if (severity) return severityName(severity, t);
  }
  // What a correction did (events.record's `corrected`): a supervisor's decision on a held person.
  if (action === 'events.record' || action === 'events.import') {
    const decision = key === 'decision' ? one(DECISIONS, value) : undefined;
    if (decision) return pastDecisionName(decision, t);
    const ground = key === 'refusalGround' ? one(REFUSAL_GROUNDS, value) : undefined;
    if (ground) return refusalGroundName(ground, t);
    const direction = key === 'direction' ? one(['entry', 'exit', 'transit'] as const, value) : undefined;
    if (direction) return directionName(direction, t);
  }
  if (action === 'situation.observe' && key === 'side') {
    const side = one(SIDES, value);
    return side && sideName(side, t);
  }
  if (action.startsWith('care.')) return careValueName(key, value, t);
  if (action === 'watchlist.import' && key === 'format') {
    const format = one(['csv', 'un-xml', 'ftm'] as const, value);
    return format && watchlistFormatName(format, t);
  }
  // A convoy's log entry records its kind, which the action of its own name says in words.
  if (action.startsWith('convoy.') && key === 'kind' && isAuditAction(`convoy.${value}`))
    return auditActionName(`convoy.${value}`, t);
  // Which part of a checkpoint's overview was read: the offline corrections in dispute.
  if (key === 'view' && value === 'correction-conflicts') return t('audit.detail.correctionConflicts');
  return undefined;
}

// The care area's codes: an item, a movement's kind, a request's state, a category of need.
function careValueName(key: string, value: string, t: TFunction): string | undefined {
  const item = key === 'item' ? one(SUPPLY_ITEMS, value) : undefined;
  if (item) return supplyItemName(item, t);
  const kind = key === 'kind' ? one(MOVEMENT_KINDS, value) : undefined;
  if (kind) return movementKindName(kind, t);
  const status =
    key === 'to' || key === 'from' || key === 'status' ? one(REQUEST_STATUSES, value) : undefined;
  if (status) return requestStatusName(status, t);
  const category = key === 'categories' ? one(NEED_CATEGORIES, value) : undefined;
  return category && needCategoryName(category, t);
}
