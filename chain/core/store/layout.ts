import { ClassicLevel } from "classic-level";
import { Bucket } from "../db/index.js";
import { bucketKey, concatBytes, u64 } from "./bytes.js";
import { StoreError, StoreErrorCode } from "./errors.js";
import type { Database } from "./types.js";

// LevelDB layout of the state store (all in the node's one database):
//   Bucket.state     ‖ key                 -> value            flat copy of the latest state
//   Bucket.stateTrie ‖ sha256(node)        -> node (RLP)       trie nodes, content-addressed
//   Bucket.stateMeta ‖ "format"            -> FORMAT (ascii)   commitment scheme, checked on open
//   Bucket.stateMeta ‖ "latest"            -> height u64 BE ‖ root (32)
//   Bucket.stateMeta ‖ "root" ‖ height u64 BE -> root (32)     app hash of every committed height

/** Identifier of the commitment scheme written under `stateMeta ‖ "format"`. */
export const FORMAT = "strata-state/mpt-sha256/v1";

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

/** `stateMeta ‖ "format"`. */
export const META_FORMAT_KEY = concatBytes(Uint8Array.of(Bucket.stateMeta), ascii("format"));
/** `stateMeta ‖ "latest"`. */
export const META_LATEST_KEY = concatBytes(Uint8Array.of(Bucket.stateMeta), ascii("latest"));
const META_ROOT_PREFIX = concatBytes(Uint8Array.of(Bucket.stateMeta), ascii("root"));

/** `stateMeta ‖ "root" ‖ height`. */
export function metaRootKey(height: number): Uint8Array {
  return concatBytes(META_ROOT_PREFIX, u64(height));
}

/** `state ‖ key` for a binary-string state key. */
export function flatKey(key: string): Uint8Array {
  return bucketKey(Bucket.state, key);
}

/** `stateTrie ‖ hash` for a binary-string node hash. */
export function nodeKey(hash: string): Uint8Array {
  return bucketKey(Bucket.stateTrie, hash);
}

/** Buckets written only by the state store; `extra` ops must not touch them. */
export const STATE_BUCKETS: ReadonlySet<number> = new Set([Bucket.state, Bucket.stateTrie, Bucket.stateMeta]);

/** Options of {@link openDatabase}. */
export interface DatabaseOptions {
  /** LevelDB memtable size; default 32 MiB, so a commit's batch (a few MB) rarely forces a flush. */
  writeBufferSize?: number;
  /** LevelDB block cache; default 32 MiB. */
  cacheSize?: number;
}

/**
 * Opens (creating if needed) the node's LevelDB at `path` with binary keys and values.
 * The caller owns the handle and closes it.
 * @throws StoreError `DatabaseLocked` when another process (or handle) holds the folder's lock;
 *   `DatabaseOpenFailed` naming the path and LevelDB's reason for any other failure.
 */
export async function openDatabase(path: string, opts: DatabaseOptions = {}): Promise<Database> {
  const db = new ClassicLevel<Uint8Array, Uint8Array>(path, {
    keyEncoding: "view",
    valueEncoding: "view",
    writeBufferSize: opts.writeBufferSize ?? 32 * 1024 * 1024,
    cacheSize: opts.cacheSize ?? 32 * 1024 * 1024,
  });
  try {
    await db.open();
  } catch (err) {
    // LevelDB says only "Database failed to open"; its cause says why.
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code === "LEVEL_LOCKED") {
      throw new StoreError(
        StoreErrorCode.DatabaseLocked,
        `database ${path} is locked by another process (is a node running on this home?)`,
        { path },
      );
    }
    throw new StoreError(
      StoreErrorCode.DatabaseOpenFailed,
      `cannot open database ${path}: ${cause?.message ?? (err as Error).message}`,
      { path },
    );
  }
  return db;
}
