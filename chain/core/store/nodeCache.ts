import { fromKey, plain } from "./bytes.js";
import { StoreError, StoreErrorCode } from "./errors.js";
import { nodeKey } from "./layout.js";
import { decodeNode, type TrieNode } from "./trieNode.js";
import type { NodeLoader } from "./trieUpdate.js";
import type { Database } from "./types.js";

/**
 * Decoded trie nodes by hash: an in-memory cache in front of LevelDB.
 *
 * The cache is generational (two maps; when the young one fills, it becomes the old one and the
 * previous old one is dropped; a hit in the old map moves the node back to the young one). That
 * approximates LRU without reordering on every hit. Misses read LevelDB synchronously
 * (`getSync`): the trie update is a synchronous pass and a miss costs a few microseconds.
 */
export class NodeCache implements NodeLoader {
  private young = new Map<string, TrieNode>();
  private old = new Map<string, TrieNode>();
  private readonly generation: number;
  private reads = 0;

  /**
   * @param db - the node's database (reads the `stateTrie` bucket)
   * @param capacity - nodes kept in memory, at least 2 (about 0.5 KB each)
   */
  constructor(
    private readonly db: Database,
    capacity: number,
  ) {
    this.generation = Math.max(1, Math.floor(capacity / 2));
  }

  /**
   * The node with this hash.
   * @throws StoreError `Corrupt` when it is neither cached nor stored, or is malformed
   */
  load(hash: string): TrieNode {
    const hit = this.young.get(hash);
    if (hit !== undefined) return hit;
    const old = this.old.get(hash);
    if (old !== undefined) {
      this.add(old);
      return old;
    }
    this.reads++;
    const enc = this.db.getSync(nodeKey(hash));
    if (enc === undefined) {
      throw new StoreError(StoreErrorCode.Corrupt, "trie node missing from the database", {
        node: Buffer.from(fromKey(hash)).toString("hex"),
      });
    }
    const node = decodeNode(plain(enc), hash);
    this.add(node);
    return node;
  }

  /** The cached node with this hash, without touching LevelDB. */
  peek(hash: string): TrieNode | undefined {
    return this.young.get(hash) ?? this.old.get(hash);
  }

  /**
   * Reads the given nodes from LevelDB in one `getMany` (off the main thread) and caches them.
   * Nodes not found are skipped: whoever needs them gets the error from {@link NodeCache.load}.
   */
  async fetch(hashes: readonly string[]): Promise<void> {
    this.reads += hashes.length;
    const encs = await this.db.getMany(hashes.map(nodeKey));
    for (let i = 0; i < hashes.length; i++) {
      const enc = encs[i];
      if (enc !== undefined && this.peek(hashes[i]!) === undefined)
        this.add(decodeNode(plain(enc), hashes[i]!));
    }
  }

  /** Nodes read from LevelDB since the last call (cache misses). */
  takeReads(): number {
    const n = this.reads;
    this.reads = 0;
    return n;
  }

  /** Caches sealed nodes (after their commit is durable). */
  add(node: TrieNode): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(node.hash!, node);
  }
}
