// Writing to the decree register: a declaration, an extension or an amendment is checked on its own and
// against the register in the transaction that writes it, so two supervisors cannot both record
// overlapping decrees; every write is audited with what it changed.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { DecreeDetailReply, DecreeSchema, DecreesReply } from '../../api/decrees';
import {
  ancestorsOf,
  chainEndOf,
  checkInRegister,
  type Decree,
  type DecreeContent,
  type DecreeProblem,
  defaultTimeZone,
  EMERGENCY_RULES,
  type EmergencyCountry,
  periodOf,
} from '../../domain/decrees';
import {
  decreeHistory,
  findDecree,
  insertDecree,
  listDecrees,
  type RecordedDecree,
} from '../../store/decrees';
import type { Executor } from '../../store/executor';
import { listCheckpoints } from '../../store/reference';
import { recordAudit } from '../audit/record';
import { Problem } from '../problems';

type DecreeView = z.infer<typeof DecreeSchema>;

const MESSAGES: Readonly<Record<DecreeProblem['code'], string>> = {
  'decree.date': 'not a calendar date (YYYY-MM-DD)',
  'decree.time-zone': 'not a time zone this server knows',
  'decree.ends-before-start': 'the last day comes before the first',
  'decree.starts-before-issued': 'the decree cannot be in force before it was issued',
  'decree.issued-later':
    'a decree is recorded once issued (or published): this day is still to come where it applies',
  'decree.published-before-issued': 'the decree cannot be published before it was issued',
  'decree.no-zone': 'a decree covers at least one checkpoint or named zone',
  'decree.duplicate-zone': 'this zone is named twice',
  'decree.checkpoint-unknown': 'no checkpoint has this code, so the decree would never come into force',
  'decree.right-not-restrictable':
    'the constitution of the decree’s country does not let a state of emergency restrict this right',
  'decree.extends-unknown': 'the decree it extends is not in the register',
  'decree.extends-itself': 'a decree cannot extend itself',
  'decree.extension-gap': 'an extension starts no later than the day after the decree it extends ends',
  'decree.extension-start': 'an extension starts after the first day of the decree it extends',
  'decree.extension-end': 'an extension ends after the decree it extends',
  'decree.overlap': 'another decree covers this zone on some of these days',
};

// The rights each country's state of emergency may restrict, as a refusal names them.
const RESTRICTABLE: Readonly<Record<EmergencyCountry, string>> = {
  PE: `Peru’s (Constitution, art. 137.1) may restrict only ${EMERGENCY_RULES.PE.rights.join(', ')}`,
  CL: `Chile’s (Constitution, art. 43) may restrict only ${EMERGENCY_RULES.CL.rights.join(', ')}`,
};

/**
 * The rule broken, and what it concerns: the decree already there, the amended decree's extension, or
 * the rights the decree's country allows.
 */
function messageOf(p: DecreeProblem): string {
  if (p.code === 'decree.right-not-restrictable' && p.country !== undefined)
    return `${MESSAGES[p.code]}: ${RESTRICTABLE[p.country]}`;
  if (p.other === undefined) return MESSAGES[p.code];
  if (p.code === 'decree.overlap')
    return `${MESSAGES[p.code]} (${p.zone ?? ''}); record this one as an extension of: ${p.other.number}`;
  return `${MESSAGES[p.code]}: ${p.other.number}, which extends this decree, would no longer follow it`;
}

function fieldErrors(problems: readonly DecreeProblem[]) {
  return problems.map((p) => ({
    path: `body.${p.path}`,
    code: p.code,
    message: messageOf(p),
    ...(p.other ? { other: p.other } : {}),
    ...(p.zone ? { zone: p.zone } : {}),
  }));
}

/** Refuses a decree that breaks a rule: 409 for an overlap with another decree, 400 for the rest. */
function refuseIfProblems(problems: readonly DecreeProblem[]): void {
  if (problems.length === 0) return;
  const errors = fieldErrors(problems);
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  const code = problems.every((p) => p.code === 'decree.overlap') ? 'decree.overlap' : 'decree.invalid';
  throw new Problem(code, detail, { errors });
}

export function viewOf(d: RecordedDecree, register: readonly RecordedDecree[]): DecreeView {
  const byId = new Map(register.map((r) => [r.id, r]));
  const base = d.extends === null ? undefined : byId.get(d.extends);
  const { from, to } = periodOf(d);
  const extendedBy = register
    .filter((r) => r.extends === d.id)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
    .map((r) => ({ id: r.id, number: r.number }));
  const { createdAt, updatedAt, extends: _extends, ...rest } = d;
  return {
    ...rest,
    extends: base ? { id: base.id, number: base.number } : null,
    extendedBy,
    chainEndsOn: chainEndOf(d, register),
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    createdAt,
    updatedAt,
  };
}

