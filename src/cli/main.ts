// The `paso` command: serve, migrate, seed the demo, manage users, verify the audit log, and the
// batch tools of each area.
import { randomUUID } from 'node:crypto';
import { Command, InvalidArgumentError, Option } from 'commander';
import { isRole, ROLES } from '../domain/access';
import { readConfig } from '../server/config';
import { serve, stopOnSignals } from '../server/serve';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../store/accounts/passwords';
import { insertUser } from '../store/accounts/users';
import { appendAudit, verifyAuditChain } from '../store/audit/audit-log';
import { type Db, migrate, openDatabase } from '../store/db';
import { seedDemo } from '../store/demo/seed';
import { existingCheckpointIds } from '../store/reference/checkpoints';
import { documentsCheck } from './commands/documents-check';

const program = new Command('paso')
  .description('Paso runs a land border crossing through a migration emergency.')
  .showHelpAfterError()
  .addHelpText(
    'after',
    '\nEnvironment: PASO_DATABASE_URL (PostgreSQL; default SQLite in PASO_DATA_DIR/paso.sqlite), PASO_HOST, PASO_PORT.',
  );

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = openDatabase(readConfig(process.env).database);
  try {
    await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('a port is a number from 0 to 65535');
  return n;
};

program
  .command('serve')
  .description('serve the API and the web app (migrates the database first)')
  .option('--demo', 'seed the demo scenario on first run', false)
  .option('--host <host>', 'address to bind (default 127.0.0.1, or PASO_HOST)')
  .option('--port <port>', 'port to listen on (default 8080, or PASO_PORT)', port)
  .action(async (opts: { demo: boolean; host?: string; port?: number }) => {
    const config = readConfig(process.env);
    const running = await serve(
      { ...config, host: opts.host ?? config.host, port: opts.port ?? config.port },
      { demo: opts.demo },
    );
    stopOnSignals(running);
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    const applied = await withDb(migrate);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  });

program
  .command('seed-demo')
  .description('seed the demo scenario (Tacna–Arica, November 2025); does nothing if already seeded')
  .action(async () => {
    const seeded = await withDb((db) => seedDemo(db.kysely, new Date()));
    console.log(seeded ? 'Demo scenario seeded.' : 'The demo scenario was already there.');
  });

const user = program.command('user').description('manage user accounts');
user
  .command('add')
  .description('add a user; prints a generated password unless one is given on standard input')
  .requiredOption('--username <name>', 'login name (lower case)')
  .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
  .option('--display-name <name>', 'name shown in the app')
  .option('--checkpoint <id...>', 'checkpoint ids the user works at (officers)', [])
  .option('--password-stdin', 'read the password from standard input', false)
  .action(
    async (opts: {
      username: string;
      role: string;
      displayName?: string;
      checkpoint: string[];
      passwordStdin: boolean;
    }) => {
      if (!isRole(opts.role)) throw new InvalidArgumentError(`role must be one of ${ROLES.join(', ')}`);
      const role = opts.role;
      const username = opts.username.trim().toLowerCase();
      if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(username)) {
        console.error('paso: the username takes 3 to 64 lower-case letters, digits, dot, dash or underscore');
        process.exitCode = 2;
        return;
      }
      const password = opts.passwordStdin
        ? (await readStdin()).trim()
        : randomUUID().replaceAll('-', '').slice(0, 20);
      if ([...password].length < MIN_PASSWORD_LENGTH) {
        console.error(`paso: a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
        process.exitCode = 2;
        return;
      }
      const passwordHash = await hashPassword(password);
      const outcome = await withDb(async (db) => {
        const known = await existingCheckpointIds(db.kysely, opts.checkpoint);
        const unknown = opts.checkpoint.filter((id) => !known.has(id));
        if (unknown.length > 0) return `unknown checkpoint: ${unknown.join(', ')}`;
        const now = new Date().toISOString();
        const id = randomUUID();
        return db.kysely.transaction().execute(async (tx) => {
          const inserted = await insertUser(tx, {
            id,
            username,
            displayName: opts.displayName ?? username,
            role,
            checkpointIds: opts.checkpoint,
            passwordHash,
            now,
          });
          if (!inserted) return `the username "${username}" is taken`;
          await appendAudit(tx, {
            at: now,
            actorId: null,
            actorUsername: 'cli',
            action: 'user.create',
            entityType: 'user',
            entityId: id,
            detail: { username, role, checkpointIds: opts.checkpoint },
          });
          return undefined;
        });
      });
      if (outcome) {
        console.error(`paso: ${outcome}`);
        process.exitCode = 1;
        return;
      }
      console.log(`User ${username} (${role}) added.`);
      if (!opts.passwordStdin) console.log(`Password (shown once): ${password}`);
    },
  );

program
  .command('audit')
  .description('the audit log')
  .command('verify')
  .description('check the hash chain of the audit log; exits 1 if a row was changed or removed')
  .action(async () => {
    const check = await withDb((db) => verifyAuditChain(db.kysely));
    if (check.ok) {
      console.log(`Audit log intact: ${check.checked} entries checked.`);
      return;
    }
    console.error(
      `Audit log BROKEN at entry ${check.firstBrokenSeq} (${check.reason}); ${check.checked} entries before it are intact.`,
    );
    process.exitCode = 1;
  });

program
  .command('documents')
  .description('machine-readable zones and national identity numbers')
  .command('check')
  .description(
    'check JSON lines from standard input (a zone, {"mrz": ...} or {"idType": ..., "number": ...}); one JSON result line out per line in',
  )
  .action(async () => {
    const { lines, invalid } = await documentsCheck(process.stdin, process.stdout, new Date());
    // The results go to standard output; the summary to standard error, so pipes get JSON only.
    console.error(`Checked ${lines} lines: ${lines - invalid} valid, ${invalid} with problems.`);
  });

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`paso: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
