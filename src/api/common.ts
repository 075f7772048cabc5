// Wire shapes shared by the server (validation, OpenAPI) and the web app (typed client).
import { z } from 'zod';
import { ROLES } from '../domain/access';

export const Uuid = z.uuid();
export const RoleSchema = z.enum(ROLES);
export const IsoTime = z.iso.datetime({ offset: false });

export const UserSchema = z.object({
  id: Uuid,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  checkpointIds: z.array(Uuid),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof UserSchema>;

export const IdParams = z.strictObject({ id: Uuid });
