import assert from "node:assert/strict";
import {
  BlockIdFlag,
  bftTime,
  type Commit,
  ConsensusError,
  ConsensusErrorCode,
  compareBlockIds,
  HeightVoteSet,
  MAX_VOTES_PER_VALIDATOR,
  makeCommit,
  newDuplicateVoteEvidence,
  nilBlockId,
  VoteSet,
  VoteType,
  verifyCommit,
  verifyDuplicateVoteEvidence,
} from "../../../../chain/core/consensus/index.js";
import { CHAIN_ID, GENESIS_TIME, makeValidators, signedVote, testBlockId } from "./helpers.js";

const blockA = testBlockId({ height: 1, time: GENESIS_TIME, proposer: "a", payload: "A" });
const blockB = testBlockId({ height: 1, time: GENESIS_TIME, proposer: "b", payload: "B" });

function rejects(fn: () => unknown, code: ConsensusErrorCode): void {
  assert.throws(fn, (err: unknown) => err instanceof ConsensusError && err.reason === code);
}

describe("consensus/voteSet", () => {
  it("tallies by power and detects 2/3+ for a value, 2/3+ any and 1/3+", () => {
    // Powers 4, 3, 2, 1 (total 10): 2/3+ needs > 6.67, 1/3+ needs > 3.33.
    const { set, vals } = makeValidators([4n, 3n, 2n, 1n]);
    const vs = new VoteSet(CHAIN_ID, 1, 0, VoteType.prevote, set);
    assert.equal(vs.addVote(signedVote(vals[3]!, VoteType.prevote, 1, 0, blockA)).kind, "added");
    assert.equal(vs.hasOneThirdAny(), false);
    vs.addVote(signedVote(vals[2]!, VoteType.prevote, 1, 0, nilBlockId()));
    assert.equal(vs.hasOneThirdAny(), false, "3 of 10 is not more than 1/3");
    vs.addVote(signedVote(vals[1]!, VoteType.prevote, 1, 0, blockA));
    assert.equal(vs.hasOneThirdAny(), true);
    assert.equal(vs.powerFor(blockA), 4n);
    assert.equal(vs.hasTwoThirdsAny(), false, "6 of 10 is not more than 2/3");
    vs.addVote(signedVote(vals[0]!, VoteType.prevote, 1, 0, blockA));
    assert.equal(vs.powerAny, 10n);
    assert.equal(vs.hasTwoThirdsAny(), true);
    assert.equal(vs.hasTwoThirdsFor(blockA), true);
    assert.equal(vs.hasTwoThirdsFor(nilBlockId()), false);
    assert.deepEqual(vs.twoThirdsMajority(), blockA);
  });

  it("detects a 2/3+ nil majority", () => {
    const { set, vals } = makeValidators([1n, 1n, 1n, 1n]);
    const vs = new VoteSet(CHAIN_ID, 5, 2, VoteType.precommit, set);
    for (const v of vals.slice(0, 3)) vs.addVote(signedVote(v, VoteType.precommit, 5, 2, nilBlockId()));
    assert.equal(vs.hasTwoThirdsFor(nilBlockId()), true);
    assert.deepEqual(vs.twoThirdsMajority(), nilBlockId());
  });

  it("rejects bad signatures, non-validators, wrong height/round/type and malformed votes", () => {
    const { set, vals } = makeValidators([1n, 1n, 1n]);
    const other = makeValidators([1n, 1n, 1n, 1n, 1n]).vals[4]!; // not in `set`
    const vs = new VoteSet(CHAIN_ID, 3, 0, VoteType.prevote, set);
    const good = signedVote(vals[0]!, VoteType.prevote, 3, 0, blockA);
    const forged = { ...good, signature: new Uint8Array(64).fill(7) };
    rejects(() => vs.addVote(forged), ConsensusErrorCode.invalidSignature);
    const tampered = { ...good, blockId: blockB }; // signature was over blockA
    rejects(() => vs.addVote(tampered), ConsensusErrorCode.invalidSignature);
    rejects(
      () => vs.addVote({ ...signedVote(other, VoteType.prevote, 3, 0, blockA) }),
      ConsensusErrorCode.unknownValidator,
    );
    const wrongIndex = vals[1]!.signer.signVote(CHAIN_ID, {
      ...good,
      validatorIndex: 0,
      validatorAddress: vals[1]!.key.address,
    });
    rejects(() => vs.addVote(wrongIndex), ConsensusErrorCode.unknownValidator);
    rejects(
      () => vs.addVote(signedVote(vals[0]!, VoteType.prevote, 4, 0, blockA)),
      ConsensusErrorCode.wrongHeight,
    );
    rejects(
      () => vs.addVote(signedVote(vals[0]!, VoteType.prevote, 3, 1, blockA)),
      ConsensusErrorCode.wrongHeight,
    );
    rejects(
      () => vs.addVote(signedVote(vals[0]!, VoteType.precommit, 3, 0, blockA)),
      ConsensusErrorCode.wrongHeight,
    );
    const weirdNil = { hash: new Uint8Array(32), partSetHeader: { total: 1, hash: new Uint8Array(32) } };
    rejects(
      () => vs.addVote(signedVote(vals[0]!, VoteType.prevote, 3, 0, weirdNil)),
      ConsensusErrorCode.malformed,
    );
    // A different chain id makes a different signature.
    const otherChain = vals[0]!.signer.signVote("other-chain", { ...good });
    rejects(() => vs.addVote(otherChain), ConsensusErrorCode.invalidSignature);
    assert.equal(vs.powerAny, 0n, "nothing rejected was counted");
    assert.equal(vs.addVote(good).kind, "added");
    assert.equal(vs.addVote(good).kind, "duplicate");
  });

  it("detects equivocation and builds verifiable duplicate-vote evidence", () => {
    const { set, vals } = makeValidators([5n, 3n, 2n]);
    const hvs = new HeightVoteSet(CHAIN_ID, 7, set);
    const first = signedVote(vals[1]!, VoteType.precommit, 7, 1, blockB, GENESIS_TIME + 1n);
    const second = signedVote(vals[1]!, VoteType.precommit, 7, 1, blockA, GENESIS_TIME + 2n);
    assert.equal(hvs.addVote(first).kind, "added");
    const result = hvs.addVote(second);
    assert.equal(result.kind, "conflict");
    assert.equal(hvs.precommits(1).powerAny, 3n, "an equivocator counts once toward 'any' …");
    assert.equal(hvs.precommits(1).powerFor(blockA), 3n, "… but toward each block it voted for");
    assert.equal(hvs.precommits(1).powerFor(blockB), 3n);
    // Same block, new timestamp: not equivocation.
    const again = signedVote(vals[1]!, VoteType.precommit, 7, 1, blockB, GENESIS_TIME + 3n);
    assert.equal(hvs.addVote(again).kind, "duplicate");

    const ev = newDuplicateVoteEvidence(first, second, set, GENESIS_TIME);
    assert.ok(compareBlockIds(ev.voteA.blockId, ev.voteB.blockId) < 0, "VoteA has the smaller BlockId key");
    assert.equal(ev.validatorPower, 3n);
    assert.equal(ev.totalVotingPower, 10n);
    verifyDuplicateVoteEvidence(ev, CHAIN_ID, set, GENESIS_TIME);

    rejects(() => verifyDuplicateVoteEvidence({ ...ev, voteA: ev.voteB, voteB: ev.voteA }, CHAIN_ID, set), 8);
    rejects(() => verifyDuplicateVoteEvidence({ ...ev, validatorPower: 2n }, CHAIN_ID, set), 8);
    rejects(() => verifyDuplicateVoteEvidence({ ...ev, totalVotingPower: 11n }, CHAIN_ID, set), 8);
    rejects(() => verifyDuplicateVoteEvidence(ev, CHAIN_ID, set, GENESIS_TIME + 1n), 8);
    rejects(() => verifyDuplicateVoteEvidence(ev, "other-chain", set), 8);
    const otherRound = signedVote(vals[1]!, VoteType.precommit, 7, 2, blockB);
    rejects(() => verifyDuplicateVoteEvidence({ ...ev, voteB: otherRound }, CHAIN_ID, set), 8);
    const otherVal = signedVote(vals[2]!, VoteType.precommit, 7, 1, blockB);
    rejects(() => verifyDuplicateVoteEvidence({ ...ev, voteB: otherVal }, CHAIN_ID, set), 8);
    const notMember = makeValidators([1n, 1n, 1n, 1n, 1n]);
    rejects(() => verifyDuplicateVoteEvidence(ev, CHAIN_ID, notMember.set), 8);
  });

  it("caps the conflicting votes kept per validator", () => {
    const { set, vals } = makeValidators([1n, 1n, 1n]);
    const vs = new VoteSet(CHAIN_ID, 1, 0, VoteType.prevote, set);
    const results = Array.from({ length: MAX_VOTES_PER_VALIDATOR + 2 }, (_, i) =>
      vs.addVote(
        signedVote(
          vals[0]!,
          VoteType.prevote,
          1,
          0,
          testBlockId({ height: 1, time: 0n, proposer: "x", payload: `${i}` }),
        ),
      ),
    );
    assert.deepEqual(
      results.map((r) => (r.kind === "conflict" ? `conflict:${r.counted}` : r.kind)),
      [
        "added",
        ...Array(MAX_VOTES_PER_VALIDATOR - 1).fill("conflict:true"),
        "conflict:false",
        "conflict:false",
      ],
    );
    assert.equal(vs.powerAny, 1n);
  });

  it("tracks f+1 participation per round across message types", () => {
    const { set, vals } = makeValidators([1n, 1n, 1n, 1n]);
    const hvs = new HeightVoteSet(CHAIN_ID, 2, set);
    hvs.addVote(signedVote(vals[0]!, VoteType.prevote, 2, 3, blockA));
    hvs.addVote(signedVote(vals[0]!, VoteType.precommit, 2, 3, blockA));
    assert.equal(hvs.hasOneThirdParticipation(3), false, "one validator counts once");
    hvs.addVote(signedVote(vals[1]!, VoteType.precommit, 2, 3, nilBlockId()));
    assert.equal(hvs.hasOneThirdParticipation(3), true);
    assert.deepEqual(hvs.knownRounds(), [3]);
  });
});

