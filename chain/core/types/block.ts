/** Part-set header of a block id. strata gossips a block as one part, so `total` is 1. */
export interface PartSetHeader {
  total: number;
  hash: Uint8Array;
}

/** Identifies a block: the header hash (SSZ hash-tree root) plus its part-set header. */
export interface BlockId {
  hash: Uint8Array;
  parts: PartSetHeader;
}

/** Block header, CometBFT 0.38 field set; hashed as an SSZ container (see `chain/core/block`). */
export interface BlockHeader {
  version: { block: bigint; app: bigint };
  chainId: string;
  height: number;
  /** BFT time in nanoseconds since the Unix epoch. */
  timeNs: bigint;
  lastBlockId: BlockId;
  lastCommitHash: Uint8Array;
  dataHash: Uint8Array;
  validatorsHash: Uint8Array;
  nextValidatorsHash: Uint8Array;
  consensusHash: Uint8Array;
  /** Application state root after executing the previous block (CometBFT semantics). */
  appHash: Uint8Array;
  lastResultsHash: Uint8Array;
  evidenceHash: Uint8Array;
  proposerAddress: Uint8Array;
}

/** `block_id_flag` values of a commit signature. */
export enum BlockIdFlag {
  absent = 1,
  commit = 2,
  nil = 3,
}

/** One validator's precommit inside a {@link Commit}. */
export interface CommitSig {
  blockIdFlag: BlockIdFlag;
  validatorAddress: Uint8Array;
  timestampNs: bigint;
  /** 64-byte ed25519 signature, or empty when absent. */
  signature: Uint8Array;
}

/** The > 2/3 precommits that committed a block; block h+1 carries the commit of block h. */
export interface Commit {
  height: number;
  round: number;
  blockId: BlockId;
  signatures: CommitSig[];
}

/** A full block: header, transactions, and the commit of the previous block. */
export interface Block {
  header: BlockHeader;
  txs: Uint8Array[];
  lastCommit: Commit;
}

/** A committed block with its id. */
export interface CommittedBlock {
  blockId: BlockId;
  block: Block;
}

/** Validator as the RPC reports it. */
export interface ValidatorInfo {
  address: Uint8Array;
  /** ed25519 public key (32 bytes). */
  pubKey: Uint8Array;
  votingPower: bigint;
  proposerPriority: bigint;
}
