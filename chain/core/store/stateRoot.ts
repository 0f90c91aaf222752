import { checkKey, checkValue, fromKey, toKey } from "./bytes.js";
import { StoreError, StoreErrorCode } from "./errors.js";
import { sha256Key } from "./hash.js";
import type { TrieNode } from "./trieNode.js";
import { sealTrie, type TrieOp, updateTrie } from "./trieUpdate.js";

/** Root of a trie built from scratch needs no stored nodes. */
const noNodes = {
  load(): TrieNode {
    throw new StoreError(StoreErrorCode.Corrupt, "a trie built from scratch has no stored nodes");
  },
};

/** Root (binary string) of the state holding exactly `entries` (binary-string keys). */
export function rootOfKeyed(entries: Iterable<readonly [string, Uint8Array]>): string {
  const byPath = new Map<string, Uint8Array>();
  for (const [key, value] of entries) byPath.set(sha256Key(fromKey(key)), value);
  const ops: TrieOp[] = [];
  for (const [path, value] of byPath) ops.push({ path, value, valueHash: sha256Key(value) });
  ops.sort((a, b) => (a.path < b.path ? -1 : 1));
  return sealTrie(updateTrie(null, ops, noNodes), []);
}

/**
 * The app hash of a state holding exactly `entries` (a later duplicate key wins), computed from
 * scratch in memory. It equals `CommitStore.lastRoot` after committing that state, whatever
 * order the writes came in; tools use it to check a state dump or a genesis.
 * @throws StoreError `InvalidKey` / `InvalidValue` for malformed entries
 */
export function computeStateRoot(entries: Iterable<readonly [Uint8Array, Uint8Array]>): Uint8Array {
  const keyed: [string, Uint8Array][] = [];
  for (const [key, value] of entries) {
    checkKey(key);
    checkValue(value);
    keyed.push([toKey(key), value]);
  }
  return fromKey(rootOfKeyed(keyed));
}