/** The register, and the names of the checkpoints its decrees name. */
export async function decreeViews(db: Executor): Promise<z.infer<typeof DecreesReply>> {
  const register = await listDecrees(db);
  const named = new Set(register.flatMap((d) => d.checkpoints));
  const checkpoints = (await listCheckpoints(db))
    .filter((c) => named.has(c.code))
    .map((c) => ({ code: c.code, name: c.name }));
  return { decrees: register.map((d) => viewOf(d, register)), checkpoints };
}

export async function decreeDetail(db: Executor, id: string): Promise<z.infer<typeof DecreeDetailReply>> {
  const register = await listDecrees(db);
  const decree = register.find((d) => d.id === id);
  if (!decree) throw new Problem('decree.not-found', `No decree has the id ${id}.`);
  return { decree: viewOf(decree, register), history: await decreeHistory(db, id) };
}

const sameContent = (
  a: DecreeContent & { extends: string | null },
  b: DecreeContent & { extends: string | null },
) => {
  const pick = ({ extends: e, ...c }: DecreeContent & { extends: string | null }) =>
    JSON.stringify({ e, ...Object.fromEntries(Object.entries(c).sort(([x], [y]) => x.localeCompare(y))) });
  return pick(a) === pick(b);
};

/**
 * Records a declaration (extendsId null) or an extension. True when recorded now, false when the same
 * decree was recorded before (a resend); a different decree under the same id is refused.
 */
export async function recordDecree(
  tx: Executor,
  request: FastifyRequest,
  now: Date,
  input: { readonly id: string; readonly extendsId: string | null; readonly content: DecreeContent },
): Promise<boolean> {
  const decree: Decree = { id: input.id, extends: input.extendsId, version: 1, ...input.content };
  const existing = await findDecree(tx, input.id);
  if (existing) {
    const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...stored } = existing;
    if (sameContent(stored, { ...input.content, extends: input.extendsId })) return false;
    throw new Problem('decree.exists', `A different decree was recorded with the id ${input.id}.`);
  }
  const register = await listDecrees(tx);
  if (input.extendsId !== null && !register.some((r) => r.id === input.extendsId)) {
    throw new Problem('decree.not-found', `No decree has the id ${input.extendsId}.`);
  }
  const checkpoints = await checkpointCodes(tx);
  refuseIfProblems(checkInRegister(decree, register, { now: now.getTime(), checkpoints }));
  await insertDecree(tx, decree, { by: request.actor?.user.id ?? null, at: now.toISOString() });
  const chain = ancestorsOf(decree, register).map((d) => d.number);
  await recordAudit(tx, request, now, {
    action: input.extendsId === null ? 'decree.record' : 'decree.extend',
    entityType: 'decree',
    entityId: input.id,
    detail: {
      number: input.content.number,
      startsOn: input.content.startsOn,
      endsOn: input.content.endsOn,
      extends: chain,
    },
  });
  return true;
}

/**
 * The content with its time zone: as sent, else `inherited` (the amended or extended decree's), else
 * the zone of the checkpoints it names when they share one, else Peru's.
 */
export async function withTimeZone(
  db: Executor,
  content: Omit<DecreeContent, 'timeZone'> & { readonly timeZone?: string | undefined },
  inherited: string | null,
): Promise<DecreeContent> {
  if (content.timeZone !== undefined) return { ...content, timeZone: content.timeZone };
  if (inherited !== null) return { ...content, timeZone: inherited };
  const named = (await listCheckpoints(db)).filter((c) => content.checkpoints.includes(c.code));
  return { ...content, timeZone: defaultTimeZone(named.map((c) => c.timeZone)) };
}

/**
 * The codes of the checkpoints there are: a decree may name only these (checkpoints are never deleted
 * nor their codes changed, so one read in the writing transaction stays true).
 */
async function checkpointCodes(db: Executor): Promise<ReadonlySet<string>> {
  return new Set((await listCheckpoints(db)).map((c) => c.code));
}

/**
 * The decree amended, checked as if it had always said the new content: against the checkpoints there
 * are, the decree it extends, the decrees that extend it and the rest of the register.
 */
export async function checkAmendment(
  db: Executor,
  decree: Decree,
  register: readonly Decree[],
  now: Date,
): Promise<void> {
  const checkpoints = await checkpointCodes(db);
  refuseIfProblems(checkInRegister(decree, register, { now: now.getTime(), checkpoints }));
}
