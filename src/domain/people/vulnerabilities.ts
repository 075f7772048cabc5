// The vulnerabilities a booth records for a person: one list, read by the API's schemas and by the
// store when it reads a registration back (docs/decisions/0005).
import { z } from 'zod';

export const VULNERABILITIES = [
  'unaccompanied-minor',
  'separated-minor',
  'pregnant',
  'disability',
  'medical',
  'elderly',
  'asylum-seeker',
  'trafficking-risk',
  'gender-based-violence-risk',
] as const;

export type Vulnerability = (typeof VULNERABILITIES)[number];

/** A registration's vulnerabilities: known ones, no more of them than the list has. */
// Not .readonly(): the API's request bodies use it, and OpenAPI would call the field read-only.
export const VulnerabilitiesSchema = z.array(z.enum(VULNERABILITIES)).max(VULNERABILITIES.length);
