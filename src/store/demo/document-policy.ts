// The demo's document policy: the domain's rule set for Santa Rosa, naming the demo checkpoint by its id.
import { DEMO_RULESET, type PolicyRule } from '../../domain/documents';
import { appendPolicyVersion } from '../documents/policy';
import type { Executor } from '../executor';
import { SANTA_ROSA_ID } from './scenario';

// The domain's demo names the checkpoint 'santa-rosa'; the database knows it by its id.
const demoRules = (): PolicyRule[] =>
  DEMO_RULESET.rules.map((rule) =>
    rule.appliesTo.checkpointIds === undefined
      ? rule
      : {
          ...rule,
          appliesTo: {
            ...rule.appliesTo,
            checkpointIds: rule.appliesTo.checkpointIds.map((id) =>
              id === 'santa-rosa' ? SANTA_ROSA_ID : id,
            ),
          },
        },
  );

export async function seedDemoPolicy(db: Executor, at: string): Promise<void> {
  await appendPolicyVersion(db, {
    version: 1,
    rules: demoRules(),
    note: `Reglas de demostración ${DEMO_RULESET.version} (D.S. de emergencia, Santa Rosa)`,
    createdBy: 'system',
    createdAt: at,
  });
}
