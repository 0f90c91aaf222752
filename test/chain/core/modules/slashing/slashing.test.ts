import assert from "node:assert/strict";
import {
  QueryValidatorSlashesRequest,
  QueryValidatorSlashesResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/query";
import {
  QueryParamsResponse,
  QuerySigningInfoRequest,
  QuerySigningInfoResponse,
  QuerySigningInfosRequest,
  QuerySigningInfosResponse,
} from "cosmjs-types/cosmos/slashing/v1beta1/query";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import {
  QueryDelegationRequest,
  QueryDelegationResponse,
  QueryUnbondingDelegationRequest,
  QueryUnbondingDelegationResponse,
  QueryValidatorRequest,
  QueryValidatorResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { MsgBeginRedelegate, MsgDelegate, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { Misbehavior } from "../../../../../chain/core/app/context.js";
import { consAddressString } from "../../../../../chain/core/modules/staking/index.js";
import { any, type ConsKey, consKey, SEC, TestChain, votes } from "../helpers.js";
import { assertInvariants } from "../invariants.js";

const M = 1_000_000n;

function validator(chain: TestChain, label: string): Validator {
  return chain.query(
    "/cosmos.staking.v1beta1.Query/Validator",
    QueryValidatorRequest.encode({ validatorAddr: chain.acct(label).operator }).finish(),
    QueryValidatorResponse.decode,
  ).validator;
}

function signingInfo(chain: TestChain, key: ConsKey) {
  return chain.query(
    "/cosmos.slashing.v1beta1.Query/SigningInfo",
    QuerySigningInfoRequest.encode({ consAddress: consAddressString(key.address) }).finish(),
    QuerySigningInfoResponse.decode,
  ).valSigningInfo;
}

function unjail(chain: TestChain, label: string) {
  return chain.tx(label, [any(MsgUnjail, { validatorAddr: chain.acct(label).operator })]);
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

describe("slashing module", () => {
  const c1 = consKey("c1");
  const c2 = consKey("c2");
  let chain: TestChain;

  beforeEach(() => {
    chain = TestChain.create({
      accounts: { val1: 100n * M, val2: 100n * M, alice: 100n * M, bob: 100n * M },
      validators: [
        { operator: "val1", cons: "c1", selfDelegation: 10n * M },
        { operator: "val2", cons: "c2", selfDelegation: 20n * M },
      ],
      staking: { unbondingTime: "120s" },
      slashing: {
        signedBlocksWindow: "10",
        minSignedPerWindow: "0.5",
        downtimeJailDuration: "60s",
        slashFractionDowntime: "0.01",
        slashFractionDoubleSign: "0.05",
      },
    });
  });

  it("creates signing infos for bonded validators and serves the slashing queries", () => {
    const info = signingInfo(chain, c1);
    assert.equal(info.address, consAddressString(c1.address));
    assert.match(info.address, /^stratavalcons1/);
    assert.equal(info.startHeight, 0n);
    assert.equal(info.tombstoned, false);
    const all = chain.query(
      "/cosmos.slashing.v1beta1.Query/SigningInfos",
      QuerySigningInfosRequest.encode({}).finish(),
      QuerySigningInfosResponse.decode,
    ).info;
    assert.equal(all.length, 2);
    const params = chain.query(
      "/cosmos.slashing.v1beta1.Query/Params",
      new Uint8Array(),
      QueryParamsResponse.decode,
    ).params;
    assert.equal(params.signedBlocksWindow, 10n);
    assert.equal(new TextDecoder().decode(params.minSignedPerWindow), "500000000000000000");
    assert.equal(new TextDecoder().decode(params.slashFractionDoubleSign), "50000000000000000");
    assert.equal(params.downtimeJailDuration.seconds, 60n);
    const missing = chain.rawQuery(
      "/cosmos.slashing.v1beta1.Query/SigningInfo",
      QuerySigningInfoRequest.encode({ consAddress: consAddressString(consKey("nobody").address) }).finish(),
    );
    assert.match(missing.log, /NotFound/);
  });

  it("does not punish a validator that signs half the window", () => {
    chain.block();
    for (let i = 0; i < 30; i++) {
      chain.block([], {
        lastCommit: votes([
          { key: c1, power: 10n, signed: i % 2 === 0 },
          { key: c2, power: 20n },
        ]),
      });
    }
    assert.equal(validator(chain, "val1").jailed, false);
    assert.equal(signingInfo(chain, c1).missedBlocksCounter, 5n);
    assert.equal(signingInfo(chain, c1).indexOffset, 30n);
  });

  it("slashes and jails for downtime, burns the stake, and lets the operator unjail after the jail time", () => {
    const supply = chain.supply();
    chain.block();
    let slashedAt = 0;
    for (let i = 0; i < 15 && slashedAt === 0; i++) {
      const b = chain.block([], {
        lastCommit: votes([
          { key: c1, power: 10n, signed: false },
          { key: c2, power: 20n },
        ]),
      });
      if (b.blockEvents.some((e) => e.type === "slash")) slashedAt = chain.height;
      else assert.ok(b.blockEvents.some((e) => e.type === "liveness"));
    }
    // Judged only past start height + window, with more than 5 of 10 missed.
    assert.equal(slashedAt, 11);
    assert.deepEqual(
      chain.lastUpdates.map((u) => [hex(u.pubKey), u.power]),
      [[hex(c1.pubKey), 0n]],
    );
    const v1 = validator(chain, "val1");
    assert.equal(v1.jailed, true);
    assert.equal(v1.status, BondStatus.BOND_STATUS_UNBONDING);
    // 1 % of power 10 (10,000,000 ustra) is burned.
    assert.equal(v1.tokens, 9_900_000n.toString());
    assert.equal(chain.supply(), supply - 100_000n);
    const info = signingInfo(chain, c1);
    assert.equal(info.missedBlocksCounter, 0n);
    assert.equal(info.indexOffset, 0n);
    assert.equal(info.jailedUntil.seconds * SEC, chain.timeNs + 60n * SEC);
    assertInvariants(chain);

    // Jailed validators are not tracked; the jail time holds.
    chain.block([], {
      lastCommit: votes([
        { key: c1, power: 10n, signed: false },
        { key: c2, power: 20n },
      ]),
    });
    const early = unjail(chain, "val1");
    assert.deepEqual([early.codespace, early.code], ["slashing", 4]);
    const notJailed = unjail(chain, "val2");
    assert.deepEqual([notJailed.codespace, notJailed.code], ["slashing", 5]);
    chain.block([], { advanceNs: 60n * SEC });
    const ok = unjail(chain, "val1");
    assert.equal(ok.code, 0, ok.log);
    assert.deepEqual(
      chain.lastUpdates.map((u) => [hex(u.pubKey), u.power]),
      [[hex(c1.pubKey), 9n]],
    );
    assert.equal(validator(chain, "val1").status, BondStatus.BOND_STATUS_BONDED);
    assert.equal(signingInfo(chain, c1).startHeight, BigInt(chain.height));
    assertInvariants(chain);
  });

  it("slashes a double sign over the stake at the infraction height, unbondings and redelegations included, and tombstones", () => {
    const alice = chain.acct("alice");
    const val1 = chain.acct("val1");
    const delegate = (from: string, amount: bigint) =>
      chain.sign(from, [
        any(MsgDelegate, {
          delegatorAddress: chain.acct(from).address,
          validatorAddress: val1.operator,
          amount: { denom: "ustra", amount: amount.toString() },
        }),
      ]);
    const undelegate = (from: string, amount: bigint) =>
      any(MsgUndelegate, {
        delegatorAddress: chain.acct(from).address,
        validatorAddress: val1.operator,
        amount: { denom: "ustra", amount: amount.toString() },
      });
    // h1: alice 10M, bob 2M and bob undelegates 1M (before the infraction: not slashed).
    const txs = [delegate("alice", 10n * M), delegate("bob", 2n * M)];
    txs.push(chain.sign("bob", [undelegate("bob", 1n * M)]));
    assert.deepEqual(
      chain.block(txs).txResults.map((r) => r.code),
      [0, 0, 0],
    );
    chain.block();
    // h3: val1 signs twice at this height, with power 21.
    chain.block();
    const infraction = { height: chain.height, timeNs: chain.timeNs };
    // h4: alice undelegates 2M; h5: alice redelegates 3M to val2 — both after the infraction.
    assert.equal(chain.tx("alice", [undelegate("alice", 2n * M)]).code, 0);
    const red = chain.tx("alice", [
      any(MsgBeginRedelegate, {
        delegatorAddress: alice.address,
        validatorSrcAddress: val1.operator,
        validatorDstAddress: chain.acct("val2").operator,
        amount: { denom: "ustra", amount: (3n * M).toString() },
      }),
    ]);
    assert.equal(red.code, 0, red.log);
    assert.equal(validator(chain, "val1").tokens, (16n * M).toString());
    const supply = chain.supply();

    const evidence: Misbehavior = {
      type: "duplicateVote",
      validatorAddress: c1.address,
      height: infraction.height,
      timeNs: infraction.timeNs,
      power: 21n,
      totalVotingPower: 41n,
    };
    const b = chain.block([], { misbehavior: [evidence] });
    const slashEvent = b.blockEvents.find((e) => e.type === "slash");
    assert.ok(slashEvent);
    assert.equal(slashEvent.attributes.find((a) => a.key === "reason")?.value, "double_sign");

    // 5 % of 21M = 1.05M: 100k from alice's unbonding, 150k from her redelegated stake at val2,
    // 800k from val1's tokens. Bob's older unbonding is untouched.
    const ubd = (who: string) =>
      chain.query(
        "/cosmos.staking.v1beta1.Query/UnbondingDelegation",
        QueryUnbondingDelegationRequest.encode({
          delegatorAddr: chain.acct(who).address,
          validatorAddr: val1.operator,
        }).finish(),
        QueryUnbondingDelegationResponse.decode,
      ).unbond.entries[0]!.balance;
    assert.equal(ubd("alice"), 1_900_000n.toString());
    assert.equal(ubd("bob"), 1_000_000n.toString());
    assert.equal(validator(chain, "val2").tokens, (23n * M - 150_000n).toString());
    const v1 = validator(chain, "val1");
    assert.equal(v1.tokens, (16n * M - 800_000n).toString());
    assert.equal(v1.jailed, true);
    assert.equal(chain.supply(), supply - 1_050_000n);
    // Shares keep their count and lose value: alice's 5M shares are now worth 4.75M.
    const del = chain.query(
      "/cosmos.staking.v1beta1.Query/Delegation",
      QueryDelegationRequest.encode({ delegatorAddr: alice.address, validatorAddr: val1.operator }).finish(),
      QueryDelegationResponse.decode,
    ).delegationResponse!;
    assert.equal(del.delegation.shares, (5n * M * 10n ** 18n).toString());
    assert.equal(del.balance.amount, 4_750_000n.toString());
    assert.deepEqual(
      chain.lastUpdates.map((u) => [hex(u.pubKey), u.power]),
      [
        [hex(c2.pubKey), 22n],
        [hex(c1.pubKey), 0n],
      ],
    );
    const info = signingInfo(chain, c1);
    assert.equal(info.tombstoned, true);
    assert.equal(info.jailedUntil.seconds, 253402300799n);
    // Distribution recorded the effective fraction 800k / 16M.
    const slashes = chain.query(
      "/cosmos.distribution.v1beta1.Query/ValidatorSlashes",
      QueryValidatorSlashesRequest.encode({
        validatorAddress: val1.operator,
        startingHeight: 0n,
        endingHeight: 1000n,
      }).finish(),
      QueryValidatorSlashesResponse.decode,
    ).slashes;
    assert.deepEqual(
      slashes.map((s) => s.fraction),
      ["50000000000000000"],
    );
    assertInvariants(chain);

    // The same evidence again is ignored; a tombstoned validator never unjails.
    const again = chain.block([], { advanceNs: 3600n * SEC, misbehavior: [evidence] });
    assert.ok(!again.blockEvents.some((e) => e.type === "slash"));
    const u = unjail(chain, "val1");
    assert.deepEqual([u.codespace, u.code], ["slashing", 4]);
  });

  it("ignores evidence for keys staking does not know", () => {
    const b = chain.block([], {
      misbehavior: [
        {
          type: "duplicateVote",
          validatorAddress: consKey("stranger").address,
          height: 0,
          timeNs: chain.timeNs,
          power: 5n,
          totalVotingPower: 35n,
        },
      ],
    });
    assert.ok(!b.blockEvents.some((e) => e.type === "slash"));
  });
});
