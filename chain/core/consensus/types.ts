import {
  ByteVectorType,
  ContainerType,
  ListCompositeType,
  UintBigintType,
  UintNumberType,
} from "@chainsafe/ssz";

/**
 * Consensus wire objects: their TypeScript shapes and SSZ schemas (DESIGN.md §5: consensus objects
 * are SSZ, their hash is the hash-tree root). Heights are JS numbers (safe integers, u64 on the
 * wire), rounds are u32, timestamps are u64 nanoseconds since the Unix epoch as `bigint`, voting
 * power is `bigint` (int64 arithmetic as in CometBFT).
 */

/** Largest validator set (and commit signature list) the schemas accept; CometBFT's MaxVotesCount. */
export const MAX_VALIDATORS = 10_000;

/** Wire encoding of "no POL round" (`polRound = -1`) in a {@link Proposal}: u32 max. */
export const NO_POL_ROUND_WIRE = 0xffff_ffff;

/** Type of a vote (CometBFT's SignedMsgType values). */
export enum VoteType {
  /** First voting step of a round. */
  prevote = 1,
  /** Second voting step of a round; 2/3+ precommits for a block commit it. */
  precommit = 2,
}

/** How one validator appears in a {@link Commit} (CometBFT's BlockIDFlag values). */
export enum BlockIdFlag {
  /** No precommit from this validator (or one for another block): address, time and signature are zero. */
  absent = 1,
  /** A precommit for the committed block. */
  commit = 2,
  /** A precommit for nil. */
  nil = 3,
}

/** Header of the part set a block is split into for gossip: part count and Merkle root of the parts. */
export interface PartSetHeader {
  /** Number of parts (u32). */
  total: number;
  /** Root of the parts (32 bytes). */
  hash: Uint8Array;
}

/**
 * Identifies a block: its hash and its part-set header. The all-zero BlockId (zero hash, zero
 * total, zero parts hash) means nil.
 */
export interface BlockId {
  /** Block hash (32 bytes); all zero for nil. */
  hash: Uint8Array;
  /** Part-set header; all zero for nil. */
  partSetHeader: PartSetHeader;
}

/** A prevote or precommit of one validator for one (height, round). */
export interface Vote {
  /** Prevote or precommit. */
  type: VoteType;
  /** Block height (u64, a safe integer here). */
  height: number;
  /** Round within the height (u32). */
  round: number;
  /** Block voted for; the nil BlockId for a nil vote. */
  blockId: BlockId;
  /** Signer's clock at signing, nanoseconds since the Unix epoch (u64). */
  timestamp: bigint;
  /** Signer's address: first 20 bytes of sha256(ed25519 public key). */
  validatorAddress: Uint8Array;
  /** Signer's index in the validator set of this height (u32). */
  validatorIndex: number;
  /** ed25519 signature (64 bytes) over {@link voteSignBytes}. */
  signature: Uint8Array;
}

/** A vote before signing (the object the sign bytes are computed over). */
export type UnsignedVote = Omit<Vote, "signature">;

/**
 * A proposer's PROPOSAL(h, r, v, validRound). The proposer is implied by (height, round) and the
 * validator set; the block itself travels next to the proposal.
 */
export interface Proposal {
  /** Block height. */
  height: number;
  /** Round the proposal is for. */
  round: number;
  /** Proof-of-lock round (Algorithm 1's validRound): -1, or 0 ≤ polRound < round. */
  polRound: number;
  /** Id of the proposed block (never nil). */
  blockId: BlockId;
  /** Proposer's clock at signing, nanoseconds. */
  timestamp: bigint;
  /** ed25519 signature (64 bytes) over {@link proposalSignBytes}. */
  signature: Uint8Array;
}

/** A proposal before signing. */
export type UnsignedProposal = Omit<Proposal, "signature">;

/** One validator's entry in a {@link Commit}, in validator-set order. */
export interface CommitSig {
  /** Absent, commit or nil. */
  blockIdFlag: BlockIdFlag;
  /** Validator address (zero when absent). */
  validatorAddress: Uint8Array;
  /** Precommit timestamp in nanoseconds (zero when absent). */
  timestamp: bigint;
  /** Precommit signature (zero when absent). */
  signature: Uint8Array;
}

/** 2/3+ precommits for one block at one (height, round): the proof a block is final. */
export interface Commit {
  /** Height of the committed block. */
  height: number;
  /** Round the precommits are from. */
  round: number;
  /** The committed block. */
  blockId: BlockId;
  /** One entry per validator of the height's set, in set order. */
  signatures: CommitSig[];
}

