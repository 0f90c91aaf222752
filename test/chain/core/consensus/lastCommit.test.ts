import assert from "node:assert/strict";
import {
  BlockIdFlag,
  bftTime,
  type Commit,
  ConsensusError,
  ConsensusErrorCode,
  verifyCommit,
} from "../../../../chain/core/consensus/index.js";
import { CHAIN_ID, ofType, type TestBlock, testBlockId } from "./helpers.js";
import { SimNetwork, uniformLatency } from "./sim/simNetwork.js";
import { Trace } from "./trace.js";

const FOUR = [10n, 10n, 10n, 10n];

function signers(commit: Commit): number {
  return commit.signatures.filter((s) => s.blockIdFlag === BlockIdFlag.commit).length;
}

// Me = validator 1 (height 2's first proposer). Height 1: validator 0 proposes A, 0 and 2 prevote
// it, I lock and precommit, 0 and 2 precommit: decided with 3 of 4 precommits; 3's is late.
function decideWithThree(t: Trace): { block: TestBlock; commit: Commit } {
  t.start();
  const block = t.block(1, "A");
  t.proposal(1, 0, block);
  t.prevotes(1, 0, block, [0, 2]);
  const [decide] = ofType(t.precommits(1, 0, block, [0, 2]), "decide");
  assert.ok(decide, "decided on the first 2/3+");
  assert.equal(signers(decide.commit), 3);
  return { block, commit: decide.commit };
}

describe("consensus: the last commit holds every precommit received during timeout_commit", () => {
  it("a late precommit joins the next proposal's last commit and the stored commit", () => {
    const t = new Trace(FOUR, { me: 1 });
    const { block, commit } = decideWithThree(t);
    const next = t.set.incrementProposerPriority(1);
    assert.equal(t.indexOf(next.proposer.address), 1, "I propose height 2");
    assert.deepEqual(t.start(2, next, { commit, set: t.set }), [], "held for timeout_commit");
    assert.deepEqual(t.precommits(1, 0, block, [3]), [], "the late precommit is collected");
    const entered = t.timeout(1, 0, "commit");
    const [updated] = ofType(entered, "commitUpdated");
    assert.ok(updated, "the host is told to store the fuller commit");
    assert.equal(updated.height, 1);
    assert.equal(signers(updated.commit), 4);
    verifyCommit(CHAIN_ID, t.set, testBlockId(block), 1, updated.commit);
    const [create] = ofType(entered, "createBlock");
    assert.ok(create);
    assert.deepEqual(create.lastCommit, updated.commit);
    assert.equal(create.time, bftTime(updated.commit, t.set), "block time from the fuller commit");
    assert.ok(
      entered.indexOf(updated) < entered.indexOf(create),
      "stored before the block that carries it is built",
    );
  });

  it("also when timeout_commit fires before the host sends the next start", () => {
    const t = new Trace(FOUR, { me: 1 });
    const { block, commit } = decideWithThree(t);
    t.precommits(1, 0, block, [3]);
    assert.deepEqual(t.timeout(1, 0, "commit"), []);
    const entered = t.start(2, t.set.incrementProposerPriority(1), { commit, set: t.set });
    assert.equal(signers(ofType(entered, "commitUpdated")[0]!.commit), 4);
    assert.equal(signers(ofType(entered, "createBlock")[0]!.lastCommit!), 4);
  });

  it("keeps the host's commit when nothing arrived, and ignores precommits once the next height runs", () => {
    const t = new Trace(FOUR, { me: 1 });
    const { block, commit } = decideWithThree(t);
    t.start(2, t.set.incrementProposerPriority(1), { commit, set: t.set });
    const entered = t.timeout(1, 0, "commit");
    assert.deepEqual(ofType(entered, "commitUpdated"), []);
    assert.deepEqual(ofType(entered, "createBlock")[0]!.lastCommit, commit);
    assert.deepEqual(t.precommits(1, 0, block, [3]), []);
  });

  it("commit verification still accepts any 2/3+ subset, and refuses 2/3 or less", () => {
    const t = new Trace(FOUR, { me: 1 });
    const { block, commit } = decideWithThree(t);
    t.start(2, t.set.incrementProposerPriority(1), { commit, set: t.set });
    t.precommits(1, 0, block, [3]);
    const full = ofType(t.timeout(1, 0, "commit"), "commitUpdated")[0]!.commit;
    const absent = { ...commit.signatures.find((s) => s.blockIdFlag === BlockIdFlag.absent)! };
    const without = (drop: number[]): Commit => ({
      ...full,
      signatures: full.signatures.map((s, i) => (drop.includes(i) ? absent : s)),
    });
    for (const i of [0, 1, 2, 3]) verifyCommit(CHAIN_ID, t.set, testBlockId(block), 1, without([i]));
    assert.throws(
      () => verifyCommit(CHAIN_ID, t.set, testBlockId(block), 1, without([0, 3])),
      (e: unknown) => e instanceof ConsensusError && e.reason === ConsensusErrorCode.invalidCommit,
    );
  });

  it("simulation: on a healthy network every proposal's last commit holds 4 of 4 precommits", () => {
    // An even LAN (10–12 ms per hop): every validator sees the proposal and the prevotes before
    // the precommits, so all four precommit the block. (With a wide latency spread a validator
    // may receive 2/3+ precommits before the proposal and decide without precommitting; its
    // absence is then real.) timeout_commit 200 ms leaves time for the last precommit.
    const sim = new SimNetwork({
      powers: FOUR,
      seed: 17,
      timeouts: { commit: 200 },
      link: uniformLatency(10, 12),
    });
    sim.run(30, 600_000);
    sim.checkSafety();
    assert.deepEqual(sim.heights(), [31, 31, 31, 31]);
    const proposed = sim.proposedLastCommits.filter((p) => p.height >= 2);
    assert.ok(proposed.length >= 29);
    for (const p of proposed) assert.equal(signers(p.commit), 4, `height ${p.height} round ${p.round}`);
    // Every node stored the fuller commit of every height it decided (but the last).
    const stored = sim.storedCommits();
    for (const [key, commit] of stored) {
      if (Number(key.split("/")[1]) <= 29) assert.equal(signers(commit), 4, key);
    }
  });
});
