// The dashboard's figures as the API answers them (GET /api/dashboard), and the live stream's
// messages (GET /api/live): aggregates only, never a person.
import { z } from 'zod';
import { CheckpointCodeRead } from './common';
import { FigureRowSchema } from './crossings';

export const DashboardQuery = z.strictObject({
  date: z.iso
    .date()
    .optional()
    .describe(
      'The local date shown; today at the checkpoint by default (for all checkpoints, the earliest of their dates).',
    ),
  days: z.coerce.number().int().min(1).max(31).default(7).describe('Days compared, the date included.'),
  checkpoint: CheckpointCodeRead.optional().describe(
    'A checkpoint code, in any case; all checkpoints without it.',
  ),
});

const Counts = { crossed: z.number().int(), refused: z.number().int(), held: z.number().int() };

export const DashboardReply = z.object({
  date: z.string(),
  from: z.string(),
  checkpoint: z.string().nullable(),
  hours: z.array(FigureRowSchema).describe('By hour, direction and source (registered or tallied).'),
  days: z.array(FigureRowSchema).describe('By date and direction, from `from` to `date`.'),
  decisions: z.array(FigureRowSchema),
  nationalities: z.array(FigureRowSchema),
  ageSex: z.array(FigureRowSchema).describe('By age group, age band and sex.'),
  vulnerabilities: z.array(z.object({ vulnerability: z.string(), direction: z.string(), ...Counts })),
  people: z
    .array(z.object({ direction: z.string(), people: z.number().int(), crossings: z.number().int() }))
    .describe('Distinct people after confirmed duplicate merges, beside the registered crossings they made.'),
  emergencies: z
    .array(
      z.object({
        decree: z.object({ id: z.string(), number: z.string(), title: z.string() }),
        declaration: z.object({ id: z.string(), number: z.string() }),
        since: z.string(),
        checkpoints: z.array(z.string()),
        totals: z.array(FigureRowSchema).describe('By direction, from `since` to `date`.'),
      }),
    )
    .describe(
      'The emergencies in force on the date shown at the checkpoint (or at any): for each, its crossings ' +
        'since the declaration (extensions included) at the checkpoints it covers.',
    ),
  published: z
    .record(z.string(), z.union([z.number().int(), z.enum(['small', 'withheld'])]))
    .optional()
    .describe(
      'For roles that see published figures only (humanitarian partners): every figure the dashboard shows, by key ' +
        '(src/domain/reports/dashboard-figures.ts), 1 to 4 people as `small` and those that would give one away as ' +
        "`withheld`; the rows above (and each emergency's totals) are then empty.",
    ),
  asOf: z.string(),
});

/** What a reply of published figures carries in place of the rows. */
export const noDashboardRows = (): Pick<
  z.infer<typeof DashboardReply>,
  'hours' | 'days' | 'decisions' | 'nationalities' | 'ageSex' | 'vulnerabilities' | 'people'
> => ({ hours: [], days: [], decisions: [], nationalities: [], ageSex: [], vulnerabilities: [], people: [] });

export const LiveQuery = z.strictObject({
  once: z
    .enum(['true'])
    .optional()
    .describe('Send the opening `hello` event and end the stream (a check that the stream answers).'),
});

/** The `data` of a `figures` event: the checkpoints whose figures changed (empty: any). */
export const FiguresChanged = z.object({ checkpoints: z.array(z.string()) });
