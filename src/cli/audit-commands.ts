// The audit commands of `paso`: verify the keyed chain (against a saved head with --head) and print
// the chain's head as JSON. Each loads the store only when it runs.
import type { Command } from 'commander';
import type { WithDb } from './arguments';

export function addAuditCommands(program: Command, withDb: WithDb): void {
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description(
      'check the keyed hash chain of the audit log, and that it still reaches a saved head; exits 1 if a row was changed or removed',
    )
    .option('--head <file>', 'a head from `paso audit head` or the server log (the furthest one in it)')
    .action(async (opts: { head?: string }) => {
      const { verifyCommand } = await import('./commands/audit');
      const { out, err, exitCode } = await verifyCommand(withDb, opts.head);
      for (const line of out) console.log(line);
      for (const line of err) console.error(line);
      process.exitCode = exitCode;
    });
  audit
    .command('adopt-unkeyed')
    .description(
      'once, after upgrading a log that had entries before the audit key existed: a keyed entry vouching where the keyed chain starts',
    )
    .action(async () => {
      const { adoptCommand } = await import('./commands/audit');
      const { out, err, exitCode } = await adoptCommand(withDb);
      for (const line of out) console.log(line);
      for (const line of err) console.error(line);
      process.exitCode = exitCode;
    });
  audit
    .command('head')
    .description('print the head of the audit chain (sequence, hash, time, keyed) as JSON, to keep elsewhere')
    .action(async () => {
      const { headCommand } = await import('./commands/audit');
      console.log(JSON.stringify(await headCommand(withDb)));
    });
}
