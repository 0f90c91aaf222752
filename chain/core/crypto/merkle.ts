import { createHash } from "node:crypto";

const LEAF = Buffer.from([0]);
const INNER = Buffer.from([1]);

function leafHash(item: Uint8Array): Buffer {
  return createHash("sha256").update(LEAF).update(item).digest();
}

function innerHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash("sha256").update(INNER).update(left).update(right).digest();
}

// Largest power of two strictly less than n (n ≥ 2).
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function rootOfRange(items: readonly Uint8Array[], from: number, to: number): Buffer {
  const n = to - from;
  if (n === 1) return leafHash(items[from]!);
  const k = splitPoint(n);
  return innerHash(rootOfRange(items, from, from + k), rootOfRange(items, from + k, to));
}

/**
 * Merkle root of a list (RFC 6962: leaves hashed as sha256(0x00 ‖ item), inner nodes as
 * sha256(0x01 ‖ left ‖ right), split at the largest power of two below n; the empty list hashes
 * to sha256("")). The same tree CometBFT uses for data and results hashes.
 */
export function merkleRoot(items: readonly Uint8Array[]): Uint8Array {
  const root = items.length === 0 ? createHash("sha256").digest() : rootOfRange(items, 0, items.length);
  return new Uint8Array(root);
}
