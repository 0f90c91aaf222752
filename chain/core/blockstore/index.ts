export type { BlockStoreOptions } from "./blockStore.js";
export { BlockStore } from "./blockStore.js";
export { BLOCKSTORE_CODESPACE, BlockStoreError, BlockStoreErrorCode } from "./errors.js";
export type { TxSearchMatches, TxSearchSource } from "./txSearch.js";
export { DEFAULT_MAX_SEARCH_SCAN, heightRange, searchTxLocations } from "./txSearch.js";
