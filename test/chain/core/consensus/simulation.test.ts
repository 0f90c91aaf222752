import assert from "node:assert/strict";
import { verifyDuplicateVoteEvidence } from "../../../../chain/core/consensus/index.js";
import { CHAIN_ID } from "./helpers.js";
import { SimNetwork, uniformLatency, withDrops, withPartition } from "./sim/simNetwork.js";

const FOUR = [10n, 10n, 10n, 10n];

function fingerprint(sim: SimNetwork): string {
  return sim.decisions.map((d) => `${d.node}:${d.height}:${d.round}:${d.blockIdHex}@${d.atMs}`).join("|");
}

describe("consensus/simulation", () => {
  it("4 validators, one silent: 50 heights, identical blocks everywhere", () => {
    const sim = new SimNetwork({ powers: FOUR, silent: [2], seed: 7 });
    sim.run(50, 600_000);
    assert.deepEqual(sim.heights(), [51, 51, 51], "liveness: every live node decided 50 heights");
    sim.checkSafety();
    const byHeight = sim.decisionsByHeight();
    for (let h = 1; h <= 50; h++)
      assert.equal(byHeight.get(h)?.size, 3, `height ${h} decided by all live nodes`);
    // Heights where the silent validator proposes need a second round.
    assert.ok(sim.decisions.some((d) => d.round > 0));
    assert.equal(sim.rejected, 0);
    assert.equal(sim.signRefused, 0);
    assert.equal(sim.evidence.length, 0);
  });

  it("is deterministic for a seed", () => {
    const a = new SimNetwork({ powers: FOUR, silent: [0], seed: 3 });
    const b = new SimNetwork({ powers: FOUR, silent: [0], seed: 3 });
    a.run(10, 120_000);
    b.run(10, 120_000);
    assert.equal(fingerprint(a), fingerprint(b));
  });

  it("two of four silent: no decision, hence no conflicting one", () => {
    const sim = new SimNetwork({ powers: FOUR, silent: [1, 3], seed: 11 });
    sim.run(5, 60_000);
    assert.equal(sim.decisions.length, 0);
    sim.checkSafety();
    assert.deepEqual(sim.heights(), [1, 1]);
  });

  it("unequal powers, 20% message loss repaired by gossip: safe and live", () => {
    const sim = new SimNetwork({
      powers: [40n, 30n, 20n, 10n],
      seed: 5,
      link: withDrops(0.2, uniformLatency(5, 60)),
    });
    sim.run(20, 600_000);
    sim.checkSafety();
    assert.deepEqual(sim.heights(), [21, 21, 21, 21]);
  });

  it("one equivocating validator of four: still safe and live, and its double votes become evidence", () => {
    const sim = new SimNetwork({ powers: FOUR, seed: 21, equivocators: [1] });
    sim.run(10, 300_000);
    sim.checkSafety();
    assert.deepEqual(sim.heights(), [11, 11, 11, 11]);
    assert.ok(sim.evidence.length > 0, "honest nodes reported the equivocation");
    const offender = sim.validatorSet.validators[1]!.address;
    for (const { evidence } of sim.evidence) {
      assert.deepEqual(evidence.voteA.validatorAddress, offender);
      verifyDuplicateVoteEvidence(evidence, CHAIN_ID, sim.validatorSet);
    }
  });

  it("crash-restarts replay the WAL: no double sign, no evidence, same chain", () => {
    // Nodes 0 and 2 crash again and again at odd moments (mid-round, mid-commit), down 0–400 ms.
    const restarts = Array.from({ length: 24 }, (_, k) => ({
      node: k % 2 === 0 ? 0 : 2,
      atMs: 137 + k * 311,
      downMs: (k * 97) % 400,
    }));
    const sim = new SimNetwork({ powers: FOUR, seed: 13, restarts });
    sim.run(30, 600_000);
    assert.equal(sim.restartsDone, 24, `all restarts happened before height 30 (at ${sim.nowMs} ms)`);
    sim.checkSafety();
    assert.deepEqual(sim.heights(), [31, 31, 31, 31]);
    assert.equal(sim.evidence.length, 0, "a restarted validator never signed two different votes");
    assert.equal(sim.signRefused, 0, "replay re-produced exactly what had been signed");
  });

  it("mixed faults over several seeds: 7 validators, an equivocator, crashes, 5% loss", () => {
    for (const seed of [31, 32, 33]) {
      const restarts = Array.from({ length: 12 }, (_, k) => ({
        node: [0, 3, 5][k % 3]!,
        atMs: 80 + k * (150 + seed),
        downMs: (k * 131 * seed) % 700,
      }));
      const sim = new SimNetwork({
        powers: [10n, 10n, 10n, 10n, 10n, 10n, 10n],
        seed,
        restarts,
        equivocators: [2],
        link: withDrops(0.05, uniformLatency(5, 80)),
      });
      sim.run(15, 600_000);
      sim.checkSafety();
      assert.deepEqual(sim.heights(), Array(7).fill(16), `seed ${seed}: live`);
      assert.equal(sim.signRefused, 0, `seed ${seed}`);
      const offender = sim.validatorSet.validators[2]!.address;
      assert.ok(
        sim.evidence.every((e) => Buffer.compare(e.evidence.voteA.validatorAddress, offender) === 0),
        `seed ${seed}: evidence only against the equivocator`,
      );
    }
  });

  it("a 2/2 partition halts progress; after it heals the network agrees and moves on", () => {
    const sim = new SimNetwork({
      powers: FOUR,
      seed: 9,
      link: withPartition(
        [
          [0, 1],
          [2, 3],
        ],
        1_000,
        20_000,
      ),
    });
    sim.run(15, 600_000);
    sim.checkSafety();
    assert.deepEqual(sim.heights(), [16, 16, 16, 16]);
    const during = sim.decisions.filter((d) => d.atMs >= 1_500 && d.atMs < 20_000);
    assert.equal(during.length, 0, "no decision without a 2/3 quorum");
  });
});
