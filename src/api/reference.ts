// Reference data: the operation, checkpoints with booths, countries, shelters, the summary figures,
// and the bodies that make and change checkpoints and booths.
import { z } from 'zod';
import { isTimeZone } from '../domain/shared';
import { Code, RequiredText, SHELTER_PLACE, TEXT_LIMITS, Uuid } from './common';
import { CountryCodeText } from './fields';

export const MetaReply = z.object({ version: z.string(), demo: z.boolean(), operationName: z.string() });

export const BoothSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  retired: z.boolean().describe('A retired booth keeps its history but is no longer offered to officers.'),
});

export const CheckpointSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  country: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  timeZone: z.string(),
  demo: z.boolean(),
  booths: z.array(BoothSchema),
  recount: z
    .object({ done: z.number().int(), total: z.number().int() })
    .optional()
    .describe(
      'Present while the events are counted again under a corrected time zone, in the background: ' +
        'until done reaches total, some of the figures are still in the hours of the old zone.',
    ),
});
export const CheckpointsReply = z.object({ checkpoints: z.array(CheckpointSchema) });

const PlaceName = RequiredText(TEXT_LIMITS.placeName);
export const Latitude = z.number().min(-90).max(90);
export const Longitude = z.number().min(-180).max(180);
// An IANA zone the server's Intl knows (America/Lima): times are shown in it.
const TimeZone = z
  .string()
  .trim()
  .refine(isTimeZone, 'an IANA time zone, such as America/Lima')
  .meta({ description: 'An IANA time zone (America/Lima, America/Santiago).' });

const NewBoothFields = {
  id: Uuid.optional().describe('Made where the booth was first asked for: a resend is applied once.'),
  code: Code.describe('Unique within its checkpoint; never changes.'),
  name: PlaceName,
};

export const CreateCheckpointBody = z.strictObject({
  id: Uuid.optional().describe('Made where the checkpoint was first asked for: a resend is applied once.'),
  code: Code.describe('Capitals, digits and hyphens (PE-SANTA-ROSA); never changes: events refer to it.'),
  name: PlaceName,
  country: CountryCodeText,
  latitude: Latitude,
  longitude: Longitude,
  timeZone: TimeZone,
  booths: z.array(z.strictObject(NewBoothFields)).max(50).default([]),
});

export const UpdateCheckpointBody = z
  .strictObject({
    name: PlaceName.optional(),
    country: CountryCodeText.optional(),
    latitude: Latitude.optional(),
    longitude: Longitude.optional(),
    timeZone: TimeZone.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Nothing to change')
  .meta({ minProperties: 1, description: 'At least one field to change; the code never changes.' });

export const CheckpointParams = z.strictObject({ code: Code });
export const BoothParams = z.strictObject({ code: Code, booth: Code });

export const CreateBoothBody = z.strictObject(NewBoothFields);

export const UpdateBoothBody = z
  .strictObject({
    name: PlaceName.optional(),
    retired: z.boolean().optional().describe('true retires the booth; false puts it back in use.'),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Nothing to change')
  .meta({ minProperties: 1, description: 'At least one field to change; the code never changes.' });

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
  // Left out for roles without 'shelters.read' (officers), as GET /api/shelters refuses them.
  shelters: z.number().optional(),
  shelterCapacity: z.number().optional(),
  shelterOccupancy: z.number().optional(),
  users: z.number().optional(),
  registrations: z.number(),
  people: z.number(),
  asOf: z.string(),
});
