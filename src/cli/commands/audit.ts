// The work of `paso audit verify` and `paso audit head`: check the keyed chain, against a saved head
// when given one, and read the chain's head to keep outside the database.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { AuditHead } from '../../store/audit';
import { adoptUnkeyedEntries, type ChainCheck, readAuditHead, verifyAuditChain } from '../../store/audit';
import { writeTransaction } from '../../store/transaction-lock';
import type { WithDb } from '../arguments';

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
// The store's AuditHead, read from a file: the annotation keeps the two in step.
const Head: z.ZodType<AuditHead> = z.object({
  seq: z.number().int().min(0),
  hash: Hex64,
  at: z.iso.datetime(),
  keyedFrom: z.number().int().min(1),
  mac: Hex64,
});

/**
 * The head in a file: one head as `paso audit head` prints it, or lines of them, or the server's log
 * (JSON lines; its heads sit under `auditHead`). With several, the furthest one counts: a log that
 * reaches it reaches every earlier head of the same chain.
 */
export function headIn(text: string): AuditHead | undefined {
  let furthest: AuditHead | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue; // not JSON: a line of some other log
    }
    const candidate =
      value !== null && typeof value === 'object' && 'auditHead' in value ? value.auditHead : value;
    const head = Head.safeParse(candidate);
    if (head.success && (furthest === undefined || head.data.seq > furthest.seq)) furthest = head.data;
  }
  return furthest;
}

const BROKEN: Readonly<Record<Exclude<ChainCheck, { ok: true }>['reason'], string>> = {
  'hash-mismatch': 'its content or hash was changed, or it was written without the audit key',
  'link-mismatch': 'it does not follow from the entry before it, which was changed',
  'sequence-gap': 'it is missing',
  'head-not-reached': 'it and the entries after it were removed: the saved head is further on',
  'head-mismatch': 'it differs from the saved head',
  'head-signature': 'the saved head was not made with this audit key, or it was edited',
  'keyed-start-unproven':
    'the entries before where the keyed chain starts are chained without the audit key, and no keyed ' +
    'entry vouches that they predate it: they may have been rewritten and the start moved on. If this log ' +
    'had entries before the upgrade that brought the key (migration 0005) and you trust them, run ' +
    '`paso audit adopt-unkeyed` once; a log that had none never needs it',
};

export function verifyReport(
  check: ChainCheck,
  head: AuditHead | undefined,
): { out: string[]; err: string[] } {
  if (!check.ok) {
    return {
      out: [],
      err: [
        `Audit log BROKEN at entry ${check.firstBrokenSeq} (${check.reason}); ${check.checked} entries before it are intact.`,
        `Entry ${check.firstBrokenSeq}: ${BROKEN[check.reason]}.`,
      ],
    };
  }
  const out = [`Audit log intact: ${check.checked} entries checked.`];
  const unkeyed = Math.min(check.keyedFrom - 1, check.checked);
  if (unkeyed > 0) {
    const anchor =
      check.checked >= check.keyedFrom
        ? `entry ${check.keyedFrom}, the first keyed one`
        : 'no keyed entry yet';
    out.push(`Entries 1 to ${unkeyed} predate the audit key: chained without it, anchored by ${anchor}.`);
  }
  if (head !== undefined) {
    out.push(`It reaches the saved head: entry ${head.seq}, taken at ${head.at}.`);
  } else {
    out.push(
      `Newest entry: ${check.last?.seq ?? 0}. Without --head, entries removed from the end cannot be told ` +
        'from entries never written: verify against a head kept elsewhere (paso audit head).',
    );
  }
  return { out, err: [] };
}

/** `paso audit verify [--head FILE]`: the lines to print and the exit code. */
export async function verifyCommand(
  withDb: WithDb,
  headFile: string | undefined,
): Promise<{ out: string[]; err: string[]; exitCode: number }> {
  let head: AuditHead | undefined;
  if (headFile !== undefined) {
    head = headIn(await readFile(headFile, 'utf8'));
    if (head === undefined) return { out: [], err: [`paso: ${headFile} holds no audit head`], exitCode: 2 };
  }
  const check = await withDb((db) => verifyAuditChain(db.kysely, head === undefined ? {} : { head }));
  return { ...verifyReport(check, head), exitCode: check.ok ? 0 : 1 };
}

/** `paso audit adopt-unkeyed`: the lines to print and the exit code. */
export async function adoptCommand(
  withDb: WithDb,
): Promise<{ out: string[]; err: string[]; exitCode: number }> {
  const outcome = await withDb((db) =>
    writeTransaction(db.kysely, (tx) => adoptUnkeyedEntries(tx, new Date().toISOString())),
  );
  switch (outcome.status) {
    case 'not-needed':
      return {
        out: ['The audit log is keyed from its first entry: there is nothing to adopt.'],
        err: [],
        exitCode: 0,
      };
    case 'already':
      return { out: ['The entries before the audit key were adopted already.'], err: [], exitCode: 0 };
    case 'broken':
      return { ...verifyReport(outcome.check, undefined), exitCode: 1 };
    case 'adopted':
      return {
        out: [
          `Entries 1 to ${outcome.keyedFrom - 1} are adopted as written before the audit key: entry ` +
            `${outcome.entry.seq} says so, keyed. Take a head now and keep it elsewhere (paso audit head).`,
        ],
        err: [],
        exitCode: 0,
      };
    default: {
      const unknown: never = outcome;
      return unknown;
    }
  }
}

export const headCommand = (withDb: WithDb): Promise<AuditHead> =>
  withDb((db) => readAuditHead(db.kysely, new Date()));
