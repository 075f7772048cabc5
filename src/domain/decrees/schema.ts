// The shape of a decree's content as sent and as stored (docs/decisions/0005: the domain defines the
// schemas of values others store or send). Field-level rules only; dates, zones and whether the
// checkpoints named exist are checked by checkDecree, the register by checkAgainstRegister.
import { z } from 'zod';
import { CODE_PATTERN } from '../shared';
import { AREA_KINDS, FORCES, RIGHT_CODES } from './types';

export const DECREE_LIMITS = {
  number: 80,
  title: 300,
  legalBasis: 500,
  text: 500,
  name: 120,
  list: 50,
} as const;

const Text = (max: number) => z.string().trim().min(1).max(max);
const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const CheckpointCode = z
  .string()
  .trim()
  .regex(CODE_PATTERN, 'a checkpoint code of capitals, digits and hyphens');

export const AreaSchema = z.strictObject({ kind: z.enum(AREA_KINDS), name: Text(DECREE_LIMITS.name) });

export const UnitSchema = z.strictObject({
  name: Text(DECREE_LIMITS.name),
  force: z.enum(FORCES),
  tasks: z.array(Text(DECREE_LIMITS.text)).max(DECREE_LIMITS.list).readonly(),
});

export const DecreeContentSchema = z.strictObject({
  number: Text(DECREE_LIMITS.number),
  title: Text(DECREE_LIMITS.title),
  issuedOn: DateText,
  publishedOn: DateText.nullable(),
  legalBasis: Text(DECREE_LIMITS.legalBasis),
  timeZone: z.string().min(1).max(64),
  startsOn: DateText,
  endsOn: DateText,
  checkpoints: z.array(CheckpointCode).max(DECREE_LIMITS.list).readonly(),
  areas: z.array(AreaSchema).max(DECREE_LIMITS.list).readonly(),
  rightsSuspended: z.array(z.enum(RIGHT_CODES)).max(RIGHT_CODES.length).readonly(),
  measures: z.array(Text(DECREE_LIMITS.text)).max(DECREE_LIMITS.list).readonly(),
  units: z.array(UnitSchema).max(DECREE_LIMITS.list).readonly(),
});
