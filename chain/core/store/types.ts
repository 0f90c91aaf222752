import type { ClassicLevel } from "classic-level";

/** The node's LevelDB handle: binary keys and values (`"view"` encodings). */
export type Database = ClassicLevel<Uint8Array, Uint8Array>;

/** One raw LevelDB write, keyed by the full LevelDB key (bucket byte included). */
export type BatchOp = { type: "put"; key: Uint8Array; value: Uint8Array } | { type: "del"; key: Uint8Array };

/** Options of {@link KVReader.iterate}. */
export interface IterateOptions {
  /** Descending key order instead of ascending. */
  reverse?: boolean;
  /** Stop after this many entries. */
  limit?: number;
  /** Inclusive lower bound, a full key of this store (intersected with the prefix range). */
  start?: Uint8Array;
  /** Exclusive upper bound, a full key of this store (intersected with the prefix range). */
  end?: Uint8Array;
}

/**
 * Synchronous read access to a key/value store. Keys are compared as unsigned bytes.
 * Returned values are shared with the store: callers must not mutate them.
 */
export interface KVReader {
  /** Value at `key`, or `undefined` when absent. */
  get(key: Uint8Array): Uint8Array | undefined;
  /** Whether `key` is present. */
  has(key: Uint8Array): boolean;
  /**
   * Entries whose key starts with `prefix`, in ascending byte order (descending with
   * `reverse`), optionally bounded by `start`/`end`. Iteration is live: each step returns the
   * next key after the previous one in the store as it is now, so writes made during the
   * iteration are seen and deleted keys are skipped.
   */
  iterate(prefix: Uint8Array, opts?: IterateOptions): IterableIterator<[Uint8Array, Uint8Array]>;
}

/** A {@link KVReader} that can also be written. */
export interface KVStore extends KVReader {
  /** Sets `key` to `value` (the store keeps its own copy of `value`; an empty value is allowed). */
  set(key: Uint8Array, value: Uint8Array): void;
  /** Removes `key`; removing an absent key is a no-op. */
  delete(key: Uint8Array): void;
}

/**
 * A Merkle proof that `key` has `value` (or is absent when `value` is `undefined`) in the state
 * committed at `height`, whose app hash is `root`.
 *
 * `nodes` are the RLP-encoded Merkle Patricia Trie nodes on the path from the root towards
 * `sha256(key)`, root first (the EIP-1186 layout). The leaf holds `sha256(value) ‖ value`.
 */
export interface StateProof {
  /** Committed height the proof is for. */
  height: number;
  /** App hash (trie root) at `height`, 32 bytes. */
  root: Uint8Array;
  /** The proven key (state key, without any LevelDB bucket byte). */
  key: Uint8Array;
  /** The value at `height`, or `undefined` for a proof of absence. */
  value: Uint8Array | undefined;
  /** RLP-encoded trie nodes from the root along the key's path. */
  nodes: Uint8Array[];
}
