// Login, session and logout.
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from './accounts';
import { RequiredText, TEXT_LIMITS, UserSchema } from './common';

export const LoginBody = z.strictObject({
  username: RequiredText(TEXT_LIMITS.username),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export const SessionReply = z.object({ user: UserSchema, csrfToken: z.string() });
export type SessionReplyDto = z.infer<typeof SessionReply>;
