// What signing out asks first, and why: each thing that would be lost or left waiting is said before
// the officer leaves, not after. No question at all means signing out at once.
import type { TFunction } from 'i18next';

export type LogoutRisks = {
  readonly online: boolean;
  /** Records of this session still in the outbox. */
  readonly waiting: number;
  /** A record on screen typed or read but not sent (a half-typed booth form): kept nowhere. */
  readonly isEditing: boolean;
};

export function logoutQuestion({ online, waiting, isEditing }: LogoutRisks, t: TFunction): readonly string[] {
  return [
    // Lost for good, unlike the rest: said first.
    ...(isEditing ? [t('auth.logoutUnsaved')] : []),
    // Signing out offline leaves the device without anyone signed in until the network returns
    // (signing in needs the server), and records still to send wait for this officer.
    ...(online ? [] : [t('auth.logoutOffline')]),
    ...(waiting > 0 ? [t('auth.logoutWaiting', { count: waiting })] : []),
  ];
}
