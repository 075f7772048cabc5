// The demo's document policy: the domain's rule set for Santa Rosa, naming the demo checkpoint by its
// id, with the emergency's dates moved so that the rules are in force whenever the demo is started.
import { DEMO_DECREE_CITATION, DEMO_RULESET, type PolicyRule } from '../../domain/documents';
import { appendPolicyVersion, currentPolicy } from '../documents';
import type { Executor } from '../executor';
import { DEMO_DECREE_ID } from './decree';
import { SANTA_ROSA_ID } from './scenario';

const DAY_MS = 86_400_000;
// The decree was declared five days before the demo's today and runs for sixty days (as the real one).
const DAYS_BEFORE = 5;
const DAYS_IN_FORCE = 60;
const DEMO_NOTE = 'Reglas de demostración';

// Midnight in Tacna (UTC−05:00, no summer time), written as the rules write their dates.
const tacnaMidnight = (t: number): string =>
  `${new Date(t - 5 * 3_600_000).toISOString().slice(0, 10)}T00:00:00-05:00`;

// The domain's demo names the checkpoint 'santa-rosa'; the database knows it by its id. The rules
// that implement the emergency decree cite the demo decree's record.
const demoRules = (now: Date): PolicyRule[] => {
  const from = tacnaMidnight(now.getTime() - DAYS_BEFORE * DAY_MS);
  const to = tacnaMidnight(now.getTime() + (DAYS_IN_FORCE - DAYS_BEFORE) * DAY_MS);
  return DEMO_RULESET.rules.map((rule) => ({
    ...rule,
    ...(rule.legalBasis.startsWith(DEMO_DECREE_CITATION) ? { decree: DEMO_DECREE_ID } : {}),
    appliesTo: {
      ...rule.appliesTo,
      validFrom: from,
      ...(rule.appliesTo.validTo === undefined ? {} : { validTo: to }),
      ...(rule.appliesTo.checkpointIds === undefined
        ? {}
        : {
            checkpointIds: rule.appliesTo.checkpointIds.map((id) =>
              id === 'santa-rosa' ? SANTA_ROSA_ID : id,
            ),
          }),
    },
  }));
};

export async function seedDemoPolicy(db: Executor, at: string): Promise<void> {
  await appendPolicyVersion(db, {
    version: 1,
    rules: demoRules(new Date(at)),
    note: `${DEMO_NOTE} ${DEMO_RULESET.version} (D.S. de emergencia, Santa Rosa)`,
    createdBy: 'system',
    createdAt: at,
  });
}

/**
 * On a demo start: while the policy in force is still the demo's own (nobody edited it) and its
 * emergency is over or not yet begun, a new version moves its dates to today. An edited policy is
 * the operator's and is left alone.
 */
export async function refreshDemoPolicy(db: Executor, now: Date): Promise<boolean> {
  const policy = await currentPolicy(db);
  if (policy?.createdBy !== 'system' || !policy.note.startsWith(DEMO_NOTE)) return false;
  const t = now.getTime();
  const inForce = policy.rules.every(
    (r) =>
      Date.parse(r.appliesTo.validFrom) <= t &&
      (r.appliesTo.validTo === undefined || t + DAY_MS < Date.parse(r.appliesTo.validTo)),
  );
  if (inForce) return false;
  return appendPolicyVersion(db, {
    version: policy.version + 1,
    rules: demoRules(now),
    note: `${DEMO_NOTE} ${DEMO_RULESET.version}, fechas renovadas al iniciar la demostración`,
    createdBy: 'system',
    createdAt: now.toISOString(),
  });
}
