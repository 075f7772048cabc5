// Login, session and logout.
import { z } from 'zod';
import { UserSchema } from './common';

export const LoginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const SessionReply = z.object({ user: UserSchema, csrfToken: z.string() });
export type SessionReplyDto = z.infer<typeof SessionReply>;
