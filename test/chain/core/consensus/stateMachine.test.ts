import assert from "node:assert/strict";
import {
  type ConsensusEffect,
  ConsensusError,
  ConsensusErrorCode,
  verifyCommit,
  verifyDuplicateVoteEvidence,
} from "../../../../chain/core/consensus/index.js";
import { CHAIN_ID, GENESIS_TIME, hex, ofType, type TestBlock, testBlockId } from "./helpers.js";
import { Trace, votesCast } from "./trace.js";

// Four equal validators: with equal powers the proposer of round r at height 1 is index r mod 4
// (address order), checked in the first test.
const FOUR = [10n, 10n, 10n, 10n];

function steps(effects: readonly ConsensusEffect<TestBlock>[]): string[] {
  return ofType(effects, "stepChanged").map((e) => `${e.round}:${e.step}`);
}

describe("consensus/stateMachine: Algorithm 1 traces", () => {
  it("happy path: 4 equal validators, proposer creates, locks, precommits and decides", () => {
    const t = new Trace(FOUR, { me: 0 });
    for (let r = 0; r < 4; r++) assert.equal(t.indexOf(t.set.proposerForRound(r).address), r);

    const start = t.start();
    const create = ofType(start, "createBlock");
    assert.equal(create.length, 1);
    assert.equal(create[0]!.time, GENESIS_TIME, "height 1 carries the genesis time");
    assert.equal(create[0]!.lastCommit, undefined);
    // StartRound: propose timeout scheduled with the CometBFT default.
    assert.deepEqual(
      ofType(start, "scheduleTimeout").map((e) => [e.step, e.durationMs]),
      [["propose", 3000]],
    );
    const [proposal] = ofType(start, "broadcastProposal");
    assert.ok(proposal, "the created block is proposed");
    assert.equal(proposal.proposal.polRound, -1);
    const block = proposal.block;
    assert.deepEqual(votesCast(start, [block]), ["prevote:0:created by me at round 0"]);

    const afterPrevotes = t.prevotes(1, 0, block, [1, 2]);
    // Line 34 (2f+1 any) schedules timeoutPrevote; line 36 locks and precommits.
    assert.deepEqual(
      ofType(afterPrevotes, "scheduleTimeout").map((e) => e.step),
      ["prevote"],
    );
    assert.deepEqual(votesCast(afterPrevotes, [block]), ["precommit:0:created by me at round 0"]);
    assert.equal(t.machine.roundState()!.lockedRound, 0);

    const afterPrecommits = t.precommits(1, 0, block, [1, 2]);
    const [decide] = ofType(afterPrecommits, "decide");
    assert.ok(decide);
    assert.equal(decide.height, 1);
    assert.deepEqual(decide.block, block);
    verifyCommit(CHAIN_ID, t.set, testBlockId(block), 1, decide.commit);
    assert.deepEqual(
      ofType(afterPrecommits, "scheduleTimeout").map((e) => [e.step, e.durationMs]),
      [["commit", 1000]],
    );
    assert.equal(t.machine.roundState()!.step, "commit");
  });

  it("a non-proposer validates the proposal, then prevotes it", () => {
    const t = new Trace(FOUR, { me: 1, autoValidate: false });
    assert.deepEqual(ofType(t.start(), "createBlock"), []);
    const block = t.block(1, "A");
    const effects = t.proposal(1, 0, block);
    const [validate] = ofType(effects, "validateBlock");
    assert.ok(validate, "valid(v) is asked of the host");
    assert.deepEqual(votesCast(effects, [block]), [], "no prevote before valid(v) is known");
    const after = t.feed({
      type: "blockValidated",
      height: 1,
      blockId: validate.blockId,
      valid: true,
      now: t.tick(),
    });
    assert.deepEqual(votesCast(after, [block]), ["prevote:0:A"]);
  });

  it("prevotes nil on an invalid block and on timeoutPropose (and ignores stale timeouts)", () => {
    const invalid = new Trace(FOUR, { me: 1, autoValidate: () => false });
    invalid.start();
    assert.deepEqual(votesCast(invalid.proposal(1, 0, invalid.block(1, "bad")), []), ["prevote:0:nil"]);

    const slow = new Trace(FOUR, { me: 1 });
    slow.start();
    assert.deepEqual(slow.timeout(1, 1, "propose"), [], "a timeout of another round is stale");
    assert.deepEqual(slow.timeout(1, 0, "prevote"), [], "a timeout of another step is stale");
    const effects = slow.timeout(1, 0, "propose");
    assert.deepEqual(votesCast(effects, []), ["prevote:0:nil"]);
    assert.deepEqual(steps(effects), ["0:prevote"]);
    // A proposal arriving late no longer changes the prevote.
    assert.deepEqual(votesCast(slow.proposal(1, 0, slow.block(1, "late")), []), []);
  });

  it("round change by timeouts: nil quorum, precommit nil, timeoutPrecommit, growing timeouts", () => {
    const t = new Trace(FOUR, { me: 1 });
    t.start();
    t.timeout(1, 0, "propose");
    const prevotes = t.prevotes(1, 0, undefined, [0, 2]);
    // Line 34 and line 44 both fire on 2f+1 nil prevotes.
    assert.deepEqual(
      ofType(prevotes, "scheduleTimeout").map((e) => [e.step, e.durationMs]),
      [["prevote", 1000]],
    );
    assert.deepEqual(votesCast(prevotes, []), ["precommit:0:nil"]);
    const precommits = t.precommits(1, 0, undefined, [0, 2]);
    assert.deepEqual(
      ofType(precommits, "scheduleTimeout").map((e) => [e.step, e.durationMs]),
      [["precommit", 1000]],
    );
    assert.equal(ofType(precommits, "decide").length, 0, "a nil quorum decides nothing");
    const next = t.timeout(1, 0, "precommit");
    assert.deepEqual(steps(next), ["1:propose", "1:prevote"], "new round; own proposal prevoted at once");
    // Round 1: I am the proposer; timeouts grow by the per-round delta.
    assert.equal(ofType(next, "broadcastProposal").length, 1);
    assert.deepEqual(
      ofType(next, "scheduleTimeout").map((e) => [e.round, e.step, e.durationMs]),
      [[1, "propose", 3500]],
    );
    // Mixed prevotes (no value has 2f+1) wait for timeoutPrevote, then precommit nil.
    const t2 = new Trace(FOUR, { me: 3 });
    t2.start();
    t2.proposal(1, 0, t2.block(1, "A"));
    const mixed = t2.prevotes(1, 0, undefined, [1, 2]);
    assert.deepEqual(votesCast(mixed, []), [], "2f+1 any but no majority: wait");
    assert.deepEqual(votesCast(t2.timeout(1, 0, "prevote"), []), ["precommit:0:nil"]);
  });

  it("locked at round r, a different fresh proposal in r+1 gets a nil prevote", () => {
    const t = new Trace(FOUR, { me: 3 });
    const A = t.block(1, "A");
    const B = t.block(1, "B");
    t.start();
    assert.deepEqual(votesCast(t.proposal(1, 0, A), [A]), ["prevote:0:A"]);
    assert.deepEqual(votesCast(t.prevotes(1, 0, A, [0, 1]), [A]), ["precommit:0:A"]);
    assert.equal(t.machine.roundState()!.lockedRound, 0);
    t.precommits(1, 0, undefined, [0, 1]);
    t.timeout(1, 0, "precommit");
    assert.equal(t.machine.roundState()!.round, 1);
    assert.deepEqual(votesCast(t.proposal(1, 1, B), [A, B]), ["prevote:1:nil"], "stays locked on A");
    // The same value as the lock is prevoted, though.
    const t2 = new Trace(FOUR, { me: 3 });
    t2.start();
    t2.proposal(1, 0, A);
    t2.prevotes(1, 0, A, [0, 1]);
    t2.precommits(1, 0, undefined, [0, 1]);
    t2.timeout(1, 0, "precommit");
    assert.deepEqual(votesCast(t2.proposal(1, 1, A), [A]), ["prevote:1:A"]);
  });

  it("unlocks on a newer proof-of-lock (validRound ≥ lockedRound with 2f+1 prevotes)", () => {
    const t = new Trace(FOUR, { me: 3 });
    const A = t.block(1, "A");
    const B = t.block(1, "B");
    t.start();
    // Round 0: lock on A.
    t.proposal(1, 0, A);
    t.prevotes(1, 0, A, [0, 1]);
    t.precommits(1, 0, undefined, [0, 1]);
    t.timeout(1, 0, "precommit");
    // Round 1: B proposed; locked, so prevote nil; two B prevotes arrive in time, the third late.
    assert.deepEqual(votesCast(t.proposal(1, 1, B), [A, B]), ["prevote:1:nil"]);
    t.prevotes(1, 1, B, [0, 1]);
    assert.deepEqual(votesCast(t.timeout(1, 1, "prevote"), [A, B]), ["precommit:1:nil"]);
    t.precommits(1, 1, undefined, [0, 1]);
    t.timeout(1, 1, "precommit");
    assert.equal(t.machine.roundState()!.round, 2);
    // Round 2: proposer re-proposes B with validRound 1. Without the POL the rule waits …
    assert.deepEqual(votesCast(t.proposal(1, 2, B, 1), [A, B]), []);
    // … and the late third prevote for B in round 1 completes it: lockedRound 0 ≤ 1 → prevote B.
    assert.deepEqual(votesCast(t.prevotes(1, 1, B, [2]), [A, B]), ["prevote:2:B"]);

    // An older POL (validRound < lockedRound) does not unlock.
    const old = new Trace(FOUR, { me: 3 });
    old.start();
    old.timeout(1, 0, "propose"); // B's round-0 proposal never reached me …
    old.prevotes(1, 0, B, [0, 1, 2]); // … though B had a POL in round 0 …
    old.timeout(1, 0, "prevote");
    old.precommits(1, 0, undefined, [0, 1]);
    old.timeout(1, 0, "precommit");
    old.proposal(1, 1, A);
    old.prevotes(1, 1, A, [0, 1]); // … but I lock on A in round 1.
    assert.equal(old.machine.roundState()!.lockedRound, 1);
    old.precommits(1, 1, undefined, [0, 1]);
    old.timeout(1, 1, "precommit");
    assert.deepEqual(votesCast(old.proposal(1, 2, B, 0), [A, B]), ["prevote:2:nil"]);
  });

  it("the proposer re-proposes its validValue with polRound = validRound", () => {
    const t = new Trace(FOUR, { me: 1 });
    const A = t.block(1, "A");
    t.start();
    t.proposal(1, 0, A);
    t.prevotes(1, 0, A, [0, 2]);
    const rs = t.machine.roundState()!;
    assert.equal(rs.validRound, 0);
    assert.deepEqual(rs.validBlockId, testBlockId(A));
    t.precommits(1, 0, undefined, [0, 2]);
    const next = t.timeout(1, 0, "precommit");
    assert.deepEqual(ofType(next, "createBlock"), [], "no fresh block when a valid value exists");
    const [p] = ofType(next, "broadcastProposal");
    assert.ok(p);
    assert.equal(p.proposal.round, 1);
    assert.equal(p.proposal.polRound, 0);
    assert.deepEqual(p.block, A);
    // Its own re-proposal has the POL of round 0 and matches its lock: it prevotes A.
    assert.deepEqual(votesCast(next, [A]), ["prevote:1:A"]);
  });

  it("updates validValue without relocking when 2f+1 prevotes arrive after precommitting", () => {
    const t = new Trace(FOUR, { me: 3 });
    const A = t.block(1, "A");
    t.start();
    t.proposal(1, 0, A);
    t.prevotes(1, 0, undefined, [0]);
    t.prevotes(1, 0, A, [1]);
    t.timeout(1, 0, "prevote"); // precommit nil
    assert.equal(t.machine.roundState()!.step, "precommit");
    assert.deepEqual(votesCast(t.prevotes(1, 0, A, [2]), [A]), [], "no second precommit");
    const rs = t.machine.roundState()!;
    assert.equal(rs.lockedRound, -1);
    assert.equal(rs.validRound, 0);
  });

  it("skips to a higher round on f+1 messages from it", () => {
    const t = new Trace(FOUR, { me: 1 });
    t.start();
    assert.deepEqual(steps(t.prevotes(1, 5, undefined, [2])), [], "1 of 4 is not f+1");
    const skip = t.precommits(1, 5, undefined, [3]);
    assert.deepEqual(steps(skip), ["5:propose", "5:prevote"]);
    assert.equal(t.machine.roundState()!.round, 5);
    // Round 5's proposer is index 1 = me: it proposes at once.
    assert.equal(ofType(skip, "broadcastProposal").length, 1);
  });

  it("commits on 2f+1 precommits of another round than its own", () => {
    const t = new Trace(FOUR, { me: 1, autoValidate: false });
    const B = t.block(1, "B");
    t.start();
    const prop = t.proposal(1, 2, B);
    const [validate] = ofType(prop, "validateBlock");
    const pre = t.precommits(1, 2, B, [0, 2, 3]);
    assert.equal(ofType(pre, "decide").length, 0, "not before valid(v) is known");
    const done = t.feed({
      type: "blockValidated",
      height: 1,
      blockId: validate!.blockId,
      valid: true,
      now: t.tick(),
    });
    const [decide] = ofType(done, "decide");
    assert.equal(decide?.round, 2);

    // And from an earlier round's proposal while sitting in a later round.
    const A = t.block(1, "A");
    const later = new Trace(FOUR, { me: 1 });
    later.start();
    later.proposal(1, 0, A);
    later.timeout(1, 0, "prevote");
    later.prevotes(1, 0, undefined, [0, 2]);
    later.precommits(1, 0, undefined, [0, 2]);
    later.timeout(1, 0, "precommit");
    later.proposal(1, 1, later.block(1, "C"));
    later.timeout(1, 1, "propose");
    later.timeout(1, 1, "prevote");
    assert.equal(later.machine.roundState()!.round, 1);
    const [d1] = ofType(later.precommits(1, 1, A, [0, 2, 3]), "decide");
    assert.equal(d1?.round, 1, "round 1 precommits for A decide A (known from round 0's proposal)");
    assert.deepEqual(d1?.block, A);
  });

  it("rotates proposers across heights and rounds with unequal powers", () => {
    // Powers 4, 3, 2, 1 (set order a, b, c, d). Hand-computed (see proposerSelection.test.ts):
    // h1: a, b, c   h2: b, c, a   h3: c, a
    const t = new Trace([4n, 3n, 2n, 1n]);
    const expected = [
      ["a", "b", "c"],
      ["b", "c", "a"],
      ["c", "a"],
    ];
    const names = ["a", "b", "c", "d"];
    let set = t.set;
    let last:
      | { commit: import("../../../../chain/core/consensus/index.js").Commit; set: typeof set }
      | undefined;
    for (let h = 1; h <= 3; h++) {
      t.start(h, set, last);
      const rounds = expected[h - 1]!;
      for (let r = 0; r < rounds.length; r++) {
        const rs = t.machine.roundState()!;
        assert.equal(rs.round, r);
        assert.equal(names[set.getByAddress(rs.proposerAddress)!.index], rounds[r], `h${h} r${r}`);
        // A proposal signed by anyone else is rejected.
        const right = set.getByAddress(rs.proposerAddress)!.index;
        const wrong = (right + 1) % 4;
        assert.throws(
          () => t.proposal(h, r, t.block(h, `w${h}${r}`), -1, wrong),
          (e: unknown) => e instanceof ConsensusError && e.reason === ConsensusErrorCode.invalidSignature,
        );
        if (r < rounds.length - 1) {
          t.timeout(h, r, "propose");
          t.precommits(h, r, undefined, [0, 1, 2]);
          t.timeout(h, r, "precommit");
        }
      }
      const block = t.block(h, `h${h}`);
      const r = rounds.length - 1;
      t.proposal(h, r, block, -1, set.getByAddress(set.proposerForRound(r).address)!.index);
      const [decide] = ofType(t.precommits(h, r, block, [0, 1, 2]), "decide");
      assert.ok(decide, `height ${h} decided`);
      t.timeout(h, r, "commit");
      last = { commit: decide.commit, set };
      set = set.incrementProposerPriority(1);
    }
  });

  it("turns equivocation into duplicate-vote evidence carrying the block time", () => {
    const t = new Trace(FOUR, { me: 1 });
    const A = { ...t.block(1, "A"), time: GENESIS_TIME };
    const B = t.block(1, "B");
    t.start();
    t.proposal(1, 0, A);
    t.prevotes(1, 0, A, [2]);
    const conflict = t.prevotes(1, 0, B, [2]);
    assert.equal(ofType(conflict, "evidence").length, 0, "held until the block time is known");
    t.prevotes(1, 0, A, [0]);
    const done = t.precommits(1, 0, A, [0, 2, 3]);
    const [ev] = ofType(done, "evidence");
    assert.ok(ev);
    assert.equal(hex(ev.evidence.voteA.validatorAddress), hex(t.vals[2]!.key.address));
    verifyDuplicateVoteEvidence(ev.evidence, CHAIN_ID, t.set, GENESIS_TIME);
    // After the decision, a conflicting late precommit is reported at once.
    const late = t.precommits(1, 0, B, [3]);
    assert.equal(ofType(late, "evidence").length, 1);
  });
});
