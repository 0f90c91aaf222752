import { ByteListType, ByteVectorType, ContainerType, UintBigintType, type ValueOf } from "@chainsafe/ssz";

// The wire and hashing schemas of the link between a parent chain (L1 for L2, L2 for an L3) and
// a child chain. The rules that use them are in ROLLUP.md beside this file. Every schema here is
// part of what the child chain's validators sign (through the state root) or what the parent
// stores: changing a field changes roots, so fields are only ever appended under a new version.

const Bytes32 = new ByteVectorType(32);
const Bytes20 = new ByteVectorType(20);
const Uint64 = new UintBigintType(8);
const Uint256 = new UintBigintType(32);

/** Longest chain id, in bytes (the block header's limit). */
export const MAX_CHAIN_ID_BYTES = 50;
/** Longest denom, in bytes (the SDK's limit). */
export const MAX_DENOM_BYTES = 128;
/**
 * Largest `consensusParams.block.maxBytes` a registered child may have ([reg-2]): every child block
 * must fit one parent tx (1 MiB) with its commit, header and proof, and the batcher packs at most
 * ~900 KiB per tx. A block's SSZ adds 4 bytes per tx and its last commit to the txs' bytes.
 */
export const MAX_CHILD_BLOCK_BYTES = 768 * 1024;
/** Depth of the withdrawal list's Merkle tree: the list holds at most 2^32 withdrawals. */
export const WITHDRAWAL_TREE_DEPTH = 32;
/** SSZ limit of the withdrawal list, `List[Withdrawal, 2^32]`. */
export const WITHDRAWAL_LIST_LIMIT = 2 ** WITHDRAWAL_TREE_DEPTH;

/**
 * `BatchHeader`: what the parent chain accepts and stores for child block `number`. Every field is
 * derived from the signed child block and its state commitment (ROLLUP.md, "Batch acceptance");
 * the parent refuses a header any field of which differs from the derived value.
 */
export const BatchHeaderSsz = new ContainerType(
  {
    /** Child chain id (UTF-8). */
    chainId: new ByteListType(MAX_CHAIN_ID_BYTES),
    /** Child block height; batch numbers are heights, 1, 2, 3, … with no gap. */
    number: Uint64,
    /** hashTreeRoot of the previous accepted `BatchHeader`; 32 zero bytes for number 1. */
    prevHeaderRoot: Bytes32,
    /** The child block's hash (SSZ root of its header): what the child's commit signed. */
    blockHash: Bytes32,
    /** The child header's `appHash`: the child state root after block `number − 1`. */
    stateRoot: Bytes32,
    /** The child header's `dataHash`: RFC 6962 root of the block's txs. */
    txRoot: Bytes32,
    /** Withdrawal-list root in the state at `stateRoot` (`RollupCommitment.withdrawalRoot`). */
    withdrawalRoot: Bytes32,
    /** Withdrawals in that list. */
    withdrawalCount: Uint64,
    /** Last parent deposit nonce the child minted, in the state at `stateRoot`. */
    depositCursor: Uint64,
    /** Deposit accumulator at `depositCursor` (ROLLUP.md, "Deposits"). */
    depositAccumulator: Bytes32,
    /** The child header's `validatorsHash`: the set that signed this block. */
    validatorSetRoot: Bytes32,
    /** The child header's `nextValidatorsHash`: the set that signs block `number + 1`. */
    nextValidatorSetRoot: Bytes32,
    /** The child block's time, ns since the Unix epoch. */
    timeNs: Uint64,
  },
  { typeName: "BatchHeader" },
);
/** A decoded {@link BatchHeaderSsz}. */
export type BatchHeader = ValueOf<typeof BatchHeaderSsz>;

/**
 * `RollupCommitment`: the one record of the child's bridge state that the parent reads, stored
 * in the child's state at {@link COMMITMENT_STATE_KEY} as these SSZ bytes, and proven to the
 * parent with a state proof against the child header's `appHash`.
 */
export const RollupCommitmentSsz = new ContainerType(
  {
    withdrawalRoot: Bytes32,
    withdrawalCount: Uint64,
    depositCursor: Uint64,
    depositAccumulator: Bytes32,
  },
  { typeName: "RollupCommitment" },
);
/** A decoded {@link RollupCommitmentSsz}. */
export type RollupCommitment = ValueOf<typeof RollupCommitmentSsz>;

/**
 * The child state key of the commitment: module `bridge`'s store (`bridge/`), key byte 0x01.
 * The child's bridge module writes it at genesis and after every deposit mint and withdrawal.
 */
export const COMMITMENT_STATE_KEY: Uint8Array = Uint8Array.from([
  ...new TextEncoder().encode("bridge/"),
  0x01,
]);

/** A deposit locked on the parent for the child (ROLLUP.md, "Deposits"). */
export const DepositSsz = new ContainerType(
  {
    /** 1, 2, 3, … per child chain. */
    nonce: Uint64,
    /** Parent account that locked the coins (address bytes). */
    sender: Bytes20,
    /** Child account credited (address bytes). */
    recipient: Bytes20,
    denom: new ByteListType(MAX_DENOM_BYTES),
    amount: Uint256,
    /** Parent height of the deposit. */
    parentHeight: Uint64,
  },
  { typeName: "Deposit" },
);
/** A decoded {@link DepositSsz}. */
export type Deposit = ValueOf<typeof DepositSsz>;

/** A withdrawal burned on the child, released on the parent by proof (ROLLUP.md, "Withdrawals"). */
export const WithdrawalSsz = new ContainerType(
  {
    /** Position in the child's withdrawal list, from 0. */
    index: Uint64,
    /** Child account that burned the coins (address bytes). */
    sender: Bytes20,
    /** Parent account paid on claim (address bytes). */
    recipient: Bytes20,
    denom: new ByteListType(MAX_DENOM_BYTES),
    amount: Uint256,
    /** Child height of the withdrawal. */
    childHeight: Uint64,
  },
  { typeName: "Withdrawal" },
);
/** A decoded {@link WithdrawalSsz}. */
export type Withdrawal = ValueOf<typeof WithdrawalSsz>;
