// User administration.
import { z } from 'zod';
import type { Role } from '../domain/access';
import { RequiredText, RoleSchema, TEXT_LIMITS, UserSchema, Uuid } from './common';

/** The fewest characters (Unicode code points) a password may have. */
export const MIN_PASSWORD_LENGTH = 10;
/**
 * The most a password may have: what the login takes (counted as zod counts, in UTF-16 code units).
 * A longer one could be set but never used to sign in.
 */
export const MAX_PASSWORD_LENGTH = TEXT_LIMITS.password;
const MIN_USERNAME_LENGTH = 3;
// Lower-case ASCII, so that a name typed at sign-in is the same name whatever the keyboard.
const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

// The rules below are the API's and the web app's both: the app checks a new account before sending
// it, and says every fault at once, with the rule the server applies.

/** What is wrong with a username as the API reads it (trimmed), or null when nothing is. */
export function usernameFault(text: string): 'short' | 'characters' | null {
  const name = text.trim();
  if (name.length < MIN_USERNAME_LENGTH) return 'short';
  return USERNAME_PATTERN.test(name) ? null : 'characters';
}

/** Shorter than the minimum, counted in Unicode code points (an emoji is one character). */
export const isShortPassword = (password: string): boolean => [...password].length < MIN_PASSWORD_LENGTH;

/** Longer than the login takes. */
export const isLongPassword = (password: string): boolean => password.length > MAX_PASSWORD_LENGTH;

/** What a password longer than the login takes is told, in the API and in `paso user`. */
export const LONG_PASSWORD = `a password has at most ${MAX_PASSWORD_LENGTH} characters`;

/** An officer registers people at a checkpoint and sees only its records: without one, the account
 * could sign in and do nothing. */
export const lacksCheckpoint = (role: Role, checkpointIds: readonly string[]): boolean =>
  role === 'officer' && checkpointIds.length === 0;

const Username = z
  .string()
  .trim()
  .min(MIN_USERNAME_LENGTH)
  .max(TEXT_LIMITS.username)
  .regex(USERNAME_PATTERN, 'Use only lower-case letters, digits, dot, dash and underscore.');
const DisplayName = RequiredText(TEXT_LIMITS.displayName);
// The handler refuses a short password itself, with its own code (user.weak-password) that the web
// app puts beside the field; the document still states the minimum.
const Password = z
  .string()
  .max(MAX_PASSWORD_LENGTH, LONG_PASSWORD)
  .meta({
    minLength: MIN_PASSWORD_LENGTH,
    description: `At least ${MIN_PASSWORD_LENGTH} characters; a shorter one is refused (user.weak-password).`,
  });

export const CreateUserBody = z.strictObject({
  id: Uuid.optional(),
  username: Username,
  displayName: DisplayName,
  role: RoleSchema,
  checkpointIds: z
    .array(Uuid)
    .max(50)
    .default([])
    .describe(
      'The checkpoints an officer works at: at least one for an officer (else user.checkpoint-required), each existing (else user.unknown-checkpoint).',
    ),
  password: Password,
});

export const UpdateUserBody = z
  .strictObject({
    displayName: DisplayName.optional(),
    role: RoleSchema.optional(),
    checkpointIds: z
      .array(Uuid)
      .max(50)
      .optional()
      .describe('An officer keeps at least one checkpoint (else user.checkpoint-required).'),
    disabled: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Nothing to change')
  .meta({ minProperties: 1, description: 'At least one field to change.' });

export const ResetPasswordBody = z.strictObject({ password: Password });

export const UsersReply = z.object({ users: z.array(UserSchema) });
