// User administration.
import { z } from 'zod';
import { RoleSchema, TEXT_LIMITS, UserSchema, Uuid } from './common';

const Username = z
  .string()
  .trim()
  .min(3)
  .max(TEXT_LIMITS.username)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, dot, dash and underscore');
const DisplayName = z.string().trim().min(1).max(TEXT_LIMITS.displayName);
const Password = z.string().max(TEXT_LIMITS.password);

export const CreateUserBody = z.strictObject({
  id: Uuid.optional(),
  username: Username,
  displayName: DisplayName,
  role: RoleSchema,
  checkpointIds: z.array(Uuid).max(50).default([]),
  password: Password,
});

export const UpdateUserBody = z
  .strictObject({
    displayName: DisplayName.optional(),
    role: RoleSchema.optional(),
    checkpointIds: z.array(Uuid).max(50).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Nothing to change');

export const ResetPasswordBody = z.strictObject({ password: Password });

export const UsersReply = z.object({ users: z.array(UserSchema) });
