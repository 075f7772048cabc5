// The travel passes area: what a pass says, how it is signed, and how a checkpoint verifies it offline.
export {
  bornAfter,
  claimsOf,
  type Pass,
  PassClaims,
  type PassContent,
  PassContentShape,
  type PassRef,
  passOf,
} from './claims';
export {
  isPublished,
  isRetiredFor,
  leftConvoyReason,
  PassKey,
  PassKeyset,
  REVOCATION_CAUSES,
  Revocation,
  RevocationCause,
  stopOfLeftConvoy,
} from './keyset';
export { type PrivatePassKey, signPass } from './sign';
export {
  type KeyRing,
  keyRingOf,
  type RejectReason,
  type RevocationEntry,
  revokedOf,
  type Verification,
  verifyPass,
} from './verify';
