// `paso checkpoint add|change|list|add-booth|change-booth` and `paso shelter add|list`: a new crossing set up from the
// command line through the API's own schemas and services, so both apply the same rules (codes,
// countries, coordinates, time zones, unique names) and audit the same way, as the command line.
import type { Command } from 'commander';
import type { z } from 'zod';
import { newId } from '../api/ids';
import { numberFromTyped } from '../domain/shared';
import type { AuditWriter } from '../server/audit/record';
import type { WithDb } from './arguments';

type Outcome = { readonly message: string; readonly exit: 1 | 2 } | { readonly done: string };

// A coordinate typed with a point or a comma; what is not a number is left for the schema to refuse.
const coordinate = (text: string): number => numberFromTyped(text, true) ?? Number.NaN;
const count = (text: string): number => numberFromTyped(text) ?? Number.NaN;

const collect = (value: string, previous: string[]) => [...previous, value];

/** A booth given as CODE=Name (B1="Caseta 1"). */
function boothArgument(text: string): { code: string; name: string } {
  const at = text.indexOf('=');
  return at < 0 ? { code: text, name: '' } : { code: text.slice(0, at), name: text.slice(at + 1) };
}

function refusal(error: z.ZodError): Outcome {
  const lines = error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`);
  return { message: lines.join('\npaso: '), exit: 2 };
}

// A service's validation problem names the request's fields (`body.latitude`); the command's are
// said as the schema's own refusals are, by the field alone, one to a line.
function issuesOf(problem: { readonly message: string; readonly extra?: Readonly<Record<string, unknown>> }) {
  const errors = problem.extra?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return problem.message;
  return errors
    .map(
      (e: { path?: unknown; message?: unknown }) =>
        `${String(e.path ?? 'input').replace(/^body\./, '')}: ${String(e.message)}`,
    )
    .join('\npaso: ');
}

/** The audit writer of the command line: each entry's actor is "cli", as `paso user add` writes. */
async function cliAudit(): Promise<AuditWriter> {
  const { appendAudit } = await import('../store/audit');
  return async (tx, event) => {
    await appendAudit(tx, { at: new Date().toISOString(), actorId: null, actorUsername: 'cli', ...event });
  };
}

/**
 * Runs a service call; a Problem it throws is said: a checkpoint or booth that does not exist is the
 * operator's mistake (exit 2, as for an unknown user or role), a code or name taken exits 1.
 */
async function asService(work: () => Promise<string>): Promise<Outcome> {
  const { Problem } = await import('../server/problems');
  try {
    return { done: await work() };
  } catch (error) {
    if (error instanceof Problem && error.code === 'validation') return { message: issuesOf(error), exit: 2 };
    if (error instanceof Problem)
      return { message: error.message, exit: error.code.endsWith('.not-found') ? 2 : 1 };
    throw error;
  }
}

function report(outcome: Outcome): void {
  if ('done' in outcome) {
    console.log(outcome.done);
    return;
  }
  console.error(`paso: ${outcome.message}`);
  process.exitCode = outcome.exit;
}

export function addCheckpointCommands(program: Command, withDb: WithDb): void {
  const checkpoint = program.command('checkpoint').description('set up checkpoints and their booths');
  checkpoint
    .command('add')
    .description('add a checkpoint (its code never changes afterwards: events refer to it)')
    .requiredOption('--code <code>', 'capitals, digits and hyphens, e.g. PE-SANTA-ROSA')
    .requiredOption('--name <name>', 'e.g. "Complejo Fronterizo Santa Rosa"')
    .requiredOption('--country <code>', 'ICAO/ISO 3166 alpha-3 code, e.g. PER or CHL')
    .requiredOption('--latitude <degrees>', 'decimal degrees, south negative, e.g. -18.35')
    .requiredOption('--longitude <degrees>', 'decimal degrees, west negative, e.g. -70.32')
    .requiredOption('--time-zone <zone>', 'IANA time zone, e.g. America/Lima')
    .option('--booth <CODE=name>', 'a booth to open with it, e.g. B1="Caseta 1" (repeatable)', collect, [])
    .action(
      async (opts: {
        code: string;
        name: string;
        country: string;
        latitude: string;
        longitude: string;
        timeZone: string;
        booth: string[];
      }) => {
        const { CreateCheckpointBody } = await import('../api/reference');
        const { createCheckpoint } = await import('../server/reference/checkpoint-service');
        const parsed = CreateCheckpointBody.safeParse({
          code: opts.code.trim().toUpperCase(),
          name: opts.name,
          country: opts.country,
          latitude: coordinate(opts.latitude),
          longitude: coordinate(opts.longitude),
          timeZone: opts.timeZone,
          booths: opts.booth.map(boothArgument),
        });
        if (!parsed.success) return report(refusal(parsed.error));
        const outcome = await withDb(async (db) => {
          const audit = await cliAudit();
          return asService(async () => {
            const { value } = await createCheckpoint(db.kysely, parsed.data, {
              now: new Date(),
              newId,
              audit,
            });
            const booths = value.booths.map((b) => b.code).join(', ');
            return `Checkpoint ${value.code} (${value.name}) added${booths ? ` with booths ${booths}` : ''}.`;
          });
        });
        report(outcome);
      },
    );

  checkpoint
    .command('change')
    .description("change a checkpoint's name, country, place or time zone (its code never changes)")
    .requiredOption('--code <code>', 'the checkpoint, e.g. PE-SANTA-ROSA')
    .option('--name <name>', 'its new name')
    .option('--country <code>', 'ICAO/ISO 3166 alpha-3 code, e.g. PER or CHL')
    .option('--latitude <degrees>', 'decimal degrees, south negative')
    .option('--longitude <degrees>', 'decimal degrees, west negative')
    .option('--time-zone <zone>', 'IANA time zone: what was counted moves to its hours and dates')
    .action(
      async (opts: {
        code: string;
        name?: string;
        country?: string;
        latitude?: string;
        longitude?: string;
        timeZone?: string;
      }) => {
        const { UpdateCheckpointBody } = await import('../api/reference');
        const { changeCheckpoint } = await import('../server/reference/checkpoint-service');
        const parsed = UpdateCheckpointBody.safeParse({
          name: opts.name,
          country: opts.country,
          latitude: opts.latitude === undefined ? undefined : coordinate(opts.latitude),
          longitude: opts.longitude === undefined ? undefined : coordinate(opts.longitude),
          timeZone: opts.timeZone,
        });
        if (!parsed.success) return report(refusal(parsed.error));
        const code = opts.code.trim().toUpperCase();
        const outcome = await withDb(async (db) => {
          const audit = await cliAudit();
          return asService(async () => {
            const c = await changeCheckpoint(db.kysely, code, parsed.data, audit);
            // A large history is counted again here, step by step, beside a server that may be
            // taking the same steps: each step is its own transaction.
            if (c.recount) {
              const { finishRecounts } = await import('../server/reference/recounts');
              await finishRecounts(
                db.kysely,
                () => new Date(),
                audit,
                (step) =>
                  console.error(`Counting ${step.code}'s events again: ${step.done} of ${step.total}.`),
              );
            }
            return `Checkpoint ${c.code} is now ${c.name}, ${c.country}, ${c.latitude}, ${c.longitude}, ${c.timeZone}.`;
          });
        });
        report(outcome);
      },
    );

  checkpoint
    .command('add-booth')
    .description('open a booth at a checkpoint')
    .requiredOption('--checkpoint <code>', 'the checkpoint, e.g. PE-SANTA-ROSA')
    .requiredOption('--code <code>', 'unique at that checkpoint, e.g. B3')
    .requiredOption('--name <name>', 'e.g. "Caseta 3"')
    .action(async (opts: { checkpoint: string; code: string; name: string }) => {
      const { CreateBoothBody } = await import('../api/reference');
      const { addBooth } = await import('../server/reference/checkpoint-service');
      const parsed = CreateBoothBody.safeParse({ code: opts.code.trim().toUpperCase(), name: opts.name });
      if (!parsed.success) return report(refusal(parsed.error));
      const code = opts.checkpoint.trim().toUpperCase();
      const outcome = await withDb(async (db) => {
        const audit = await cliAudit();
        return asService(async () => {
          const { value } = await addBooth(db.kysely, code, parsed.data, { newId, audit });
          return `Booth ${value.code} (${value.name}) added to ${code}.`;
        });
      });
      report(outcome);
    });

  checkpoint
    .command('change-booth')
    .description('rename a booth, retire it (no longer offered to officers) or put it back in use')
    .requiredOption('--checkpoint <code>', 'the checkpoint, e.g. PE-SANTA-ROSA')
    .requiredOption('--code <code>', 'the booth, e.g. B3 (its code never changes)')
    .option('--name <name>', 'its new name, e.g. "Caseta 3 (buses)"')
    .option('--retire', 'retire it: kept with the events recorded at it, no longer offered')
    .option('--reinstate', 'put a retired booth back in use')
    .action(
      async (opts: { checkpoint: string; code: string; name?: string; retire?: true; reinstate?: true }) => {
        if (opts.retire && opts.reinstate) {
          return report({ message: 'give --retire or --reinstate, not both', exit: 2 });
        }
        const { UpdateBoothBody } = await import('../api/reference');
        const { changeBooth } = await import('../server/reference/checkpoint-service');
        const retired = opts.retire ? true : opts.reinstate ? false : undefined;
        const parsed = UpdateBoothBody.safeParse({ name: opts.name, retired });
        if (!parsed.success) return report(refusal(parsed.error));
        const code = opts.checkpoint.trim().toUpperCase();
        const booth = opts.code.trim().toUpperCase();
        const outcome = await withDb(async (db) => {
          const audit = await cliAudit();
          return asService(async () => {
            const after = await changeBooth(db.kysely, code, booth, parsed.data, { now: new Date(), audit });
            const state = after.retired ? 'retired: no longer offered to officers' : 'in use';
            return `Booth ${after.code} of ${code} (${after.name}) is ${state}.`;
          });
        });
        report(outcome);
      },
    );

  checkpoint
    .command('list')
    .description('list the checkpoints with their booths (retired booths marked)')
    .action(async () => {
      const { listCheckpoints } = await import('../store/reference');
      const checkpoints = await withDb((db) => listCheckpoints(db.kysely));
      if (checkpoints.length === 0) console.log('No checkpoints yet: add one with `paso checkpoint add`.');
      for (const c of checkpoints) {
        const booths = c.booths.map((b) => `${b.code} ${b.name}${b.retired ? ' (retired)' : ''}`);
        console.log(
          `${c.code}\t${c.name}\t${c.country}\t${c.latitude}, ${c.longitude}\t${c.timeZone}\t` +
            `booths: ${booths.length === 0 ? 'none' : booths.join('; ')}`,
        );
      }
    });
}

