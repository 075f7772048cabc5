// A pass is judged on the server's clock as this device last learnt it (server-clock.ts), not on the
// device's own: a device clock hours off would call a valid pass expired, or an expired one valid.
// Before any answer has taught it the server's clock, on the device's, and the verdict says which.
import { type KeyRing, type RevocationEntry, type Verification, verifyPass } from '../../../domain/passes';
import { serverTime } from '../../offline/server-clock';

/** What the verifier keeps of one check: the verdict, and the instant and clock it was judged by. */
export type CheckedPass = {
  readonly verification: Verification;
  /** The instant the pass's validity was judged at (UTC). */
  readonly at: string;
  /** 'server': the device's clock corrected by the offset last learnt; 'device': none was known. */
  readonly clock: 'server' | 'device';
};

export type PassRing = {
  readonly keys: KeyRing;
  readonly revoked: ReadonlyMap<string, RevocationEntry>;
};

/**
 * Checks a pass text at `deviceNow` (the device's clock, ms), corrected by `offset` (the device's clock
 * minus the server's, as last learnt; null when never learnt).
 */
export async function checkPass(
  text: string,
  ring: PassRing,
  deviceNow: number,
  offset: number | null,
): Promise<CheckedPass> {
  const { at, onServerClock } = serverTime(deviceNow, offset);
  const verification = await verifyPass(text, ring.keys, ring.revoked, at);
  return { verification, at, clock: onServerClock ? 'server' : 'device' };
}
