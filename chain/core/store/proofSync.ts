import { checkKey, checkValue, equalBytes, fromKey, toKey } from "./bytes.js";
import { StoreError, StoreErrorCode } from "./errors.js";
import { EMPTY_ROOT_KEY, sha256Key } from "./hash.js";
import { lookupPath } from "./proof.js";
import { decodeNode, type TrieNode } from "./trieNode.js";
import { sealTrie, type TrieOp, updateTrie } from "./trieUpdate.js";
import type { StateProof } from "./types.js";

// A synchronous twin of `verifyStateProof` (proof.ts): a message handler runs inside DeliverTx,
// which cannot await, and the async verifier exists only because @ethereumjs/mpt is async. Both
// accept and refuse the same proofs; the tests check them against each other.

function invalid(why: string): StoreError {
  return new StoreError(StoreErrorCode.InvalidProof, `invalid state proof: ${why}`);
}

/** The parts of a {@link StateProof} a verifier reads (`root` and `height` are optional labels). */
export type StateProofNodes = Pick<StateProof, "key" | "value" | "nodes"> & { root?: Uint8Array };

/**
 * Verifies, synchronously, that `proof` shows `key` at its value (or absent) under the app hash
 * `root`, and returns the proven value (`undefined` for absence). Same rules as the async
 * `verifyStateProof`: the nodes must be exactly the path from the root along `sha256(key)`, root
 * first, each one the node its parent references by hash; the leaf reached must hold
 * `sha256(value) ‖ value`.
 * @throws StoreError `InvalidProof` when the proof does not verify
 */
export function verifyStateProofSync(
  root: Uint8Array,
  key: Uint8Array,
  proof: StateProofNodes,
): Uint8Array | undefined {
  if (!(root instanceof Uint8Array) || root.length !== 32) throw invalid("root must be 32 bytes");
  if (!(proof.key instanceof Uint8Array) || !equalBytes(proof.key, key))
    throw invalid("proof is for another key");
  if (proof.root !== undefined && !equalBytes(proof.root, root)) throw invalid("proof is for another root");
  if (!Array.isArray(proof.nodes) || proof.nodes.some((n) => !(n instanceof Uint8Array)))
    throw invalid("nodes must be byte strings");
  const rootKey = toKey(root);
  if (rootKey === EMPTY_ROOT_KEY) {
    // the empty trie has no nodes; only absence can be proven
    if (proof.nodes.length !== 0 || proof.value !== undefined) throw invalid("empty state holds nothing");
    return undefined;
  }
  if (proof.nodes.length === 0) throw invalid("no nodes");
  // The walk asks for node i at step i: it must be the i-th node given and hash to the reference
  // its parent holds, so a changed, missing, extra or reordered node fails.
  let step = 0;
  let last: TrieNode | undefined;
  const loader = {
    load(hash: string): TrieNode {
      const enc = proof.nodes[step];
      if (enc === undefined) throw invalid("nodes end before the path does");
      if (sha256Key(enc) !== hash) throw invalid("nodes do not form a path from the root");
      step++;
      try {
        last = decodeNode(enc, hash);
      } catch {
        throw invalid("malformed trie node");
      }
      return last;
    },
  };
  const found = lookupPath(rootKey, key, loader);
  if (step !== proof.nodes.length) throw invalid("nodes beyond the end of the path");
  if (found.value === undefined) {
    if (proof.value !== undefined) throw invalid("key is absent but the proof claims a value");
    return undefined;
  }
  if (proof.value === undefined) throw invalid("key is present but the proof claims absence");
  // the leaf stores sha256(value) ‖ value: both parts must be the claimed value's
  const leaf = last as Extract<TrieNode, { kind: "leaf" }>;
  if (!equalBytes(found.value, proof.value) || leaf.valueHash !== sha256Key(proof.value))
    throw invalid("value does not match the leaf");
  return proof.value;
}

/**
 * A proof of `key` in the state holding exactly `entries` (a later duplicate key wins), built in
 * memory from scratch: for a state that was never committed on its own, such as the genesis state
 * (committed together with block 1, yet block 1's `appHash` is its root). The root it proves
 * against equals `computeStateRoot(entries)`.
 * @throws StoreError `InvalidKey` / `InvalidValue` for malformed entries
 */
export function proveInState(
  entries: Iterable<readonly [Uint8Array, Uint8Array]>,
  key: Uint8Array,
): Omit<StateProof, "height"> {
  checkKey(key);
  const byPath = new Map<string, Uint8Array>();
  for (const [k, v] of entries) {
    checkKey(k);
    checkValue(v);
    byPath.set(sha256Key(k), v);
  }
  const ops: TrieOp[] = [];
  for (const [path, value] of byPath) ops.push({ path, value, valueHash: sha256Key(value) });
  ops.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const created: TrieNode[] = [];
  const noStored = {
    load(): TrieNode {
      throw new StoreError(StoreErrorCode.Corrupt, "a trie built from scratch has no stored nodes");
    },
  };
  const rootKey = sealTrie(updateTrie(null, ops, noStored), created);
  const byHash = new Map(created.map((n) => [n.hash!, n]));
  const found = lookupPath(rootKey, key, {
    load(hash: string): TrieNode {
      const node = byHash.get(hash);
      if (!node) throw new StoreError(StoreErrorCode.Corrupt, "trie node missing from the built state");
      return node;
    },
  });
  return {
    root: fromKey(rootKey),
    key: key.slice(),
    value: found.value?.slice(),
    nodes: found.nodes.map((n) => n.slice()),
  };
}
