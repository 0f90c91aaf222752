import assert from "node:assert/strict";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import {
  QueryCommunityPoolResponse,
  QueryDelegationRewardsRequest,
  QueryDelegationRewardsResponse,
  QueryDelegationTotalRewardsRequest,
  QueryDelegationTotalRewardsResponse,
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
  QueryDelegatorWithdrawAddressRequest,
  QueryDelegatorWithdrawAddressResponse,
  QueryParamsResponse,
  QueryValidatorCommissionRequest,
  QueryValidatorCommissionResponse,
  QueryValidatorOutstandingRewardsRequest,
  QueryValidatorOutstandingRewardsResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/query";
import {
  MsgSetWithdrawAddress,
  MsgWithdrawDelegatorReward,
  MsgWithdrawDelegatorRewardResponse,
  MsgWithdrawValidatorCommission,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { QueryValidatorRequest } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { MsgDelegate, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { moduleAddress } from "../../../../../chain/core/modules/auth/index.js";
import { any, consKey, SEC, TestChain, votes } from "../helpers.js";
import { assertInvariants } from "../invariants.js";

const M = 1_000_000n;
const E18 = 10n ** 18n;
const D = "/cosmos.distribution.v1beta1.Query/";

function rewards(chain: TestChain, delegator: string, validator: string): bigint {
  const r = chain.query(
    `${D}DelegationRewards`,
    QueryDelegationRewardsRequest.encode({
      delegatorAddress: chain.acct(delegator).address,
      validatorAddress: chain.acct(validator).operator,
    }).finish(),
    QueryDelegationRewardsResponse.decode,
  ).rewards;
  return r.length === 0 ? 0n : BigInt(r[0]!.amount);
}

function outstanding(chain: TestChain, validator: string): bigint {
  const r = chain.query(
    `${D}ValidatorOutstandingRewards`,
    QueryValidatorOutstandingRewardsRequest.encode({
      validatorAddress: chain.acct(validator).operator,
    }).finish(),
    QueryValidatorOutstandingRewardsResponse.decode,
  ).rewards.rewards;
  return r.length === 0 ? 0n : BigInt(r[0]!.amount);
}

function commission(chain: TestChain, validator: string): bigint {
  const r = chain.query(
    `${D}ValidatorCommission`,
    QueryValidatorCommissionRequest.encode({ validatorAddress: chain.acct(validator).operator }).finish(),
    QueryValidatorCommissionResponse.decode,
  ).commission.commission;
  return r.length === 0 ? 0n : BigInt(r[0]!.amount);
}

function communityPool(chain: TestChain): bigint {
  const p = chain.query(`${D}CommunityPool`, new Uint8Array(), QueryCommunityPoolResponse.decode).pool;
  return p.length === 0 ? 0n : BigInt(p[0]!.amount);
}

function withdraw(chain: TestChain, delegator: string, validator: string) {
  return chain.tx(delegator, [
    any(MsgWithdrawDelegatorReward, {
      delegatorAddress: chain.acct(delegator).address,
      validatorAddress: chain.acct(validator).operator,
    }),
  ]);
}

function delegate(chain: TestChain, from: string, to: string, amount: bigint) {
  return any(MsgDelegate, {
    delegatorAddress: chain.acct(from).address,
    validatorAddress: chain.acct(to).operator,
    amount: { denom: "ustra", amount: amount.toString() },
  });
}

describe("distribution module", () => {
  const c1 = consKey("c1");
  const c2 = consKey("c2");

  function twoValidators(extra: { blockReward?: string; doubleSign?: string } = {}): TestChain {
    return TestChain.create({
      accounts: { val1: 100n * M, val2: 100n * M, alice: 100n * M, bob: 100n * M, carol: 0n },
      validators: [
        { operator: "val1", cons: "c1", selfDelegation: 10n * M },
        { operator: "val2", cons: "c2", selfDelegation: 20n * M },
      ],
      staking: { unbondingTime: "60s" },
      distribution: { communityTax: "0.02", blockReward: extra.blockReward ?? "0" },
      slashing: { slashFractionDoubleSign: extra.doubleSign ?? "0.05" },
    });
  }

  it("splits collected fees by the last commit's power: community tax, commission, delegators", () => {
    const chain = twoValidators();
    const params = chain.query(`${D}Params`, new Uint8Array(), QueryParamsResponse.decode).params;
    assert.equal(params.communityTax, "20000000000000000");
    assert.equal(params.withdrawAddrEnabled, true);
    // A 1000ustra fee lands in the fee collector in block 1 …
    const send = any(MsgSend, {
      fromAddress: chain.acct("alice").address,
      toAddress: chain.acct("bob").address,
      amount: [{ denom: "ustra", amount: "1" }],
    });
    assert.equal(chain.block([chain.sign("alice", [send], 1000n)]).txResults[0]!.code, 0);
    assert.equal(chain.balance(moduleAddress("fee_collector")), 1000n);
    // … and is distributed at the next begin-block to the commit's validators (10 : 20).
    chain.block([], {
      lastCommit: votes([
        { key: c1, power: 10n },
        { key: c2, power: 20n },
      ]),
    });
    assert.equal(chain.balance(moduleAddress("fee_collector")), 0n);
    assert.equal(chain.balance(moduleAddress("distribution")), 1000n);
    // 980 × 0.333333333333333333 (fractions truncate), and the remainder to the community pool.
    assert.equal(outstanding(chain, "val1"), 326_666666666666666340n);
    assert.equal(outstanding(chain, "val2"), 653_333333333333332680n);
    assert.equal(communityPool(chain), 20_000000000000000980n);
    assert.equal(commission(chain, "val1"), 32_666666666666666634n);
    // The operator is the only delegator: 326.67 − 32.67 = 293.999999999999999706 shared, but
    // rewards per token truncate to 18 decimals (0.000029399999999999), so 10M tokens earn a
    // little less; the dust stays outstanding.
    assert.equal(rewards(chain, "val1", "val1"), 293_999999999990000000n);
    assertInvariants(chain);
  });

  it("pays F1 rewards by stake and period, withdraws whole tokens, and reinitialises the delegation", () => {
    const chain = twoValidators({ blockReward: "1000000" });
    const only1 = () => votes([{ key: c1, power: 10n }]);
    chain.block();
    // Block reward 1M per block, all to val1: commission 98,000, delegators 882,000.
    chain.block([], { lastCommit: only1() });
    assert.equal(rewards(chain, "val1", "val1"), 882_000n * E18);
    assert.equal(
      chain.tx("alice", [delegate(chain, "alice", "val1", 10n * M)], { lastCommit: only1() }).code,
      0,
    );
    assert.equal(rewards(chain, "alice", "val1"), 0n, "no rewards in the block a delegation starts");
    for (let i = 0; i < 3; i++) chain.block([], { lastCommit: only1() });
    // Alice holds half of val1 for three blocks.
    assert.equal(rewards(chain, "alice", "val1"), 3n * 441_000n * E18);
    // val1 alone for two blocks (the delegation's block allocates before the tx), then half.
    assert.equal(rewards(chain, "val1", "val1"), (2n * 882_000n + 3n * 441_000n) * E18);
    assert.equal(commission(chain, "val1"), 5n * 98_000n * E18);
    const total = chain.query(
      `${D}DelegationTotalRewards`,
      QueryDelegationTotalRewardsRequest.encode({ delegatorAddress: chain.acct("alice").address }).finish(),
      QueryDelegationTotalRewardsResponse.decode,
    );
    assert.equal(total.rewards.length, 1);
    assert.equal(total.total[0]!.amount, (3n * 441_000n * E18).toString());
    const dvs = chain.query(
      `${D}DelegatorValidators`,
      QueryDelegatorValidatorsRequest.encode({ delegatorAddress: chain.acct("alice").address }).finish(),
      QueryDelegatorValidatorsResponse.decode,
    ).validators;
    assert.deepEqual(dvs, [chain.acct("val1").operator]);

    const before = chain.balance(chain.acct("alice").address);
    // The withdraw block allocates one more block of rewards (begin-block) before the tx runs.
    const r = chain.tx(
      "alice",
      [
        any(MsgWithdrawDelegatorReward, {
          delegatorAddress: chain.acct("alice").address,
          validatorAddress: chain.acct("val1").operator,
        }),
      ],
      { lastCommit: only1() },
    );
    assert.equal(r.code, 0, r.log);
    const paid = MsgWithdrawDelegatorRewardResponse.decode(
      TxMsgData.decode(r.data).msgResponses[0]!.value,
    ).amount;
    assert.deepEqual(paid, [{ denom: "ustra", amount: (4n * 441_000n).toString() }]);
    assert.ok(r.events.some((e) => e.type === "withdraw_rewards"));
    assert.equal(chain.balance(chain.acct("alice").address), before + 4n * 441_000n);
    assert.equal(rewards(chain, "alice", "val1"), 0n);
    chain.block([], { lastCommit: only1() });
    assert.equal(rewards(chain, "alice", "val1"), 441_000n * E18);
    assertInvariants(chain);

    const com = chain.tx("val1", [
      any(MsgWithdrawValidatorCommission, { validatorAddress: chain.acct("val1").operator }),
    ]);
    assert.equal(com.code, 0, com.log);
    assert.equal(commission(chain, "val1"), 0n);
    const none = chain.tx("val2", [
      any(MsgWithdrawValidatorCommission, { validatorAddress: chain.acct("val2").operator }),
    ]);
    assert.deepEqual([none.codespace, none.code], ["distribution", 7]);
    assertInvariants(chain);
  });

  it("changes of a delegation pay its rewards first; a withdraw address redirects them", () => {
    const chain = twoValidators({ blockReward: "1000000" });
    const only1 = () => votes([{ key: c1, power: 10n }]);
    chain.block();
    assert.equal(chain.tx("alice", [delegate(chain, "alice", "val1", 10n * M)]).code, 0);
    const set = chain.tx("alice", [
      any(MsgSetWithdrawAddress, {
        delegatorAddress: chain.acct("alice").address,
        withdrawAddress: chain.acct("carol").address,
      }),
    ]);
    assert.equal(set.code, 0, set.log);
    const wa = chain.query(
      `${D}DelegatorWithdrawAddress`,
      QueryDelegatorWithdrawAddressRequest.encode({ delegatorAddress: chain.acct("alice").address }).finish(),
      QueryDelegatorWithdrawAddressResponse.decode,
    ).withdrawAddress;
    assert.equal(wa, chain.acct("carol").address);
    const blocked = chain.tx("alice", [
      any(MsgSetWithdrawAddress, {
        delegatorAddress: chain.acct("alice").address,
        withdrawAddress: moduleAddress("distribution"),
      }),
    ]);
    assert.deepEqual([blocked.codespace, blocked.code], ["sdk", 4]);
    for (let i = 0; i < 2; i++) chain.block([], { lastCommit: only1() });
    // Delegating more first pays out the 2 blocks earned so far, to carol.
    assert.equal(chain.tx("alice", [delegate(chain, "alice", "val1", 10n * M)]).code, 0);
    assert.equal(chain.balance(chain.acct("carol").address), 2n * 441_000n);
    // Now 2/3 of val1.
    chain.block([], { lastCommit: only1() });
    assert.equal(rewards(chain, "alice", "val1"), 588_000n * E18);
    assertInvariants(chain);
  });

  it("keeps rewards earned before a slash and computes later ones on the reduced stake", () => {
    const chain = twoValidators({ blockReward: "1000000", doubleSign: "0.5" });
    const both = () =>
      votes([
        { key: c1, power: 20n },
        { key: c2, power: 20n },
      ]);
    chain.block();
    assert.equal(chain.tx("alice", [delegate(chain, "alice", "val1", 10n * M)]).code, 0);
    chain.block([], { lastCommit: both() });
    const infractionHeight = chain.height;
    chain.block([], { lastCommit: both() });
    // Each block: 1M × 0.98 × 1/2 to val1, 90 % to delegators, alice half: 220,500.
    assert.equal(rewards(chain, "alice", "val1"), 2n * 220_500n * E18);
    // Double sign: half of val1's 20M burned; this block's rewards were allocated before it.
    chain.block([], {
      lastCommit: both(),
      misbehavior: [
        {
          type: "duplicateVote",
          validatorAddress: c1.address,
          height: infractionHeight,
          timeNs: chain.timeNs,
          power: 20n,
          totalVotingPower: 40n,
        },
      ],
    });
    assert.equal(rewards(chain, "alice", "val1"), 3n * 220_500n * E18);
    // The next commit still has val1 (set changes apply two blocks later). Its 10M tokens now
    // earn 441,000 per block: 0.0441 per token, and alice's stake counts as 5M after the slash.
    chain.block([], { lastCommit: both() });
    assert.equal(rewards(chain, "alice", "val1"), 4n * 220_500n * E18);
    // Out of the set: a commit without val1 pays it nothing more.
    chain.block([], { lastCommit: votes([{ key: c2, power: 20n }]) });
    assert.equal(rewards(chain, "alice", "val1"), 4n * 220_500n * E18);
    const r = withdraw(chain, "alice", "val1");
    assert.equal(r.code, 0, r.log);
    assert.equal(rewards(chain, "alice", "val1"), 0n);
    // Undelegating the whole (slashed) delegation works and the accounts balance.
    const out = chain.tx("alice", [
      any(MsgUndelegate, {
        delegatorAddress: chain.acct("alice").address,
        validatorAddress: chain.acct("val1").operator,
        amount: { denom: "ustra", amount: (5n * M).toString() },
      }),
    ]);
    assert.equal(out.code, 0, out.log);
    assertInvariants(chain);
  });

  it("falls back to the bonded set while the node reports no commit, and pools fees with no power", () => {
    const chain = twoValidators({ blockReward: "3000000" });
    chain.block();
    chain.block([], { unreportedCommit: true }); // the last bonded set (10 : 20) stands in
    // 2,940,000 × 0.333333333333333333 and × 0.666666666666666666 (fractions truncate).
    assert.equal(outstanding(chain, "val1"), 979_999_999999999999020000n);
    assert.equal(outstanding(chain, "val2"), 1_959_999_999999999998040000n);
    chain.block([], { lastCommit: [] }); // an empty commit: everything to the community pool
    // 2 % tax, the truncation remainder (0.00000000000294), then a whole unrewarded block.
    assert.equal(communityPool(chain), 3_060_000_000000000002940000n);
    assertInvariants(chain);
  });

  it("settles a removed validator: commission to the operator, dust to the community pool", () => {
    const chain = twoValidators({ blockReward: "1000001" });
    chain.block();
    chain.block([], { lastCommit: votes([{ key: c1, power: 10n }]) });
    const operator = chain.acct("val1");
    const before = chain.balance(operator.address);
    const r = chain.tx("val1", [
      any(MsgUndelegate, {
        delegatorAddress: operator.address,
        validatorAddress: operator.operator,
        amount: { denom: "ustra", amount: (10n * M).toString() },
      }),
    ]);
    assert.equal(r.code, 0, r.log);
    // Unbonding completes after 60 s; then the empty validator is deleted.
    for (let i = 0; i < 13; i++) chain.block([], { advanceNs: 5n * SEC });
    const gone = chain.rawQuery(
      "/cosmos.staking.v1beta1.Query/Validator",
      QueryValidatorRequest.encode({ validatorAddr: operator.operator }).finish(),
    );
    assert.match(gone.log, /NotFound/);
    assert.ok(chain.balance(operator.address) > before + 10n * M, "stake, rewards and commission returned");
    assertInvariants(chain);
  });
});
