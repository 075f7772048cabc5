// `paso pass issue`, `paso pass verify` and `paso keys export|rotate`: the passes area for integration
// and audit. Issuing goes through the same store function as the API, and is audited as the CLI's.
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { Instant } from '../../api/common';
import { newId } from '../../api/ids';
import { IssuePassBody } from '../../api/passes';
import { keyRingOf, PassKeyset, type RejectReason, revokedOf, verifyPass } from '../../domain/passes';
import { err, ok, type Result } from '../../domain/shared';
import { appendAudit } from '../../store/audit';
import {
  findPass,
  issuePass,
  type PassInput,
  passIssueDetail,
  readKeyset,
  rotateSigningKey,
} from '../../store/passes';
import { writeTransaction } from '../../store/transaction-lock';
import { type PassConvoyRefusal, passOnItsConvoy } from '../../store/transit';
import type { WithDb } from '../arguments';
import { InputFileError, withPath } from '../failures';

export interface IssueOptions {
  readonly id?: string;
  readonly name: string;
  readonly birthDate?: string;
  readonly documentKind?: string;
  readonly documentNumber?: string;
  readonly convoyId: string;
  readonly convoyName: string;
  readonly corridorId: string;
  readonly corridorName: string;
  readonly from?: string;
  readonly until: string;
}

const cliAudit = (at: string, action: string, entityType: string, entityId: string, detail: object) => ({
  at,
  actorId: null,
  actorUsername: 'cli',
  action,
  entityType,
  entityId,
  detail: { ...detail },
});

const CONVOY_REFUSALS: Readonly<Record<PassConvoyRefusal, (opts: IssueOptions) => string>> = {
  'unknown-convoy': (o) => `no convoy has the id or code ${o.convoyId} (see the convoys on the Transit page)`,
  'convoy-ended': (o) => `convoy ${o.convoyId} has arrived or was cancelled: it takes no passenger`,
  'other-corridor': (o) => `convoy ${o.convoyId} does not travel corridor ${o.corridorId}`,
  'ends-before-departure': (o) =>
    `the pass would end before convoy ${o.convoyId} is due to leave: give a later --until`,
};

// The option of `paso pass issue` that gives each field of the API's request: a refusal names what
// the user typed, not a field of the request or a claim of the pass.
const OPTION_OF: Readonly<Record<string, string>> = {
  id: '--id',
  name: '--name',
  birthDate: '--birth-date',
  'document.kind': '--document-kind',
  'document.number': '--document-number',
  'convoy.id': '--convoy-id',
  'convoy.name': '--convoy-name',
  'corridor.id': '--corridor-id',
  'corridor.name': '--corridor-name',
  validFrom: '--from',
  validUntil: '--until',
};

const optionOf = (field: string) => OPTION_OF[field] ?? field;

function describeIssue(issue: z.core.$ZodIssue): string {
  const option = optionOf(issue.path.join('.'));
  if (issue.code === 'too_small') return `${option} is empty`;
  if (issue.code === 'too_big') return `${option} is longer than ${issue.maximum} characters`;
  if (issue.code === 'invalid_format' && issue.format === 'uuid') return `${option} is not a UUID`;
  return `${option}: ${issue.message}`;
}

/**
 * The pass the options ask for, checked by the rules of the API's request (the same lengths, a UUID,
 * a time that exists), or why not in the words of the options. Names are trimmed, as the API trims them.
 */
function passInputOf(opts: IssueOptions, now: Date): Result<PassInput, string> {
  if ((opts.documentKind === undefined) !== (opts.documentNumber === undefined)) {
    return err('give both --document-kind and --document-number, or neither');
  }
  const from = opts.from ?? now.toISOString();
  const times = [
    ['--from', from],
    ['--until', opts.until],
  ] as const;
  for (const [option, time] of times) {
    // Date would read 2027-02-31 as 3 March: the API's pattern refuses a day that does not exist.
    if (!Instant.safeParse(time).success) {
      return err(`${option}: ${time} is not an ISO 8601 time that exists (such as 2025-11-28T12:00:00Z)`);
    }
  }
  const validFrom = new Date(from).toISOString();
  const validUntil = new Date(opts.until).toISOString();
  if (validUntil <= validFrom) return err('a pass ends (--until) after it starts (--from)');
  const body = IssuePassBody.safeParse({
    id: opts.id ?? newId(),
    name: opts.name,
    ...(opts.birthDate !== undefined && { birthDate: opts.birthDate }),
    ...(opts.documentKind !== undefined &&
      opts.documentNumber !== undefined && {
        document: { kind: opts.documentKind, number: opts.documentNumber },
      }),
    convoy: { id: opts.convoyId, name: opts.convoyName },
    corridor: { id: opts.corridorId, name: opts.corridorName },
    validFrom,
    validUntil,
  });
  if (!body.success) return err(body.error.issues.map(describeIssue).join('; '));
  const { id, name, birthDate, document, convoy, corridor } = body.data;
  return ok({
    id,
    name,
    birthDate: birthDate ?? null,
    document: document ?? null,
    convoy,
    corridor,
    validFrom,
    validUntil,
  });
}

