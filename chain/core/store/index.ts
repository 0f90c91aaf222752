/**
 * The authenticated state store of a strata node: in-memory sorted state with synchronous
 * branches, committed per height to LevelDB under a Merkle Patricia Trie (SHA-256) root, with
 * inclusion and exclusion proofs. See `commitStore.ts` for the design.
 */
export { CacheKVStore } from "./cacheKVStore.js";
export type { CommitStats, CommitStoreOptions } from "./commitStore.js";
export { CommitStore } from "./commitStore.js";
export { STORE_CODESPACE, StoreError, StoreErrorCode } from "./errors.js";
export { emptyRoot } from "./hash.js";
export type { DatabaseOptions } from "./layout.js";
export { FORMAT as STATE_FORMAT, openDatabase } from "./layout.js";
export { MemKVStore } from "./memKVStore.js";
export { PrefixStore } from "./prefixStore.js";
export { verifyStateProof } from "./proof.js";
export type { StateProofNodes } from "./proofSync.js";
export { proveInState, verifyStateProofSync } from "./proofSync.js";
export { computeStateRoot } from "./stateRoot.js";
export type { BatchOp, Database, IterateOptions, KVReader, KVStore, StateProof } from "./types.js";
