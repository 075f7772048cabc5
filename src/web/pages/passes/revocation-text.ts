// Why a pass was revoked, in the reader's language, from its cause alone: a verifier (a checkpoint or
// a partner) never holds the reason as written, only the cause and, for someone who left a convoy,
// the stop.
import type { TFunction } from 'i18next';
import type { RevocationCause } from '../../../domain/passes';

export function revocationText(
  revocation: { readonly cause: RevocationCause; readonly stop?: string | undefined },
  t: TFunction,
): string {
  switch (revocation.cause) {
    case 'manifest-removed':
      return t('passes.cause.manifestRemoved');
    case 'convoy-cancelled':
      return t('passes.cause.convoyCancelled');
    case 'no-show':
      return t('passes.cause.noShow');
    case 'left-convoy':
      // A keyset kept before stops were listed has none: the cause alone still says enough.
      return revocation.stop === undefined
        ? t('passes.cause.leftConvoy')
        : t('passes.cause.leftConvoyAt', { stop: revocation.stop });
    case 'decision-changed':
      return t('passes.cause.decisionChanged');
    case 'details-corrected':
      return t('passes.cause.detailsCorrected');
    case 'schedule-changed':
      return t('passes.cause.scheduleChanged');
    case 'withdrawn':
      return t('passes.cause.withdrawn');
    default: {
      const unknown: never = revocation.cause;
      return String(unknown);
    }
  }
}
