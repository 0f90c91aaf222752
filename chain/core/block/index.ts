export {
  blockIdOf,
  commitHash,
  dataHash,
  decodeBlock,
  decodeBlockResults,
  emptyBlockId,
  encodeBlock,
  encodeBlockResults,
  evidenceHash,
  headerHash,
  isEmptyBlockId,
  resultsHash,
  validatorsHash,
} from "./block.js";
export { BlockIdSsz, BlockSsz, CommitSsz, HeaderSsz, MAX_BLOCK_TXS, MAX_TX_BYTES } from "./ssz.js";
