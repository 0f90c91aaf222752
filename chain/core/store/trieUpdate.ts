import { EMPTY_ROOT_KEY } from "./hash.js";
import {
  type BranchNode,
  branch,
  EncodeArena,
  type ExtensionNode,
  extension,
  joinNibbles,
  type LeafNode,
  leaf,
  type NodeRef,
  nibbleAt,
  nibblesFrom,
  sealNode,
  type TrieNode,
} from "./trieNode.js";

/** One change to the trie: set `path` = sha256(key) to `value`, or delete it (`value` null). */
export interface TrieOp {
  /** 32-byte key path, binary string. */
  path: string;
  /** The new state value, or `null` for a delete. */
  value: Uint8Array | null;
  /** sha256 of `value`, binary string (ignored for a delete). */
  valueHash: string;
}

/** A key/value pair of a subtree being built. */
interface Entry {
  path: string;
  value: Uint8Array;
  valueHash: string;
}

/** Synchronous access to stored nodes by hash. */
export interface NodeLoader {
  /**
   * The stored node with this hash.
   * @throws StoreError `Corrupt` when it is missing
   */
  load(hash: string): TrieNode;
}

/**
 * Applies a batch of changes to the trie rooted at `root` (`null` = empty) and returns the new
 * root. `ops` must be sorted by path with no path repeated.
 *
 * The update is copy-on-write: stored nodes are never modified, new nodes are created unhashed,
 * and each new node is built once per batch however many keys below it change, so a batch of
 * n keys hashes every touched node once (not once per key, as a put-at-a-time trie does).
 * The result is canonical: it depends only on the final set of (path, value) pairs.
 */
export function updateTrie(root: NodeRef | null, ops: readonly TrieOp[], loader: NodeLoader): NodeRef | null {
  if (ops.length === 0) return root;
  return new TrieUpdate(ops, loader).apply(root, 0, 0, ops.length);
}

/**
 * Hashes every new node under `root`, bottom-up, appending each to `created` (children before
 * parents). Returns the root hash; the empty trie has {@link EMPTY_ROOT_KEY}.
 */
export function sealTrie(root: NodeRef | null, created: TrieNode[]): string {
  if (root === null) return EMPTY_ROOT_KEY;
  if (typeof root === "string") return root;
  return seal(root, created, new EncodeArena());
}

function seal(node: TrieNode, created: TrieNode[], arena: EncodeArena): string {
  if (node.hash !== undefined) return node.hash;
  // children are replaced by their hashes, so a sealed node is self-contained and cacheable
  if (node.kind === "branch") {
    const kids = node.kids;
    for (let i = 0; i < 16; i++) {
      const kid = kids[i];
      if (kid !== null && kid !== undefined && typeof kid !== "string") kids[i] = seal(kid, created, arena);
    }
  } else if (node.kind === "ext" && typeof node.child !== "string") {
    node.child = seal(node.child, created, arena);
  }
  const h = sealNode(node, arena);
  created.push(node);
  return h;
}

/** Nibbles `from…to-1` of a node path. */
function slice(path: Uint8Array, from: number, to: number = path.length): Uint8Array {
  return path.subarray(from, to);
}

/** The 32-byte path whose first `depth` nibbles are those of `prefixOf` and the rest `rest`. */
function fullPath(prefixOf: string, depth: number, rest: Uint8Array): string {
  let out = "";
  let hi = 0;
  for (let i = 0; i < 64; i++) {
    const n = i < depth ? nibbleAt(prefixOf, i) : rest[i - depth]!;
    if (i & 1) out += String.fromCharCode((hi << 4) | n);
    else hi = n;
  }
  return out;
}

class TrieUpdate {
  constructor(
    private readonly ops: readonly TrieOp[],
    private readonly loader: NodeLoader,
  ) {}

  /** New subtree for `ref` at `depth` after ops[lo..hi) (all share the first `depth` nibbles). */
  apply(ref: NodeRef | null, depth: number, lo: number, hi: number): NodeRef | null {
    if (lo === hi) return ref;
    if (ref === null) return this.build(this.puts(lo, hi), depth, 0, -1);
    const node = typeof ref === "string" ? this.loader.load(ref) : ref;
    if (node.kind === "branch") return this.applyBranch(ref, node, depth, lo, hi);
    if (node.kind === "ext") return this.applyExtension(ref, node, depth, lo, hi);
    return this.applyLeaf(ref, node, depth, lo, hi);
  }

  private puts(lo: number, hi: number): Entry[] {
    const out: Entry[] = [];
    for (let i = lo; i < hi; i++) {
      const op = this.ops[i]!;
      if (op.value !== null) out.push({ path: op.path, value: op.value, valueHash: op.valueHash });
    }
    return out;
  }

