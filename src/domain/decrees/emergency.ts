// The emergencies in force at some checkpoints: each chain of a declaration and its extensions once,
// with the day it began and the checkpoints it covers among those asked about. What the dashboard
// counts "since the emergency was declared" over.
import { ancestorsOf } from './check';
import { decreeInForce } from './period';
import type { Decree } from './types';

export interface EmergencyInForce {
  /** The decree in force (the latest extension where there is one). */
  readonly decree: Decree;
  /** The declaration the chain of extensions began with. */
  readonly declaration: Decree;
  /** The chain's first day (YYYY-MM-DD, the decree's own calendar). */
  readonly since: string;
  /** The checkpoints asked about where this emergency is in force, in the order asked. */
  readonly checkpoints: readonly string[];
}

/** The emergencies in force at `at` (ms since the epoch) at any of the checkpoints, earliest first. */
export function emergenciesInForce(
  register: readonly Decree[],
  checkpointCodes: readonly string[],
  at: number,
): EmergencyInForce[] {
  const byDeclaration = new Map<string, { decree: Decree; declaration: Decree; checkpoints: string[] }>();
  for (const code of checkpointCodes) {
    const decree = decreeInForce(register, code, at);
    if (decree === null) continue;
    const declaration = ancestorsOf(decree, register).at(-1) ?? decree;
    const found = byDeclaration.get(declaration.id);
    if (found === undefined) {
      byDeclaration.set(declaration.id, { decree, declaration, checkpoints: [code] });
      continue;
    }
    found.checkpoints.push(code);
    // An extension may cover fewer checkpoints than the declaration: show the latest in force.
    if (decree.startsOn > found.decree.startsOn) found.decree = decree;
  }
  return [...byDeclaration.values()]
    .map((e) => ({
      ...e,
      // ISO dates sort as text: the earliest first day of the chain.
      since:
        [e.declaration, ...ancestorsOf(e.decree, register)].map((d) => d.startsOn).sort()[0] ??
        e.declaration.startsOn,
    }))
    .sort((a, b) =>
      a.since === b.since
        ? a.declaration.number.localeCompare(b.declaration.number)
        : a.since < b.since
          ? -1
          : 1,
    );
}
