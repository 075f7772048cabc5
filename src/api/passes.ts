// Wire shapes of travel passes, shared by the server (validation, OpenAPI) and the web app.
import { z } from 'zod';
import { parsePartialDate } from '../domain/matching';
import { PassContentShape, PassKeyset, RevocationCause } from '../domain/passes';
import { IsoTime, RequiredText, TEXT_LIMITS, Uuid } from './common';

export { PassKeyset };

const Ref = z.strictObject({
  id: RequiredText(64).describe('The id or code, as the transit area has it (CV-07, TAC-TUM, a UUID).'),
  name: RequiredText(120).describe('What people read: Convoy 7, Tacna – Tumbes.'),
});

const BirthDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'a date as YYYY, YYYY-MM or YYYY-MM-DD',
    abort: true,
  })
  // The pattern lets 1988-02-31 through: a pass must not carry a day that does not exist.
  .refine((text) => parsePartialDate(text).ok, 'a day that exists (not 31 February)')
  .describe('YYYY, YYYY-MM or YYYY-MM-DD: as precise as known; a day that exists.');

/**
 * The most characters a pass's passenger fields and a revocation's reason may have: the schemas refuse
 * more, and the web app's fields stop there (maxLength), as with TEXT_LIMITS.
 */
export const PASS_TEXT_LIMITS = {
  name: 200,
  documentKind: 32,
  documentNumber: 64,
  revokeReason: TEXT_LIMITS.note,
} as const;

export const IssuePassBody = z.strictObject({
  id: Uuid.describe('Made by the client: asking again with it answers the same pass.'),
  personId: Uuid.optional(),
  name: RequiredText(PASS_TEXT_LIMITS.name).describe('The passenger’s names as written on their document.'),
  birthDate: BirthDate.optional(),
  document: z
    .strictObject({
      kind: RequiredText(PASS_TEXT_LIMITS.documentKind),
      number: RequiredText(PASS_TEXT_LIMITS.documentNumber),
    })
    .optional(),
  convoy: Ref,
  corridor: Ref,
  validFrom: IsoTime,
  validUntil: IsoTime.describe('After validFrom.'),
});
export type IssuePassBody = z.infer<typeof IssuePassBody>;

export const PassReply = PassContentShape.extend({
  id: Uuid,
  kid: z.string(),
  text: z.string().describe('The compact JWS the QR code holds.'),
  revoked: z
    .object({
      reason: z
        .string()
        .describe('As written: read by those who issue passes; the keyset carries only the cause.'),
      at: z.string(),
      cause: RevocationCause.describe(
        'Paso revoked the pass itself when its holder was taken off the manifest, the convoy was ' +
          'cancelled, the holder did not board before it departed (no-show) or left it on the road ' +
          '(left-convoy), a correction of their crossing no longer admits them in transit ' +
          '(decision-changed) or changed the name, birth date or document the pass carries ' +
          "(details-corrected: a new pass is issued with the corrected identity), or the convoy's times " +
          'changed so that the pass no longer covers them (schedule-changed: a new pass is issued for the ' +
          'new times); `withdrawn` when a ' +
          'supervisor revoked it by hand.',
      ),
    })
    .nullable(),
});
export type PassReply = z.infer<typeof PassReply>;

export const RevokePassBody = z.strictObject({ reason: RequiredText(PASS_TEXT_LIMITS.revokeReason) });

export const PdfQuery = z.strictObject({ lang: z.enum(['es', 'en']).default('es') });

export const RotateKeysReply = z.object({
  kid: z.string().describe('The new signing key.'),
  retired: z.array(z.string()).describe('The keys it replaced: published until their passes expire.'),
});