  /** A fresh subtree holding entries[a..b) (sorted, distinct paths); `b` = -1 means to the end. */
  private build(entries: Entry[], depth: number, a: number, b: number): NodeRef | null {
    const end = b < 0 ? entries.length : b;
    if (end === a) return null;
    const first = entries[a]!.path;
    if (end - a === 1) return leaf(nibblesFrom(first, depth), entries[a]!.value, entries[a]!.valueHash);
    const last = entries[end - 1]!.path;
    let split = depth;
    while (nibbleAt(first, split) === nibbleAt(last, split)) split++;
    const kids: (NodeRef | null)[] = new Array(16).fill(null);
    let i = a;
    while (i < end) {
      const n = nibbleAt(entries[i]!.path, split);
      let j = i + 1;
      while (j < end && nibbleAt(entries[j]!.path, split) === n) j++;
      kids[n] = this.build(entries, split + 1, i, j);
      i = j;
    }
    const node = branch(kids);
    return split > depth ? extension(slice(nibblesFrom(first, depth), 0, split - depth), node) : node;
  }

  private applyLeaf(ref: NodeRef, node: LeafNode, depth: number, lo: number, hi: number): NodeRef | null {
    const ops = this.ops;
    let match = -1;
    for (let i = lo; i < hi && match < 0; i++) {
      let same = true;
      for (let k = 0; k < node.path.length && same; k++)
        same = nibbleAt(ops[i]!.path, depth + k) === node.path[k];
      if (same) match = i;
    }
    if (hi - lo === 1 && match === lo) {
      const op = ops[lo]!;
      if (op.value === null) return null;
      return op.valueHash === node.valueHash ? ref : leaf(node.path, op.value, op.valueHash);
    }
    const entries = this.puts(lo, hi);
    if (match < 0) {
      // the existing leaf survives; it has no op, so only puts can change this subtree
      if (entries.length === 0) return ref;
      const path = fullPath(ops[lo]!.path, depth, node.path);
      let at = 0;
      while (at < entries.length && entries[at]!.path < path) at++;
      entries.splice(at, 0, { path, value: node.value, valueHash: node.valueHash });
    }
    return this.build(entries, depth, 0, -1);
  }

  private applyExtension(
    ref: NodeRef,
    node: ExtensionNode,
    depth: number,
    lo: number,
    hi: number,
  ): NodeRef | null {
    const path = node.path;
    const first = this.ops[lo]!.path;
    const last = this.ops[hi - 1]!.path;
    // ops are sorted, so the nibbles shared by the first and last op are shared by all
    let m = 0;
    while (m < path.length && nibbleAt(first, depth + m) === path[m] && nibbleAt(last, depth + m) === path[m])
      m++;
    if (m === path.length) {
      const child = this.apply(node.child, depth + path.length, lo, hi);
      return child === node.child ? ref : this.wrap(path, child);
    }
    // some ops leave the extension at nibble m; if all ops are deletes and none reaches below
    // the extension, they delete absent keys and nothing changes
    if (this.onlyAbsentDeletes(path, depth, lo, hi)) return ref;
    const kids: (NodeRef | null)[] = new Array(16).fill(null);
    const rest = slice(path, m + 1);
    kids[path[m]!] = rest.length > 0 ? extension(rest, node.child) : node.child;
    const fork = branch(kids);
    const result = this.applyBranch(fork, fork, depth + m, lo, hi);
    return m > 0 ? this.wrap(slice(path, 0, m), result) : result;
  }

  private onlyAbsentDeletes(path: Uint8Array, depth: number, lo: number, hi: number): boolean {
    for (let i = lo; i < hi; i++) {
      const op = this.ops[i]!;
      if (op.value !== null) return false;
      let k = 0;
      while (k < path.length && nibbleAt(op.path, depth + k) === path[k]) k++;
      if (k === path.length) return false;
    }
    return true;
  }

  private applyBranch(ref: NodeRef, node: BranchNode, depth: number, lo: number, hi: number): NodeRef | null {
    const ops = this.ops;
    const owned = node.hash === undefined;
    let kids = node.kids;
    let changed = false;
    let i = lo;
    while (i < hi) {
      const n = nibbleAt(ops[i]!.path, depth);
      let j = i + 1;
      while (j < hi && nibbleAt(ops[j]!.path, depth) === n) j++;
      const old = kids[n]!;
      const next = this.apply(old, depth + 1, i, j);
      if (next !== old) {
        // stored nodes are shared by older roots: copy before the first change
        if (!changed && !owned) kids = kids.slice();
        changed = true;
        kids[n] = next;
      }
      i = j;
    }
    // a stored branch that nothing changed is still canonical; a new one (an extension split
    // into a fork) must be normalized even when no op changed it
    if (!changed && !owned) return ref;
    let count = 0;
    let only = -1;
    for (let k = 0; k < 16; k++) {
      if (kids[k] !== null) {
        count++;
        only = k;
      }
    }
    if (count === 0) return null;
    if (count === 1) return this.wrap(Uint8Array.of(only), kids[only]!);
    return owned ? node : branch(kids);
  }

  /** The canonical node for "nibbles `path`, then `child`": merges into a leaf or extension below. */
  private wrap(path: Uint8Array, child: NodeRef | null): NodeRef | null {
    if (child === null) return null;
    const node = typeof child === "string" ? this.loader.load(child) : child;
    if (node.kind === "leaf") return leaf(joinNibbles(path, node.path), node.value, node.valueHash);
    if (node.kind === "ext") return extension(joinNibbles(path, node.path), node.child);
    return extension(path, child);
  }
}
