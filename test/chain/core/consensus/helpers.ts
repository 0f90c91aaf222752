import { createHash } from "node:crypto";
import {
  type BlockAdapter,
  type BlockCodec,
  type BlockId,
  type ConsensusEffect,
  createKeySigner,
  type Ed25519KeyPair,
  ed25519FromSeed,
  type Proposal,
  type Signer,
  ValidatorSet,
  type Vote,
  type VoteType,
} from "../../../../chain/core/consensus/index.js";

/** Chain id used by the consensus tests. */
export const CHAIN_ID = "strata-test-1";
/** Genesis time used by the tests: 2025-01-01T00:00:00Z in ns. */
export const GENESIS_TIME = 1_735_689_600_000_000_000n;
/** Milliseconds to nanoseconds. */
export const MS = 1_000_000n;

/** A block for tests: just enough fields to be distinct and carry a time. */
export interface TestBlock {
  readonly height: number;
  readonly time: bigint;
  readonly proposer: string;
  readonly payload: string;
}

function sha256(data: string | Uint8Array): Uint8Array {
  return new Uint8Array(createHash("sha256").update(data).digest());
}

/** Canonical bytes of a test block. */
export function testBlockBytes(b: TestBlock): Uint8Array {
  return new Uint8Array(
    Buffer.from(JSON.stringify([b.height, b.time.toString(), b.proposer, b.payload]), "utf8"),
  );
}

/** Id of a test block: sha256 of its bytes; one part whose hash is sha256 of the block hash. */
export function testBlockId(b: TestBlock): BlockId {
  const hash = sha256(testBlockBytes(b));
  return { hash, partSetHeader: { total: 1, hash: sha256(hash) } };
}

/** Block adapter of {@link TestBlock}. */
export const testBlocks: BlockAdapter<TestBlock> = { blockId: testBlockId, blockTime: (b) => b.time };

/** WAL codec of {@link TestBlock}. */
export const testBlockCodec: BlockCodec<TestBlock> = {
  encode: testBlockBytes,
  decode: (bytes) => {
    const [height, time, proposer, payload] = JSON.parse(Buffer.from(bytes).toString("utf8")) as [
      number,
      string,
      string,
      string,
    ];
    return { height, time: BigInt(time), proposer, payload };
  },
};

/** Deterministic key of test validator `i`. */
export function testKey(i: number): Ed25519KeyPair {
  return ed25519FromSeed(sha256(`strata consensus test validator ${i}`));
}

/** A test validator: key, signer and its place in a set. */
export interface TestValidator {
  readonly key: Ed25519KeyPair;
  readonly signer: Signer;
  readonly index: number;
}

/**
 * `n` keys with `powers`, and the genesis set they form; validators are returned in set order
 * (index = position).
 */
export function makeValidators(powers: readonly bigint[]): { set: ValidatorSet; vals: TestValidator[] } {
  const keys = powers.map((_, i) => testKey(i));
  const set = ValidatorSet.create(keys.map((k, i) => ({ pubKey: k.pubKey, votingPower: powers[i]! })));
  const vals = keys
    .map((key) => ({ key, signer: createKeySigner(key), index: set.getByAddress(key.address)!.index }))
    .sort((a, b) => a.index - b.index);
  return { set, vals };
}

/** A vote signed by `val`. */
export function signedVote(
  val: TestValidator,
  type: VoteType,
  height: number,
  round: number,
  blockId: BlockId,
  timestamp = GENESIS_TIME,
): Vote {
  return val.signer.signVote(CHAIN_ID, {
    type,
    height,
    round,
    blockId,
    timestamp,
    validatorAddress: val.key.address,
    validatorIndex: val.index,
  });
}

/** A proposal signed by `val`. */
export function signedProposal(
  val: TestValidator,
  height: number,
  round: number,
  block: TestBlock,
  polRound = -1,
  timestamp = GENESIS_TIME,
): Proposal {
  return val.signer.signProposal(CHAIN_ID, {
    height,
    round,
    polRound,
    blockId: testBlockId(block),
    timestamp,
  });
}

/** Effects of one kind. */
export function ofType<B, T extends ConsensusEffect<B>["type"]>(
  effects: readonly ConsensusEffect<B>[],
  type: T,
): Extract<ConsensusEffect<B>, { type: T }>[] {
  return effects.filter((e): e is Extract<ConsensusEffect<B>, { type: T }> => e.type === type);
}

/** Hex of bytes (for readable assertions). */
export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}
