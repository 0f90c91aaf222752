import assert from "node:assert/strict";
import {
  type ConsensusError,
  ConsensusErrorCode,
  type Ed25519KeyPair,
  incrementPriorities,
  type PriorityEntry,
  ValidatorSet,
} from "../../../../chain/core/consensus/index.js";
import { testKey } from "./helpers.js";

// Keys sorted by address, so names p1 < p2 < … are also address order (ties go to the lower address).
function sortedKeys(n: number, offset = 0): Ed25519KeyPair[] {
  return Array.from({ length: n }, (_, i) => testKey(offset + i)).sort((a, b) =>
    Buffer.compare(a.address, b.address),
  );
}

function nameOf(keys: Ed25519KeyPair[], address: Uint8Array): string {
  return `p${keys.findIndex((k) => Buffer.compare(k.address, address) === 0) + 1}`;
}

// Proposers of successive heights: the genesis set's proposer, then one increment per height.
function heightSequence(set: ValidatorSet, keys: Ed25519KeyPair[], heights: number): string[] {
  const out: string[] = [];
  let s = set;
  for (let h = 0; h < heights; h++) {
    out.push(nameOf(keys, s.proposer.address));
    s = s.incrementProposerPriority(1);
  }
  return out;
}

function entries(priorities: bigint[], powers: bigint[]): PriorityEntry[] {
  return priorities.map((p, i) => ({
    address: new Uint8Array(20).fill(i + 1),
    votingPower: powers[i]!,
    proposerPriority: p,
  }));
}