describe("consensus/commit", () => {
  function commitOf(powers: bigint[]): { commit: Commit; set: ReturnType<typeof makeValidators>["set"] } {
    const { set, vals } = makeValidators(powers);
    const vs = new VoteSet(CHAIN_ID, 9, 1, VoteType.precommit, set);
    vs.addVote(signedVote(vals[0]!, VoteType.precommit, 9, 1, blockA, GENESIS_TIME + 10n));
    vs.addVote(signedVote(vals[1]!, VoteType.precommit, 9, 1, blockA, GENESIS_TIME + 30n));
    vs.addVote(signedVote(vals[2]!, VoteType.precommit, 9, 1, nilBlockId(), GENESIS_TIME + 20n));
    vs.addVote(signedVote(vals[3]!, VoteType.precommit, 9, 1, blockA, GENESIS_TIME + 40n));
    return { commit: makeCommit(vs, blockA), set };
  }

  it("makes and verifies a commit with commit, nil and absent entries", () => {
    // Powers 3, 3, 1, 1, 1: the block gets 3 + 3 + 1 = 7 of 9.
    const { commit, set } = commitOf([3n, 3n, 1n, 1n, 1n]);
    assert.deepEqual(
      commit.signatures.map((s) => s.blockIdFlag),
      [BlockIdFlag.commit, BlockIdFlag.commit, BlockIdFlag.nil, BlockIdFlag.commit, BlockIdFlag.absent],
    );
    verifyCommit(CHAIN_ID, set, blockA, 9, commit);
    rejects(() => verifyCommit(CHAIN_ID, set, blockB, 9, commit), ConsensusErrorCode.invalidCommit);
    rejects(() => verifyCommit(CHAIN_ID, set, blockA, 10, commit), ConsensusErrorCode.invalidCommit);
    const bad = structuredClone(commit);
    bad.signatures[2]!.signature[0]! ^= 1;
    rejects(() => verifyCommit(CHAIN_ID, set, blockA, 9, bad), ConsensusErrorCode.invalidCommit);
    // Dropping two commit entries leaves 1 of 9: not enough.
    const weak = structuredClone(commit);
    weak.signatures[0] = weak.signatures[4]!;
    weak.signatures[1] = weak.signatures[4]!;
    rejects(() => verifyCommit(CHAIN_ID, set, blockA, 9, weak), ConsensusErrorCode.invalidCommit);
  });

  it("refuses to make a commit without 2/3+ for the block", () => {
    const { set, vals } = makeValidators([1n, 1n, 1n]);
    const vs = new VoteSet(CHAIN_ID, 1, 0, VoteType.precommit, set);
    vs.addVote(signedVote(vals[0]!, VoteType.precommit, 1, 0, blockA));
    vs.addVote(signedVote(vals[1]!, VoteType.precommit, 1, 0, blockA));
    rejects(() => makeCommit(vs, blockA), ConsensusErrorCode.invalidCommit);
  });

  it("computes BFT time as the power-weighted median of non-absent timestamps", () => {
    // Present: +10 (power 3), +30 (3), +20 (nil, 1), +40 (1); total 8, half 4. Sorted by time:
    // +10 takes 3 (1 left), then +20 has weight 1 ≥ 1 → +20. The absent entry does not count.
    const mixed = commitOf([3n, 3n, 1n, 1n, 1n]);
    assert.equal(bftTime(mixed.commit, mixed.set), GENESIS_TIME + 20n);
    // Powers 10, 1, 1, 1, 1 (validator 0 at +10 has most power): total present 13, half 6 → +10.
    const heavy = commitOf([10n, 1n, 1n, 1n, 1n]);
    assert.equal(bftTime(heavy.commit, heavy.set), GENESIS_TIME + 10n);
  });
});
