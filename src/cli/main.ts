// The `paso` command: serve, migrate, seed the demo, manage users, verify the audit log, and the
// batch tools of each area.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { newId } from '../api/ids';
import { EXPLANATION_LANGS } from '../domain/matching';
import { CSV_DIALECTS, type CsvDialect } from '../domain/reports';
import type { Db } from '../store/db';
import { addAuditCommands } from './audit-commands';
import { addEventCommands } from './events-commands';
import { describeFailure } from './failures';
import { addPassCommands } from './pass-commands';
import { addCheckpointCommands, addShelterCommands } from './place-commands';
import { addReportCommands } from './report-commands';
import { addUserCommands } from './user-commands';

// Each command loads only what it uses, so that a batch tool does not wait for the server's modules.
const program = new Command('paso')
  .description('Paso runs a land border crossing through a migration emergency.')
  .showHelpAfterError()
  // Commander throws instead of exiting, so that a command line it refuses exits 2 (below). Set before
  // the commands are added: each inherits it.
  .exitOverride()
  .addHelpText(
    'after',
    '\nEnvironment: PASO_DATABASE_URL (PostgreSQL; default SQLite in PASO_DATA_DIR/paso.sqlite), PASO_HOST, PASO_PORT.',
  );

// `paso migrate` opens the database without migrating it first, so that it can tell what it applied.
// The handle carries the audit key (made here if there is none yet and `createKey`).
async function withDb<T>(work: (db: Db) => Promise<T>, migrateFirst = true, createKey = true): Promise<T> {
  const { readConfig } = await import('../server/config');
  const { migrate, openDatabase } = await import('../store/db');
  const { foreignAuditKey, loadAuditKey, withAuditKey } = await import('../store/audit');
  const config = readConfig(process.env);
  const opened = loadAuditKey(config.audit.key, { create: createKey });
  const db = withAuditKey(openDatabase(config.database), opened.key);
  try {
    if (migrateFirst) await migrate(db);
    // A command that may write the audit chain does so with the key that made it, or not at all.
    const foreign = createKey && migrateFirst ? await foreignAuditKey(db.kysely, opened) : undefined;
    if (foreign !== undefined) throw new Error(foreign);
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
  .option(
    '--new-audit-key',
    'start although the audit key did not make the newest audit entry: only once the key that did is lost for good',
    false,
  )
  .option('--host <host>', 'address to bind (default 127.0.0.1, or PASO_HOST)')
  .option('--port <port>', 'port to listen on (default 8080, or PASO_PORT)', port)
  .action(async (opts: { demo: boolean; newAuditKey: boolean; host?: string; port?: number }) => {
    const { readConfig } = await import('../server/config');
    const { serve } = await import('../server/serve');
    const config = readConfig(process.env);
    await serve(
      { ...config, host: opts.host ?? config.host, port: opts.port ?? config.port },
      { demo: opts.demo, newAuditKey: opts.newAuditKey, signals: true },
    );
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    const { migrate } = await import('../store/db');
    const applied = await withDb(migrate, false);
    // Migrations are numbered and forward-only (STYLE.md): applying 0001 means the database was empty.
    const created = applied[0]?.startsWith('0001-') ? 'Created the database and applied' : 'Applied';
    const count = `${applied.length} migration${applied.length === 1 ? '' : 's'}`;
    console.log(
      applied.length ? `${created} ${count}: ${applied.join(', ')}.` : 'The database is up to date.',
    );
  });

program
  .command('seed-demo')
  .description('seed the demo scenario (Tacna–Arica, November 2025); does nothing if already seeded')
  .action(async () => {
    const { refreshDemo, seedDemo } = await import('../store/demo');
    const { oneStartAtATime } = await import('../store/transaction-lock');
    // Beside servers starting with the demo on the same database: one seeds, the others find it.
    const seeded = await withDb((db) =>
      oneStartAtATime(db.kysely, async () => {
        const fresh = await seedDemo(db.kysely, new Date());
        await refreshDemo(db.kysely, new Date());
        return fresh;
      }),
    );
    console.log(seeded ? 'Demo scenario seeded.' : 'The demo scenario was already there.');
  });

addCheckpointCommands(program, withDb);
addShelterCommands(program, withDb);
addUserCommands(program, withDb);

// Verify and head read the audit key but never make one: a new key would only call the log broken.
addAuditCommands(program, (work) => withDb(work, true, false));

program
  .command('documents')
  .description('machine-readable zones and national identity numbers')
  .command('check')
  .description(
    'check JSON lines from standard input (a zone, {"mrz": ...} or {"idType": ..., "number": ...}); one JSON result line out per line in',
  )
  .action(async () => {
    const { documentsCheck } = await import('./commands/documents-check');
    const { lines, invalid } = await documentsCheck(process.stdin, process.stdout, new Date());
    // The results go to standard output; the summary to standard error, so pipes get JSON only.
    console.error(
      `Checked ${lines} lines: ${lines - invalid} valid, ${invalid} not valid (with problems, or a repair to confirm).`,
    );
  });

const progress = (line: string) => console.error(line);
const positiveInt = (what: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${what} is a whole number above 0`);
  return n;
};
const probability = (value: string) => {
  const n = Number(value);
  if (!(n > 0 && n < 1)) throw new InvalidArgumentError('a probability between 0 and 1');
  return n;
};

// A people or watchlist file that does not read is the user's mistake: say where, exit 2.
async function reportingInputErrors(work: () => Promise<void>): Promise<void> {
  const { MatchingInputError } = await import('./commands/dedupe');
  try {
    await work();
  } catch (error) {
    if (!(error instanceof MatchingInputError)) throw error;
    console.error(`paso: ${error.message}`);
    process.exitCode = 2;
  }
}

program
  .command('dedupe')
  .description('find the records of a people CSV that are one person; writes record_id,cluster_id')
  .requiredOption(
    '--in <people.csv>',
    'record_id, given_names, surname1, surname2, sex, birth_date, nationality, document_type, document_number',
  )
  .requiredOption('--out <clusters.csv>', 'where to write the clusters')
  .option('--model <model.json>', 'a matching model file (default: the one Paso ships)')
  .option('--threshold <p>', 'match probability for a link (default 0.8)', probability)
  .addOption(
    new Option(
      '--dialect <dialect>',
      'excel-semicolon for Excel where the list separator is ";" (Peru, Chile, Venezuela, Spain); excel ' +
        'for Excel with commas (both with a UTF-8 byte-order mark, formulas written as text); rfc4180 ' +
        'for programs (default: excel-semicolon)',
    ).choices(CSV_DIALECTS),
  )
  .action(
    async (opts: { in: string; out: string; model?: string; threshold?: number; dialect?: CsvDialect }) =>
      reportingInputErrors(async () => {
        const { dedupeCommand } = await import('./commands/dedupe');
        const r = await dedupeCommand({
          inPath: opts.in,
          outPath: opts.out,
          progress,
          ...(opts.model && { modelPath: opts.model }),
          ...(opts.threshold && { threshold: opts.threshold }),
          ...(opts.dialect && { dialect: opts.dialect }),
        });
        console.error(
          `${r.records} records of ${r.people} people: ${r.clusters} clusters of two or more records, in ${r.seconds.toFixed(1)} s.`,
        );
      }),
  );

program
  .command('screen')
  .description(
    'screen every person of a people CSV against a watchlist; writes record_id,watch_id,score,explanation',
  )
  .requiredOption(
    '--watchlist <file>',
    'watchlist: CSV, UN consolidated list XML or FollowTheMoney JSON lines',
  )
  .requiredOption('--in <people.csv>', 'the people to screen')
  .requiredOption('--out <hits.csv>', 'where to write the hits')
  .option('--threshold <p>', 'match probability for a hit (default 0.6)', probability)
  .addOption(
    new Option('--lang <lang>', 'language of the explanations').choices(EXPLANATION_LANGS).default('es'),
  )
  .addOption(
    new Option(
      '--dialect <dialect>',
      'excel-semicolon for Excel where the list separator is ";" (Peru, Chile, Venezuela, Spain); excel ' +
        'for Excel with commas (both with a UTF-8 byte-order mark, formulas written as text); rfc4180 ' +
        'for programs (default: excel-semicolon, or excel with --lang en)',
    ).choices(CSV_DIALECTS),
  )
  .action(
    async (opts: {
      watchlist: string;
      in: string;
      out: string;
      threshold?: number;
      lang: (typeof EXPLANATION_LANGS)[number];
      dialect?: CsvDialect;
    }) =>
      reportingInputErrors(async () => {
        const { screenCommand } = await import('./commands/screen');
        const r = await screenCommand({
          watchlistPath: opts.watchlist,
          inPath: opts.in,
          outPath: opts.out,
          lang: opts.lang,
          progress,
          ...(opts.threshold && { threshold: opts.threshold }),
          ...(opts.dialect && { dialect: opts.dialect }),
        });
        const skipped = r.skipped > 0 ? ` (${r.skipped} unreadable watchlist values skipped)` : '';
        console.error(`${r.people} people screened, ${r.hits} hits${skipped}.`);
      }),
  );

program
  .command('import-watchlist')
  .description('import a watchlist file into the database (it is screened against from then on)')
  .requiredOption('--file <file>', 'CSV, UN consolidated list XML or FollowTheMoney JSON lines')
  .requiredOption('--name <name>', 'the name the list is shown with')
  .requiredOption('--as <username>', 'the administrator on whose behalf the list is imported (audited)')
  .action(async (opts: { file: string; name: string; as: string }) => {
    const { describeSkipped, parseWatchlistFile, watchlistFormatOf, watchlistNameOf } = await import(
      './commands/screen'
    );
    // The API's rule for a list's name, said before the file is read.
    const name = watchlistNameOf(opts.name);
    if (!name.ok) {
      console.error(`paso: ${name.error}`);
      process.exitCode = 2;
      return;
    }
    const { actingUser } = await import('./acting-user');
    const { storeWatchlist } = await import('../server/matching/watchlists');
    const { readTextFile } = await import('./commands/text-file');
    const text = await readTextFile(opts.file, (line) => console.error(`paso: ${line}`));
    const parsed = parseWatchlistFile(opts.file, text);
    if (!parsed.ok) {
      console.error(
        `paso: ${opts.file}, line ${parsed.error.line}: ${parsed.error.message} (nothing imported)`,
      );
      process.exitCode = 2;
      return;
    }
    const { entries, skipped } = parsed.value;
    const format = watchlistFormatOf(opts.file, text);
    const refused = await withDb(async (db) => {
      // Who imports is checked first: a refused import must not list values as if it had skipped them.
      const acting = await actingUser(db.kysely, opts.as, ['admin']);
      if ('refusal' in acting) return `${acting.refusal} (nothing imported)`;
      const admin = acting.user;
      await storeWatchlist(
        db.kysely,
        {
          name: name.value,
          format,
          entries,
          skipped: skipped.length,
          importedBy: admin.id,
          importedAt: new Date(),
        },
        { actorId: admin.id, actorUsername: admin.username, detail: { via: 'cli' } },
        newId,
      );
      return undefined;
    });
    if (refused) {
      console.error(`paso: ${refused}`);
      process.exitCode = 2;
      return;
    }
    for (const line of describeSkipped(opts.file, skipped)) console.error(`paso: ${line}`);
    console.log(
      `Imported ${entries.length} entries as "${name.value}"${skipped.length > 0 ? ` (${skipped.length} unreadable values skipped, listed above)` : ''}. Running servers notice it within a second and screen with it once their screening index is rebuilt with it.`,
    );
  });

program
  .command('generate-people')
  .description(
    'write a labelled synthetic population (people CSV with a true_id column), for testing matching',
  )
  .requiredOption('--out <people.csv>', 'where to write it')
  .option('--size <n>', 'records', positiveInt('size'), 10_000)
  .option('--seed <n>', 'random seed', positiveInt('seed'), 1)
  .option(
    '--watchlist <file>',
    'also write a watchlist by the same generator, of other people: screening the records against it ' +
      'finds namesakes only, as a list of strangers would',
  )
  .option(
    '--watchlist-size <n>',
    'entries in that watchlist (with --watchlist)',
    positiveInt('watchlist size'),
  )
  .action(
    async (opts: { out: string; size: number; seed: number; watchlist?: string; watchlistSize?: number }) => {
      if (opts.watchlistSize !== undefined && opts.watchlist === undefined)
        throw new InvalidArgumentError(
          '--watchlist-size goes with --watchlist, which names the file to write',
        );
      const { generatePeopleCommand } = await import('./commands/generate-people');
      const r = await generatePeopleCommand({
        outPath: opts.out,
        size: opts.size,
        seed: opts.seed,
        progress,
        ...(opts.watchlist && { watchlistPath: opts.watchlist }),
        ...(opts.watchlistSize && { watchlistSize: opts.watchlistSize }),
      });
      console.error(`${r.records} records of ${r.people} people; ${r.watchlistEntries} watchlist entries.`);
    },
  );

program
  .command('evaluate-matching')
  .description(
    'measure pair precision, recall and F1, and screening recall and false hits, on a generated population',
  )
  .option('--size <n>', 'records', positiveInt('size'), 50_000)
  .option('--seed <n>', 'random seed of the population', positiveInt('seed'), 7)
  .option('--model <model.json>', 'a matching model file (default: the one Paso ships)')
  .action(async (opts: { size: number; seed: number; model?: string }) => {
    const { evaluateCommand } = await import('./commands/evaluate-matching');
    await evaluateCommand({ size: opts.size, seed: opts.seed, ...(opts.model && { modelPath: opts.model }) });
  });

addEventCommands(program, withDb);
addReportCommands(program, withDb);
addPassCommands(program, withDb);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError && !(error instanceof InvalidArgumentError)) {
    // Commander has said what is wrong. A date that does not exist or an unknown choice is the
    // user's mistake, and exits 2 as the commands' own refusals of bad input do; help exits 0.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
    return;
  }
  // What a command threw (an argument out of order among them): said in words, 2 for the user's mistake.
  const { message, exitCode } = describeFailure(error);
  console.error(`paso: ${message}`);
  process.exitCode = exitCode;
});
