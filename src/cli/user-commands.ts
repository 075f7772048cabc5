// `paso user`: accounts made, listed and changed through the API's own schema and service, so both
// apply the same rules and audit the same way (the command line recorded as the actor). Checkpoints
// are named by their code, as everywhere in the commands.
import { type Command, Option } from 'commander';
import { newId } from '../api/ids';
import { isRole, ROLES } from '../domain/access';
import type { UserChange } from '../store/accounts';
import type { Db } from '../store/db';
import { writeTransaction } from '../store/transaction-lock';
import type { WithDb } from './arguments';
import {
  checkpointCodes,
  checkpointIds,
  cliAudit,
  passwordOf,
  type Refusal,
  refusalOf,
  userNamed,
} from './user-accounts';

/** Says a refusal on standard error and sets the exit code; true when there was one. */
function refused(refusal: Refusal | undefined): refusal is Refusal {
  if (!refusal) return false;
  console.error(`paso: ${refusal.message}`);
  process.exitCode = refusal.exit;
  return true;
}

function addCommand(user: Command, withDb: WithDb): void {
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
        const password = await passwordOf(opts.passwordStdin);
        const username = opts.username.trim().toLowerCase();
        const refusal = await withDb(async (db): Promise<Refusal | undefined> => {
          const found = await checkpointIds(db, opts.checkpoint);
          if ('refusal' in found) return found.refusal;
          // The API's own rules: the same schema, then the same service.
          const parsed = CreateUserBody.safeParse({
            username,
            displayName: opts.displayName ?? username,
            role: opts.role,
            checkpointIds: found.ids,
            password,
          });
          if (!parsed.success) {
            const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
            return { message: lines.join('\npaso: '), exit: 2 };
          }
          const now = new Date();
          return refusalOf(db, () =>
            createUser(db.kysely, { ...parsed.data, id: newId() }, now, cliAudit(now)),
          );
        });
        if (refused(refusal)) return;
        console.log(`User ${username} (${opts.role}) added.`);
        if (!opts.passwordStdin) console.log(`Password (shown once): ${password}`);
      },
    );
}

function listCommand(user: Command, withDb: WithDb): void {
  user
    .command('list')
    .description('list every user: login name, role, checkpoints, whether the account is active, name')
    .action(async () => {
      const { listUsers } = await import('../store/accounts');
      const rows = await withDb(async (db) => {
        const now = new Date();
        const codes = await checkpointCodes(db);
        // A list of accounts is personal data: audited as the API's listing is.
        const users = await writeTransaction(db.kysely, async (tx) => {
          const found = await listUsers(tx);
          await cliAudit(now)(tx, { action: 'user.list', detail: { count: found.length } });
          return found;
        });
        return users.map((u) => [
          u.username,
          u.role,
          u.checkpointIds.map((id) => codes.get(id) ?? id).join(',') || '-',
          u.disabled ? 'disabled' : 'active',
          u.displayName,
        ]);
      });
      const table = [['USERNAME', 'ROLE', 'CHECKPOINTS', 'STATUS', 'NAME'], ...rows];
      const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length))) ?? [];
      for (const row of table) {
        console.log(
          row
            .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
            .join('  ')
            .trimEnd(),
        );
      }
    });
}

/** Applies a change to the named user through the API's service; the refusal, if any. */
async function changeNamed(
  db: Db,
  username: string,
  change: () => UserChange | Promise<UserChange | Refusal>,
): Promise<Refusal | undefined> {
  const { changeUser } = await import('../server/accounts/service');
  const found = await userNamed(db, username);
  if ('refusal' in found) return found.refusal;
  const wanted = await change();
  if ('message' in wanted) return wanted;
  const now = new Date();
  return refusalOf(db, () => changeUser(db.kysely, found.user.id, wanted, null, now, cliAudit(now)));
}

function passwordCommand(user: Command, withDb: WithDb): void {
  user
    .command('password')
    .description(
      "set a user's password and end their sessions; prints a generated one unless one is given on standard input",
    )
    .argument('<username>', 'login name')
    .option('--password-stdin', 'read the password from standard input', false)
    .action(async (username: string, opts: { passwordStdin: boolean }) => {
      const { resetPassword } = await import('../server/accounts/service');
      const password = await passwordOf(opts.passwordStdin);
      const refusal = await withDb(async (db) => {
        const found = await userNamed(db, username);
        if ('refusal' in found) return found.refusal;
        const now = new Date();
        return refusalOf(db, () => resetPassword(db.kysely, found.user.id, password, now, cliAudit(now)));
      });
      if (refused(refusal)) return;
      const name = username.trim().toLowerCase();
      console.log(`The password of ${name} is set; every session of ${name} is ended.`);
      if (!opts.passwordStdin) console.log(`Password (shown once): ${password}`);
    });
}

function accessCommands(user: Command, withDb: WithDb): void {
  for (const disabled of [true, false]) {
    user
      .command(disabled ? 'disable' : 'enable')
      .description(
        disabled
          ? 'disable an account: it can no longer sign in, and its sessions are ended'
          : 'enable a disabled account again',
      )
      .argument('<username>', 'login name')
      .action(async (username: string) => {
        const refusal = await withDb((db) => changeNamed(db, username, () => ({ disabled })));
        if (refused(refusal)) return;
        const name = username.trim().toLowerCase();
        console.log(
          disabled ? `User ${name} disabled; every session of ${name} is ended.` : `User ${name} enabled.`,
        );
      });
  }
  user
    .command('role')
    .description("change a user's role, and with --checkpoint the checkpoints they work at")
    .argument('<username>', 'login name')
    .argument('<role>', ROLES.join(', '))
    .option('--checkpoint <code...>', 'the checkpoints the user works at from now on, e.g. PE-SANTA-ROSA')
    .action(async (username: string, role: string, opts: { checkpoint?: string[] }) => {
      const wanted = role.trim().toLowerCase();
      if (!isRole(wanted)) {
        refused({ message: `no role is called "${role}" (roles: ${ROLES.join(', ')})`, exit: 2 });
        return;
      }
      const refusal = await withDb((db) =>
        changeNamed(db, username, async () => {
          if (opts.checkpoint === undefined) return { role: wanted };
          const found = await checkpointIds(db, opts.checkpoint);
          return 'refusal' in found ? found.refusal : { role: wanted, checkpointIds: found.ids };
        }),
      );
      if (refused(refusal)) return;
      const where =
        opts.checkpoint === undefined ? '' : ` at ${opts.checkpoint.map((c) => c.toUpperCase()).join(', ')}`;
      console.log(`User ${username.trim().toLowerCase()} is now ${wanted}${where}.`);
    });
}

export function addUserCommands(program: Command, withDb: WithDb): void {
  const user = program.command('user').description('manage user accounts');
  addCommand(user, withDb);
  listCommand(user, withDb);
  passwordCommand(user, withDb);
  accessCommands(user, withDb);
}
