// Conflicting corrections: two corrections of one event, neither made knowing of the other (two
// devices offline, or one offline while the other was online), that set a field differently or where
// one voids and the other does not. Both stay and count by rule 2; this only names them for review.
// The reasons the officers wrote are not compared: two officers who set the same decision in their
// own words agree.

/** A stored correction as the conflict rule sees it. */
export interface CorrectionSeen {
  readonly id: string;
  readonly at: string;
  /** When the server stored it (UTC); corrections stored in one batch share it. */
  readonly receivedAt: string;
  readonly void: boolean;
  readonly set: Readonly<Record<string, unknown>> | null;
  /**
   * What its device knew of the event's corrections when it was made: the id of the latest one it
   * had seen (and so everything that one had seen), null for none, undefined when the device did not
   * say (an online client): then everything the server had stored by the time it arrived.
   */
  readonly seen: string | null | undefined;
}

export interface CorrectionConflict {
  readonly a: string;
  readonly b: string;
  /** The fields the two set differently; 'void' when one voids the event and the other does not. */
  readonly fields: readonly string[];
}

/** The ids each correction had seen, following `seen` back through the chain. */
function seenBy(corrections: readonly CorrectionSeen[]): Map<string, ReadonlySet<string>> {
  const byId = new Map(corrections.map((c) => [c.id, c]));
  const memo = new Map<string, Set<string>>();
  const visit = (c: CorrectionSeen, path: Set<string>): Set<string> => {
    const known = memo.get(c.id);
    if (known) return known;
    const out = new Set<string>();
    // A chain that loops back (a device cannot make one, a forged file can) stops where it loops.
    if (path.has(c.id)) return out;
    path.add(c.id);
    if (c.seen === undefined) {
      for (const other of corrections) {
        if (other.id !== c.id && other.receivedAt <= c.receivedAt) out.add(other.id);
      }
    } else if (c.seen !== null) {
      out.add(c.seen);
      const earlier = byId.get(c.seen);
      if (earlier) for (const id of visit(earlier, path)) out.add(id);
    }
    path.delete(c.id);
    memo.set(c.id, out);
    return out;
  };
  for (const c of corrections) visit(c, new Set());
  return memo;
}

// Canonical JSON: two values are set the same when their keys and values are, in any key order.
export function canonicalText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalText(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// Why a correction was made, in the officer's words: shown to the supervisor, never a dispute. What
// changes the figures or the record (decision, direction, person, document…) is.
const REASON_FIELDS: ReadonlySet<string> = new Set(['note', 'overrideReason']);

/** The fields two corrections disagree on (empty when they agree). */
function disagreement(a: CorrectionSeen, b: CorrectionSeen): string[] {
  if (a.void !== b.void) return ['void'];
  if (a.set === null || b.set === null) return [];
  const fields: string[] = [];
  for (const [key, value] of Object.entries(a.set)) {
    if (!(key in b.set) || REASON_FIELDS.has(key)) continue;
    if (canonicalText(value) !== canonicalText(b.set[key])) fields.push(key);
  }
  return fields.sort();
}

/**
 * Every pair of one event's corrections that were made without seeing each other and disagree, until
 * a later correction made seeing both (a supervisor's decision) settles it.
 */
export function conflictingCorrections(corrections: readonly CorrectionSeen[]): CorrectionConflict[] {
  const seen = seenBy(corrections);
  const settled = (a: string, b: string) => [...seen.values()].some((ids) => ids.has(a) && ids.has(b));
  const out: CorrectionConflict[] = [];
  const sorted = [...corrections].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (const [i, a] of sorted.entries()) {
    for (const b of sorted.slice(i + 1)) {
      if (seen.get(a.id)?.has(b.id) || seen.get(b.id)?.has(a.id) || settled(a.id, b.id)) continue;
      const fields = disagreement(a, b);
      if (fields.length > 0) out.push({ a: a.id, b: b.id, fields });
    }
  }
  return out;
}
