import { sha256 } from "../crypto/index.js";

// Hashes by tx object: the same bytes travel from the RPC through CheckTx, the mempool, the
// block, execution, the block store and the commit events, and each step needs the hash.
const hashes = new WeakMap<Uint8Array, Uint8Array>();

/**
 * sha256 of a tx's bytes (the CometBFT tx hash), computed once per `Uint8Array` object and then
 * remembered for as long as the object lives. Tx bytes are never mutated once received; callers
 * must not change a tx's bytes after hashing it.
 */
export function txHash(tx: Uint8Array): Uint8Array {
  let h = hashes.get(tx);
  if (!h) {
    h = sha256(tx);
    hashes.set(tx, h);
  }
  return h;
}
