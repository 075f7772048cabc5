// The arrivals forecast and the booths it needs (GET /api/forecast): aggregates only, never a person.
import { z } from 'zod';
import { DEFAULT_BED_ASSUMPTIONS, SHELTER_REACH_KM } from '../domain/forecast';
import { CheckpointCodeRead } from './common';

export const ForecastQuery = z.strictObject({
  checkpoint: CheckpointCodeRead.describe('The checkpoint forecast, by its code, in any case.'),
  direction: z
    .enum(['entry', 'exit', 'both'])
    .default('both')
    .describe('Arrivals to enter, to leave, or both (one line served by the same booths).'),
  hours: z.coerce
    .number()
    .int()
    .min(1)
    .max(72)
    .default(24)
    .describe('Hours ahead, from the hour in progress.'),
  serviceMinutes: z.coerce
    .number()
    .min(0.5)
    .max(60)
    .default(4)
    .describe('How long a booth takes for one person, on average, in minutes.'),
  targetWaitMinutes: z.coerce
    .number()
    .min(1)
    .max(600)
    .default(30)
    .describe('The wait in line the booths must keep to, in minutes.'),
  targetShare: z.coerce
    .number()
    .min(0.5)
    .max(0.99)
    .default(0.8)
    .describe('The share of people who must wait no longer than the target.'),
  waitingNow: z.coerce
    .number()
    .int()
    .min(0)
    .max(50_000)
    .optional()
    .describe(
      'People waiting in the line now. Left out: the latest count of people waiting observed at the ' +
        "checkpoint's line (both lines for both directions) within the last two hours, else none.",
    ),
  boothsOpen: z.coerce
    .number()
    .int()
    .min(0)
    .max(500)
    .optional()
    .describe(
      "Booths open from now on, for the line's course. Left out: the checkpoint's booths in use (at least 1).",
    ),
});

const Interval = {
  mean: z.number().describe('The expected arrivals.'),
  low: z.number().int().describe('The interval’s lower end: as many or fewer come one time in ten.'),
  high: z.number().int().describe('The interval’s upper end: more come one time in ten.'),
};

const Booths = z
  .number()
  .int()
  .nullable()
  .describe('Booths needed to keep the wait to the target; null when more than 500 would be.');

export const ForecastReply = z.object({
  checkpoint: z.object({ code: z.string(), name: z.string(), timeZone: z.string() }),
  direction: z.enum(['entry', 'exit', 'both']),
  asOf: z.string(),
  basisDays: z
    .number()
    .int()
    .describe('Complete days of arrivals the forecast rests on; 0 when nothing to forecast from.'),
  dayError: z.number().describe("The day's level relative error one day ahead, measured on those days."),
  dayErrorMeasured: z
    .boolean()
    .describe('False when too few days could be compared: the error is then assumed (0.5), not measured.'),
  level: z.number().describe('The probability of each interval (0.8: eight times in ten).'),
  serviceMinutes: z.number(),
  targetWaitMinutes: z.number(),
  targetShare: z.number(),
  hours: z.array(
    z.object({
      date: z.string().describe('Local date at the checkpoint.'),
      hour: z.number().int().describe('Local hour at the checkpoint, 0–23.'),
      ...Interval,
      booths: Booths.describe('Booths needed for the expected arrivals.'),
      boothsHigh: Booths.describe("Booths needed if as many come as the interval's upper end."),
      waitingAtEnd: z
        .number()
        .describe('People expected still waiting when the hour ends, with line.boothsOpen open from now on.'),
      waitAtEndMinutes: z
        .number()
        .nullable()
        .describe('How long someone joining the line then waits, in minutes; null with no booth open.'),
      boothsWithLine: Booths.describe(
        'Booths needed in this hour so that whoever joins the line at its end waits no longer than the ' +
          'target, the line carried from the hours before included (each hour opening these booths), ' +
          'and never fewer than `booths`.',
      ),
    }),
  ),
  line: z
    .object({
      waitingNow: z.number().int().describe('People waiting when the forecast begins.'),
      waitingSource: z
        .enum(['given', 'observed', 'none'])
        .describe(
          'Asked for; observed at the line within the last two hours; or none observed (taken as 0).',
        ),
      observedAt: z.string().nullable().describe('When the observation was made (the oldest of two lines).'),
      boothsOpen: z.number().int(),
      boothsSource: z.enum(['given', 'checkpoint']).describe("Asked for, or the checkpoint's booths in use."),
      clearsAt: z
        .string()
        .nullable()
        .describe(
          'When the people waiting now are expected to be served, with boothsOpen and the expected ' +
            'arrivals; null when not within the hours forecast.',
        ),
    })
    .describe('The line carried from hour to hour, as a fluid queue (docs/forecast.md).'),
  total: z.object(Interval),
});

