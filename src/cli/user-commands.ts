// `paso user add`: an account made through the API's own schema and service, so both apply the same
// rules and audit the same way. Checkpoints are named by their code, as everywhere in the commands.
import { randomUUID } from 'node:crypto';
import { type Command, Option } from 'commander';
import { newId } from '../api/ids';
import { ROLES } from '../domain/access';
import type { Db } from '../store/db';
import type { WithDb } from './arguments';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The ids of the checkpoints given by code (PE-SANTA-ROSA) or id, or the first one no checkpoint has. */
async function checkpointIds(
  db: Db,
  given: readonly string[],
): Promise<{ readonly ids: string[] } | { readonly unknown: string; readonly known: string[] }> {
  const { listCheckpoints } = await import('../store/reference');
  const checkpoints = await listCheckpoints(db.kysely);
  const ids: string[] = [];
  for (const value of given) {
    const found = checkpoints.find(
      (c) => c.code === value.trim().toUpperCase() || (UUID.test(value) && c.id === value.toLowerCase()),
    );
    if (!found) return { unknown: value, known: checkpoints.map((c) => c.code) };
    if (!ids.includes(found.id)) ids.push(found.id);
  }
  return { ids };
}

export function addUserCommands(program: Command, withDb: WithDb): void {
  const user = program.command('user').description('manage user accounts');
  user
    .command('add')
    .description('add a user; prints a generated password unless one is given on standard input')
    .requiredOption('--username <name>', 'login name (lower case)')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--display-name <name>', 'name shown in the app')
    .option('--checkpoint <code...>', 'the checkpoints an officer works at, e.g. PE-SANTA-ROSA', [])
    .option('--password-stdin', 'read the password from standard input', false)
    .action(
      async (opts: {
        username: string;
        role: string;
        displayName?: string;
        checkpoint: string[];
        passwordStdin: boolean;
      }) => {
        const { CreateUserBody } = await import('../api/accounts');
        const { createUser } = await import('../server/accounts/service');
        const { Problem } = await import('../server/problems');
        const { appendAudit } = await import('../store/audit');
        const password = opts.passwordStdin
          ? (await readStdin()).trim()
          : randomUUID().replaceAll('-', '').slice(0, 20);
        const outcome = await withDb(async (db) => {
          const found = await checkpointIds(db, opts.checkpoint);
          if ('unknown' in found) {
            const known = found.known.length === 0 ? 'there are none yet' : found.known.join(', ');
            return {
              message: `no checkpoint has the code ${found.unknown} (checkpoints: ${known})`,
              exit: 2,
            };
          }
          // The API's own rules: the same schema, then the same service.
          const parsed = CreateUserBody.safeParse({
            username: opts.username.trim().toLowerCase(),
            displayName: opts.displayName ?? opts.username.trim().toLowerCase(),
            role: opts.role,
            checkpointIds: found.ids,
            password,
          });
          if (!parsed.success) {
            const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
            return { message: lines.join('\npaso: '), exit: 2 };
          }
          const now = new Date();
          try {
            await createUser(db.kysely, { ...parsed.data, id: newId() }, now, async (tx, event) => {
              await appendAudit(tx, { at: now.toISOString(), actorId: null, actorUsername: 'cli', ...event });
            });
            return undefined;
          } catch (error) {
            if (error instanceof Problem)
              return { message: error.message, exit: error.code === 'user.weak-password' ? 2 : 1 };
            throw error;
          }
        });
        if (outcome) {
          console.error(`paso: ${outcome.message}`);
          process.exitCode = outcome.exit;
          return;
        }
        const username = opts.username.trim().toLowerCase();
        console.log(`User ${username} (${opts.role}) added.`);
        if (!opts.passwordStdin) console.log(`Password (shown once): ${password}`);
      },
    );
}
