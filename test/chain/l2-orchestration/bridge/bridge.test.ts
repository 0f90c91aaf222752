import assert from "node:assert/strict";
import { ListCompositeType } from "@chainsafe/ssz";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { accumulate, depositToSsz, ZERO_ACCUMULATOR } from "../../../../chain/core/rollup/deposits.js";
import { verifyProof } from "../../../../chain/core/rollup/merkleList.js";
import {
  COMMITMENT_STATE_KEY,
  RollupCommitmentSsz,
  WithdrawalSsz,
} from "../../../../chain/core/rollup/types.js";
import { withdrawalLeaf, withdrawalToSsz } from "../../../../chain/core/rollup/withdrawals.js";
import { BridgeCode } from "../../../../chain/l2-orchestration/modules/bridge/index.js";
import { strata } from "../../../../proto/gen/strata.js";
import { account, any } from "../../core/modules/helpers.js";
import { eventsOf, L2Chain, msg, responses } from "../harness.js";

const v1 = strata.l2bridge.v1;
const Q = "/strata.l2bridge.v1.Query/";
const ListSsz = new ListCompositeType(WithdrawalSsz, 2 ** 32);
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

/** Parent (L1) accounts: deposit senders and withdrawal recipients. */
const l1 = (label: string) => account(`l1:${label}`).address;

function bridgeChain(): L2Chain {
  return L2Chain.create({
    accounts: { relayer: 1_000_000n, intruder: 1_000_000n, alice: 0n, bob: 0n },
    genesis: ({ addr }) => ({ bridge: { relayers: [addr("relayer")], parentChainId: "strata-l1-test" } }),
  });
}

function deposit(
  chain: L2Chain,
  nonce: number,
  to: string,
  amount: string,
  over: Partial<strata.l2bridge.v1.IDepositIn> = {},
): strata.l2bridge.v1.IDepositIn {
  return {
    nonce,
    sender: l1("alice"),
    recipient: chain.addr(to),
    amount,
    parentHeight: 10 + nonce,
    denom: "ustra",
    ...over,
  };
}

function mint(chain: L2Chain, deposits: strata.l2bridge.v1.IDepositIn[], relayer = "relayer") {
  return msg(v1.MsgMintDeposits, { relayer: chain.addr(relayer), deposits });
}

function withdraw(chain: L2Chain, label: string, amount: string, recipient = l1("alice")) {
  return msg(v1.MsgWithdraw, { sender: chain.addr(label), recipient, amount });
}

/** The commitment record read straight from the state key the parent proves. */
function storedCommitment(chain: L2Chain) {
  const raw = chain.store.get(COMMITMENT_STATE_KEY);
  assert.ok(raw, "no commitment record at bridge/ ‖ 0x01");
  return RollupCommitmentSsz.deserialize(raw);
}

function state(chain: L2Chain) {
  return chain.queryOk(`${Q}State`, v1.QueryStateRequest.encode({}).finish(), (b) =>
    v1.QueryStateResponse.decode(b),
  ).state!;
}

