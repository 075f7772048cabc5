// Who was signed in on this device, kept so that a page opened or reloaded offline goes on working
// for them instead of sending them to the login page; the server still checks the session (its
// HttpOnly cookie) on every record sent. Kept in localStorage, read back through the user schema.
import { UserSchema } from '../../api/common';
import type { User } from '../api/types';
import { mayOpen, PATHS } from '../routes';
import { REFERENCE_READS } from './offline-reads';

const KEY = 'paso.offline.user';

export function rememberUser(user: User): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(user));
  } catch (error) {
    // Storage refused (a private window): a reload offline will then ask to log in again.
    console.warn('the signed-in user could not be kept for offline use', error);
  }
}

export function forgetUser(): void {
  window.localStorage.removeItem(KEY);
}

export function rememberedUser(): User | null {
  let value: unknown;
  try {
    value = JSON.parse(window.localStorage.getItem(KEY) ?? 'null');
  } catch {
    // Not ours or damaged: as if nobody was remembered.
    return null;
  }
  const parsed = UserSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Reads the booth's reference data once the service worker controls the page, so it is kept on the
 * device: only for a user who may open the booth (others may not read the policy). Signing out aborts
 * it, so that no read goes out without a session (each would be refused).
 */
export async function warmReferenceCache(user: User, signal: AbortSignal): Promise<void> {
  if (!('serviceWorker' in navigator) || !mayOpen(user.role, PATHS.booth)) return;
  await navigator.serviceWorker.ready;
  if (navigator.serviceWorker.controller === null) {
    await new Promise((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
      signal.addEventListener('abort', resolve, { once: true });
    });
  }
  if (signal.aborted) return;
  await Promise.all(
    REFERENCE_READS.map((path) =>
      fetch(path, { credentials: 'same-origin', signal }).catch((error: unknown) => {
        if (!signal.aborted) console.warn('could not keep for offline use', path, error);
      }),
    ),
  );
}
