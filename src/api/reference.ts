// Reference data: the operation, checkpoints with booths, countries, shelters, the summary figures.
import { z } from 'zod';
import { SHELTER_PLACE } from './common';

export const MetaReply = z.object({ version: z.string(), demo: z.boolean(), operationName: z.string() });

export const CheckpointSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  country: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  timeZone: z.string(),
  demo: z.boolean(),
  booths: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
});
export const CheckpointsReply = z.object({ checkpoints: z.array(CheckpointSchema) });

export const CountriesReply = z.object({
  countries: z.array(
    z.object({ code: z.string(), alpha2: z.string().nullable(), nameEs: z.string(), nameEn: z.string() }),
  ),
});

export const SheltersReply = z.object({
  shelters: z.array(
    z.object({
      ...SHELTER_PLACE,
      operator: z.string(),
      demo: z.boolean(),
    }),
  ),
});

export const SummaryReply = z.object({
  checkpoints: z.number(),
  booths: z.number(),
  shelters: z.number(),
  shelterCapacity: z.number(),
  shelterOccupancy: z.number(),
  users: z.number().optional(),
  registrations: z.number(),
  people: z.number(),
  asOf: z.string(),
});
