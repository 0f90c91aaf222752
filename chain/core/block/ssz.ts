import {
  ByteListType,
  ByteVectorType,
  ContainerType,
  ListCompositeType,
  UintBigintType,
} from "@chainsafe/ssz";
import { BlockIdSsz, CommitSsz, DuplicateVoteEvidenceSsz } from "../consensus/types.js";

export { BlockIdSsz, CommitSsz };

// SSZ schemas of the consensus objects of a block. Their hash is the SSZ hash-tree root, so a
// light client (or L1, verifying L2) can prove any field with a Merkle branch.

const Bytes32 = new ByteVectorType(32);
const Bytes20 = new ByteVectorType(20);
const Uint64 = new UintBigintType(8);

/** Largest transaction carried in a block, in bytes. */
export const MAX_TX_BYTES = 1024 * 1024;
/** Largest number of evidence items in one block. */
export const MAX_BLOCK_EVIDENCE = 100;
/** Largest number of transactions in one block. */
export const MAX_BLOCK_TXS = 100_000;

/** `Header`: the CometBFT 0.38 field set; `chainId` as UTF-8 bytes, `time` in ns since the epoch. */
export const HeaderSsz = new ContainerType({
  versionBlock: Uint64,
  versionApp: Uint64,
  chainId: new ByteListType(50),
  height: Uint64,
  timeNs: Uint64,
  lastBlockId: BlockIdSsz,
  lastCommitHash: Bytes32,
  dataHash: Bytes32,
  validatorsHash: Bytes32,
  nextValidatorsHash: Bytes32,
  consensusHash: Bytes32,
  appHash: Bytes32,
  lastResultsHash: Bytes32,
  evidenceHash: Bytes32,
  proposerAddress: Bytes20,
});

/** `Block { header, txs, lastCommit }`: the stored and gossiped block. */
export const BlockSsz = new ContainerType({
  header: HeaderSsz,
  txs: new ListCompositeType(new ByteListType(MAX_TX_BYTES), MAX_BLOCK_TXS),
  lastCommit: CommitSsz,
  evidence: new ListCompositeType(DuplicateVoteEvidenceSsz, MAX_BLOCK_EVIDENCE),
});
