// The travel pass commands of `paso`: issue a pass, verify pass texts, export or rotate the keys.
// Each loads the store only when it runs.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { partialDateArgument, type WithDb } from './arguments';
import type { IssueOptions } from './commands/passes';

export function addPassCommands(program: Command, withDb: WithDb): void {
  const pass = program.command('pass').description('travel passes');
  pass
    .command('issue')
    .description(
      'issue a travel pass signed with the current key; prints the pass text (what its QR code holds)',
    )
    .requiredOption('--name <names>', 'the passenger’s names as written on their document')
    .option('--birth-date <date>', 'YYYY, YYYY-MM or YYYY-MM-DD', partialDateArgument)
    .option('--document-kind <kind>', 'e.g. VE-CI, VE-PASSPORT, PE-DNI')
    .option('--document-number <number>', 'the document’s number')
    .requiredOption(
      '--convoy-id <id>',
      'a convoy of the transit area, by its id or code (CONVOY-001); a pass names no other',
    )
    .requiredOption('--convoy-name <name>', 'the convoy’s name as printed')
    .requiredOption('--corridor-id <id>', 'the corridor the convoy travels, by its id or code')
    .requiredOption('--corridor-name <name>', 'the corridor’s name as printed')
    .option('--from <time>', 'valid from (ISO 8601; default now)')
    .requiredOption('--until <time>', 'valid until (ISO 8601)')
    .option('--id <uuid>', 'the pass id (default a new one); issuing again with it prints the same pass')
    .action(async (opts: IssueOptions) => {
      const { issueCommand } = await import('./commands/passes');
      const result = await issueCommand(withDb, opts, new Date());
      if (result.ok) console.log(result.text);
      else {
        console.error(`paso: ${result.message}`);
        process.exitCode = 2;
      }
    });
  pass
    .command('verify')
    .description(
      'verify pass texts, one a line: prints "valid …" or the reason for each; exits 1 if any is not valid',
    )
    .requiredOption('--in <file>', 'the pass texts, one a line')
    .option('--keyset <file>', 'a keyset from `paso keys export` (default: the database’s keyset now)')
    .action(async (opts: { in: string; keyset?: string }) => {
      const { keysetFrom, verifyCommand } = await import('./commands/passes');
      const now = new Date();
      const keyset = await keysetFrom(withDb, opts.keyset, now);
      const lines = (await readFile(opts.in, 'utf8')).split(/\r?\n/);
      const { out, invalid } = await verifyCommand(lines, keyset, now);
      for (const line of out) console.log(line);
      console.error(`Checked ${out.length} passes: ${out.length - invalid} valid, ${invalid} not valid.`);
      process.exitCode = invalid > 0 ? 1 : 0;
    });

  const keys = program.command('keys').description('the keys that sign travel passes');
  keys
    .command('export')
    .description('print the public keyset a checkpoint needs (JSON: public keys and revoked passes)')
    .action(async () => {
      const { keysetFrom } = await import('./commands/passes');
      console.log(JSON.stringify(await keysetFrom(withDb, undefined, new Date()), null, 2));
    });
  keys
    .command('rotate')
    .description('make a new signing key; the old one stays in the keyset until its passes expire')
    .action(async () => {
      const { rotateCommand } = await import('./commands/passes');
      const rotation = await rotateCommand(withDb, new Date());
      console.log(`New signing key ${rotation.kid}; retired: ${rotation.retired.join(', ') || 'none'}.`);
    });
}
