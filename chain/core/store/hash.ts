import { hash } from "node:crypto";
import { fromKey } from "./bytes.js";

// SHA-256 everywhere in the commitment: trie node hashes, key paths and value hashes. It is the
// Cosmos/SSZ hash of the rest of strata and is native in Node (about 1 µs per node); keccak-256
// from a JS library costs 4-20 µs per node, which matters at thousands of nodes per block.

/** SHA-256 of `data` as a binary string (32 chars). */
export function sha256Key(data: Uint8Array): string {
  return hash("sha256", data, "binary");
}

/** SHA-256 of `data` as bytes. */
export function sha256(data: Uint8Array): Uint8Array {
  const out = hash("sha256", data, "buffer");
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * What a trie leaf stores for `value`: `sha256(value) ‖ value`. Keeping the value in the leaf
 * makes a proof at any height self-contained; the hash prefix makes every leaf value at least 32
 * bytes, so no node ever encodes below 32 bytes and nodes are never inlined in their parent.
 */
export function leafValue(value: Uint8Array): Uint8Array {
  const out = new Uint8Array(32 + value.length);
  out.set(sha256(value));
  out.set(value, 32);
  return out;
}

/** RLP of the empty string: the encoding of an empty trie. */
const RLP_EMPTY = new Uint8Array([0x80]);

/** App hash of the empty state: `sha256(0x80)`, as in an empty Merkle Patricia Trie. */
export const EMPTY_ROOT_KEY: string = sha256Key(RLP_EMPTY);

/** {@link EMPTY_ROOT_KEY} as bytes (a fresh copy each call). */
export function emptyRoot(): Uint8Array {
  return fromKey(EMPTY_ROOT_KEY);
}
