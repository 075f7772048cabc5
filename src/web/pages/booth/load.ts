// Loaders of the document policy, stable so useApiData loads each once per visit.

import { type RuleSet, validateRuleSet } from '../../../domain/documents';
import { api } from '../../api/paso';
import type { StoredPolicy } from '../../api/types';

export const loadPolicy = (signal: AbortSignal) => api.getPolicy({ signal });
export const loadPolicyVersions = (signal: AbortSignal) => api.listPolicyVersions({ signal });

/** The served rules read with the domain's own check; null if they do not pass it. */
export function ruleSetOf(policy: StoredPolicy): RuleSet | null {
  const checked = validateRuleSet({ version: String(policy.version), rules: policy.rules });
  return checked.ok ? checked.value : null;
}
