// Password hashing with Argon2id (memory-hard), parameters set explicitly so they never drift.
import { hash, verify } from '@node-rs/argon2';

// OWASP's minimum for Argon2id: m = 19 MiB, t = 2, p = 1.
const PARAMS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, PARAMS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch (error) {
    // A malformed stored hash is a broken row, not a wrong password: say so in the log, deny access.
    console.error('paso: unreadable password hash', error);
    return false;
  }
}

// Spent on unknown usernames so that a login's timing does not reveal whether the user exists.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('paso-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}
