// The convoy's log events as values: checked where they arrive (the API) and where they are read back
// (the store), from one schema. The id and time travel beside the event.
import { z } from 'zod';
import { CODE_PATTERN } from '../shared';
import type { ConvoyEvent } from './types';

const Id = z.uuid();
const StopCode = z.string().regex(CODE_PATTERN, 'a code of capitals, digits and hyphens');
const HeadCount = z.number().int().min(0).max(10_000);
const Reason = z.string().trim().min(1).max(500);

export const ConvoyEventSchema: z.ZodType<ConvoyEvent> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('boarding'), personId: Id, boarded: z.boolean() }),
  z.strictObject({ kind: z.literal('departed'), childAloneReason: Reason.optional() }),
  z.strictObject({ kind: z.literal('stop-arrived'), stop: StopCode, headCount: HeadCount }),
  z.strictObject({ kind: z.literal('stop-departed'), stop: StopCode, headCount: HeadCount }),
  z.strictObject({
    kind: z.literal('left'),
    personId: Id,
    stop: StopCode,
    reason: Reason,
    childAloneReason: Reason.optional(),
  }),
  z.strictObject({ kind: z.literal('arrived'), personIds: z.array(Id).max(1000) }),
  z.strictObject({ kind: z.literal('cancelled'), reason: Reason }),
  z.strictObject({
    kind: z.literal('correction'),
    corrects: Id,
    reason: Reason,
    childAloneReason: Reason.optional(),
  }),
]);
