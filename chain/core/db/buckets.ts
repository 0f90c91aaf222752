/**
 * First byte of every key in a node's LevelDB. One enum for the whole node so no two subsystems
 * can collide; retired numbers are never reused.
 */
export enum Bucket {
  /** state key -> state value (flat copy of the authenticated state, latest version) */
  state = 0x01,
  /** trie node hash -> encoded trie node (authenticated state commitment) */
  stateTrie = 0x02,
  /** meta key (ascii) -> value (store-level metadata: last committed height, roots per height) */
  stateMeta = 0x03,
  /** height (u64 BE) -> encoded stored block */
  block = 0x10,
  /** block hash -> height (u64 BE) */
  blockHashIndex = 0x11,
  /** height (u64 BE) -> encoded block results (tx results, end-block events) */
  blockResults = 0x12,
  /** tx hash -> tx location (height u64 BE ‖ index u32 BE) */
  txHashIndex = 0x13,
  /** event type.key ‖ 0x00 ‖ value ‖ 0x00 ‖ height u64 BE ‖ index u32 BE -> empty */
  txEventIndex = 0x14,
  /** meta key (ascii) -> value (block store metadata: base and latest height) */
  blockMeta = 0x15,
  /** consensus write-ahead data kept in the DB (last signed vote state) */
  consensus = 0x20,
}
