import type { BlockId, Commit, DuplicateVoteEvidence } from "../consensus/types.js";

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

/** A full block: header, transactions, and the commit of the previous block. */
export interface Block {
  header: BlockHeader;
  txs: Uint8Array[];
  lastCommit: Commit;
  /** Proven misbehaviour (duplicate votes) committed by this block; its hash is `evidenceHash`. */
  evidence: DuplicateVoteEvidence[];
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
