// What the `paso user` commands share: reading a password, finding checkpoints and users by what an
// operator types, and saying a refusal of the accounts service in words with its exit code.
import { randomUUID } from 'node:crypto';
import type { AuditWriter } from '../server/audit/record';
import type { User } from '../store/accounts';
import type { Db } from '../store/db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a command refused: said after `paso: `, with 2 for the operator's mistake, 1 otherwise. */
export type Refusal = { readonly message: string; readonly exit: 1 | 2 };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The password given on standard input, or a generated one to show once. */
export async function passwordOf(fromStdin: boolean): Promise<string> {
  return fromStdin ? (await readStdin()).trim() : randomUUID().replaceAll('-', '').slice(0, 20);
}

/** The command line as the actor of the audit entries it writes. */
export const cliAudit =
  (now: Date): AuditWriter =>
  async (tx, event) => {
    const { appendAudit } = await import('../store/audit');
    await appendAudit(tx, { at: now.toISOString(), actorId: null, actorUsername: 'cli', ...event });
  };

const knownCodes = (known: readonly string[]) =>
  known.length === 0 ? 'there are none yet' : known.join(', ');

/** The codes of every checkpoint, by id. */
export async function checkpointCodes(db: Db): Promise<Map<string, string>> {
  const { listCheckpoints } = await import('../store/reference');
  return new Map((await listCheckpoints(db.kysely)).map((c) => [c.id, c.code]));
}

// The checkpoint an operator typed: its code in any case (pe-santa-rosa), or its id.
const checkpointTyped = (codes: ReadonlyMap<string, string>, value: string) =>
  [...codes].find(
    ([id, code]) => code === value.trim().toUpperCase() || (UUID.test(value) && id === value.toLowerCase()),
  );

const unknownCheckpoint = (codes: ReadonlyMap<string, string>, value: string): Refusal => ({
  message: `no checkpoint has the code ${value} (checkpoints: ${knownCodes([...codes.values()])})`,
  exit: 2,
});

/** The ids of the checkpoints given by code (PE-SANTA-ROSA) or id, or why one of them is unknown. */
export async function checkpointIds(
  db: Db,
  given: readonly string[],
): Promise<{ readonly ids: string[] } | { readonly refusal: Refusal }> {
  const codes = await checkpointCodes(db);
  const ids: string[] = [];
  for (const value of given) {
    const found = checkpointTyped(codes, value);
    if (!found) return { refusal: unknownCheckpoint(codes, value) };
    if (!ids.includes(found[0])) ids.push(found[0]);
  }
  return { ids };
}

/** The code of the checkpoint given by code in any case or by id, as stored, or why it is unknown. */
export async function checkpointCode(
  db: Db,
  value: string,
): Promise<{ readonly code: string } | { readonly refusal: Refusal }> {
  const codes = await checkpointCodes(db);
  const found = checkpointTyped(codes, value);
  return found ? { code: found[1] } : { refusal: unknownCheckpoint(codes, value) };
}

/** The account an operator names by its login name, whatever the case typed. */
export async function userNamed(
  db: Db,
  username: string,
): Promise<{ readonly user: User } | { readonly refusal: Refusal }> {
  const { findCredentials } = await import('../store/accounts');
  const found = await findCredentials(db.kysely, username.trim().toLowerCase());
  if (found) return { user: found.user };
  return { refusal: { message: `no user is called "${username}" (paso user list shows them)`, exit: 2 } };
}

/**
 * Runs a change through the accounts service and words its refusals: a taken username is the state
 * of the database (1); every other rule refuses what the operator typed (2).
 */
export async function refusalOf(db: Db, change: () => Promise<unknown>): Promise<Refusal | undefined> {
  const { Problem } = await import('../server/problems');
  try {
    await change();
    return undefined;
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    if (error.code === 'user.checkpoint-required') {
      const codes = knownCodes([...(await checkpointCodes(db)).values()]);
      return {
        message: `an officer needs a checkpoint: give --checkpoint CODE (checkpoints: ${codes})`,
        exit: 2,
      };
    }
    const conflict = error.code === 'user.exists' || error.code === 'user.last-admin';
    return { message: error.message, exit: conflict ? 1 : 2 };
  }
}