// GET /api/forecast/shelter-beds: the beds the arrivals ahead need at the checkpoint's shelters.
const Share = (what: string, fallback: number) =>
  z.coerce
    .number()
    .min(0)
    .max(1)
    .default(fallback)
    .describe(
      `The share of ${what} arriving who stay the night at a shelter, 0 to 1 (${fallback} if left out).`,
    );

export const ShelterBedsQuery = z.strictObject({
  checkpoint: ForecastQuery.shape.checkpoint,
  direction: ForecastQuery.shape.direction,
  nights: z.coerce
    .number()
    .int()
    .min(1)
    .max(7)
    .default(3)
    .describe('Nights ahead, from tonight (tomorrow night once the 22:00 cut-off has passed).'),
  shareStaying: Share('adults (and people of unknown age)', DEFAULT_BED_ASSUMPTIONS.shareStaying),
  shareStayingChildren: Share(
    'children (under 18), with their families,',
    DEFAULT_BED_ASSUMPTIONS.shareStayingChildren,
  ),
  stayNights: z.coerce
    .number()
    .min(1)
    .max(30)
    .default(DEFAULT_BED_ASSUMPTIONS.stayNights)
    .describe(
      `How many nights someone who stays stays, on average (${DEFAULT_BED_ASSUMPTIONS.stayNights} if left out).`,
    ),
});

const Beds = z.number().int().min(0);

export const ShelterBedsReply = z.object({
  checkpoint: ForecastReply.shape.checkpoint,
  direction: ForecastReply.shape.direction,
  asOf: z.string(),
  basisDays: ForecastReply.shape.basisDays,
  level: ForecastReply.shape.level,
  cutoffHour: z
    .number()
    .int()
    .describe("The night's cut-off, local hour: who stays at a shelter then counts for the night."),
  shareStaying: z.number(),
  shareStayingChildren: z.number(),
  stayNights: z.number(),
  childShare: z
    .number()
    .describe(
      'The share of the arrivals of the last 7 complete days who were children, to a whole percent; a ' +
        'figure of 1 to 4 children, or of 1 to 4 others, is not worked into it.',
    ),
  shelters: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        capacity: Beds.describe('Beds, all kinds together.'),
        occupied: Beds.describe('People staying now.'),
      }),
    )
    .describe(
      `The checkpoint's shelters: within ${SHELTER_REACH_KM} km of it and nearer to it than to any other checkpoint.`,
    ),
  capacity: Beds.describe("The shelters' beds together."),
  occupiedNow: Beds.describe('People staying at them now.'),
  nights: z.array(
    z.object({
      date: z.string().describe("The night's local date at the checkpoint."),
      arrivals: z
        .object(Interval)
        .describe("Arrivals since the night before's cut-off, up to this one's (from now, for the first)."),
      stayingOn: z.number().describe('Of the people staying now, those expected still there this night.'),
      low: Beds.describe("Beds needed if as few arrive as the interval's lower end."),
      expected: Beds.describe('Beds needed with the expected arrivals.'),
      high: Beds.describe("Beds needed if as many arrive as the interval's upper end."),
      short: Beds.describe('Beds missing with the expected arrivals: needed beyond the capacity.'),
      shortHigh: Beds.describe("Beds missing if as many arrive as the interval's upper end."),
    }),
  ),
});
