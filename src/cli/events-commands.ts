// The crossings commands of `paso`: events import and export (JSON lines) and counts. Each loads the
// store only when it runs.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { readDimensionList } from '../api/crossings';
import { newId } from '../api/ids';
import { DIMENSIONS, type Dimension } from '../domain/crossings';
import { CSV_DIALECTS, type CsvDialect } from '../domain/reports';
import { dateArgument, type WithDb } from './arguments';

const dims = (value: string): Dimension[] => {
  const { dims: list, unknown } = readDimensionList(value);
  if (unknown.length > 0) {
    throw new InvalidArgumentError(`unknown dimension ${unknown.join(', ')}; use ${DIMENSIONS.join(', ')}`);
  }
  return list;
};

/** Gives a command --from and --to: days as `day` reads them, both included, refused when backwards. */
const overDays = (command: Command, day: string): Command =>
  command
    .requiredOption('--from <date>', day, dateArgument)
    .requiredOption('--to <date>', day, dateArgument)
    .hook('preAction', (self) => {
      const { from, to } = self.opts<{ from: string; to: string }>();
      if (from > to) throw new InvalidArgumentError('--from comes after --to');
    });

export function addEventCommands(program: Command, withDb: WithDb): void {
  const events = program.command('events').description('crossing, tally and correction events as JSON lines');
  events
    .command('import')
    .description('apply events from a JSON lines file; names every bad line and exits 1 if there was one')
    .requiredOption('--in <file>', 'one event per line (docs/counting.md)')
    .requiredOption(
      '--as <username>',
      'the supervisor or administrator the events are recorded for (named in the audit entries)',
    )
    .action(async (opts: { in: string; as: string }) => {
      const { actingUser } = await import('./acting-user');
      const { importEvents } = await import('./commands/events');
      const result = await withDb(async (db) => {
        const acting = await actingUser(db.kysely, opts.as, ['supervisor', 'admin']);
        if ('refusal' in acting) return acting;
        const { user } = acting;
        // A long import says how far it has gone every 100,000 lines.
        const progress = (p: { lines: number; applied: number; duplicates: number; bad: number }) =>
          console.error(
            `paso: ${p.lines.toLocaleString('en')} lines so far: ${p.applied.toLocaleString('en')} applied, ` +
              `${p.duplicates.toLocaleString('en')} already there, ${p.bad.toLocaleString('en')} refused`,
          );
        return importEvents(db.kysely, opts.in, user, (line) => console.error(`${opts.in}, ${line}`), newId, {
          progress,
        });
      });
      if ('refusal' in result) {
        console.error(`paso: ${result.refusal} (nothing imported)`);
        process.exitCode = 2;
        return;
      }
      console.error(
        `Read ${result.lines} lines: ${result.applied} applied, ${result.duplicates} already there, ${result.bad} refused.` +
          (result.waiting > 0 ? ` ${result.waiting} corrections wait for the event they correct.` : ''),
      );
      if (result.bad > 0) process.exitCode = 1;
    });
  overDays(events.command('export'), 'YYYY-MM-DD')
    .description(
      'write the events whose time falls between two UTC dates (both included) as JSON lines (audited)',
    )
    .option('--out <file>', 'where to write (default: standard output)')
    .action(async (opts: { from: string; to: string; out?: string }) => {
      const { exportEvents } = await import('./commands/events');
      const n = await withDb((db) => exportEvents(db.kysely, opts.from, opts.to, opts.out));
      console.error(`Exported ${n} events.`);
    });

  overDays(program.command('counts'), 'YYYY-MM-DD, the checkpoint’s local date')
    .description(
      'crossed, refused and held by the dimensions asked for, between two local dates (both included)',
    )
    .option('--checkpoint <code>', 'one checkpoint, e.g. PE-SANTA-ROSA')
    .requiredOption('--by <dims>', `a comma list of ${DIMENSIONS.join(', ')}`, dims)
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .addOption(
      new Option(
        '--dialect <dialect>',
        'write the CSV as a file for Excel (excel-semicolon: ";" as in Spanish for Peru, Chile, ' +
          'Venezuela; excel: ","; both with a UTF-8 byte-order mark) or as RFC 4180 (CRLF)',
      ).choices(CSV_DIALECTS),
    )
    .option('--recount', 'compute the figures from the raw events instead of the maintained ones', false)
    .action(
      async (opts: {
        from: string;
        to: string;
        checkpoint?: string;
        by: Dimension[];
        format: 'csv' | 'json';
        dialect?: CsvDialect;
        recount: boolean;
      }) => {
        if (opts.dialect !== undefined && opts.format === 'json')
          throw new InvalidArgumentError(
            '--dialect is how a CSV is written: leave it out with --format json',
          );
        const { countsText } = await import('./commands/events');
        const { checkpointCode } = await import('./user-accounts');
        const text = await withDb(async (db) => {
          // A code typed in any case is the checkpoint's; an unknown one is said, not counted as none.
          const found = opts.checkpoint === undefined ? undefined : await checkpointCode(db, opts.checkpoint);
          if (found !== undefined && 'refusal' in found) return found.refusal;
          return countsText(db.kysely, { ...opts, checkpoint: found?.code });
        });
        if (typeof text !== 'string') {
          console.error(`paso: ${text.message}`);
          process.exitCode = text.exit;
          return;
        }
        process.stdout.write(text);
      },
    );
}