/** Validator of a {@link ValidatorSet}-to-be: public key and voting power. */
export interface ValidatorInput {
  /** ed25519 public key (32 bytes). */
  pubKey: Uint8Array;
  /** Voting power (> 0; 0 removes the validator in a change set). */
  votingPower: bigint;
}

/** Two conflicting votes of one validator for the same (height, round, type). */
export interface DuplicateVoteEvidence {
  /** The vote whose {@link blockIdKey} sorts first. */
  voteA: Vote;
  /** The other vote. */
  voteB: Vote;
  /** Total voting power of the validator set at the evidence height. */
  totalVotingPower: bigint;
  /** The offender's voting power at the evidence height. */
  validatorPower: bigint;
  /** Time (ns) of the block at the evidence height. */
  timestamp: bigint;
}

const Bytes20 = new ByteVectorType(20);
const Bytes32 = new ByteVectorType(32);
const Bytes64 = new ByteVectorType(64);
const Uint8 = new UintNumberType(1);
const Uint32 = new UintNumberType(4);
const Uint64Num = new UintNumberType(8);
const Uint64 = new UintBigintType(8);

/** SSZ schema of {@link PartSetHeader}. */
export const PartSetHeaderSsz = new ContainerType(
  { total: Uint32, hash: Bytes32 },
  { typeName: "PartSetHeader" },
);

/** SSZ schema of {@link BlockId}. */
export const BlockIdSsz = new ContainerType(
  { hash: Bytes32, partSetHeader: PartSetHeaderSsz },
  { typeName: "BlockId" },
);

/** SSZ schema of {@link UnsignedVote}: the vote without its signature (the signed object). */
export const UnsignedVoteSsz = new ContainerType(
  {
    type: Uint8,
    height: Uint64Num,
    round: Uint32,
    blockId: BlockIdSsz,
    timestamp: Uint64,
    validatorAddress: Bytes20,
    validatorIndex: Uint32,
  },
  { typeName: "UnsignedVote" },
);

/** SSZ schema of {@link Vote}. */
export const VoteSsz = new ContainerType(
  { ...UnsignedVoteSsz.fields, signature: Bytes64 },
  { typeName: "Vote" },
);

/**
 * SSZ schema of {@link UnsignedProposal}. `polRound` is a u32 on the wire with
 * {@link NO_POL_ROUND_WIRE} standing for -1; convert with the codec functions.
 */
export const UnsignedProposalSsz = new ContainerType(
  { height: Uint64Num, round: Uint32, polRound: Uint32, blockId: BlockIdSsz, timestamp: Uint64 },
  { typeName: "UnsignedProposal" },
);

/** SSZ schema of {@link Proposal} (same `polRound` wire rule as {@link UnsignedProposalSsz}). */
export const ProposalSsz = new ContainerType(
  { ...UnsignedProposalSsz.fields, signature: Bytes64 },
  { typeName: "Proposal" },
);

/** SSZ schema of {@link CommitSig}. */
export const CommitSigSsz = new ContainerType(
  { blockIdFlag: Uint8, validatorAddress: Bytes20, timestamp: Uint64, signature: Bytes64 },
  { typeName: "CommitSig" },
);

/** SSZ schema of {@link Commit}. */
export const CommitSsz = new ContainerType(
  {
    height: Uint64Num,
    round: Uint32,
    blockId: BlockIdSsz,
    signatures: new ListCompositeType(CommitSigSsz, MAX_VALIDATORS),
  },
  { typeName: "Commit" },
);

/** SSZ schema of one validator as hashed into a validator-set root (priorities are not hashed). */
export const ValidatorSsz = new ContainerType(
  { pubKey: Bytes32, votingPower: Uint64 },
  { typeName: "Validator" },
);

/** SSZ schema of a validator set as hashed into headers: validators in set order. */
export const ValidatorListSsz = new ListCompositeType(ValidatorSsz, MAX_VALIDATORS);

/** SSZ schema of {@link DuplicateVoteEvidence}. */
export const DuplicateVoteEvidenceSsz = new ContainerType(
  { voteA: VoteSsz, voteB: VoteSsz, totalVotingPower: Uint64, validatorPower: Uint64, timestamp: Uint64 },
  { typeName: "DuplicateVoteEvidence" },
);
