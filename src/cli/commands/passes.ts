// `paso pass issue`, `paso pass verify` and `paso keys export|rotate`: the passes area for integration
// and audit. Issuing goes through the same store function as the API, and is audited as the CLI's.
import { readFile } from 'node:fs/promises';
import { newId } from '../../api/ids';
import { keyRingOf, PassKeyset, type RejectReason, revokedOf, verifyPass } from '../../domain/passes';
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

/** Issues one pass; answers its text, or the reason it cannot be issued. */
export async function issueCommand(
  withDb: WithDb,
  opts: IssueOptions,
  now: Date,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if ((opts.documentKind === undefined) !== (opts.documentNumber === undefined)) {
    return { ok: false, message: 'give both --document-kind and --document-number, or neither' };
  }
  const times = [opts.from ?? now.toISOString(), opts.until].map((t) => new Date(t));
  if (times.some((t) => Number.isNaN(t.getTime()))) {
    return { ok: false, message: '--from and --until take ISO 8601 times (2025-11-28T12:00:00Z)' };
  }
  const [from = now, until = now] = times;
  if (until <= from) return { ok: false, message: 'a pass ends (--until) after it starts (--from)' };
  const input: PassInput = {
    id: opts.id ?? newId(),
    name: opts.name,
    birthDate: opts.birthDate ?? null,
    document:
      opts.documentKind && opts.documentNumber
        ? { kind: opts.documentKind, number: opts.documentNumber }
        : null,
    convoy: { id: opts.convoyId, name: opts.convoyName },
    corridor: { id: opts.corridorId, name: opts.corridorName },
    validFrom: from.toISOString(),
    validUntil: until.toISOString(),
  };
  return withDb((db) =>
    writeTransaction(db.kysely, async (tx) => {
      // Tied to the convoy's id, as the API ties it: cancelling the convoy revokes the pass. A pass
      // issued already is printed as it was.
      const tied = (await findPass(tx, input.id))
        ? { ok: true as const, pass: input }
        : await passOnItsConvoy(tx, input);
      if (!tied.ok) return { ok: false as const, message: CONVOY_REFUSALS[tied.refusal](opts) };
      const issued = await issuePass(tx, tied.pass, { now, userId: null });
      if (!issued.ok) return { ok: false as const, message: issued.error.detail };
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
  const parsed = PassKeyset.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a keyset from \`paso keys export\``);
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
