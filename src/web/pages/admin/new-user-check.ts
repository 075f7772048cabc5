// A new account checked in the browser before it is sent, with the API's own rules
// (src/api/accounts.ts): every fault at once, each beside its field in the reader's language, rather
// than the server's first complaint per send. Blank fields are marked by useRequiredFields.
import type { TFunction } from 'i18next';
import { isShortPassword, lacksCheckpoint, usernameFault } from '../../../api/accounts';
import type { Role } from '../../api/types';

type NewUser = {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
  readonly checkpointIds: readonly string[];
};

/** The faults of a new account by field (username, password, checkpointIds); none for a blank field. */
export function newUserFaults(user: NewUser, t: TFunction): Readonly<Record<string, string>> {
  const faults: Record<string, string> = {};
  const username = user.username.trim() === '' ? null : usernameFault(user.username);
  if (username === 'short') faults.username = t('users.error.usernameShort');
  if (username === 'characters') faults.username = t('users.error.usernameCharacters');
  if (user.password !== '' && isShortPassword(user.password)) faults.password = t('problem.userWeakPassword');
  if (lacksCheckpoint(user.role, user.checkpointIds))
    faults.checkpointIds = t('problem.userCheckpointRequired');
  return faults;
}
