import assert from "node:assert/strict";
import { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgSetWithdrawAddress } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { MsgDelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { moduleAddress } from "../../../../../chain/core/modules/auth/index.js";
import { any, TestChain } from "../helpers.js";
import { assertInvariants } from "../invariants.js";

const M = 1_000_000n;
const FEE = 100n;
const BLOCKED = [
  "fee_collector",
  "distribution",
  "bonded_tokens_pool",
  "not_bonded_tokens_pool",
  "l2_escrow",
];

function send(chain: TestChain, to: string, amount = 10n) {
  return any(MsgSend, {
    fromAddress: chain.acct("alice").address,
    toAddress: to,
    amount: [{ denom: "ustra", amount: amount.toString() }],
  });
}

describe("bank blocked addresses (module accounts cannot be paid by messages)", () => {
  let chain: TestChain;

  beforeEach(() => {
    chain = TestChain.create({
      accounts: { val1: 100n * M, alice: 100n * M, bob: 1n * M },
      validators: [{ operator: "val1", cons: "c1", selfDelegation: 10n * M }],
      blockedModuleAccounts: ["l2_escrow"],
    });
  });

  function balances(): Map<string, bigint> {
    const out = new Map<string, bigint>();
    for (const name of BLOCKED) out.set(name, chain.balance(moduleAddress(name)));
    out.set("alice", chain.balance(chain.acct("alice").address));
    out.set("bob", chain.balance(chain.acct("bob").address));
    return out;
  }

  it("refuses MsgSend to every Cosmos module account and to accounts the app declares, as a failed message", () => {
    const before = balances();
    const supply = chain.supply();
    // Block 1 allocates nothing, so the fee collector holds exactly this block's fees afterwards.
    const txs = BLOCKED.map((name) => chain.sign("alice", [send(chain, moduleAddress(name))], FEE));
    const { txResults } = chain.block(txs);
    txResults.forEach((r, i) => {
      const address = moduleAddress(BLOCKED[i]!);
      assert.deepEqual([r.codespace, r.code], ["sdk", 4], BLOCKED[i]);
      assert.equal(r.log, `${address} is not allowed to receive funds: unauthorized`);
      // Only the ante events: the fee was charged, no transfer happened.
      assert.ok(r.events.some((e) => e.type === "tx" && e.attributes.some((a) => a.key === "fee")));
      assert.ok(
        !r.events.some((e) => e.type === "transfer" && e.attributes.some((a) => a.value === "10ustra")),
      );
      assert.ok(r.gasUsed > 0n);
    });
    const after = balances();
    const fees = FEE * BigInt(BLOCKED.length);
    assert.equal(after.get("alice"), before.get("alice")! - fees, "the sender paid the fees only");
    assert.equal(after.get("fee_collector"), before.get("fee_collector")! + fees, "the fees, nothing more");
    for (const name of ["distribution", "bonded_tokens_pool", "not_bonded_tokens_pool", "l2_escrow"])
      assert.equal(after.get(name), before.get(name), name);
    assert.equal(chain.supply(), supply);
    // Every failed tx bumped the sequence: the next tx signs with sequence 5 and succeeds.
    assert.equal(chain.keepers.auth.getAccount(chain.source(), chain.acct("alice").address)?.sequence, 5n);
    assert.equal(chain.tx("alice", [send(chain, chain.acct("bob").address)]).code, 0);
    assertInvariants(chain);
  });

  it("refuses a MsgMultiSend with any blocked output and moves nothing", () => {
    const before = balances();
    const r = chain.tx(
      "alice",
      [
        any(MsgMultiSend, {
          inputs: [{ address: chain.acct("alice").address, coins: [{ denom: "ustra", amount: "30" }] }],
          outputs: [
            { address: chain.acct("bob").address, coins: [{ denom: "ustra", amount: "10" }] },
            { address: moduleAddress("l2_escrow"), coins: [{ denom: "ustra", amount: "20" }] },
          ],
        }),
      ],
      { fee: FEE },
    );
    assert.deepEqual([r.codespace, r.code], ["sdk", 4]);
    assert.equal(r.log, `${moduleAddress("l2_escrow")} is not allowed to receive funds: unauthorized`);
    const after = balances();
    assert.equal(after.get("bob"), before.get("bob"));
    assert.equal(after.get("l2_escrow"), before.get("l2_escrow"));
    assert.equal(after.get("alice"), before.get("alice")! - FEE);
  });

  it("lets undeclared addresses receive, and leaves keeper transfers to module accounts alone", () => {
    assert.equal(chain.tx("alice", [send(chain, moduleAddress("not_declared"))]).code, 0);
    assert.equal(chain.balance(moduleAddress("not_declared")), 10n);
    // Delegating moves tokens into the bonded pool through the staking keeper; fees reach the
    // fee collector through auth's ante, and distribution moves them on.
    const d = chain.tx(
      "alice",
      [
        any(MsgDelegate, {
          delegatorAddress: chain.acct("alice").address,
          validatorAddress: chain.acct("val1").operator,
          amount: { denom: "ustra", amount: (5n * M).toString() },
        }),
      ],
      { fee: FEE },
    );
    assert.equal(d.code, 0, d.log);
    chain.block();
    assert.equal(chain.balance(moduleAddress("bonded_tokens_pool")), 15n * M);
    assertInvariants(chain);
  });

  it("refuses a declared module account as a withdraw address before the account even exists", () => {
    assert.equal(chain.keepers.auth.getAccount(chain.source(), moduleAddress("l2_escrow")), undefined);
    const r = chain.tx("alice", [
      any(MsgSetWithdrawAddress, {
        delegatorAddress: chain.acct("alice").address,
        withdrawAddress: moduleAddress("l2_escrow"),
      }),
    ]);
    assert.deepEqual([r.codespace, r.code], ["sdk", 4]);
  });
});
