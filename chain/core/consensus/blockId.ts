import type { BlockId } from "./types.js";

/** Length of {@link blockIdKey}: hash (32) ‖ parts total (4, big-endian) ‖ parts hash (32). */
export const BLOCK_ID_KEY_LENGTH = 68;

/** A fresh nil BlockId (all zero). */
export function nilBlockId(): BlockId {
  return { hash: new Uint8Array(32), partSetHeader: { total: 0, hash: new Uint8Array(32) } };
}

function isZero(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0) return false;
  return true;
}

/** True when the BlockId votes for nil: its block hash is all zero. */
export function isNilBlockId(id: BlockId): boolean {
  return isZero(id.hash);
}

/**
 * True when `id` is the canonical nil BlockId (every field zero). A vote with a zero hash but a
 * non-zero part-set header is malformed.
 */
export function isCanonicalNil(id: BlockId): boolean {
  return isZero(id.hash) && id.partSetHeader.total === 0 && isZero(id.partSetHeader.hash);
}

/**
 * Byte key of a BlockId, the analogue of CometBFT's `BlockID.Key()`: hash ‖ u32be(total) ‖ parts
 * hash. Duplicate-vote evidence orders its votes by this key (VoteA has the smaller one).
 */
export function blockIdKey(id: BlockId): Uint8Array {
  const out = new Uint8Array(BLOCK_ID_KEY_LENGTH);
  out.set(id.hash, 0);
  new DataView(out.buffer).setUint32(32, id.partSetHeader.total >>> 0, false);
  out.set(id.partSetHeader.hash, 36);
  return out;
}

/** {@link blockIdKey} as lowercase hex, for use as a map key. */
export function blockIdKeyHex(id: BlockId): string {
  return Buffer.from(blockIdKey(id)).toString("hex");
}

/** True when two BlockIds are equal field by field. */
export function blockIdEquals(a: BlockId, b: BlockId): boolean {
  return (
    a.partSetHeader.total === b.partSetHeader.total &&
    Buffer.compare(a.hash, b.hash) === 0 &&
    Buffer.compare(a.partSetHeader.hash, b.partSetHeader.hash) === 0
  );
}

/** Lexicographic comparison of two BlockIds by {@link blockIdKey} (-1, 0 or 1). */
export function compareBlockIds(a: BlockId, b: BlockId): number {
  return Buffer.compare(blockIdKey(a), blockIdKey(b));
}
