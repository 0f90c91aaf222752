import {
  ByteListType,
  ByteVectorType,
  ContainerType,
  ListCompositeType,
  UintBigintType,
  UintNumberType,
} from "@chainsafe/ssz";

// SSZ schemas of the consensus objects of a block. Their hash is the SSZ hash-tree root, so a
// light client (or L1, verifying L2) can prove any field with a Merkle branch.

const Bytes32 = new ByteVectorType(32);
const Bytes20 = new ByteVectorType(20);
const Uint64 = new UintBigintType(8);
const Uint32 = new UintNumberType(4);
const Uint8 = new UintNumberType(1);

/** Largest transaction carried in a block, in bytes. */
export const MAX_TX_BYTES = 1024 * 1024;
/** Largest number of transactions in one block. */
export const MAX_BLOCK_TXS = 100_000;
/** Largest validator set. */
export const MAX_VALIDATORS = 1024;

/** `PartSetHeader { total: u32, hash: Bytes32 }`. */
export const PartSetHeaderSsz = new ContainerType({ total: Uint32, hash: Bytes32 });

/** `BlockId { hash: Bytes32, parts: PartSetHeader }`; the zero hash stands for "no block". */
export const BlockIdSsz = new ContainerType({ hash: Bytes32, parts: PartSetHeaderSsz });

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

/** `CommitSig { flag: u8, validatorAddress, timestampNs, signature: ByteList[64] }`. */
export const CommitSigSsz = new ContainerType({
  blockIdFlag: Uint8,
  validatorAddress: Bytes20,
  timestampNs: Uint64,
  signature: new ByteListType(64),
});

/** `Commit { height, round, blockId, signatures }`. */
export const CommitSsz = new ContainerType({
  height: Uint64,
  round: Uint32,
  blockId: BlockIdSsz,
  signatures: new ListCompositeType(CommitSigSsz, MAX_VALIDATORS),
});

/** `Block { header, txs, lastCommit }`: the stored and gossiped block. */
export const BlockSsz = new ContainerType({
  header: HeaderSsz,
  txs: new ListCompositeType(new ByteListType(MAX_TX_BYTES), MAX_BLOCK_TXS),
  lastCommit: CommitSsz,
});

/** `Validator { pubKey: Bytes32, power: u64 }`: the validator-set hash is the root of a list of these. */
export const ValidatorSsz = new ContainerType({ pubKey: Bytes32, votingPower: Uint64 });

/** The validator list whose root is `validatorsHash`. */
export const ValidatorListSsz = new ListCompositeType(ValidatorSsz, MAX_VALIDATORS);