/** Issues one pass; answers its text, or the reason it cannot be issued. */
export async function issueCommand(
  withDb: WithDb,
  opts: IssueOptions,
  now: Date,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const checked = passInputOf(opts, now);
  if (!checked.ok) return { ok: false, message: checked.error };
  const input = checked.value;
  return withDb((db) =>
    writeTransaction(db.kysely, async (tx) => {
      // Tied to the convoy's id, as the API ties it: cancelling the convoy revokes the pass. A pass
      // issued already is printed as it was.
      const tied = (await findPass(tx, input.id))
        ? { ok: true as const, pass: input }
        : await passOnItsConvoy(tx, input);
      if (!tied.ok) return { ok: false as const, message: CONVOY_REFUSALS[tied.refusal](opts) };
      const issued = await issuePass(tx, tied.pass, { now, userId: null });
      if (!issued.ok) {
        const { field, message, detail } = issued.error;
        const said = field === undefined ? detail : `${optionOf(field)}: ${message ?? detail}`;
        return { ok: false as const, message: said };
      }
      const { pass, text, created } = issued.value;
      if (created) {
        await appendAudit(
          tx,
          cliAudit(now.toISOString(), 'pass.issue', 'travel_pass', pass.id, passIssueDetail(pass)),
        );
      }
      return { ok: true as const, text };
    }),
  );
}

function describeReason(reason: RejectReason): string {
  switch (reason.code) {
    case 'malformed':
      return 'malformed: not a pass';
    case 'altered':
      return 'altered: the signature does not match the content';
    case 'unknown-key':
      return `unknown key: signed by key ${reason.kid}, which this keyset does not have`;
    case 'retired-key':
      return `retired key: key ${reason.kid} was retired${reason.retiredAt ? ` at ${reason.retiredAt}` : ''} and did not sign this pass while in service`;
    case 'revoked':
      return `revoked: ${reason.pass.id} at ${reason.at} (${reason.cause}${reason.stop ? ` at ${reason.stop}` : ''})`;
    case 'not-yet-valid':
      return `not yet valid: ${reason.pass.id} is valid from ${reason.pass.validFrom}`;
    case 'expired':
      return `expired: ${reason.pass.id} was valid until ${reason.pass.validUntil}`;
    default: {
      const never: never = reason;
      return String(never);
    }
  }
}

/**
 * Verifies one pass text a line against a keyset (a file from `paso keys export`, or the database's
 * now). One output line per non-blank input line; `invalid` counts the lines that are not valid.
 */
export async function verifyCommand(
  lines: readonly string[],
  keyset: PassKeyset,
  now: Date,
): Promise<{ out: string[]; invalid: number }> {
  const keys = keyRingOf(keyset);
  const revoked = revokedOf(keyset);
  const out: string[] = [];
  let invalid = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const result = await verifyPass(line, keys, revoked, now.toISOString());
    if (result.valid) {
      const p = result.pass;
      out.push(`valid ${p.id} ${p.name} · ${p.convoy.name} · ${p.corridor.name} · until ${p.validUntil}`);
    } else {
      invalid += 1;
      out.push(describeReason(result.reason));
    }
  }
  return { out, invalid };
}

export async function keysetFrom(withDb: WithDb, file: string | undefined, now: Date): Promise<PassKeyset> {
  if (file === undefined) return withDb((db) => readKeyset(db.kysely, now));
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw withPath(error, file);
  });
  const notKeyset = `${file} is not a keyset (the JSON \`paso keys export\` writes)`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputFileError(`${notKeyset}: it is not JSON`);
  }
  const parsed = PassKeyset.safeParse(json);
  if (!parsed.success) throw new InputFileError(notKeyset);
  return parsed.data;
}

export const rotateCommand = (withDb: WithDb, now: Date) =>
  withDb((db) =>
    writeTransaction(db.kysely, async (tx) => {
      const rotation = await rotateSigningKey(tx, now);
      await appendAudit(
        tx,
        cliAudit(now.toISOString(), 'keys.rotate', 'pass_signing_key', rotation.kid, {
          retired: rotation.retired,
        }),
      );
      return rotation;
    }),
  );