describe("L2 bridge", () => {
  it("writes the commitment record at genesis: the empty list's root, cursor 0, zero accumulator", () => {
    const chain = bridgeChain();
    const c = storedCommitment(chain);
    assert.equal(hex(c.withdrawalRoot), hex(ListSsz.hashTreeRoot([])));
    assert.equal(c.withdrawalCount, 0n);
    assert.equal(c.depositCursor, 0n);
    assert.equal(hex(c.depositAccumulator), hex(ZERO_ACCUMULATOR));
    const params = chain.queryOk(`${Q}Params`, new Uint8Array(), (b) => v1.QueryParamsResponse.decode(b))
      .params!;
    assert.deepEqual(params.relayers, [chain.addr("relayer")]);
    assert.equal(params.denom, "ustra");
    assert.equal(params.parentChainId, "strata-l1-test");
  });

  it("buildL2Genesis without bridge params names no relayer: nothing can be minted", () => {
    const chain = L2Chain.create({ accounts: { relayer: 1_000_000n, alice: 0n } });
    const params = chain.queryOk(`${Q}Params`, new Uint8Array(), (b) => v1.QueryParamsResponse.decode(b))
      .params!;
    assert.deepEqual(params.relayers, []);
    assert.equal(params.denom, "ustra");
    chain.expectRefused(
      "relayer",
      [mint(chain, [deposit(chain, 1, "alice", "5")])],
      "bridge",
      BridgeCode.unauthorizedRelayer,
      "is not one of the 0 relayers",
    );
  });

  it("refuses bad params at genesis: repeated relayers, a bad denom or parent chain id", () => {
    const start = (bridge: Record<string, unknown>) => () =>
      L2Chain.create({
        accounts: { relayer: 1n },
        genesis: () => ({ modules: { bridge: { params: bridge } } }),
      });
    const r = account("relayer").address;
    assert.throws(start({ relayers: [r, r] }), /params.relayers must not repeat/);
    assert.throws(start({ relayers: [r.toUpperCase()] }), /is not an account address/);
    assert.throws(start({ denom: "1x" }), /params.denom "1x" is not a valid denom/);
    assert.throws(start({ parentChainId: "bad id" }), /params.parentChainId/);
  });

  describe("MsgMintDeposits [dep-2]", () => {
    it("mints deposits in nonce order, advancing the cursor and the parent's accumulator", () => {
      const chain = bridgeChain();
      const supply = chain.supply();
      const d1 = deposit(chain, 1, "alice", "500");
      const d2 = deposit(chain, 2, "bob", "70");
      const r = chain.deliverOk("relayer", [mint(chain, [d1, d2])]);
      assert.equal(Number(v1.MsgMintDepositsResponse.decode(responses(r)[0]!.value).depositCursor), 2);
      assert.deepEqual(eventsOf(r.events, "bridge_mint"), [
        { nonce: "1", recipient: chain.addr("alice"), amount: "500" },
        { nonce: "2", recipient: chain.addr("bob"), amount: "70" },
      ]);
      const d3 = deposit(chain, 3, "alice", "5");
      chain.deliverOk("relayer", [mint(chain, [d3])]);
      assert.equal(chain.balance("alice"), 505n);
      assert.equal(chain.balance("bob"), 70n);
      assert.equal(chain.supply(), supply + 575n);
      const c = storedCommitment(chain);
      assert.equal(c.depositCursor, 3n);
      // The parent's formula, from the parent's own records (denom included).
      const expected = accumulate(
        [d1, d2, d3].map((d) => depositToSsz(d as Parameters<typeof depositToSsz>[0])),
      );
      assert.equal(hex(c.depositAccumulator), hex(expected));
      assert.equal(state(chain).totalMinted, "575");
      const minted = chain.queryOk(`${Q}Minted`, v1.QueryMintedRequest.encode({ nonce: 2 }).finish(), (b) =>
        v1.QueryMintedResponse.decode(b),
      ).deposit!;
      assert.equal(minted.recipient, chain.addr("bob"));
      assert.equal(Number(minted.mintedHeight), 1);
      assert.equal(chain.query(`${Q}Minted`, v1.QueryMintedRequest.encode({ nonce: 4 }).finish()).code, 22);
    });

    it("refuses an unknown relayer, a duplicate, a skipped nonce, out-of-order nonces and a wrong denom; state unchanged", () => {
      const chain = bridgeChain();
      chain.deliverOk("relayer", [mint(chain, [deposit(chain, 1, "alice", "500")])]);
      chain.expectRefused(
        "intruder",
        [mint(chain, [deposit(chain, 2, "alice", "1")], "intruder")],
        "bridge",
        BridgeCode.unauthorizedRelayer,
        "is not one of the 1 relayers",
      );
      chain.expectRefused(
        "relayer",
        [mint(chain, [deposit(chain, 1, "alice", "500")])],
        "bridge",
        BridgeCode.alreadyMinted,
        "deposit 1 was minted (cursor 1)",
      );
      chain.expectRefused(
        "relayer",
        [mint(chain, [deposit(chain, 3, "alice", "1")])],
        "bridge",
        BridgeCode.nonceGap,
        "expected deposit 2, got 3",
      );
      chain.expectRefused(
        "relayer",
        [mint(chain, [deposit(chain, 2, "alice", "1"), deposit(chain, 4, "alice", "1")])],
        "bridge",
        BridgeCode.invalidRequest,
        "nonces must be consecutive",
      );
      chain.expectRefused(
        "relayer",
        [mint(chain, [deposit(chain, 3, "alice", "1"), deposit(chain, 2, "alice", "1")])],
        "bridge",
        BridgeCode.invalidRequest,
        "nonces must be consecutive",
      );
      chain.expectRefused(
        "relayer",
        [mint(chain, [deposit(chain, 2, "alice", "1", { denom: "uatom" })])],
        "bridge",
        BridgeCode.wrongDenom,
        'deposit 2 is in "uatom", the bridge denom is ustra',
      );
      // A valid deposit followed by a bad one: the whole message is refused, the first not minted.
      chain.expectRefused(
        "relayer",
        [mint(chain, [deposit(chain, 2, "alice", "1"), deposit(chain, 3, "alice", "1", { denom: "" })])],
        "bridge",
        BridgeCode.wrongDenom,
      );
      chain.expectRefused(
        "relayer",
        [mint(chain, [deposit(chain, 2, "alice", "0")])],
        "bridge",
        BridgeCode.invalidRequest,
        "must be a positive amount",
      );
      assert.equal(storedCommitment(chain).depositCursor, 1n);
      chain.deliverOk("relayer", [mint(chain, [deposit(chain, 2, "alice", "1")])]);
      assert.equal(chain.balance("alice"), 501n);
    });

    it("a deposit to a blocked module account is minted and withdrawn at once to its parent sender", () => {
      const chain = bridgeChain();
      const sessions = chain.moduleAddress("sessions");
      const r = chain.deliverOk("relayer", [
        mint(chain, [{ ...deposit(chain, 1, "alice", "42"), recipient: sessions, sender: l1("carol") }]),
      ]);
      assert.equal(chain.balance(sessions), 0n);
      assert.deepEqual(eventsOf(r.events, "bridge_bounce"), [
        { nonce: "1", index: "0", recipient: l1("carol"), amount: "42" },
      ]);
      const w = chain.keepers.bridge.getWithdrawal(chain.source(), 0)!;
      assert.equal(w.recipient, l1("carol"));
      assert.equal(w.amount, "42");
      const c = storedCommitment(chain);
      assert.equal(c.depositCursor, 1n);
      assert.equal(c.withdrawalCount, 1n);
      const s = state(chain);
      assert.equal(s.totalMinted, "42");
      assert.equal(s.totalBurned, "42");
    });
  });

  describe("MsgWithdraw [wd-1]", () => {
    it("burns, appends to the list, and the proof verifies against the root in the commitment", () => {
      const chain = bridgeChain();
      chain.deliverOk("relayer", [
        mint(chain, [deposit(chain, 1, "alice", "1000"), deposit(chain, 2, "bob", "1000")]),
      ]);
      const supply = chain.supply();
      const amounts = ["100", "7", "250", "1", "33"];
      amounts.forEach((amount, i) => {
        const who = i % 2 === 0 ? "alice" : "bob";
        const r = chain.deliverOk(who, [withdraw(chain, who, amount, l1(`r${i}`))]);
        assert.equal(Number(v1.MsgWithdrawResponse.decode(responses(r)[0]!.value).index), i);
        assert.deepEqual(eventsOf(r.events, "bridge_withdraw"), [
          { index: String(i), sender: chain.addr(who), recipient: l1(`r${i}`), amount },
        ]);
      });
      assert.equal(chain.balance("alice"), 1000n - 100n - 250n - 33n);
      assert.equal(chain.balance("bob"), 1000n - 7n - 1n);
      assert.equal(chain.supply(), supply - 391n);
      assert.equal(chain.balance(chain.moduleAddress("bridge")), 0n);
      const c = storedCommitment(chain);
      assert.equal(c.withdrawalCount, 5n);
      const list = [0, 1, 2, 3, 4].map((i) =>
        withdrawalToSsz(chain.keepers.bridge.getWithdrawal(chain.source(), i)!),
      );
      assert.equal(hex(c.withdrawalRoot), hex(ListSsz.hashTreeRoot(list)));
      assert.equal(list[2]!.childHeight, 4n, "the child height of the withdrawal's block");
      assert.equal(state(chain).totalBurned, "391");

      // The proof the claimer gets for index 2 against the current count verifies against the root.
      const proofOf = (index: number, count: number) =>
        chain.queryOk(
          `${Q}WithdrawalProof`,
          v1.QueryWithdrawalProofRequest.encode({ index, count }).finish(),
          (b) => v1.QueryWithdrawalProofResponse.decode(b),
        );
      const p = proofOf(2, 5);
      assert.equal(hex(p.root), hex(c.withdrawalRoot));
      const leaf = withdrawalLeaf(withdrawalToSsz(p.withdrawal as Parameters<typeof withdrawalToSsz>[0]));
      assert.ok(verifyProof(leaf, 2, 5, p.proof, c.withdrawalRoot));
      // A tampered amount fails; a proof for an older count verifies against that count's root only.
      const tampered = withdrawalLeaf({ ...list[2]!, amount: list[2]!.amount + 1n });
      assert.equal(verifyProof(tampered, 2, 5, p.proof, c.withdrawalRoot), false);
      const older = proofOf(2, 3);
      assert.equal(hex(older.root), hex(ListSsz.hashTreeRoot(list.slice(0, 3))));
      assert.ok(verifyProof(leaf, 2, 3, older.proof, older.root));
      assert.equal(verifyProof(leaf, 2, 5, older.proof, c.withdrawalRoot), false);
      // Bad proof requests are InvalidArgument.
      for (const [index, count] of [
        [5, 5],
        [0, 6],
        [0, 0],
      ] as const) {
        assert.equal(
          chain.query(`${Q}WithdrawalProof`, v1.QueryWithdrawalProofRequest.encode({ index, count }).finish())
            .code,
          18,
        );
      }

      // Withdrawals by address: sender or recipient, in index order, paged.
      const byAddress = (address: string, limit = 0) =>
        chain
          .queryOk(
            `${Q}Withdrawals`,
            v1.QueryWithdrawalsRequest.encode({
              address,
              pagination: limit ? { limit } : undefined,
            }).finish(),
            (b) => v1.QueryWithdrawalsResponse.decode(b),
          )
          .withdrawals.map((w) => Number(w.index));
      assert.deepEqual(byAddress(chain.addr("alice")), [0, 2, 4]);
      assert.deepEqual(byAddress(l1("r3")), [3]);
      assert.deepEqual(byAddress(""), [0, 1, 2, 3, 4]);
      assert.deepEqual(byAddress("", 2), [0, 1]);
      const page = (address: string, pagination: strata.base.v1.IPageRequest) =>
        chain.queryOk(
          `${Q}Withdrawals`,
          v1.QueryWithdrawalsRequest.encode({ address, pagination }).finish(),
          (b) => v1.QueryWithdrawalsResponse.decode(b),
        );
      const first = page(chain.addr("alice"), { limit: 2 });
      assert.deepEqual(
        first.withdrawals.map((w) => Number(w.index)),
        [0, 2],
      );
      const next = page(chain.addr("alice"), { limit: 2, key: first.pagination!.nextKey! });
      assert.deepEqual(
        next.withdrawals.map((w) => Number(w.index)),
        [4],
      );
      assert.equal(next.pagination!.nextKey!.length, 0);
      assert.equal(Number(page("", { limit: 1, countTotal: true }).pagination!.total), 5);
      assert.equal(
        chain.query(`${Q}Withdrawals`, v1.QueryWithdrawalsRequest.encode({ address: "x" }).finish()).code,
        18,
      );
    });

    it("refuses more than the balance, a bad recipient and a zero amount; state unchanged", () => {
      const chain = bridgeChain();
      chain.deliverOk("relayer", [mint(chain, [deposit(chain, 1, "alice", "10")])]);
      chain.expectRefused("alice", [withdraw(chain, "alice", "11")], "sdk", 5, "smaller than 11ustra");
      chain.expectRefused(
        "alice",
        [withdraw(chain, "alice", "1", "cosmos1xyz")],
        "bridge",
        BridgeCode.invalidRequest,
      );
      chain.expectRefused("alice", [withdraw(chain, "alice", "0")], "bridge", BridgeCode.invalidRequest);
      assert.equal(storedCommitment(chain).withdrawalCount, 0n);
    });
  });

  it("bank refuses a MsgSend to the bridge module account", () => {
    const chain = bridgeChain();
    chain.expectRefused(
      "relayer",
      [
        any(MsgSend, {
          fromAddress: chain.addr("relayer"),
          toAddress: chain.moduleAddress("bridge"),
          amount: [{ denom: "ustra", amount: "5" }],
        }),
      ],
      "sdk",
      4,
      "is not allowed to receive funds",
    );
  });

  it("conservation on the child: minted − burned is the bridged supply in circulation", () => {
    const chain = bridgeChain();
    const base = chain.supply();
    const check = () => {
      const s = state(chain);
      assert.equal(chain.supply() - base, BigInt(s.totalMinted!) - BigInt(s.totalBurned!));
    };
    chain.deliverOk("relayer", [mint(chain, [deposit(chain, 1, "alice", "300")])]);
    check();
    chain.deliverOk("alice", [withdraw(chain, "alice", "120")]);
    check();
    chain.deliverOk("relayer", [
      mint(chain, [
        deposit(chain, 2, "bob", "50"),
        { ...deposit(chain, 3, "bob", "9"), recipient: chain.moduleAddress("nodes") },
      ]),
    ]);
    check();
    chain.deliverOk("bob", [withdraw(chain, "bob", "50")]);
    check();
  });

  describe("genesis", () => {
    function busy(): L2Chain {
      const chain = bridgeChain();
      chain.deliverOk("relayer", [
        mint(chain, [deposit(chain, 1, "alice", "1000"), deposit(chain, 2, "bob", "20")]),
      ]);
      chain.deliverOk("alice", [withdraw(chain, "alice", "400", l1("x"))]);
      chain.deliverOk("relayer", [
        mint(chain, [{ ...deposit(chain, 3, "bob", "9"), recipient: chain.moduleAddress("treasury") }]),
      ]);
      chain.deliverOk("bob", [withdraw(chain, "bob", "20", l1("y"))]);
      return chain;
    }

    it("export -> import gives the same app hash and the same export; the copy runs on", () => {
      const chain = busy();
      const exported = chain.exportGenesis();
      const copy = L2Chain.fromAppState(exported, ["relayer", "alice", "bob"]);
      assert.equal(copy.appHash(), chain.appHash());
      assert.deepEqual(copy.exportGenesis(), exported);
      const g = exported.bridge as {
        minted: unknown[];
        withdrawals: unknown[];
        state: { withdrawalCount: number };
      };
      assert.equal(g.minted.length, 3);
      assert.equal(g.withdrawals.length, 3);
      assert.equal(g.state.withdrawalCount, 3);
      copy.height = chain.height;
      copy.deliverOk("alice", [withdraw(copy, "alice", "1")]);
      chain.deliverOk("alice", [withdraw(chain, "alice", "1")]);
      assert.equal(hex(storedCommitment(copy).withdrawalRoot), hex(storedCommitment(chain).withdrawalRoot));
    });

    it("refuses records that do not rebuild the given state, gaps and bad fields", () => {
      const chain = busy();
      const exported = chain.exportGenesis();
      // biome-ignore lint/suspicious/noExplicitAny: edits of exported JSON
      const tamper = (edit: (b: any) => void) => {
        const copy = JSON.parse(JSON.stringify(exported));
        edit(copy.bridge);
        return () => L2Chain.fromAppState(copy);
      };
      assert.throws(
        tamper((b) => (b.withdrawals[1].amount = "21")),
        /state.withdrawalRoot/,
      );
      assert.throws(
        tamper((b) => (b.minted[0].amount = "999")),
        /state.depositAccumulator/,
      );
      assert.throws(
        tamper((b) => b.minted.splice(1, 1)),
        /minted\[1\]: nonce 3, expected 2/,
      );
      assert.throws(
        tamper((b) => (b.withdrawals[0].index = 5)),
        /withdrawals\[0\]: index 5, expected 0/,
      );
      assert.throws(
        tamper((b) => (b.state.totalBurned = "1")),
        /state.totalBurned/,
      );
      assert.throws(
        tamper((b) => (b.params.relayers = ["nope"])),
        /params.relayers/,
      );
      assert.throws(
        tamper((b) => (b.params.denom = "x")),
        /params.denom/,
      );
    });
  });
});
