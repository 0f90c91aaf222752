import assert from "node:assert/strict";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import {
  QueryDelegationRequest,
  QueryDelegationResponse,
  QueryDelegatorDelegationsRequest,
  QueryDelegatorDelegationsResponse,
  QueryDelegatorUnbondingDelegationsRequest,
  QueryDelegatorUnbondingDelegationsResponse,
  QueryDelegatorValidatorRequest,
  QueryDelegatorValidatorResponse,
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
  QueryHistoricalInfoRequest,
  QueryParamsResponse,
  QueryPoolResponse,
  QueryRedelegationsRequest,
  QueryRedelegationsResponse,
  QueryUnbondingDelegationRequest,
  QueryUnbondingDelegationResponse,
  QueryValidatorDelegationsRequest,
  QueryValidatorDelegationsResponse,
  QueryValidatorRequest,
  QueryValidatorResponse,
  QueryValidatorsRequest,
  QueryValidatorsResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import {
  MsgBeginRedelegate,
  MsgCreateValidator,
  MsgDelegate,
  MsgEditValidator,
  MsgUndelegate,
  MsgUndelegateResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { moduleAddress } from "../../../../../chain/core/modules/auth/index.js";
import { encodeConsPubKey } from "../../../../../chain/core/modules/staking/index.js";
import { any, consKey, SEC, TestChain } from "../helpers.js";
import { assertInvariants } from "../invariants.js";

const M = 1_000_000n;
const Q = "/cosmos.staking.v1beta1.Query/";

function validators(chain: TestChain, status = ""): Validator[] {
  return chain.query(
    `${Q}Validators`,
    QueryValidatorsRequest.encode({ status }).finish(),
    QueryValidatorsResponse.decode,
  ).validators;
}

function validator(chain: TestChain, operator: string): Validator {
  return chain.query(
    `${Q}Validator`,
    QueryValidatorRequest.encode({ validatorAddr: operator }).finish(),
    QueryValidatorResponse.decode,
  ).validator;
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

function createValidatorMsg(
  chain: TestChain,
  label: string,
  cons: string,
  amount: bigint,
  rate = "100000000000000000",
) {
  const a = chain.acct(label);
  return any(MsgCreateValidator, {
    description: { moniker: label, identity: "", website: "", securityContact: "", details: "" },
    commission: { rate, maxRate: "200000000000000000", maxChangeRate: "10000000000000000" },
    minSelfDelegation: "1",
    delegatorAddress: "",
    validatorAddress: a.operator,
    pubkey: encodeConsPubKey(consKey(cons).pubKey),
    value: { denom: "ustra", amount: amount.toString() },
  });
}

function delegateMsg(chain: TestChain, from: string, to: string, amount: bigint, denom = "ustra") {
  return any(MsgDelegate, {
    delegatorAddress: chain.acct(from).address,
    validatorAddress: chain.acct(to).operator,
    amount: { denom, amount: amount.toString() },
  });
}

function undelegateMsg(chain: TestChain, from: string, to: string, amount: bigint) {
  return any(MsgUndelegate, {
    delegatorAddress: chain.acct(from).address,
    validatorAddress: chain.acct(to).operator,
    amount: { denom: "ustra", amount: amount.toString() },
  });
}

function redelegateMsg(chain: TestChain, from: string, src: string, dst: string, amount: bigint) {
  return any(MsgBeginRedelegate, {
    delegatorAddress: chain.acct(from).address,
    validatorSrcAddress: chain.acct(src).operator,
    validatorDstAddress: chain.acct(dst).operator,
    amount: { denom: "ustra", amount: amount.toString() },
  });
}

describe("staking module", () => {
  let chain: TestChain;

  beforeEach(() => {
    chain = TestChain.create({
      accounts: { val1: 100n * M, val2: 100n * M, val3: 100n * M, alice: 100n * M, bob: 100n * M },
      validators: [
        { operator: "val1", cons: "c1", selfDelegation: 10n * M },
        { operator: "val2", cons: "c2", selfDelegation: 20n * M },
      ],
      staking: { unbondingTime: "60s", maxValidators: 3 },
    });
  });

  it("bonds the genesis validators and returns them as the initial set", () => {
    assert.deepEqual(
      chain.initialSet.map((u) => [hex(u.pubKey), u.power]),
      [
        [hex(consKey("c2").pubKey), 20n],
        [hex(consKey("c1").pubKey), 10n],
      ],
    );
    assert.equal(validators(chain, "BOND_STATUS_BONDED").length, 2);
    assert.equal(validators(chain, "BOND_STATUS_UNBONDED").length, 0);
    const v1 = validator(chain, chain.acct("val1").operator);
    assert.equal(v1.tokens, (10n * M).toString());
    assert.equal(v1.delegatorShares, (10n * M * 10n ** 18n).toString());
    assert.equal(v1.commission.commissionRates.rate, "100000000000000000");
    assert.equal(v1.consensusPubkey?.typeUrl, "/cosmos.crypto.ed25519.PubKey");
    const pool = chain.query(`${Q}Pool`, new Uint8Array(), QueryPoolResponse.decode).pool;
    assert.deepEqual(pool, { bondedTokens: (30n * M).toString(), notBondedTokens: "0" });
    assert.equal(chain.balance(chain.acct("val1").address), 90n * M);
    const params = chain.query(`${Q}Params`, new Uint8Array(), QueryParamsResponse.decode).params;
    assert.equal(params.bondDenom, "ustra");
    assert.equal(params.unbondingTime.seconds, 60n);
    assert.equal(params.maxValidators, 3);
    // Nothing changed, so the first block reports no update.
    chain.block();
    assert.deepEqual(chain.lastUpdates, []);
    assertInvariants(chain);
  });

  it("creates a validator that joins the set at end-block, reporting only the change", () => {
    const r = chain.tx("val3", [createValidatorMsg(chain, "val3", "c3", 5n * M)]);
    assert.equal(r.code, 0, r.log);
    assert.ok(r.events.some((e) => e.type === "create_validator"));
    assert.deepEqual(
      chain.lastUpdates.map((u) => [hex(u.pubKey), u.power]),
      [[hex(consKey("c3").pubKey), 5n]],
    );
    const v3 = validator(chain, chain.acct("val3").operator);
    assert.equal(v3.status, BondStatus.BOND_STATUS_BONDED);
    assert.equal(chain.balance(chain.acct("val3").address), 95n * M);
    assertInvariants(chain);
  });

  it("rejects duplicate operators and keys, bad commissions and wrong denoms with SDK codes", () => {
    const dupOperator = chain.tx("val1", [createValidatorMsg(chain, "val1", "c9", 1n * M)]);
    assert.deepEqual([dupOperator.codespace, dupOperator.code], ["staking", 4]);
    const dupKey = chain.tx("val3", [createValidatorMsg(chain, "val3", "c1", 1n * M)]);
    assert.deepEqual([dupKey.codespace, dupKey.code], ["staking", 5]);
    const tooHigh = chain.tx("val3", [createValidatorMsg(chain, "val3", "c3", 1n * M, "300000000000000000")]);
    assert.deepEqual([tooHigh.codespace, tooHigh.code], ["staking", 11]);
    const wrongDenom = chain.tx("alice", [delegateMsg(chain, "alice", "val1", 5n, "uother")]);
    assert.deepEqual([wrongDenom.codespace, wrongDenom.code], ["sdk", 18]);
    const noValidator = chain.tx("alice", [delegateMsg(chain, "alice", "bob", 5n)]);
    assert.deepEqual([noValidator.codespace, noValidator.code], ["staking", 3]);
    const zero = chain.tx("alice", [delegateMsg(chain, "alice", "val1", 0n)]);
    assert.deepEqual([zero.codespace, zero.code], ["sdk", 18]);
    const broke = chain.tx("alice", [delegateMsg(chain, "alice", "val1", 1000n * M)]);
    assert.deepEqual([broke.codespace, broke.code], ["sdk", 5]);
  });

  it("refuses delegation amounts that are not canonical decimals, state unchanged", () => {
    const alice = chain.acct("alice");
    const before = chain.balance(alice.address);
    for (const amount of ["01", "+1", "1_000", "0x10", " 1", "1.0", "-1", ""]) {
      const msg = any(MsgDelegate, {
        delegatorAddress: alice.address,
        validatorAddress: chain.acct("val1").operator,
        amount: { denom: "ustra", amount },
      });
      const r = chain.tx("alice", [msg]);
      assert.deepEqual([r.codespace, r.code], ["sdk", 18], `${JSON.stringify(amount)}: ${r.log}`);
    }
    // these txs pay no fee: nothing moved
    assert.equal(chain.balance(alice.address), before);
    const ok = chain.tx("alice", [delegateMsg(chain, "alice", "val1", 10n)]);
    assert.equal(ok.code, 0, ok.log);
  });

  it("delegates: shares at the exchange rate, power update, delegation queries", () => {
    const alice = chain.acct("alice");
    const val1 = chain.acct("val1");
    const r = chain.tx("alice", [delegateMsg(chain, "alice", "val1", 5n * M)]);
    assert.equal(r.code, 0, r.log);
    assert.deepEqual(
      chain.lastUpdates.map((u) => [hex(u.pubKey), u.power]),
      [[hex(consKey("c1").pubKey), 15n]],
    );
    assert.equal(chain.balance(alice.address), 95n * M);
    const d = chain.query(
      `${Q}Delegation`,
      QueryDelegationRequest.encode({ delegatorAddr: alice.address, validatorAddr: val1.operator }).finish(),
      QueryDelegationResponse.decode,
    ).delegationResponse!;
    assert.equal(d.delegation.shares, (5n * M * 10n ** 18n).toString());
    assert.deepEqual(d.balance, { denom: "ustra", amount: (5n * M).toString() });

    const byValidator = chain.query(
      `${Q}ValidatorDelegations`,
      QueryValidatorDelegationsRequest.encode({ validatorAddr: val1.operator }).finish(),
      QueryValidatorDelegationsResponse.decode,
    ).delegationResponses;
    assert.deepEqual(
      byValidator.map((x) => x.delegation.delegatorAddress).sort(),
      [alice.address, val1.address].sort(),
    );
    const byDelegator = chain.query(
      `${Q}DelegatorDelegations`,
      QueryDelegatorDelegationsRequest.encode({ delegatorAddr: alice.address }).finish(),
      QueryDelegatorDelegationsResponse.decode,
    ).delegationResponses;
    assert.equal(byDelegator.length, 1);
    const dv = chain.query(
      `${Q}DelegatorValidators`,
      QueryDelegatorValidatorsRequest.encode({ delegatorAddr: alice.address }).finish(),
      QueryDelegatorValidatorsResponse.decode,
    ).validators;
    assert.deepEqual(
      dv.map((v) => v.operatorAddress),
      [val1.operator],
    );
    const one = chain.query(
      `${Q}DelegatorValidator`,
      QueryDelegatorValidatorRequest.encode({
        delegatorAddr: alice.address,
        validatorAddr: val1.operator,
      }).finish(),
      QueryDelegatorValidatorResponse.decode,
    ).validator;
    assert.equal(one.operatorAddress, val1.operator);
    const missing = chain.rawQuery(
      `${Q}Delegation`,
      QueryDelegationRequest.encode({
        delegatorAddr: chain.acct("bob").address,
        validatorAddr: val1.operator,
      }).finish(),
    );
    assert.equal(missing.code, 22);
    assert.match(missing.log, /NotFound/);
    const hist = chain.rawQuery(
      `${Q}HistoricalInfo`,
      QueryHistoricalInfoRequest.encode({ height: 1n }).finish(),
    );
    assert.match(hist.log, /NotFound/);
    assertInvariants(chain);
  });

  it("undelegates into the unbonding queue and pays out at maturity", () => {
    const alice = chain.acct("alice");
    const val1 = chain.acct("val1");
    chain.tx("alice", [delegateMsg(chain, "alice", "val1", 5n * M)]);
    const r = chain.tx("alice", [undelegateMsg(chain, "alice", "val1", 2n * M)]);
    assert.equal(r.code, 0, r.log);
    const response = MsgUndelegateResponse.decode(TxMsgData.decode(r.data).msgResponses[0]!.value);
    assert.deepEqual(response.amount, { denom: "ustra", amount: (2n * M).toString() });
    assert.equal(response.completionTime.seconds * SEC, chain.timeNs + 60n * SEC);
    assert.deepEqual(
      chain.lastUpdates.map((u) => u.power),
      [13n],
    );
    const ubd = chain.query(
      `${Q}UnbondingDelegation`,
      QueryUnbondingDelegationRequest.encode({
        delegatorAddr: alice.address,
        validatorAddr: val1.operator,
      }).finish(),
      QueryUnbondingDelegationResponse.decode,
    ).unbond;
    assert.equal(ubd.entries.length, 1);
    assert.equal(ubd.entries[0]!.balance, (2n * M).toString());
    const list = chain.query(
      `${Q}DelegatorUnbondingDelegations`,
      QueryDelegatorUnbondingDelegationsRequest.encode({ delegatorAddr: alice.address }).finish(),
      QueryDelegatorUnbondingDelegationsResponse.decode,
    ).unbondingResponses;
    assert.equal(list.length, 1);
    assert.equal(chain.balance(alice.address), 95n * M);
    assert.equal(chain.balance(moduleAddress("not_bonded_tokens_pool")), 2n * M);
    assertInvariants(chain);

    // 55 s later: not yet.
    for (let i = 0; i < 11; i++) chain.block();
    assert.equal(chain.balance(alice.address), 95n * M);
    // 60 s: paid.
    const done = chain.block();
    assert.ok(done.blockEvents.some((e) => e.type === "complete_unbonding"));
    assert.equal(chain.balance(alice.address), 97n * M);
    const gone = chain.rawQuery(
      `${Q}UnbondingDelegation`,
      QueryUnbondingDelegationRequest.encode({
        delegatorAddr: alice.address,
        validatorAddr: val1.operator,
      }).finish(),
    );
    assert.match(gone.log, /NotFound/);
    assertInvariants(chain);
  });

  it("rejects undelegating more than the delegation and caps max entries", () => {
    chain.tx("alice", [delegateMsg(chain, "alice", "val1", 5n)]);
    const tooMuch = chain.tx("alice", [undelegateMsg(chain, "alice", "val1", 6n)]);
    assert.deepEqual([tooMuch.codespace, tooMuch.code], ["sdk", 18]);
    assert.match(tooMuch.log, /invalid shares amount/);
    const none = chain.tx("bob", [undelegateMsg(chain, "bob", "val1", 1n)]);
    assert.deepEqual([none.codespace, none.code], ["staking", 19]);
    // max_entries (7) pending unbondings per pair; each block's entry is separate.
    for (let i = 0; i < 5; i++)
      assert.equal(chain.tx("alice", [undelegateMsg(chain, "alice", "val1", 1n)]).code, 0);
    chain.tx("alice", [delegateMsg(chain, "alice", "val1", 10n)]);
    for (let i = 0; i < 2; i++)
      assert.equal(chain.tx("alice", [undelegateMsg(chain, "alice", "val1", 1n)]).code, 0);
    const eighth = chain.tx("alice", [undelegateMsg(chain, "alice", "val1", 1n)]);
    assert.deepEqual([eighth.codespace, eighth.code], ["staking", 27]);
    assertInvariants(chain);
  });

  it("redelegates at once, refuses transitive hops, and forgets the entry at maturity", () => {
    const alice = chain.acct("alice");
    chain.tx("alice", [delegateMsg(chain, "alice", "val1", 5n * M)]);
    const r = chain.tx("alice", [redelegateMsg(chain, "alice", "val1", "val2", 3n * M)]);
    assert.equal(r.code, 0, r.log);
    assert.deepEqual(
      chain.lastUpdates.map((u) => [hex(u.pubKey), u.power]),
      [
        [hex(consKey("c2").pubKey), 23n],
        [hex(consKey("c1").pubKey), 12n],
      ],
    );
    const reds = chain.query(
      `${Q}Redelegations`,
      QueryRedelegationsRequest.encode({
        delegatorAddr: alice.address,
        srcValidatorAddr: "",
        dstValidatorAddr: "",
      }).finish(),
      QueryRedelegationsResponse.decode,
    ).redelegationResponses;
    assert.equal(reds.length, 1);
    assert.equal(reds[0]!.entries[0]!.balance, (3n * M).toString());
    const self = chain.tx("alice", [redelegateMsg(chain, "alice", "val1", "val1", 1n)]);
    assert.deepEqual([self.codespace, self.code], ["staking", 29]);
    const hop = chain.tx("alice", [redelegateMsg(chain, "alice", "val2", "val1", 1n * M)]);
    assert.deepEqual([hop.codespace, hop.code], ["staking", 32]);
    for (let i = 0; i < 12; i++) chain.block();
    const after = chain.query(
      `${Q}Redelegations`,
      QueryRedelegationsRequest.encode({
        delegatorAddr: alice.address,
        srcValidatorAddr: "",
        dstValidatorAddr: "",
      }).finish(),
      QueryRedelegationsResponse.decode,
    ).redelegationResponses;
    assert.equal(after.length, 0);
    assert.equal(chain.tx("alice", [redelegateMsg(chain, "alice", "val2", "val1", 1n * M)]).code, 0);
    assertInvariants(chain);
  });

  it("keeps the top max_validators: a newcomer displaces the weakest, which unbonds", () => {
    const c = TestChain.create({
      accounts: { val1: 100n * M, val2: 100n * M, val3: 100n * M, alice: 100n * M },
      validators: [
        { operator: "val1", cons: "c1", selfDelegation: 10n * M },
        { operator: "val2", cons: "c2", selfDelegation: 20n * M },
      ],
      staking: { unbondingTime: "60s", maxValidators: 2 },
    });
    assert.equal(c.tx("val3", [createValidatorMsg(c, "val3", "c3", 15n * M)]).code, 0);
    assert.deepEqual(
      c.lastUpdates.map((u) => [hex(u.pubKey), u.power]),
      [
        [hex(consKey("c3").pubKey), 15n],
        [hex(consKey("c1").pubKey), 0n],
      ],
    );
    assert.equal(validator(c, c.acct("val1").operator).status, BondStatus.BOND_STATUS_UNBONDING);
    assert.equal(c.balance(moduleAddress("not_bonded_tokens_pool")), 10n * M);
    assertInvariants(c);
    // Delegating to the unbonding validator brings it back over val3.
    assert.equal(c.tx("alice", [delegateMsg(c, "alice", "val1", 10n * M)]).code, 0);
    assert.deepEqual(
      c.lastUpdates.map((u) => [hex(u.pubKey), u.power]),
      [
        [hex(consKey("c1").pubKey), 20n],
        [hex(consKey("c3").pubKey), 0n],
      ],
    );
    assertInvariants(c);
    // val3 finishes unbonding after the unbonding time.
    for (let i = 0; i < 13; i++) c.block();
    assert.equal(validator(c, c.acct("val3").operator).status, BondStatus.BOND_STATUS_UNBONDED);
    assertInvariants(c);
  });

  it("jails an operator whose self-delegation falls below its minimum", () => {
    const c = TestChain.create({
      accounts: { val1: 100n * M, val2: 100n * M },
      validators: [
        { operator: "val1", cons: "c1", selfDelegation: 10n * M, minSelfDelegation: (5n * M).toString() },
        { operator: "val2", cons: "c2", selfDelegation: 20n * M },
      ],
      staking: { unbondingTime: "60s" },
    });
    assert.equal(c.tx("val1", [undelegateMsg(c, "val1", "val1", 6n * M)]).code, 0);
    assert.deepEqual(
      c.lastUpdates.map((u) => [hex(u.pubKey), u.power]),
      [[hex(consKey("c1").pubKey), 0n]],
    );
    const v1 = validator(c, c.acct("val1").operator);
    assert.equal(v1.jailed, true);
    assert.equal(v1.status, BondStatus.BOND_STATUS_UNBONDING);
    assertInvariants(c);
  });

  it("edits description and commission (at most once per 24 h, within the max change rate)", () => {
    const val1 = chain.acct("val1");
    const edit = (rate: string) =>
      any(MsgEditValidator, {
        description: {
          moniker: "renamed",
          identity: "[do-not-modify]",
          website: "",
          securityContact: "",
          details: "",
        },
        validatorAddress: val1.operator,
        commissionRate: rate,
        minSelfDelegation: "",
      });
    const early = chain.tx("val1", [edit("110000000000000000")]);
    assert.deepEqual([early.codespace, early.code], ["staking", 12]);
    chain.block([], { advanceNs: 24n * 3600n * SEC });
    const jump = chain.tx("val1", [edit("150000000000000000")]);
    assert.deepEqual([jump.codespace, jump.code], ["staking", 15]);
    const ok = chain.tx("val1", [edit("0.11")]);
    assert.equal(ok.code, 0, ok.log);
    const v = validator(chain, val1.operator);
    assert.equal(v.description.moniker, "renamed");
    assert.equal(v.commission.commissionRates.rate, "110000000000000000");
    const lower = chain.tx("val1", [
      any(MsgEditValidator, {
        description: {
          moniker: "[do-not-modify]",
          identity: "",
          website: "",
          securityContact: "",
          details: "",
        },
        validatorAddress: val1.operator,
        commissionRate: "",
        minSelfDelegation: "1",
      }),
    ]);
    assert.deepEqual([lower.codespace, lower.code], ["staking", 17]);
  });

  it("does not let a non-operator sign for a validator", () => {
    const msg = createValidatorMsg(chain, "val3", "c3", 1n * M);
    const r = chain.block([chain.sign("alice", [msg])]).txResults[0]!;
    // The signer must be the operator's account: alice's key does not match it.
    assert.deepEqual([r.codespace, r.code], ["sdk", 8]);
  });
});
