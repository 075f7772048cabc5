// Ids of the records Paso makes, in the browser and on the server: UUID version 7 (RFC 9562), whose
// first 48 bits are the time of creation in milliseconds. Records made one after another get ids that
// sort one after another, so each insert lands at the end of the indexes keyed by id instead of on a
// random page of them: a busy checkpoint's writes touch a few pages of each index, not thousands, and a
// million-record table's indexes need not all be held in memory. The remaining bits are random, so
// ids made on devices that never speak to each other still do not collide. An id tells when it was
// made, which every event says anyway in its `at`.
import { v7 } from 'uuid';

// The random bytes come from the platform's generator 4 KiB at a time: asking it for 16 bytes per
// id costs a call into the system for each one, and an import makes several ids per event.
const POOL = 4096;
const pool = new Uint8Array(POOL);
let used = POOL;

function randomBytes(): Uint8Array {
  if (used + 16 > POOL) {
    globalThis.crypto.getRandomValues(pool);
    used = 0;
  }
  used += 16;
  return pool.subarray(used - 16, used);
}

// Given its own random bytes, v7 leaves the order of ids made in the same millisecond to the caller:
// a counter, started at a random value each new millisecond (as the library does for itself), keeps them
// in the order they were made.
let lastMs = Number.NEGATIVE_INFINITY;
let seq = 0;

export function newId(): string {
  const random = randomBytes();
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    seq =
      (((random[6] ?? 0) & 0x7f) << 24) |
      ((random[7] ?? 0) << 16) |
      ((random[8] ?? 0) << 8) |
      (random[9] ?? 0);
  } else {
    seq = (seq + 1) | 0;
    if (seq === 0) lastMs += 1;
  }
  return v7({ random, msecs: lastMs, seq });
}