describe("consensus/proposerSelection", () => {
  it("follows the spec example {p1:1, p2:3} → p2, p1, p2, p2 …", () => {
    const keys = sortedKeys(2);
    const set = ValidatorSet.create([
      { pubKey: keys[0]!.pubKey, votingPower: 1n },
      { pubKey: keys[1]!.pubKey, votingPower: 3n },
    ]);
    assert.deepEqual(heightSequence(set, keys, 8), ["p2", "p1", "p2", "p2", "p2", "p1", "p2", "p2"]);
  });

  it("rotates equal powers by address and weights unequal ones by power", () => {
    const keys = sortedKeys(3);
    const equal = ValidatorSet.create(keys.map((k) => ({ pubKey: k.pubKey, votingPower: 10n })));
    assert.deepEqual(heightSequence(equal, keys, 6), ["p1", "p2", "p3", "p1", "p2", "p3"]);

    // {p1:1, p2:2, p3:3}, P = 6. Hand-computed with the CometBFT steps (add, argmax, −P).
    const weighted = ValidatorSet.create(
      keys.map((k, i) => ({ pubKey: k.pubKey, votingPower: BigInt(i + 1) })),
    );
    assert.deepEqual(heightSequence(weighted, keys, 6), ["p3", "p2", "p1", "p3", "p2", "p3"]);
    // Over a full cycle of P heights each validator proposes in proportion to its power.
    const counts = new Map<string, number>();
    for (const name of heightSequence(weighted, keys, 60)) counts.set(name, (counts.get(name) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(counts), { p1: 10, p2: 20, p3: 30 });
  });

  it("gives round r the proposer after r more increments", () => {
    const keys = sortedKeys(2);
    const set = ValidatorSet.create([
      { pubKey: keys[0]!.pubKey, votingPower: 1n },
      { pubKey: keys[1]!.pubKey, votingPower: 3n },
    ]);
    const rounds = [0, 1, 2, 3, 4].map((r) => nameOf(keys, set.proposerForRound(r).address));
    assert.deepEqual(rounds, ["p2", "p1", "p2", "p2", "p2"]);
    // Rounds at the next height start from that height's set.
    const next = set.incrementProposerPriority(1);
    assert.deepEqual(
      [0, 1, 2].map((r) => nameOf(keys, next.proposerForRound(r).address)),
      ["p1", "p2", "p2"],
    );
  });

  it("defines round r as r single CometBFT increments, also after validators joined", () => {
    // Joining validators start far below the others, which is when a rescale can kick in.
    let set = ValidatorSet.create(
      sortedKeys(3).map((k, i) => ({ pubKey: k.pubKey, votingPower: BigInt(100 * (i + 1)) })),
    );
    set = set.withChanges([{ pubKey: testKey(40).pubKey, votingPower: 5000n }]).incrementProposerPriority(1);
    let walk = set;
    for (let r = 1; r < 30; r++) {
      walk = walk.incrementProposerPriority(1);
      assert.deepEqual(set.proposerForRound(r), walk.proposer, `round ${r}`);
    }
  });

  it("adds a validator at −1.125·P, then rescales and centres (set change)", () => {
    const keys = sortedKeys(3);
    const set = ValidatorSet.create([
      { pubKey: keys[0]!.pubKey, votingPower: 1n },
      { pubKey: keys[1]!.pubKey, votingPower: 3n },
    ]);
    // Before: p1 = 1, p2 = −1. p3 (power 4) joins at −(8 + 8>>3) = −9; centring subtracts
    // floor(−9/3) = −3: p1 = 4, p2 = 2, p3 = −6.
    const changed = set.withChanges([{ pubKey: keys[2]!.pubKey, votingPower: 4n }]);
    const priorities = Object.fromEntries(
      changed.validators.map((v) => [nameOf(keys, v.address), v.proposerPriority]),
    );
    assert.deepEqual(priorities, { p1: 4n, p2: 2n, p3: -6n });
    // Set order is power descending.
    assert.deepEqual(
      changed.validators.map((v) => nameOf(keys, v.address)),
      ["p3", "p2", "p1"],
    );
    // Next heights: +VP → (5, 5, −2): tie p1/p2 → p1 (lower address); then p2, p3, p2.
    assert.deepEqual(heightSequence(changed.incrementProposerPriority(1), keys, 4), ["p1", "p2", "p3", "p2"]);

    // Removing and updating: p2 leaves, p1 goes to power 5.
    const after = changed.withChanges([
      { pubKey: keys[1]!.pubKey, votingPower: 0n },
      { pubKey: keys[0]!.pubKey, votingPower: 5n },
    ]);
    assert.equal(after.size, 2);
    assert.equal(after.totalVotingPower, 9n);
    assert.equal(nameOf(keys, after.validators[0]!.address), "p1");
  });

  it("rejects bad change sets", () => {
    const keys = sortedKeys(2);
    const set = ValidatorSet.create([{ pubKey: keys[0]!.pubKey, votingPower: 1n }]);
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return (err as ConsensusError).code;
      }
      return undefined;
    };
    assert.equal(
      code(() => ValidatorSet.create([])),
      ConsensusErrorCode.invalidValidatorSet,
    );
    assert.equal(
      code(() => set.withChanges([{ pubKey: keys[0]!.pubKey, votingPower: 0n }])),
      6,
    );
    assert.equal(
      code(() => set.withChanges([{ pubKey: keys[1]!.pubKey, votingPower: 0n }])),
      6,
    );
    assert.equal(
      code(() =>
        set.withChanges([
          { pubKey: keys[1]!.pubKey, votingPower: 1n },
          { pubKey: keys[1]!.pubKey, votingPower: 2n },
        ]),
      ),
      6,
    );
    assert.equal(
      code(() => set.withChanges([{ pubKey: keys[1]!.pubKey, votingPower: -1n }])),
      6,
    );
    assert.equal(
      code(() => set.withChanges([{ pubKey: keys[1]!.pubKey, votingPower: 1n << 62n }])),
      6,
    );
  });

  it("rescales with Go's truncating division and centres with floor division", () => {
    // diff 205 > 2P = 20: ratio ceil(205/20) = 11; −105/11 truncates to −9.
    const e = entries([-105n, 100n], [5n, 5n]);
    incrementPriorities(e, 10n, 1);
    // After rescale (−9, 9), centre (avg 0), +5 → (−4, 14) → p2 wins → (−4, 4).
    assert.deepEqual(
      e.map((x) => x.proposerPriority),
      [-4n, 4n],
    );
    // Centring uses floor: sum −10 over 3 → avg −4 (truncation would give −3).
    const c = entries([-5n, -5n, 0n], [1n, 1n, 1n]);
    incrementPriorities(c, 3n, 1);
    // (−1, −1, 4) + 1 → (0, 0, 5) → third wins → (0, 0, 2).
    assert.deepEqual(
      c.map((x) => x.proposerPriority),
      [0n, 0n, 2n],
    );
  });

  it("restores a stored set exactly (priorities and proposer)", () => {
    const keys = sortedKeys(3);
    const set = ValidatorSet.create(keys.map((k, i) => ({ pubKey: k.pubKey, votingPower: BigInt(i + 2) })))
      .incrementProposerPriority(3)
      .withChanges([{ pubKey: testKey(50).pubKey, votingPower: 7n }]);
    const restored = ValidatorSet.restore(set.validators, set.proposer.address);
    assert.deepEqual(restored.validators, set.validators);
    assert.deepEqual(restored.proposer, set.proposer);
    assert.deepEqual(restored.hash(), set.hash());
    for (let r = 0; r < 5; r++) assert.deepEqual(restored.proposerForRound(r), set.proposerForRound(r));
  });
});