export function addShelterCommands(program: Command, withDb: WithDb): void {
  const shelter = program.command('shelter').description('set up shelters');
  shelter
    .command('add')
    .description('add a shelter with its beds by kind (its capacity is their sum)')
    .requiredOption('--name <name>', 'unique, whatever its case or accents')
    .requiredOption('--city <city>', 'e.g. Tacna')
    .requiredOption('--operator <operator>', 'who runs it, e.g. "Parroquia San Martín"')
    .requiredOption('--latitude <degrees>', 'decimal degrees, south negative')
    .requiredOption('--longitude <degrees>', 'decimal degrees, west negative')
    .option('--family <beds>', 'beds for families', '0')
    .option('--women <beds>', 'beds for women', '0')
    .option('--children <beds>', 'beds for children', '0')
    .option('--general <beds>', 'other beds', '0')
    .action(
      async (opts: {
        name: string;
        city: string;
        operator: string;
        latitude: string;
        longitude: string;
        family: string;
        women: string;
        children: string;
        general: string;
      }) => {
        const { NewShelterBody } = await import('../api/care');
        const { createShelter } = await import('../server/care/shelter-records');
        const parsed = NewShelterBody.safeParse({
          id: newId(),
          name: opts.name,
          city: opts.city,
          operator: opts.operator,
          latitude: coordinate(opts.latitude),
          longitude: coordinate(opts.longitude),
          beds: {
            family: count(opts.family),
            women: count(opts.women),
            children: count(opts.children),
            general: count(opts.general),
          },
        });
        if (!parsed.success) return report(refusal(parsed.error));
        const outcome = await withDb(async (db) => {
          const audit = await cliAudit();
          return asService(async () => {
            const { shelter: made } = await createShelter(db.kysely, parsed.data, audit);
            const beds = Object.values(made.beds).reduce((n, b) => n + b, 0);
            return `Shelter "${made.name}" (${made.city}) added with ${beds} beds.`;
          });
        });
        report(outcome);
      },
    );

  shelter
    .command('list')
    .description('list the shelters with their beds and the people staying')
    .action(async () => {
      const { listCareShelters } = await import('../store/care');
      const shelters = await withDb((db) => listCareShelters(db.kysely));
      if (shelters.length === 0) console.log('No shelters yet: add one with `paso shelter add`.');
      for (const s of shelters) {
        const beds = Object.values(s.beds).reduce((n, b) => n + b, 0);
        const staying = Object.values(s.occupied).reduce((n, b) => n + b, 0);
        console.log(`${s.name}\t${s.city}\t${s.operator}\t${staying}/${beds} beds taken\t${s.id}`);
      }
    });
}
