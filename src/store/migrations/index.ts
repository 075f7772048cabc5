// Every migration, in order. Numbered and forward-only; once merged, what a migration does never changes:
// its code may be tidied only where it still runs the same statements (as append-only.ts is shared).
import type { Kysely, Migration } from 'kysely';
import * as spine from './0001-spine';
import * as people from './0002-people';
import * as documentPolicy from './0003-document-policy';
import * as crossings from './0004-crossings';
import * as auditKeyedChain from './0005-audit-keyed-chain';
import * as situation from './0006-situation';
import * as decrees from './0007-decrees';
import * as care from './0008-care';
import * as transit from './0009-transit';
import * as passes from './0010-passes';
import * as dashboard from './0011-dashboard';
import * as dashboardRollups from './0012-dashboard-rollups';
import * as partialIndexes from './0013-partial-indexes';
import * as revocationCause from './0014-revocation-cause';
import * as boothRetirement from './0015-booth-retirement';
import * as checkpointRecount from './0016-checkpoint-recount';
import * as unreadPersonIndexes from './0017-unread-person-indexes';
import * as stateInEventRow from './0018-state-in-event-row';
import * as registrationInEventRow from './0019-registration-in-event-row';
import * as recountInfantAges from './0020-recount-infant-ages';
import * as recountInTimeOrder from './0021-recount-in-time-order';
import * as crossingGroup from './0022-crossing-group';
import * as heldCrossingsIndex from './0023-held-crossings-index';
import * as referralArrival from './0024-referral-arrival';
import * as transitCandidatesIndex from './0025-transit-candidates-index';
import * as personCorrectedAt from './0026-person-corrected-at';
import * as personCreatedIndex from './0027-person-created-index';
import * as incidentTextShared from './0028-incident-text-shared';
import * as sharedLoginFailuresAndPersonTransaction from './0029-shared-login-failures-and-person-transaction';
import * as sessionExpiryAndPersonCorrectionTransaction from './0030-session-expiry-and-person-correction-transaction';

export type Dialect = 'sqlite' | 'postgres';

type Step = (db: Kysely<unknown>, dialect: Dialect) => Promise<void>;
const steps: Readonly<Record<string, Step>> = {
  '0001-spine': spine.up,
  '0002-people': people.up,
  '0003-document-policy': documentPolicy.up,
  '0004-crossings': crossings.up,
  '0005-audit-keyed-chain': auditKeyedChain.up,
  '0006-situation': situation.up,
  '0007-decrees': decrees.up,
  '0010-passes': passes.up,
  '0011-dashboard': dashboard.up,
  '0009-transit': transit.up,
  '0008-care': care.up,
  '0012-dashboard-rollups': dashboardRollups.up,
  '0013-partial-indexes': partialIndexes.up,
  '0014-revocation-cause': revocationCause.up,
  '0015-booth-retirement': boothRetirement.up,
  '0016-checkpoint-recount': checkpointRecount.up,
  '0017-unread-person-indexes': unreadPersonIndexes.up,
  '0018-state-in-event-row': stateInEventRow.up,
  '0019-registration-in-event-row': registrationInEventRow.up,
  '0020-recount-infant-ages': recountInfantAges.up,
  '0021-recount-in-time-order': recountInTimeOrder.up,
  '0022-crossing-group': crossingGroup.up,
  '0023-held-crossings-index': heldCrossingsIndex.up,
  '0024-referral-arrival': referralArrival.up,
  '0025-transit-candidates-index': transitCandidatesIndex.up,
  '0026-person-corrected-at': personCorrectedAt.up,
  '0027-person-created-index': personCreatedIndex.up,
  '0028-incident-text-shared': incidentTextShared.up,
  '0029-shared-login-failures-and-person-transaction': sharedLoginFailuresAndPersonTransaction.up,
  '0030-session-expiry-and-person-correction-transaction': sessionExpiryAndPersonCorrectionTransaction.up,
};

export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(steps).map(([name, up]) => [name, { up: (db: Kysely<unknown>) => up(db, dialect) }]),
  );
}
