// The person index's postings: an open-addressing hash of numeric keys, each key's rows newest first,
// those added since the last packing in a linked list, the older ones packed side by side.
import type { PersonIndex } from './person-index';

export function slotOf(keys: Float64Array, key: number): number {
  const lo = (key % 4294967296) | 0;
  const hi = Math.floor(key / 4294967296) | 0;
  const mask = keys.length - 1;
  let s = (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
  while (keys[s] !== -1 && keys[s] !== key) s = (s + 1) & mask;
  return s;
}

function rehash(ix: PersonIndex): void {
  const old = { ...ix };
  const size = old.slotKeys.length * 2;
  ix.slotKeys = new Float64Array(size).fill(-1);
  ix.slotHeads = new Int32Array(size);
  ix.slotLengths = new Int32Array(size);
  ix.packedStart = new Int32Array(size);
  ix.packedLength = new Int32Array(size);
  for (let s = 0; s < old.slotKeys.length; s += 1) {
    const k = old.slotKeys[s] ?? -1;
    if (k === -1) continue;
    const t = slotOf(ix.slotKeys, k);
    ix.slotKeys[t] = k;
    ix.slotHeads[t] = old.slotHeads[s] ?? 0;
    ix.slotLengths[t] = old.slotLengths[s] ?? 0;
    ix.packedStart[t] = old.packedStart[s] ?? 0;
    ix.packedLength[t] = old.packedLength[s] ?? 0;
  }
}

/** Linked postings a query lets wait before packing them: at least this many, and a quarter of the packed. */
const PACK_FROM = 1 << 16;

/** Whether enough postings wait in linked lists that packing them pays (done by queries, amortized). */
export const packingDue = (ix: PersonIndex): boolean =>
  ix.packing && ix.postings > Math.max(PACK_FROM, ix.packedRows.length >> 2);

/**
 * Packs every key's rows side by side, newest first as the linked lists give them, so that queries
 * read them in the order they always have. Call after a bulk load; queries call it when due.
 */
export function packPostings(ix: PersonIndex): void {
  if (ix.postings === 0) return;
  const rows = new Int32Array(ix.packedRows.length + ix.postings);
  let at = 0;
  for (let s = 0; s < ix.slotKeys.length; s += 1) {
    if (ix.slotKeys[s] === -1) continue;
    const start = at;
    for (let p = ix.slotHeads[s] ?? -1; p >= 0; p = ix.postNext[p] ?? -1) rows[at++] = ix.postRow[p] ?? 0;
    const from = ix.packedStart[s] ?? 0;
    rows.set(ix.packedRows.subarray(from, from + (ix.packedLength[s] ?? 0)), at);
    at += ix.packedLength[s] ?? 0;
    ix.packedStart[s] = start;
    ix.packedLength[s] = at - start;
    ix.slotHeads[s] = -1;
  }
  ix.packedRows = rows;
  ix.postings = 0;
  // The linked lists start again, at a quarter of what they held.
  ix.postRow = new Int32Array(Math.max(64, ix.postRow.length >> 2));
  ix.postNext = new Int32Array(ix.postRow.length);
}

export function growInt(a: Int32Array, need: number): Int32Array {
  if (a.length >= need) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

export function post(ix: PersonIndex, key: number, row: number): void {
  if (ix.usedSlots * 2 >= ix.slotKeys.length) rehash(ix);
  const s = slotOf(ix.slotKeys, key);
  if (ix.slotKeys[s] === -1) {
    ix.slotKeys[s] = key;
    ix.slotHeads[s] = -1;
    ix.packedStart[s] = 0;
    ix.packedLength[s] = 0;
    ix.usedSlots += 1;
  }
  const p = ix.postings;
  ix.postRow = growInt(ix.postRow, p + 1);
  ix.postNext = growInt(ix.postNext, p + 1);
  ix.postRow[p] = row;
  ix.postNext[p] = ix.slotHeads[s] ?? -1;
  ix.slotHeads[s] = p;
  ix.slotLengths[s] = (ix.slotLengths[s] ?? 0) + 1;
  ix.postings = p + 1;
}
