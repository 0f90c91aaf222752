import type { NodeCache } from "./nodeCache.js";
import { nibbleAt } from "./trieNode.js";
import type { TrieOp } from "./trieUpdate.js";

/** One subtree to visit: the node `ref` at `depth`, touched by ops[lo..hi). */
interface Visit {
  ref: string;
  depth: number;
  lo: number;
  hi: number;
}

/**
 * Loads into `cache` the stored nodes that `updateTrie(root, ops)` will visit, one level of the
 * trie per LevelDB `getMany`, so the synchronous update rarely stops on a disk read. With a warm
 * cache it only walks memory. It is an optimization: the update reads anything still missing.
 */
export async function prefetchPaths(
  root: string | null,
  ops: readonly TrieOp[],
  cache: NodeCache,
): Promise<void> {
  if (root === null || ops.length === 0) return;
  // deletes before each index, to spot branches that may collapse onto a sibling
  const deletes = new Int32Array(ops.length + 1);
  for (let i = 0; i < ops.length; i++) deletes[i + 1] = deletes[i]! + (ops[i]!.value === null ? 1 : 0);
  let level: Visit[] = [{ ref: root, depth: 0, lo: 0, hi: ops.length }];
  while (level.length > 0) {
    const missing = new Set<string>();
    for (const v of level) if (cache.peek(v.ref) === undefined) missing.add(v.ref);
    if (missing.size > 0) await cache.fetch([...missing]);
    const next: Visit[] = [];
    for (const v of level) {
      const node = cache.peek(v.ref);
      if (node === undefined || v.lo === v.hi || node.kind === "leaf") continue;
      if (node.kind === "ext") {
        // only ops that follow the whole extension go below it; sorted, so they are contiguous
        let a = v.lo;
        while (a < v.hi && !follows(ops[a]!.path, v.depth, node.path)) a++;
        let b = a;
        while (b < v.hi && follows(ops[b]!.path, v.depth, node.path)) b++;
        if (a < b) next.push({ ref: node.child as string, depth: v.depth + node.path.length, lo: a, hi: b });
        continue;
      }
      let kids = 0;
      for (const kid of node.kids) if (kid !== null) kids++;
      // enough deletes below may leave one child, which the update then merges with
      const mayCollapse = deletes[v.hi]! - deletes[v.lo]! >= kids - 1;
      let i = v.lo;
      for (let n = 0; n < 16; n++) {
        let j = i;
        while (j < v.hi && nibbleAt(ops[j]!.path, v.depth) === n) j++;
        const kid = node.kids[n];
        if (typeof kid === "string" && (j > i || mayCollapse))
          next.push({ ref: kid, depth: v.depth + 1, lo: i, hi: j });
        i = j;
      }
    }
    level = next;
  }
}

/** Whether `path` continues with the nibbles `run` at `depth`. */
function follows(path: string, depth: number, run: Uint8Array): boolean {
  for (let k = 0; k < run.length; k++) if (nibbleAt(path, depth + k) !== run[k]) return false;
  return true;
}
