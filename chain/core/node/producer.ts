import type { BlockInfo } from "../app/context.js";
import {
  blockIdOf,
  commitHash,
  dataHash,
  emptyBlockId,
  encodeBlock,
  evidenceHash,
  resultsHash,
} from "../block/index.js";
import type { ValidatorSet } from "../consensus/index.js";
import { voteSignBytes } from "../consensus/signBytes.js";
import { type DuplicateVoteEvidence, VoteType } from "../consensus/types.js";
import { type Ed25519KeyPair, sha256 } from "../crypto/index.js";
import type { Block, BlockHeader, BlockId, Commit, CommittedBlock, TxResult } from "../types/index.js";
import { BlockIdFlag } from "../types/index.js";
import type { Validator } from "./genesis.js";

/** What a new block builds on. */
export interface ChainTip {
  chainId: string;
  height: number;
  lastBlock: CommittedBlock | undefined;
  lastCommit: Commit | undefined;
  lastResults: readonly TxResult[];
  /** State root after the last block (or genesis). */
  appHash: Uint8Array;
  /** Time of the last block, or genesis time. */
  lastTimeNs: bigint;
  consensusHash: Uint8Array;
}

/** The empty commit block 1 carries. */
export function emptyCommit(): Commit {
  return { height: 0, round: 0, blockId: emptyBlockId(), signatures: [] };
}

/**
 * Builds the next block on `tip` (a pure function: the time is passed in) with the given
 * transactions, proposer and last commit (the tip's own when omitted).
 */
export function buildBlock(
  tip: ChainTip,
  txs: Uint8Array[],
  timeNs: bigint,
  sets: { current: ValidatorSet; next: ValidatorSet },
  proposer: Uint8Array,
  lastCommit: Commit | undefined = tip.lastCommit,
  evidence: DuplicateVoteEvidence[] = [],
): Block {
  const commit = tip.height === 0 ? emptyCommit() : (lastCommit ?? emptyCommit());
  const header: BlockHeader = {
    version: { block: 11n, app: 0n },
    chainId: tip.chainId,
    height: tip.height + 1,
    timeNs,
    lastBlockId: tip.lastBlock?.blockId ?? emptyBlockId(),
    lastCommitHash: commitHash(commit),
    dataHash: dataHash(txs),
    validatorsHash: sets.current.hash(),
    nextValidatorsHash: sets.next.hash(),
    consensusHash: tip.consensusHash,
    appHash: tip.appHash,
    lastResultsHash: resultsHash(tip.lastResults),
    evidenceHash: evidenceHash(evidence),
    proposerAddress: proposer,
  };
  return { header, txs, lastCommit: commit, evidence };
}

/**
 * The single validator's commit of a block: its signed precommit (the same sign bytes the BFT
 * engine uses), so light clients verify a solo chain exactly like a multi-validator one.
 * `timeNs` is the precommit's timestamp, which is the next block's BFT time.
 */
export function soloCommit(
  chainId: string,
  blockId: BlockId,
  height: number,
  timeNs: bigint,
  validator: Pick<Validator, "address">,
  key: Ed25519KeyPair,
): Commit {
  const vote = {
    type: VoteType.precommit,
    height,
    round: 0,
    blockId,
    timestamp: timeNs,
    validatorAddress: validator.address,
    validatorIndex: 0,
  };
  const signature = key.sign(voteSignBytes(chainId, vote));
  return {
    height,
    round: 0,
    blockId,
    signatures: [
      {
        blockIdFlag: BlockIdFlag.commit,
        validatorAddress: validator.address,
        timestamp: timeNs,
        signature,
      },
    ],
  };
}

/** Encodes a block and computes its id once. */
export function sealBlock(block: Block): { encoded: Uint8Array; blockId: BlockId } {
  const encoded = encodeBlock(block);
  return { encoded, blockId: blockIdOf(block, encoded) };
}

/** `consensusHash`: sha256 of the canonical JSON of the consensus params. */
export function consensusParamsHash(params: { block: { maxTxs: number; maxBytes: number } }): Uint8Array {
  return sha256(
    new TextEncoder().encode(
      JSON.stringify({ block: { maxBytes: params.block.maxBytes, maxTxs: params.block.maxTxs } }),
    ),
  );
}

/**
 * What the application learns about a block it executes (a pure function, shared by live
 * execution and replay so both compute the same state): its time and proposer, the previous
 * block's signers (downtime, rewards) and the misbehaviour it proves (slashing). Absent commit
 * entries carry no address, so participation is derived from who did sign.
 */
export function executionInfo(chainId: string, block: Block, lastSet: ValidatorSet | undefined): BlockInfo {
  const signed = new Set(
    block.lastCommit.signatures
      .filter((s) => s.blockIdFlag === BlockIdFlag.commit)
      .map((s) => Buffer.from(s.validatorAddress).toString("hex")),
  );
  const lastCommit =
    block.header.height > 1 && lastSet
      ? lastSet.validators.map((v) => ({
          validatorAddress: v.address,
          power: v.votingPower,
          signed: signed.has(Buffer.from(v.address).toString("hex")),
        }))
      : [];
  const misbehavior = block.evidence.map((e) => ({
    type: "duplicateVote" as const,
    validatorAddress: e.voteA.validatorAddress,
    height: e.voteA.height,
    timeNs: e.timestamp,
    power: e.validatorPower,
    totalVotingPower: e.totalVotingPower,
  }));
  return {
    chainId,
    height: block.header.height,
    timeNs: block.header.timeNs,
    proposer: block.header.proposerAddress,
    lastBlockHash: block.header.lastBlockId.hash,
    lastCommit,
    misbehavior,
  };
}
