// The arrivals forecast and the booths it needs (GET /api/forecast): aggregates only, never a person.
import { z } from 'zod';
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
    }),
  ),
  total: z.object(Interval),
});
