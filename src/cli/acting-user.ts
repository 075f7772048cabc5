// Who a command acts for (`--as`): an enabled account with one of the roles the command allows,
// found by its username as the login finds it (trimmed, in lower case), or why not, in words. Every
// command that records work on someone's behalf asks here, so that none lets a disabled account act.
import type { Role } from '../domain/access';
import { findCredentials, type User } from '../store/accounts';
import type { Executor } from '../store/executor';

const ROLE_WORDS: Record<Role, string> = {
  officer: 'an officer',
  supervisor: 'a supervisor',
  humanitarian: 'a humanitarian partner',
  analyst: 'an analyst',
  admin: 'an administrator',
};

/** `allowed` in words: "a supervisor or an administrator". */
const rolesInWords = (allowed: readonly Role[]): string =>
  allowed.map((role) => ROLE_WORDS[role]).join(' or ');

export async function actingUser(
  db: Executor,
  given: string,
  allowed: readonly Role[],
): Promise<{ readonly user: User } | { readonly refusal: string }> {
  const found = await findCredentials(db, given.trim().toLowerCase());
  if (!found) return { refusal: `no user is called "${given}"` };
  const { user } = found;
  if (!allowed.includes(user.role))
    return {
      refusal: `"${user.username}" is ${ROLE_WORDS[user.role]}, not ${rolesInWords(allowed)}`,
    };
  if (user.disabled) return { refusal: `the account "${user.username}" is disabled` };
  return { user };
}
