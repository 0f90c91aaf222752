import assert from "node:assert/strict";
import {
  bftTime,
  type Commit,
  ConsensusError,
  ConsensusErrorCode,
  createConsensusMachine,
  TIME_IOTA_NS,
  type ValidatorSet,
  VoteType,
} from "../../../../chain/core/consensus/index.js";
import {
  CHAIN_ID,
  GENESIS_TIME,
  MS,
  ofType,
  signedProposal,
  signedVote,
  testBlockId,
  testBlocks,
} from "./helpers.js";
import { Trace, votesCast } from "./trace.js";

const FOUR = [10n, 10n, 10n, 10n];

function code(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof ConsensusError ? err.code : -1;
  }
  return undefined;
}

// Decides height 1 on `t` (observer or validator) with precommits from 0, 2, 3 at staggered times.
function decideHeightOne(t: Trace): { commit: Commit; set: ValidatorSet } {
  t.start();
  const A = t.block(1, "A");
  t.proposal(1, 0, A);
  const precommits = [0, 2, 3].map((i, k) =>
    signedVote(
      t.vals[i]!,
      VoteType.precommit,
      1,
      0,
      testBlockId(A),
      GENESIS_TIME + BigInt(k + 1) * 100n * MS,
    ),
  );
  let decided: Commit | undefined;
  for (const vote of precommits) {
    for (const e of t.feed({ type: "vote", vote, now: t.tick() }))
      if (e.type === "decide") decided = e.commit;
  }
  assert.ok(decided, "height 1 decided");
  return { commit: decided, set: t.set };
}

describe("consensus/stateMachine: host interface", () => {
  it("validates start: initial height, last commit, no going back", () => {
    const t = new Trace(FOUR, { me: 1 });
    assert.equal(
      code(() => t.start(0)),
      ConsensusErrorCode.invalidInput,
    );
    assert.equal(
      code(() => t.start(2)),
      ConsensusErrorCode.invalidInput,
      "height 2 needs the last commit",
    );
    t.start(1);
    assert.equal(
      code(() => t.start(1)),
      ConsensusErrorCode.invalidInput,
    );
  });

  it("proposes height 2 at the BFT time of its last commit and never votes before block time + 1 ms", () => {
    const t = new Trace(FOUR, { me: 1 });
    const last = decideHeightOne(t);
    t.timeout(1, 0, "commit");
    // Height 2's first proposer (after one increment) is index 1 = me.
    const next = t.set.incrementProposerPriority(1);
    assert.equal(t.indexOf(next.proposer.address), 1);
    const effects = t.start(2, next, last);
    const [create] = ofType(effects, "createBlock");
    assert.ok(create);
    // Precommits at +100, +200, +300 ms (me absent): median of three equal weights is +200 ms.
    assert.equal(create.time, GENESIS_TIME + 200n * MS);
    assert.equal(create.time, bftTime(last.commit, last.set));
    assert.deepEqual(create.lastCommit, last.commit);

    // A block from the future: the prevote's timestamp is lifted to block time + 1 ms.
    const o = new Trace(FOUR, { me: 3 });
    o.start();
    const future = { ...o.block(1, "F"), time: o.now + 10_000n * MS };
    const [vote] = ofType(o.proposal(1, 0, future), "broadcastVote");
    assert.equal(vote?.vote.timestamp, future.time + TIME_IOTA_NS);
  });

  it("buffers next-height messages and enters the next height only after timeout_commit", () => {
    const t = new Trace(FOUR, { me: 3 });
    const last = decideHeightOne(t);
    const next = t.set.incrementProposerPriority(1);
    const proposer = t.vals[t.indexOf(next.proposer.address)]!;
    const B = t.block(2, "B");
    // Height-2 messages arrive while height 1 waits out timeout_commit.
    const proposal = signedProposal(proposer, 2, 0, B, -1, t.now);
    assert.deepEqual(t.feed({ type: "proposal", proposal, block: B, now: t.tick() }), []);
    const start = t.start(2, next, last);
    assert.deepEqual(start, [], "start is held until timeout_commit fires");
    assert.equal(t.machine.roundState()!.height, 1);
    const entered = t.timeout(1, 0, "commit");
    assert.equal(t.machine.roundState()!.height, 2);
    assert.deepEqual(votesCast(entered, [B]), ["prevote:0:B"], "the buffered proposal was processed");
    // Old-height votes are ignored silently.
    assert.deepEqual(t.precommits(1, 0, t.block(1, "A"), [1]), []);
  });

  it("an observer follows and decides without signing", () => {
    const t = new Trace(FOUR);
    const { commit } = decideHeightOne(t);
    assert.equal(commit.height, 1);
    assert.equal(ofType(t.log, "broadcastVote").length, 0);
    assert.equal(ofType(t.log, "createBlock").length, 0);
  });

  it("rejects forged or mismatched messages and leaves the state unchanged", () => {
    const t = new Trace(FOUR, { me: 3 });
    t.start();
    const A = t.block(1, "A");
    const proposal = signedProposal(t.vals[0]!, 1, 0, A);
    const other = t.block(1, "other");
    assert.equal(
      code(() => t.feed({ type: "proposal", proposal, block: other, now: t.tick() })),
      ConsensusErrorCode.invalidProposal,
    );
    const forged = { ...proposal, signature: new Uint8Array(64) };
    assert.equal(
      code(() => t.feed({ type: "proposal", proposal: forged, block: A, now: t.tick() })),
      2,
    );
    const badPol = signedProposal(t.vals[0]!, 1, 0, A, 0);
    assert.equal(
      code(() => t.feed({ type: "proposal", proposal: badPol, block: A, now: t.tick() })),
      1,
    );
    const vote = signedVote(t.vals[1]!, VoteType.prevote, 1, 0, testBlockId(A));
    assert.equal(
      code(() => t.feed({ type: "vote", vote: { ...vote, round: 1 }, now: t.tick() })),
      2,
    );
    assert.equal(t.machine.roundState()!.step, "propose");
    // Messages far beyond the round lookahead are dropped, not stored.
    const far = signedVote(t.vals[1]!, VoteType.prevote, 1, 5000, testBlockId(A));
    assert.deepEqual(t.feed({ type: "vote", vote: far, now: t.tick() }), []);
    assert.equal(t.machine.roundState()!.round, 0);
  });

  it("drops a block answer that comes after the round moved on", () => {
    const t = new Trace(FOUR, { me: 0, autoCreate: false });
    const [create] = ofType(t.start(), "createBlock");
    assert.ok(create);
    assert.deepEqual(votesCast(t.timeout(1, 0, "propose"), []), ["prevote:0:nil"]);
    const late = t.feed({
      type: "blockCreated",
      height: 1,
      round: 0,
      block: t.block(1, "slow"),
      now: t.tick(),
    });
    assert.deepEqual(ofType(late, "broadcastProposal"), []);
  });

  it("works with default timeouts overridden", () => {
    const m = createConsensusMachine({
      chainId: CHAIN_ID,
      blocks: testBlocks,
      genesisTime: GENESIS_TIME,
      timeouts: { propose: 100, proposeDelta: 10 },
    });
    const t = new Trace(FOUR);
    const effects = m.handle({ type: "start", height: 1, validatorSet: t.set, now: GENESIS_TIME });
    assert.deepEqual(
      ofType(effects, "scheduleTimeout").map((e) => e.durationMs),
      [100],
    );
  });
});
