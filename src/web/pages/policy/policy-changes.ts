// What a draft of the document policy changes against the version in force: the rules it adds, removes
// and changes, by id, and whether the rules both have stand in another order (among rules alike the one
// listed first wins, so a new order is a change of its own).

const ruleId = (rule: unknown): string =>
  typeof rule === 'object' && rule !== null && 'id' in rule ? String(rule.id) : '';

export type PolicyChanges = {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  readonly reordered: boolean;
};

export function changesOf(before: readonly unknown[], after: readonly unknown[]): PolicyChanges {
  const old = new Map(before.map((r) => [ruleId(r), JSON.stringify(r)]));
  const next = new Map(after.map((r) => [ruleId(r), JSON.stringify(r)]));
  const keptBefore = before.map(ruleId).filter((id) => next.has(id));
  const keptAfter = after.map(ruleId).filter((id) => old.has(id));
  return {
    added: [...next.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !next.has(id)),
    changed: [...next.keys()].filter((id) => old.has(id) && old.get(id) !== next.get(id)),
    reordered: keptBefore.some((id, i) => keptAfter[i] !== id),
  };
}
