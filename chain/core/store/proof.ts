import { verifyMerkleProof } from "@ethereumjs/mpt";
import { equalBytes, toKey } from "./bytes.js";
import { StoreError, StoreErrorCode } from "./errors.js";
import { EMPTY_ROOT_KEY, leafValue, sha256, sha256Key } from "./hash.js";
import { nibbleAt } from "./trieNode.js";
import type { NodeLoader } from "./trieUpdate.js";
import type { StateProof } from "./types.js";

/** What a walk down the trie found for one key. */
export interface TrieLookup {
  /** Encodings of the nodes visited, root first. */
  nodes: Uint8Array[];
  /** The value when the key is present (a view of the leaf's encoding). */
  value: Uint8Array | undefined;
}

/**
 * Walks from `root` (binary-string hash) along `sha256(key)` and records the visited nodes:
 * the proof of presence or absence of `key`.
 * @throws StoreError `Corrupt` when a node on the path is missing
 */
export function lookupPath(root: string, key: Uint8Array, loader: NodeLoader): TrieLookup {
  const nodes: Uint8Array[] = [];
  if (root === EMPTY_ROOT_KEY) return { nodes, value: undefined };
  const path = sha256Key(key);
  let ref = root;
  let depth = 0;
  for (;;) {
    const node = loader.load(ref);
    nodes.push(node.enc!);
    if (node.kind === "branch") {
      const kid = node.kids[nibbleAt(path, depth)];
      if (kid === null || kid === undefined) return { nodes, value: undefined };
      ref = kid as string;
      depth++;
      continue;
    }
    for (let i = 0; i < node.path.length; i++) {
      if (nibbleAt(path, depth + i) !== node.path[i]) return { nodes, value: undefined };
    }
    if (node.kind === "leaf") return { nodes, value: node.value };
    ref = node.child as string;
    depth += node.path.length;
  }
}

/** Node and key hashing for the @ethereumjs/mpt verifier. */
const mptHash = (data: Uint8Array): Uint8Array => sha256(data);

function invalid(why: string): StoreError {
  return new StoreError(StoreErrorCode.InvalidProof, `invalid state proof: ${why}`);
}

/**
 * Verifies that `proof` shows `key` at its value (or absent) under the app hash `root`, and
 * returns the proven value (`undefined` for absence).
 *
 * The trie walk is done by `@ethereumjs/mpt`'s `verifyMerkleProof` (secure trie, SHA-256): it
 * rebuilds the path from `proof.nodes` by hash starting at `root`, so any changed, missing or
 * reordered node fails; the leaf it reaches must then hold `sha256(proof.value) ‖ proof.value`.
 * @throws StoreError `InvalidProof` when the proof does not verify
 */
export async function verifyStateProof(
  root: Uint8Array,
  key: Uint8Array,
  proof: StateProof,
): Promise<Uint8Array | undefined> {
  if (!(root instanceof Uint8Array) || root.length !== 32) throw invalid("root must be 32 bytes");
  if (!equalBytes(proof.key, key)) throw invalid("proof is for another key");
  if (!equalBytes(proof.root, root)) throw invalid("proof is for another root");
  if (toKey(root) === EMPTY_ROOT_KEY) {
    // the empty trie has no nodes; only absence can be proven
    if (proof.nodes.length !== 0 || proof.value !== undefined) throw invalid("empty state holds nothing");
    return undefined;
  }
  if (proof.nodes.length === 0) throw invalid("no nodes");
  let leaf: Uint8Array | null;
  try {
    leaf = await verifyMerkleProof(key, proof.nodes, {
      root,
      useKeyHashing: true,
      useKeyHashingFunction: mptHash,
    });
  } catch {
    throw invalid("nodes do not form a path from the root");
  }
  if (leaf === null) {
    if (proof.value !== undefined) throw invalid("key is absent but the proof claims a value");
    return undefined;
  }
  if (proof.value === undefined) throw invalid("key is present but the proof claims absence");
  if (!equalBytes(leaf, leafValue(proof.value))) throw invalid("value does not match the leaf");
  return proof.value;
}
