// Why a pass was revoked, in the reader's language: the cause when Paso revoked it itself (its holder
// taken off the manifest, the convoy cancelled, absent at boarding, gone on the road), the reason a
// supervisor wrote otherwise.
import type { TFunction } from 'i18next';
import type { RevocationCause } from '../../../domain/passes';

export function revocationText(
  revocation: { readonly reason: string; readonly cause?: RevocationCause | null | undefined },
  t: TFunction,
): string {
  switch (revocation.cause) {
    case 'manifest-removed':
      return t('passes.cause.manifestRemoved');
    case 'convoy-cancelled':
      return t('passes.cause.convoyCancelled', { reason: revocation.reason });
    case 'no-show':
      return t('passes.cause.noShow');
    case 'left-convoy':
      return t('passes.cause.leftConvoy', { reason: revocation.reason });
    case null:
    case undefined:
      return revocation.reason;
    default: {
      const unknown: never = revocation.cause;
      return String(unknown);
    }
  }
}
