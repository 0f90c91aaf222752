import { sha256 } from "../crypto/index.js";
import { WITHDRAWAL_TREE_DEPTH } from "./types.js";

// The withdrawal list's Merkle tree (ROLLUP.md, "Withdrawals"): the SSZ `hashTreeRoot` of
// `List[Withdrawal, 2^32]`, i.e. the depth-32 binary tree of the leaves (zero-padded) mixed with
// the length. The child keeps it incrementally with the deposit contract's algorithm: one branch
// node per level (the left sibling the next append at that level pairs with) and the count, so an
// append costs at most 32 hashes and stores one node.

const DEPTH = WITHDRAWAL_TREE_DEPTH;

/**
 * Most leaves the incremental tree holds: 2^32 − 1, one short of the SSZ limit, as in the deposit
 * contract (its branch cannot represent a full tree). Unreachable in practice.
 */
export const MAX_LEAVES = 2 ** DEPTH - 1;

function hash2(left: Uint8Array, right: Uint8Array): Uint8Array {
  const buf = new Uint8Array(64);
  buf.set(left, 0);
  buf.set(right, 32);
  return sha256(buf);
}

/** `ZERO_HASHES[h]`: the root of an all-zero subtree of height h (`ZERO_HASHES[0]` is 32 zero bytes). */
export const ZERO_HASHES: readonly Uint8Array[] = (() => {
  const out: Uint8Array[] = [new Uint8Array(32)];
  for (let h = 0; h < DEPTH; h++) out.push(hash2(out[h]!, out[h]!));
  return out;
})();

/** The incremental tree: `branch[h]` (32 bytes) for every level, and the number of leaves. */
export interface IncrementalMerkleTree {
  /** 32 nodes; the ones above the count's bit length are never read and stay zero. */
  branch: Uint8Array[];
  count: number;
}

/** A tree with no leaves. */
export function emptyTree(): IncrementalMerkleTree {
  return { branch: Array.from({ length: DEPTH }, () => new Uint8Array(32)), count: 0 };
}

function checkCount(count: number): void {
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_LEAVES)
    throw new RangeError(`withdrawal count ${count} is outside [0, 2^${DEPTH} − 1]`);
}

function bit(value: number, level: number): number {
  // Division, not `>>`: indices reach 2^32 − 1, beyond JavaScript's 32-bit shifts.
  return Math.floor(value / 2 ** level) % 2;
}

/**
 * Appends `leaf` (a 32-byte `hashTreeRoot(Withdrawal)`) to `tree` in place: the deposit
 * contract's update, which writes exactly one branch node.
 * @returns the level of the branch node written.
 * @throws RangeError when the tree already holds 2^32 leaves or the leaf is not 32 bytes.
 */
export function appendLeaf(tree: IncrementalMerkleTree, leaf: Uint8Array): number {
  if (leaf.length !== 32) throw new RangeError(`a leaf is 32 bytes, got ${leaf.length}`);
  if (tree.count >= MAX_LEAVES) throw new RangeError(`the withdrawal list is full (2^${DEPTH} − 1)`);
  tree.count += 1;
  let node = leaf;
  for (let h = 0; h < DEPTH; h++) {
    if (bit(tree.count, h) === 1) {
      tree.branch[h] = node;
      return h;
    }
    node = hash2(tree.branch[h]!, node);
  }
  // Unreachable: a count in [1, 2^32 − 1] has a set bit below level 32.
  throw new RangeError("incremental tree overflow");
}

/** 32-byte little-endian `uint256` of `count`: SSZ's length mix-in. */
function lengthChunk(count: number): Uint8Array {
  const out = new Uint8Array(32);
  new DataView(out.buffer).setBigUint64(0, BigInt(count), true);
  return out;
}

/** `sha256(root ‖ uint256_le(count))`: SSZ's `mix_in_length`. */
export function mixInLength(depthRoot: Uint8Array, count: number): Uint8Array {
  return hash2(depthRoot, lengthChunk(count));
}

/**
 * The withdrawal root of `tree`: its depth-32 root mixed with its count, equal to the SSZ
 * `hashTreeRoot` of `List[Withdrawal, 2^32]` holding the same withdrawals.
 */
export function root(tree: IncrementalMerkleTree): Uint8Array {
  checkCount(tree.count);
  let node = ZERO_HASHES[0]!;
  for (let h = 0; h < DEPTH; h++) {
    node = bit(tree.count, h) === 1 ? hash2(tree.branch[h]!, node) : hash2(node, ZERO_HASHES[h]!);
  }
  return mixInLength(node, tree.count);
}

/**
 * Builds the incremental tree of the first `count` of `leaves` (genesis import, tests).
 * @throws RangeError when `count` exceeds the leaves given.
 */
export function treeOf(leaves: readonly Uint8Array[], count = leaves.length): IncrementalMerkleTree {
  if (count > leaves.length) throw new RangeError(`count ${count} exceeds the ${leaves.length} leaves given`);
  const tree = emptyTree();
  for (let i = 0; i < count; i++) appendLeaf(tree, leaves[i]!);
  return tree;
}

/**
 * The proof of leaf `index` in the list of the first `count` leaves: the 32 sibling hashes from
 * the leaf up (zero subtrees where the list ends). With `count`, it rebuilds that list's root
 * ({@link verifyProof}). Costs O(count) hashes.
 * @throws RangeError unless `index < count ≤ leaves.length`.
 */
export function buildProof(leaves: readonly Uint8Array[], index: number, count: number): Uint8Array[] {
  checkCount(count);
  if (count > leaves.length) throw new RangeError(`count ${count} exceeds the ${leaves.length} leaves given`);
  if (!Number.isSafeInteger(index) || index < 0 || index >= count)
    throw new RangeError(`index ${index} is not below the count ${count}`);
  const proof: Uint8Array[] = [];
  let layer = leaves.slice(0, count);
  let i = index;
  for (let h = 0; h < DEPTH; h++) {
    const sibling = i % 2 === 0 ? i + 1 : i - 1;
    proof.push(sibling < layer.length ? layer[sibling]! : ZERO_HASHES[h]!);
    const next: Uint8Array[] = [];
    for (let j = 0; j < layer.length; j += 2) next.push(hash2(layer[j]!, layer[j + 1] ?? ZERO_HASHES[h]!));
    layer = next;
    i = Math.floor(i / 2);
  }
  return proof;
}

/**
 * Whether `proof` (32 sibling hashes from the leaf up) places `leaf` at `index` in a list of
 * `count` leaves whose withdrawal root is `expectedRoot`. Malformed input (a proof of another
 * length, a node that is not 32 bytes, `index ≥ count`) is simply not a valid proof.
 */
export function verifyProof(
  leaf: Uint8Array,
  index: number,
  count: number,
  proof: readonly Uint8Array[],
  expectedRoot: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_LEAVES) return false;
  if (!Number.isSafeInteger(index) || index < 0 || index >= count) return false;
  if (leaf.length !== 32 || expectedRoot.length !== 32 || proof.length !== DEPTH) return false;
  let node = leaf;
  for (let h = 0; h < DEPTH; h++) {
    const sibling = proof[h]!;
    if (sibling.length !== 32) return false;
    node = bit(index, h) === 1 ? hash2(sibling, node) : hash2(node, sibling);
  }
  return Buffer.from(mixInLength(node, count)).equals(expectedRoot);
}
