import assert from "node:assert/strict";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import {
  MsgSetWithdrawAddress,
  MsgWithdrawDelegatorReward,
  MsgWithdrawValidatorCommission,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { MsgBeginRedelegate, MsgDelegate, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { Misbehavior } from "../../../../chain/core/app/context.js";
import { computeStateRoot } from "../../../../chain/core/store/index.js";
import { any, consKey, SEC, TestChain, votes } from "./helpers.js";
import { assertInvariants } from "./invariants.js";

const M = 1_000_000n;

type Genesis = Record<string, Record<string, unknown>>;

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

/** Every store entry as hex pairs, in key order. */
function entries(chain: TestChain): [string, string][] {
  return [...chain.store.iterate(new Uint8Array())].map(([k, v]) => [hex(k), hex(v)]);
}

function root(chain: TestChain): string {
  return hex(computeStateRoot(chain.store.iterate(new Uint8Array())));
}

/** The export as a genesis file would carry it (bigints or class instances would not survive). */
function viaJson(genesis: Record<string, unknown>): Genesis {
  return JSON.parse(JSON.stringify(genesis)) as Genesis;
}

describe("genesis export and import of the Cosmos module set", () => {
  const c1 = consKey("c1");
  const c2 = consKey("c2");
  const c3 = consKey("c3");

  /**
   * A chain whose state touches every store: delegations, an unbonding delegation and a
   * redelegation with their queues, missed blocks, a double-sign (slash event, tombstone, an
   * unbonding validator in the validator queue), a withdraw address, fees, block rewards,
   * commission, withdrawn rewards and denom metadata.
   */
  function busyChain(): TestChain {
    const chain = TestChain.create({
      accounts: { val1: 100n * M, val2: 100n * M, val3: 100n * M, alice: 100n * M, bob: 100n * M, carol: 0n },
      validators: [
        { operator: "val1", cons: "c1", selfDelegation: 10n * M },
        { operator: "val2", cons: "c2", selfDelegation: 20n * M, commission: { rate: "0.05" } },
        { operator: "val3", cons: "c3", selfDelegation: 5n * M },
      ],
      staking: { unbondingTime: "600s" },
      slashing: { signedBlocksWindow: "10", minSignedPerWindow: "0.5", slashFractionDoubleSign: "0.05" },
      distribution: { communityTax: "0.02", blockReward: "1000" },
      denomMetadata: [
        {
          description: "test token",
          denomUnits: [
            { denom: "ustra", exponent: 0, aliases: ["microstra"] },
            { denom: "stra", exponent: 6, aliases: [] },
          ],
          base: "ustra",
          display: "stra",
          name: "Strata",
          symbol: "STRA",
          uri: "",
          uriHash: "",
        },
      ],
    });
    const commit = (c2Signed = true) =>
      votes([
        { key: c1, power: 10n },
        { key: c2, power: 20n, signed: c2Signed },
        { key: c3, power: 5n },
      ]);
    const a = (label: string) => chain.acct(label);
    chain.block();
    const evidenceTime = chain.timeNs;
    chain.block(
      [
        chain.sign(
          "alice",
          [
            any(MsgDelegate, {
              delegatorAddress: a("alice").address,
              validatorAddress: a("val1").operator,
              amount: { denom: "ustra", amount: (5n * M).toString() },
            }),
          ],
          500n,
        ),
        chain.sign(
          "bob",
          [
            any(MsgDelegate, {
              delegatorAddress: a("bob").address,
              validatorAddress: a("val2").operator,
              amount: { denom: "ustra", amount: (3n * M).toString() },
            }),
          ],
          300n,
        ),
      ],
      { lastCommit: commit() },
    );
    const results = [
      chain.tx(
        "alice",
        [
          any(MsgSetWithdrawAddress, {
            delegatorAddress: a("alice").address,
            withdrawAddress: a("carol").address,
          }),
        ],
        { fee: 100n, lastCommit: commit(false) },
      ),
      chain.tx(
        "alice",
        [
          any(MsgUndelegate, {
            delegatorAddress: a("alice").address,
            validatorAddress: a("val1").operator,
            amount: { denom: "ustra", amount: (1n * M).toString() },
          }),
        ],
        { fee: 100n, lastCommit: commit(false) },
      ),
      chain.tx(
        "bob",
        [
          any(MsgBeginRedelegate, {
            delegatorAddress: a("bob").address,
            validatorSrcAddress: a("val2").operator,
            validatorDstAddress: a("val1").operator,
            amount: { denom: "ustra", amount: (1n * M).toString() },
          }),
        ],
        { fee: 100n, lastCommit: commit() },
      ),
      chain.tx(
        "bob",
        [
          any(MsgSend, {
            fromAddress: a("bob").address,
            toAddress: a("carol").address,
            amount: [{ denom: "ustra", amount: "77" }],
          }),
        ],
        { fee: 1_000n, lastCommit: commit() },
      ),
      chain.tx(
        "alice",
        [
          any(MsgWithdrawDelegatorReward, {
            delegatorAddress: a("alice").address,
            validatorAddress: a("val1").operator,
          }),
        ],
        { lastCommit: commit() },
      ),
      chain.tx("val2", [any(MsgWithdrawValidatorCommission, { validatorAddress: a("val2").operator })], {
        lastCommit: commit(),
      }),
    ];
    for (const r of results) assert.equal(r.code, 0, r.log);
    const evidence: Misbehavior = {
      type: "duplicateVote",
      validatorAddress: c3.address,
      height: 1,
      timeNs: evidenceTime,
      power: 5n,
      totalVotingPower: 35n,
    };
    const slashed = chain.block([], { lastCommit: commit(), misbehavior: [evidence] });
    assert.ok(slashed.blockEvents.some((e) => e.type === "slash"));
    chain.block([], { lastCommit: commit(false) });
    chain.block([], { lastCommit: commit() });
    assertInvariants(chain);
    return chain;
  }

  it("exports every store, and a chain initialised from the export has the same state and exports the same", () => {
    const chain = busyChain();
    const exported = viaJson(chain.exportGenesis());
    assert.deepEqual(Object.keys(exported), ["auth", "bank", "distribution", "staking", "slashing"]);

    // The scenario reached every kind of record.
    const { staking, slashing, distribution } = exported as unknown as {
      staking: {
        exported: boolean;
        validators: { status: string; jailed: boolean }[];
        unbondingDelegations: unknown[];
        redelegations: unknown[];
        delegations: unknown[];
      };
      slashing: { signingInfos: { tombstoned: boolean }[]; missedBlocks: { missedBlocks: unknown[] }[] };
      distribution: Record<string, unknown[]> & { feePool: { communityPool: unknown[] } };
    };
    assert.equal(staking.exported, true);
    assert.ok(staking.validators.some((v) => v.status === "BOND_STATUS_UNBONDING" && v.jailed));
    assert.equal(staking.unbondingDelegations.length, 1);
    assert.equal(staking.redelegations.length, 1);
    assert.equal(staking.delegations.length, 6);
    assert.ok(slashing.signingInfos.some((s) => s.tombstoned));
    assert.ok(slashing.missedBlocks.length > 0 && slashing.missedBlocks[0]!.missedBlocks.length > 0);
    for (const list of [
      "delegatorWithdrawInfos",
      "outstandingRewards",
      "validatorAccumulatedCommissions",
      "validatorHistoricalRewards",
      "validatorCurrentRewards",
      "delegatorStartingInfos",
      "validatorSlashEvents",
    ])
      assert.ok(distribution[list]!.length > 0, `distribution.${list} is empty`);
    assert.ok(distribution.feePool.communityPool.length > 0);

    const fresh = TestChain.fromExport(chain, exported);
    assert.deepEqual(viaJson(fresh.exportGenesis()), exported);
    assert.deepEqual(entries(fresh), entries(chain));
    assert.equal(root(fresh), root(chain));
    // The initial set of an imported chain is its last bonded set (val3 was jailed out of it).
    assert.deepEqual(
      fresh.initialSet.map((u) => [hex(u.pubKey), u.power]).sort(),
      [
        [hex(c1.pubKey), 15n],
        [hex(c2.pubKey), 22n],
      ].sort(),
    );
    assertInvariants(fresh);

    // Both chains go on identically: the same blocks mature the unbonding, the redelegation and
    // the validator's unbonding on each.
    const next = votes([
      { key: c1, power: 15n },
      { key: c2, power: 22n },
    ]);
    for (let i = 0; i < 3; i++) {
      const txs = [
        chain.sign(
          "bob",
          [
            any(MsgWithdrawDelegatorReward, {
              delegatorAddress: chain.acct("bob").address,
              validatorAddress: chain.acct("val1").operator,
            }),
          ],
          200n,
        ),
      ];
      const x = chain.block(txs, { lastCommit: next, advanceNs: 300n * SEC });
      const y = fresh.block(txs, { lastCommit: next, advanceNs: 300n * SEC });
      assert.deepEqual(y.txResults, x.txResults);
      assert.deepEqual(y.validatorUpdates, x.validatorUpdates);
      assert.equal(root(fresh), root(chain));
    }
    const after = viaJson(chain.exportGenesis()) as unknown as typeof staking & Genesis;
    const matured = after.staking as unknown as typeof staking;
    assert.equal(matured.unbondingDelegations.length, 0);
    assert.equal(matured.redelegations.length, 0);
    assert.ok(matured.validators.every((v) => v.status !== "BOND_STATUS_UNBONDING"));
    assert.deepEqual(entries(fresh), entries(chain));
  });

  it("refuses an export whose pools, supply or distribution holdings do not match its records", () => {
    const chain = busyChain();
    const good = viaJson(chain.exportGenesis());
    const tamper = (f: (g: Genesis) => void): Genesis => {
      const g = viaJson(good);
      f(g);
      return g;
    };

    const richer = tamper((g) => {
      const v = (g.staking!.validators as { status: string; tokens: string }[]).find(
        (x) => x.status === "BOND_STATUS_BONDED",
      )!;
      v.tokens = (BigInt(v.tokens) + 1n).toString();
    });
    assert.throws(() => TestChain.fromExport(chain, richer), /bonded_tokens_pool holds/);

    const pool = tamper((g) => {
      (g.distribution!.feePool as { communityPool: { denom: string; amount: string }[] }).communityPool = [
        { denom: "ustra", amount: "123456.000000000000000000" },
      ];
    });
    assert.throws(() => TestChain.fromExport(chain, pool), /distribution account holds/);

    const supply = tamper((g) => {
      (g.bank!.supply as { denom: string; amount: string }[])[0]!.amount = "1";
    });
    assert.throws(() => TestChain.fromExport(chain, supply), /supply of ustra is 1/);

    const reused = tamper((g) => {
      const accounts = g.auth!.accounts as { accountNumber: string }[];
      accounts[1]!.accountNumber = accounts[0]!.accountNumber;
    });
    assert.throws(() => TestChain.fromExport(chain, reused), /duplicate account number/);

    // The untampered export still loads.
    assert.equal(root(TestChain.fromExport(chain, good)), root(chain));
  });

  it("keeps accepting the L1 builder's form (addresses only, gentx-like validators)", () => {
    const chain = TestChain.create({
      accounts: { val1: 100n * M, alice: 5n },
      validators: [{ operator: "val1", cons: "c1", selfDelegation: 10n * M }],
    });
    assert.deepEqual(
      chain.initialSet.map((u) => [hex(u.pubKey), u.power]),
      [[hex(c1.pubKey), 10n]],
    );
    const exported = viaJson(chain.exportGenesis());
    const auth = exported.auth as {
      accounts: { address: string; accountNumber: string; moduleName?: string }[];
    };
    // Genesis accounts first, in order, then the module accounts genesis created.
    assert.deepEqual(
      auth.accounts.map((x) => x.moduleName ?? x.address),
      [
        chain.acct("val1").address,
        chain.acct("alice").address,
        "distribution",
        "bonded_tokens_pool",
        "not_bonded_tokens_pool",
      ],
    );
    assert.equal(root(TestChain.fromExport(chain, exported)), root(chain));
  });
});
